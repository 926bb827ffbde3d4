import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { nameKey } from '../zone/names';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';
import { indexZone, targetStatus, type MxRecord } from './zoneIndex';

export const meta = ruleMeta('dane-partial', {
  description: 'Some in-zone MX targets have TLSA records at _25._tcp.<target> and others do not: the others are a downgrade path.',
  defaultSeverity: 'warning',
  messages: {
    partial:
      'MX {{host}} has no TLSA record at _25._tcp.{{host}}, while {{protected}} of this name has one: an attacker who blocks the protected hosts makes DANE senders fall back to this one without authentication (RFC 7672 §2.2). Publish TLSA for it too.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const mail = mailZone(zone);
  if (mail.tlsa.length === 0) return [];
  const index = indexZone(zone);
  const withTlsa = new Set(mail.tlsa.map((record) => nameKey(record.owner)));
  const findings: Finding[] = [];
  for (const records of index.mxByOwner.values(2)) {
    const inZone = records.filter((r: MxRecord) => r.rdata.exchange !== '.' && targetStatus(index, r.rdata.exchange).kind !== 'out-of-zone');
    const has = (r: MxRecord) => withTlsa.has(nameKey('_25._tcp.' + r.rdata.exchange));
    const covered = inZone.filter(has);
    if (covered.length === 0 || covered.length === inZone.length) continue;
    const protectedHosts = [...new Set(covered.map((r) => hostName(r.rdata.exchange)))].join(', ');
    for (const record of inZone) {
      if (!has(record))
        findings.push(
          recordFinding(
            meta,
            'partial',
            { host: hostName(record.rdata.exchange), protected: protectedHosts },
            record,
            {},
            record.rdata.exchangeRange,
          ),
        );
    }
  }
  return findings;
}
