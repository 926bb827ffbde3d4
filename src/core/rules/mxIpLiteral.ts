import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { isIpAddress } from '../mx/address';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords, mxTargets } from './zoneIndex';

export const meta = ruleMeta('mx-ip-literal', {
  description: 'An MX target written as an IP address instead of a host name.',
  defaultSeverity: 'error',
  messages: {
    address:
      'MX target {{written}} is an IP address, but an MX must name a host (RFC 1035 §3.3.9): senders read it as a host name, find no address for it, and cannot deliver. Name a host whose A or AAAA record holds this address.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const index = indexZone(zone);
  const addresses = new Set(mxTargets(index).flatMap((target) => (isIpAddress(target.written) ? [target.written] : [])));
  if (addresses.size === 0) return findings;
  for (const record of mxRecords(index)) {
    const written = record.rdata.exchangeWritten;
    // The range is read only for a finding: a slim record makes it when read.
    if (addresses.has(written)) findings.push(report(meta, 'address', { written }, record.rdata.exchangeRange, { file: record.file }));
  }
  return findings;
}
