import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { dkimTexts } from '../mail/mailZone';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dkim-revoked', {
  description: 'A DKIM record with an empty p=: the key is revoked (RFC 6376 §3.6.1).',
  defaultSeverity: 'information',
  messages: {
    revoked:
      'DKIM selector {{owner}} has an empty p=: the key is revoked (RFC 6376 §3.6.1), and mail still signed with it fails DKIM. Remove the record once no signer uses the selector.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { txt, dkim } of dkimTexts(zone)) {
    if (!dkim.revoked || dkim.keyTag === undefined) continue;
    findings.push(textFinding(meta, 'revoked', { owner: hostName(txt.record.owner) }, txt, dkim.keyTag.start, dkim.keyTag.end));
  }
  return findings;
}
