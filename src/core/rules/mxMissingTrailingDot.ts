import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { nameKey } from '../zone/names';
import { isIpAddress } from '../mx/address';
import { suffixList } from '../mx/suffixList';
import { hostName } from '../dns/names';
import { insertFix } from './fixes';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords, mxTargets, nameExists, type MxRecord, type MxTarget, type ZoneIndex } from './zoneIndex';

export const meta = ruleMeta('mx-missing-trailing-dot', {
  description: 'A relative MX target that looks fully qualified, so the origin was appended to it.',
  defaultSeverity: 'warning',
  messages: {
    originAppended:
      'MX target {{written}} has no trailing dot, so the origin is appended and senders look up {{absolute}}. Write {{written}}. if you mean that host.',
  },
  fixable: true,
});

/**
 * True when a relative target ends in a public suffix (`mail.example.net`), so its author most
 * likely meant it as a full name, and the name the origin turns it into does not exist in the zone.
 * A bare label (`mail`) and a name under a private or unknown suffix stay relative.
 */
export function lacksTrailingDot(record: MxRecord, index: ZoneIndex): boolean {
  return targetLacksTrailingDot({ written: record.rdata.exchangeWritten, exchange: record.rdata.exchange }, index);
}

function targetLacksTrailingDot({ written, exchange }: MxTarget, index: ZoneIndex): boolean {
  if (written.endsWith('.') || written === '@' || !written.includes('.') || isIpAddress(written)) return false;
  const parsed = suffixList().parse(written);
  return parsed.isIcann === true && parsed.publicSuffix !== null && !nameExists(index, nameKey(exchange));
}

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  const findings: Finding[] = [];
  if (!mxTargets(index).some((target) => targetLacksTrailingDot(target, index))) return findings;
  for (const record of mxRecords(index)) {
    if (!lacksTrailingDot(record, index)) continue;
    const { exchangeWritten: written, exchangeRange } = record.rdata;
    const fixes = record.file === undefined ? [insertFix(`Add the trailing dot: ${written}.`, exchangeRange.end, '.')] : undefined;
    findings.push(
      report(meta, 'originAppended', { written, absolute: hostName(record.rdata.exchange) }, exchangeRange, { fixes, file: record.file }),
    );
  }
  return findings;
}
