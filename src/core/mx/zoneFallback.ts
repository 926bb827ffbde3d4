import type { Position } from '../types';
import type { ParsedZone } from '../zone/model';
import { indexZone, type MxRecord } from '../rules/zoneIndex';
import { describeFallback, fallbackPlan, type MxEntry } from './fallback';

interface RecordEntry extends MxEntry {
  record: MxRecord;
}

function contains(record: MxRecord, position: Position): boolean {
  const { start, end } = record.range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  return !(position.line === end.line && position.character > end.character);
}

/**
 * The hover text for the MX record of the edited document at `position`: the fallback order of its
 * owner (every MX of that name, from included files too), with this record marked. Undefined when
 * no MX record stands there.
 */
export function mxFallbackHover(
  zone: ParsedZone,
  position: Position,
  trustedMxHosts: readonly string[] = [],
  filteringServiceName?: string,
): string | undefined {
  const index = indexZone(zone);
  for (const records of index.mxByOwner.values()) {
    const current = records.find((r) => r.file === undefined && contains(r, position));
    if (!current) continue;
    const entries: RecordEntry[] = records.map((record) => ({
      preference: record.rdata.preference,
      exchange: record.rdata.exchange,
      record,
    }));
    const plan = fallbackPlan(entries, trustedMxHosts);
    return describeFallback(
      current.owner,
      plan,
      entries.find((e) => e.record === current),
      filteringServiceName,
    );
  }
  return undefined;
}
