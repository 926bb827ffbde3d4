/** IPv4 and IPv6 addresses in text form, checked the way BIND's inet_pton checks them. */

/** The four octets of a dotted-quad address, or undefined (leading zeros and short forms are refused, as BIND does). */
export function parseIPv4(text: string): number[] | undefined {
  const octets: number[] = [];
  let value = -1;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x2e;
    if (c >= 0x30 && c <= 0x39) {
      if (digits > 0 && value === 0) return undefined;
      value = (value < 0 ? 0 : value * 10) + (c - 0x30);
      if (value > 255) return undefined;
      digits++;
    } else if (c === 0x2e) {
      if (digits === 0) return undefined;
      octets.push(value);
      value = -1;
      digits = 0;
    } else {
      return undefined;
    }
  }
  return octets.length === 4 ? octets : undefined;
}

/** The eight 16-bit groups of an IPv6 address, or undefined. Accepts `::` and a dotted-quad tail. */
export function parseIPv6(text: string): number[] | undefined {
  if (text.length < 2 || text.length > 45) return undefined;
  const head: number[] = [];
  const tail: number[] = [];
  let groups = head;
  let sawDoubleColon = false;
  let i = 0;
  if (text.startsWith('::')) {
    sawDoubleColon = true;
    groups = tail;
    i = 2;
    if (text.length === 2) return new Array<number>(8).fill(0);
  } else if (text.charCodeAt(0) === 0x3a) {
    return undefined;
  }
  // A dotted-quad tail may only follow the last colon.
  const lastColon = text.lastIndexOf(':');
  const tailStart = text.indexOf('.') > lastColon ? lastColon + 1 : -1;
  while (i < text.length) {
    if (i === tailStart) {
      const v4 = parseIPv4(text.slice(i));
      if (!v4) return undefined;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      i = text.length;
      break;
    }
    let value = 0;
    let digits = 0;
    while (i < text.length && digits < 5) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = (value << 4) | h;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 4) return undefined;
    groups.push(value);
    if (i === text.length) break;
    if (text.charCodeAt(i) !== 0x3a) return undefined;
    i++;
    if (text.charCodeAt(i) === 0x3a) {
      if (sawDoubleColon) return undefined;
      sawDoubleColon = true;
      groups = tail;
      i++;
      if (i === text.length) break;
    } else if (i === text.length) {
      return undefined;
    }
  }
  const total = head.length + tail.length;
  if (sawDoubleColon ? total > 7 : total !== 8) return undefined;
  return head.concat(new Array<number>(8 - total).fill(0), tail);
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
export function formatIPv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
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
