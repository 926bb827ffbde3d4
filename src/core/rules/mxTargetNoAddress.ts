import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { isIpAddress } from '../mx/address';
import { hostName } from '../dns/names';
import { lacksTrailingDot } from './mxMissingTrailingDot';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords, targetStatus } from './zoneIndex';

export const meta = ruleMeta('mx-target-no-address', {
  description: 'An MX target inside this zone that has no A or AAAA record.',
  defaultSeverity: 'error',
  messages: {
    noAddress: 'MX target {{target}} is in this zone but has no A or AAAA record: senders cannot reach it, and move on to the next MX or queue the mail.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  const findings: Finding[] = [];
  for (const record of mxRecords(index)) {
    const { exchange, exchangeWritten, exchangeRange } = record.rdata;
    // An IP address or a missing trailing dot is the real cause there; their own rules say so.
    if (isIpAddress(exchangeWritten) || lacksTrailingDot(record, index)) continue;
    if (targetStatus(index, exchange).kind === 'no-address') {
      findings.push(report(meta, 'noAddress', { target: hostName(exchange) }, exchangeRange, { file: record.file }));
    }
  }
  return findings;
}
