import type { MxRecord } from './zoneIndex';

/** A null MX (RFC 7505) names the root as its target: the name accepts no mail. */
export function isNullMx(record: MxRecord): boolean {
  return record.rdata.exchange === '.';
}
