/**
 * SOA serial numbers: RFC 1982 serial number arithmetic (32 bits) and the bump that secondaries need
 * to see a change. Two conventions are understood: YYYYMMDDnn (the date of the change and a two-digit
 * count within the day, RFC 1912 §2.2) and a plain counter. The date comes from the caller's clock.
 */
import type { TextEdit } from '../types';
import type { ParsedZone, ZoneRecord } from '../zone/model';

const SERIAL_SPACE = 2 ** 32;
const HALF = 2 ** 31;

/** RFC 1982 §3.2: whether `a` comes after `b` (4294967295 is followed by 0; a distance of exactly 2^31 is undefined, so false). */
export function serialGreater(a: number, b: number): boolean {
  return (a < b && b - a > HALF) || (a > b && a - b < HALF);
}

/** RFC 1982 §3.1: the next serial, wrapping from 4294967295 to 0. */
export function serialIncrement(serial: number, by = 1): number {
  return (serial + by) % SERIAL_SPACE;
}

export interface SerialBump {
  from: number;
  to: number;
  scheme: 'date' | 'counter';
  /** The counter went past 4294967295 and starts again at 0, which secondaries read as later (RFC 1982). */
  wrapped: boolean;
}

/** YYYYMMDDnn with a plausible date: a serial written in the date convention. */
function looksLikeDate(serial: number): boolean {
  if (serial < 1_970_010_100 || serial > 2_999_123_199) return false;
  const month = Math.floor(serial / 10_000) % 100;
  const day = Math.floor(serial / 100) % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The serial after `serial` on `today` (the caller's clock, its local calendar date). A date serial
 * becomes today's `YYYYMMDD00`, or the next count when today's (or a later date's) is already used;
 * after `nn` = 99 it runs into the next day's numbers, as the convention allows. A counter adds one.
 */
export function nextSerial(serial: number, today: Date): SerialBump {
  if (looksLikeDate(serial)) {
    const dated = (today.getFullYear() * 10_000 + (today.getMonth() + 1) * 100 + today.getDate()) * 100;
    if (serialGreater(dated, serial)) return { from: serial, to: dated, scheme: 'date', wrapped: false };
    return { from: serial, to: serialIncrement(serial), scheme: 'date', wrapped: false };
  }
  const to = serialIncrement(serial);
  return { from: serial, to, scheme: 'counter', wrapped: to < serial };
}

/** The SOA record of the document itself (not of an `$INCLUDE`d file), at the zone's origin or else the first. */
export function documentSoa(zone: ParsedZone): (ZoneRecord & { rdata: { type: 'SOA' } }) | undefined {
  const soas = zone.records.filter((r): r is ZoneRecord & { rdata: { type: 'SOA' } } => r.file === undefined && r.rdata.type === 'SOA');
  return soas.find((r) => r.owner.toLowerCase() === zone.origin.toLowerCase()) ?? soas[0];
}

/** The edit that bumps the document's SOA serial (written in place of the serial field), or undefined without an SOA. */
export function bumpSerialEdit(zone: ParsedZone, today: Date): { edit: TextEdit; bump: SerialBump } | undefined {
  const soa = documentSoa(zone);
  // The serial is the third rdata field, after MNAME and RNAME.
  const token = soa?.rdataTokens[2];
  if (!soa || !token) return undefined;
  const bump = nextSerial(soa.rdata.serial, today);
  return { edit: { range: token.range, newText: String(bump.to) }, bump };
}

/** How a bump reads in a menu or a message: "Bump SOA serial 2026112801 → 2026120300". */
export function bumpTitle(bump: SerialBump): string {
  const wrap = bump.wrapped ? ' (wraps around past 4294967295; secondaries read 0 as later, RFC 1982)' : '';
  return `Bump SOA serial ${bump.from} → ${bump.to}${wrap}`;
}
