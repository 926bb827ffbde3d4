import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords, targetStatus } from './zoneIndex';

export const meta = ruleMeta('mx-below-dname', {
  description: 'An MX target below a DNAME, so the name is only reached through a redirection.',
  defaultSeverity: 'error',
  messages: {
    belowDname:
      'MX target {{target}} is below the DNAME at {{dname}}, which redirects that whole subtree to {{dnameTarget}}: the target is an alias, which an MX must not be (RFC 2181 §10.3, RFC 6672). Name the host where it really lives.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  const findings: Finding[] = [];
  for (const record of mxRecords(index)) {
    const status = targetStatus(index, record.rdata.exchange);
    if (status.kind !== 'below-dname' || status.dname.rdata.type !== 'DNAME') continue;
    const data = {
      target: hostName(record.rdata.exchange),
      dname: hostName(status.dname.owner),
      dnameTarget: hostName(status.dname.rdata.target),
    };
    findings.push(report(meta, 'belowDname', data, record.rdata.exchangeRange, { file: record.file }));
  }
  return findings;
}
