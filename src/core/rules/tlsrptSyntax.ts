import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { isTlsRptOwner, mailZone, txtWhere } from '../mail/mailZone';
import { tlsRptProblems } from '../mail/tlsRpt';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('tlsrpt-syntax', {
  description: 'An _smtp._tls TXT record that is not v=TLSRPTv1; rua= with mailto: or https: URIs (RFC 8460 §3).',
  defaultSeverity: 'error',
  messages: {
    problem: 'TLS-RPT at {{owner}}: {{problem}}. Senders send no TLS reports for this domain.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isTlsRptOwner)) {
    for (const txt of texts) {
      const owner = hostName(txt.record.owner);
      for (const problem of tlsRptProblems(txt.text))
        findings.push(textFinding(meta, 'problem', { owner, problem: problem.message }, txt, problem.start, problem.end));
    }
  }
  return findings;
}
