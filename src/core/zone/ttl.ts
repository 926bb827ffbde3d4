/**
 * TTLs as BIND reads them: a plain number of seconds, or numbers each followed by a unit
 * (w, d, h, m, s, any case), e.g. `1h30m`, `2W`. A bare number is only allowed on its own.
 */

const MAX_TTL = 0xffffffff;

const SECONDS_PER_UNIT: Record<number, number> = {
  0x77: 604800, // w
  0x64: 86400, // d
  0x68: 3600, // h
  0x6d: 60, // m
  0x73: 1, // s
};

/** The TTL in seconds, or -1 when `text` is not a TTL, or -2 when it is one but above 2^32-1. */
export function parseTtl(text: string): number {
  const length = text.length;
  if (length === 0) return -1;
  let total = 0;
  let i = 0;
  let parts = 0;
  while (i < length) {
    let value = 0;
    const start = i;
    for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) {
      value = value * 10 + (c - 0x30);
      if (value > MAX_TTL) return -2;
    }
    if (i === start) return -1;
    if (i === length) {
      // A bare number is a TTL only when it is the whole field.
      if (parts > 0) return -1;
      return value;
    }
    const unit = SECONDS_PER_UNIT[text.charCodeAt(i) | 0x20];
    if (unit === undefined) return -1;
    total += value * unit;
    if (total > MAX_TTL) return -2;
    i++;
    parts++;
  }
  return total;
}

/** True when the field starts like a TTL (a digit), so that a bad one is reported as a bad TTL. */
export function looksLikeTtl(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}
