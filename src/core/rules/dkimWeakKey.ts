import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { dkimTexts } from '../mail/mailZone';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dkim-weak-key', {
  description: 'A DKIM RSA key under 2048 bits (a warning), or under 1024 bits (an error, which verifiers must reject: RFC 8301 §3.2).',
  defaultSeverity: 'error',
  messages: {
    tooShort:
      'DKIM key at {{owner}} is RSA of {{bits}} bits: RFC 8301 §3.2 requires verifiers to reject keys under 1024 bits, so signatures with this selector fail. Publish a 2048-bit key.',
    short: 'DKIM key at {{owner}} is RSA of {{bits}} bits: RFC 8301 §3.2 says signers SHOULD use at least 2048 bits. Rotate to a 2048-bit key.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { txt, dkim } of dkimTexts(zone)) {
    const { key, keyRange } = dkim;
    if (key?.type !== 'rsa' || keyRange === undefined || key.bits >= 2048) continue;
    const data = { owner: hostName(txt.record.owner), bits: key.bits };
    const tooShort = key.bits < 1024;
    findings.push(
      textFinding(meta, tooShort ? 'tooShort' : 'short', data, txt, keyRange.start, keyRange.end, { severity: tooShort ? 'error' : 'warning' }),
    );
  }
  return findings;
}
