import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { report, ruleMeta, type LintOptions } from './rule';
import { findingsForTargets } from './zoneIndex';

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
  return findingsForTargets(zone, 'below-dname', (record, { dname }) => {
    if (dname.rdata.type !== 'DNAME') return undefined;
    const data = { target: hostName(record.rdata.exchange), dname: hostName(dname.owner), dnameTarget: hostName(dname.rdata.target) };
    return report(meta, 'belowDname', data, record.rdata.exchangeRange, { file: record.file });
  });
}
