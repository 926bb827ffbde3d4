/** IPv4 and IPv6 addresses in text form, checked the way BIND's inet_pton checks them. */

/** The four octets of a dotted-quad address, or undefined (leading zeros and short forms are refused, as BIND does). */
export function parseIPv4(text: string): number[] | undefined {
  const octets = new Array<number>(4);
  return readIPv4(text, 0, text.length, octets) ? octets : undefined;
}

const octetScratch = new Uint16Array(4);

/** True when `text` is a dotted-quad address (as `parseIPv4`, without making the octets). */
export function isIPv4(text: string): boolean {
  return readIPv4(text, 0, text.length, octetScratch);
}

/** True when `text` from `start` to `end` is a dotted-quad address; its octets go to `octets`. */
function readIPv4(text: string, start: number, end: number, octets: number[] | Uint16Array): boolean {
  let count = 0;
  let value = -1;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2e;
    if (c >= 0x30 && c <= 0x39) {
      if (digits > 0 && value === 0) return false;
      value = (value < 0 ? 0 : value * 10) + (c - 0x30);
      if (value > 255) return false;
      digits++;
    } else if (c === 0x2e) {
      if (digits === 0 || count === 4) return false;
      octets[count++] = value;
      value = -1;
      digits = 0;
    } else {
      return false;
    }
  }
  return count === 4;
}

/** The eight 16-bit groups of an IPv6 address, or undefined. Accepts `::` and a dotted-quad tail. */
export function parseIPv6(text: string): number[] | undefined {
  const groups = new Uint16Array(8);
  return readIPv6(text, groups) ? Array.from(groups) : undefined;
}

const v4Tail = new Uint16Array(4);

/**
 * True when `text` (from `start` to `length`) is an IPv6 address; its groups go to `groups` (eight of
 * them), read in one pass without allocating: a zone may hold hundreds of thousands of AAAA records.
 */
export function readIPv6(text: string, groups: Uint16Array, start = 0, length = text.length): boolean {
  if (length - start < 2 || length - start > 45) return false;
  let count = 0;
  /** Where `::` stands among the groups, or -1. */
  let gap = -1;
  let i = start;
  if (text.charCodeAt(start) === 0x3a) {
    if (text.charCodeAt(start + 1) !== 0x3a) return false;
    gap = 0;
    i = start + 2;
    if (length - start === 2) {
      groups.fill(0);
      return true;
    }
  }
  // A dotted-quad tail may only follow the last colon (a dot before it makes the address bad anyway).
  let tailStart = -1;
  for (let k = start; k < length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3a) tailStart = -1;
    else if (c === 0x2e && tailStart < 0) tailStart = k;
  }
  // The tail starts after the last colon, where the dot's group starts.
  if (tailStart >= 0) while (tailStart > start && text.charCodeAt(tailStart - 1) !== 0x3a) tailStart--;
  while (i < length) {
    if (i === tailStart) {
      if (count > 6 || !readIPv4(text, i, length, v4Tail)) return false;
      groups[count++] = (v4Tail[0] << 8) | v4Tail[1];
      groups[count++] = (v4Tail[2] << 8) | v4Tail[3];
      break;
    }
    let value = 0;
    let digits = 0;
    while (i < length && digits < 5) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = (value << 4) | h;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 4 || count === 8) return false;
    groups[count++] = value;
    if (i === length) break;
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    if (i < length && text.charCodeAt(i) === 0x3a) {
      if (gap >= 0) return false;
      gap = count;
      i++;
      if (i === length) break;
    } else if (i === length) {
      return false;
    }
  }
  if (gap < 0) return count === 8;
  if (count > 7) return false;
  // Move the groups after `::` to the end and fill the gap with zeros (by hand: calls of the typed
  // array methods cost more than these few moves, once per AAAA record).
  const shift = 8 - count;
  for (let k = 7; k >= gap + shift; k--) groups[k] = groups[k - shift];
  for (let k = gap; k < gap + shift; k++) groups[k] = 0;
  return true;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/**
 * An IPv6 address in the compressed form BIND prints (RFC 5952 style: lower case, the longest run of
 * two or more zero groups as `::`, and a dotted-quad tail for IPv4-mapped and IPv4-compatible addresses,
 * as BIND prints them: `::ffff:192.0.2.1`, `::1.2.3.4`, but `::2`).
 */
export function formatIPv6(groups: ArrayLike<number>): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  if (bestStart === 0 && (bestLength === 6 || (bestLength === 5 && groups[5] === 0xffff))) {
    const v4 = `${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.${groups[7] & 0xff}`;
    return bestLength === 5 ? '::ffff:' + v4 : '::' + v4;
  }
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (bestStart >= 0 && i >= bestStart && i < bestStart + bestLength) {
      if (i === bestStart) text += ':';
      continue;
    }
    if (i !== 0) text += ':';
    text += groups[i].toString(16);
  }
  if (bestStart >= 0 && bestStart + bestLength === 8) text += ':';
  return text;
}
