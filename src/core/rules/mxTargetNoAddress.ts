import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { isIpAddress } from '../mx/address';
import { lacksTrailingDot } from './mxMissingTrailingDot';
import { report, ruleMeta, type LintOptions } from './rule';
import { findingsForTargets, indexZone } from './zoneIndex';

export const meta = ruleMeta('mx-target-no-address', {
  description: 'An MX target inside this zone that has no A or AAAA record.',
  defaultSeverity: 'error',
  messages: {
    noAddress:
      'MX target {{target}} is in this zone but has no A or AAAA record: senders cannot reach it, and move on to the next MX or queue the mail.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  return findingsForTargets(zone, 'no-address', (record) => {
    // An IP address or a missing trailing dot is the real cause there; their own rules say so.
    if (isIpAddress(record.rdata.exchangeWritten) || lacksTrailingDot(record, index)) return undefined;
    return report(meta, 'noAddress', { target: hostName(record.rdata.exchange) }, record.rdata.exchangeRange, { file: record.file });
  });
}
