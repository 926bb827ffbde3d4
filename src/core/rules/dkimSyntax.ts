import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { dkimTexts } from '../mail/mailZone';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dkim-syntax', {
  description: 'A _domainkey record that does not parse (RFC 6376 §3.6.1): bad tags, p= not base64 or no key, an unknown k=.',
  defaultSeverity: 'error',
  messages: {
    problem: 'DKIM key at {{owner}}: {{problem}}. Receivers cannot verify signatures with this selector.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { txt, dkim } of dkimTexts(zone)) {
    const owner = hostName(txt.record.owner);
    for (const problem of dkim.problems) {
      findings.push(textFinding(meta, 'problem', { owner, problem: problem.message }, txt, problem.start, problem.end));
    }
  }
  return findings;
}
