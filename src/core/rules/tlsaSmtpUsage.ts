import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { isSmtpTlsaOwner, tlsaUsage } from '../mail/tlsa';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('tlsa-smtp-usage', {
  description: 'A TLSA record for SMTP with usage 0 (PKIX-TA) or 1 (PKIX-EE), which SMTP clients do not use (RFC 7672 §3.1.3).',
  defaultSeverity: 'warning',
  messages: {
    pkix: 'TLSA at {{owner}} has usage {{usage}} ({{name}}): RFC 7672 §3.1.3 says SMTP clients treat PKIX usages as unusable, so this record protects nothing. Use 3 (DANE-EE) or 2 (DANE-TA).',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const record of mailZone(zone).tlsa) {
    if (!isSmtpTlsaOwner(record.owner)) continue;
    const usage = tlsaUsage(record);
    if (usage !== 0 && usage !== 1) continue;
    const range = record.rdataTokens[0]?.range ?? record.range;
    findings.push(
      recordFinding(meta, 'pkix', { owner: hostName(record.owner), usage, name: usage === 0 ? 'PKIX-TA' : 'PKIX-EE' }, record, {}, range),
    );
  }
  return findings;
}
