import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { report, ruleMeta, type LintOptions } from './rule';
import { findingsForTargets } from './zoneIndex';

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
  return findingsForTargets(zone, 'cname', (record, { cname }) => {
    if (cname.rdata.type !== 'CNAME') return undefined;
    const data = { target: hostName(record.rdata.exchange), canonical: hostName(cname.rdata.target) };
    return report(meta, 'alias', data, record.rdata.exchangeRange, { file: record.file });
  });
}
