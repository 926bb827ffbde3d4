import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { parseDmarc } from '../mail/dmarc';
import { isDmarcOwner, mailZone, txtWhere } from '../mail/mailZone';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dmarc-syntax', {
  description:
    'A _dmarc record that does not parse (RFC 7489): v=DMARC1 not first, an unknown p, sp, adkim, aspf, fo or rf value, a bad pct, a bad report URI.',
  defaultSeverity: 'error',
  messages: {
    problem: 'DMARC at {{owner}}: {{problem}}.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isDmarcOwner)) {
    for (const txt of texts) {
      const owner = hostName(txt.record.owner);
      for (const problem of parseDmarc(txt.text).problems) {
        findings.push(
          textFinding(meta, 'problem', { owner, problem: problem.message }, txt, problem.start, problem.end, { severity: problem.severity }),
        );
      }
    }
  }
  return findings;
}
