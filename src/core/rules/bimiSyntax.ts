import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { bimiProblems } from '../mail/bimi';
import { isBimiOwner, mailZone, txtWhere } from '../mail/mailZone';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('bimi-syntax', {
  description: 'A _bimi record that is not v=BIMI1 with https: l= (the logo) and a= (the evidence document).',
  defaultSeverity: 'warning',
  messages: {
    problem: 'BIMI at {{owner}}: {{problem}}. Mailbox providers show no logo for it.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isBimiOwner)) {
    for (const txt of texts) {
      const owner = hostName(txt.record.owner);
      for (const problem of bimiProblems(txt.text))
        findings.push(textFinding(meta, 'problem', { owner, problem: problem.message }, txt, problem.start, problem.end));
    }
  }
  return findings;
}
