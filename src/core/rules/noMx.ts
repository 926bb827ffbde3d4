import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { report, ruleMeta, type LintOptions } from './rule';
import { hasAddress, indexZone, type ZoneIndex } from './zoneIndex';

export const meta = ruleMeta('no-mx', {
  description: 'A zone apex that looks like it handles mail but has no MX record, so senders use its address record as an implicit MX.',
  defaultSeverity: 'information',
  messages: {
    implicitMx:
      '{{apex}} has no MX record but looks like a mail domain ({{evidence}}): senders fall back to its A/AAAA record as an implicit MX (RFC 5321 §5.1). Add an MX to say where mail goes, or a null MX (MX 0 .) if it takes none.',
    noRoute:
      '{{apex}} has no MX record and no A/AAAA record but looks like a mail domain ({{evidence}}): mail sent to it cannot be delivered. Add an MX, or a null MX (MX 0 .) if it takes none.',
  },
  fixable: false,
});

/** Host labels that usually mean a domain receives mail. */
const MAIL_HOST_LABELS = ['mail', 'mx', 'smtp'];

/** The signs that a domain deals in mail, as short phrases for the message. */
function mailEvidence(index: ZoneIndex): string[] {
  const apex = index.origin;
  const evidence: string[] = [];
  const spf = index.apexRecords.some((r) => r.rdata.type === 'TXT' && /^v=spf1(\s|$)/i.test(r.rdata.strings.join('')));
  if (spf) evidence.push('an SPF record');
  if (index.owners.has(`_dmarc.${apex}`)) evidence.push('a DMARC record');
  if (index.owners.someOwnerEndsWith(`._domainkey.${apex}`)) evidence.push('a DKIM key');
  const hosts = MAIL_HOST_LABELS.filter((label) => index.owners.has(`${label}.${apex}`));
  if (hosts.length > 0) evidence.push(`a host named ${hosts.join(', ')}`);
  return evidence;
}

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  const apexRecords = index.apexRecords;
  if (apexRecords.length === 0 || index.mxByOwner.has(index.owners.entryOf(index.origin))) return [];
  const evidence = mailEvidence(index);
  if (evidence.length === 0) return [];
  const anchor = apexRecords.find((r) => r.type === 'SOA') ?? apexRecords[0];
  const messageId = hasAddress(index, index.origin) ? 'implicitMx' : 'noRoute';
  return [report(meta, messageId, { apex: hostName(zone.origin), evidence: evidence.join(', ') }, anchor.range, { file: anchor.file })];
}
