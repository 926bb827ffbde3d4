import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords, targetStatus } from './zoneIndex';

export const meta = ruleMeta('mx-cname', {
  description: 'An MX target that is an alias (CNAME) in this zone.',
  defaultSeverity: 'error',
  messages: {
    alias:
      'MX target {{target}} is an alias (CNAME to {{canonical}}): an MX must name the host itself (RFC 2181 §10.3). Some senders refuse or misroute such mail; point the MX at {{canonical}}.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  const findings: Finding[] = [];
  for (const record of mxRecords(index)) {
    const status = targetStatus(index, record.rdata.exchange);
    if (status.kind !== 'cname' || status.cname.rdata.type !== 'CNAME') continue;
    const data = { target: hostName(record.rdata.exchange), canonical: hostName(status.cname.rdata.target) };
    findings.push(report(meta, 'alias', data, record.rdata.exchangeRange, { file: record.file }));
  }
  return findings;
}
