/**
 * Domain names in presentation form: making them absolute, checking label limits, and a canonical key.
 * Names are kept as strings in BIND's presentation form (escapes normalised, trailing dot), so that the
 * common case, a plain ASCII name, costs one concatenation and one scan.
 */

import { CH_AT, CH_BACKSLASH, CH_DOLLAR, CH_DOT } from './chars';

/** Wire-format limits (RFC 1035 section 2.3.4). */
export const MAX_LABEL = 63;
export const MAX_NAME_WIRE = 255;

export type NameResult = { name: string } | { error: string };

/** The canonical key of a name for comparisons: ASCII lower case (names are case-insensitive, RFC 4343). */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Makes `origin` (as given by a user) absolute and canonical; returns `.` for an empty or unusable origin. */
export function normalizeOrigin(origin: string): string {
  const trimmed = origin.trim();
  if (trimmed === '' || trimmed === '.') return '.';
  const result = parseName(trimmed.endsWith('.') ? trimmed : trimmed + '.', '.');
  return 'name' in result ? result.name : '.';
}

/**
 * Turns a name as written in a zone file into an absolute presentation-form name.
 * `origin` must already be absolute and canonical. `@` is the origin; a name without an unescaped
 * trailing dot is relative to it.
 */
export function parseName(written: string, origin: string): NameResult {
  const length = written.length;
  if (length === 1 && written.charCodeAt(0) === CH_AT) return { name: origin };
  if (length === 1 && written.charCodeAt(0) === CH_DOT) return { name: '.' };
  // Fast path: plain ASCII, no escapes. Check labels in one scan. `$` and `@` inside a name are printed
  // escaped (as BIND prints them), so a name written with them takes the path that prints canonically.
  let labelLength = 0;
  let wire = 1;
  for (let i = 0; i < length; i++) {
    const c = written.charCodeAt(i);
    if (c === CH_BACKSLASH || c > 0x7e || c < 0x21 || c === CH_DOLLAR || c === CH_AT) return parseEscapedName(written, origin);
    if (c === CH_DOT) {
      if (labelLength === 0) return { error: `empty label in name "${written}"` };
      wire += labelLength + 1;
      labelLength = 0;
    } else if (++labelLength > MAX_LABEL) {
      return { error: `label longer than ${MAX_LABEL} characters in name "${written}"` };
    }
  }
  if (labelLength === 0) {
    // Absolute: ends with a dot.
    if (wire > MAX_NAME_WIRE) return { error: `name "${written}" is longer than ${MAX_NAME_WIRE} bytes` };
    return { name: written };
  }
  wire += labelLength + 1;
  if (origin === '.') {
    if (wire > MAX_NAME_WIRE) return { error: `name "${written}." is longer than ${MAX_NAME_WIRE} bytes` };
    return { name: written + '.' };
  }
  const absolute = written + '.' + origin;
  if (wire - 1 + originWireLength(origin) > MAX_NAME_WIRE) {
    return { error: `name "${absolute}" is longer than ${MAX_NAME_WIRE} bytes` };
  }
  return { name: absolute };
}

/** Slots of `RecentNames`: a zone's MX records name a few hosts, and a few dozen slots keep them all. */
const RECENT_SLOTS = 64;

/**
 * Names read from a text, remembered by a hash of the text they were written as, with the origin they
 * were read under: a zone names the same few mail hosts again and again, and a name met again is then
 * neither copied out of the text nor parsed again (and is the same string, for maps keyed by it).
 */
export class RecentNames {
  /** What the last successful `read` gave. */
  written = '';
  name = '';
  private readonly writtens = new Array<string>(RECENT_SLOTS).fill('');
  /** The written names' character codes, compared with the text's: the names read here are ASCII, so equal codes are equal text. */
  private readonly writtenCodes = new Array<Uint8Array>(RECENT_SLOTS).fill(new Uint8Array(0));
  private readonly names = new Array<string>(RECENT_SLOTS).fill('');
  private readonly origins = new Array<string>(RECENT_SLOTS).fill('');

  /**
   * Reads the name written in `text` from `start` to `end` under `origin`, a name of ASCII characters;
   * false when it is not a valid name. `codes` is the text's `asciiCodes`; `hash` is any number that
   * the same written text always gives (see `SimpleLine`).
   */
  read(text: string, codes: Uint8Array, start: number, end: number, origin: string, hash: number): boolean {
    const slot = hash & (RECENT_SLOTS - 1);
    const known = this.writtenCodes[slot];
    if (known.length === end - start && this.origins[slot] === origin && sameCodes(known, codes, start)) {
      this.written = this.writtens[slot];
      this.name = this.names[slot];
      return true;
    }
    const written = text.slice(start, end);
    const result = parseName(written, origin);
    if ('error' in result) return false;
    this.writtens[slot] = this.written = written;
    this.writtenCodes[slot] = new Uint8Array(codes.subarray(start, end));
    this.names[slot] = this.name = result.name;
    this.origins[slot] = origin;
    return true;
  }
}

/** True when `codes` holds `known` from `start`. */
function sameCodes(known: Uint8Array, codes: Uint8Array, start: number): boolean {
  for (let i = 0; i < known.length; i++) if (known[i] !== codes[start + i]) return false;
  return true;
}

/** The origin's wire length, remembered for the last origin: nearly every relative name of a zone shares one. */
let lastOrigin = '.';
let lastOriginWire = 1;
function originWireLength(origin: string): number {
  if (origin !== lastOrigin) {
    lastOriginWire = nameWireLength(origin);
    lastOrigin = origin;
  }
  return lastOriginWire;
}

/** Wire length of a canonical absolute name (escapes count as one byte). */
export function nameWireLength(name: string): number {
  if (name === '.') return 1;
  let wire = 1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === CH_BACKSLASH) {
      const next = name.charCodeAt(i + 1);
      i += next >= 0x30 && next <= 0x39 ? 3 : 1;
      wire++;
    } else {
      wire++; // a dot stands for the next label's length byte
    }
  }
  return wire;
}

/** Slow path: decode escapes and non-ASCII (as UTF-8) into label bytes, then print them canonically. */
function parseEscapedName(written: string, origin: string): NameResult {
  const bytes = utf8Bytes(written);
  const labels: number[][] = [];
  let label: number[] = [];
  let absolute = false;
  for (let i = 0; i < bytes.length; i++) {
    let b = bytes[i];
    if (b === CH_BACKSLASH) {
      if (i + 1 >= bytes.length) return { error: `name "${written}" ends with a lone backslash` };
      const d0 = bytes[i + 1];
      if (d0 >= 0x30 && d0 <= 0x39) {
        const d1 = bytes[i + 2];
        const d2 = bytes[i + 3];
        if (!(d1 >= 0x30 && d1 <= 0x39 && d2 >= 0x30 && d2 <= 0x39)) {
          return { error: `bad escape in name "${written}": \\DDD needs three digits` };
        }
        b = (d0 - 0x30) * 100 + (d1 - 0x30) * 10 + (d2 - 0x30);
        if (b > 255) return { error: `bad escape in name "${written}": \\${String.fromCharCode(d0, d1, d2)} is above 255` };
        i += 3;
      } else {
        b = d0;
        i += 1;
      }
      label.push(b);
    } else if (b === CH_DOT) {
      if (label.length === 0) {
        if (i === bytes.length - 1 && labels.length === 0 && bytes.length === 1) return { name: '.' };
        return { error: `empty label in name "${written}"` };
      }
      labels.push(label);
      label = [];
      if (i === bytes.length - 1) absolute = true;
    } else {
      label.push(b);
    }
  }
  if (label.length > 0) labels.push(label);
  let wire = 1;
  for (const l of labels) {
    if (l.length > MAX_LABEL) return { error: `label longer than ${MAX_LABEL} bytes in name "${written}"` };
    wire += l.length + 1;
  }
  let text = '';
  for (const l of labels) text += labelToText(l) + '.';
  if (absolute) {
    if (wire > MAX_NAME_WIRE) return { error: `name "${written}" is longer than ${MAX_NAME_WIRE} bytes` };
    return { name: text };
  }
  if (origin !== '.') wire += nameWireLength(origin) - 1;
  const name = origin === '.' ? text : text + origin;
  if (wire > MAX_NAME_WIRE) return { error: `name "${name}" is longer than ${MAX_NAME_WIRE} bytes` };
  return { name };
}

/** One label in BIND's presentation form: specials escaped with a backslash, non-printables as \DDD. */
function labelToText(label: number[]): string {
  let text = '';
  for (const b of label) {
    switch (b) {
      case 0x22: // "
      case 0x28: // (
      case 0x29: // )
      case 0x2e: // .
      case 0x3b: // ;
      case 0x5c: // backslash
      case 0x40: // @
      case 0x24: // $
        text += '\\' + String.fromCharCode(b);
        break;
      default:
        text += b > 0x20 && b < 0x7f ? String.fromCharCode(b) : '\\' + String(b).padStart(3, '0');
    }
  }
  return text;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (zone files are bytes; non-ASCII characters stand for their UTF-8 encoding). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** True when `name` equals `ancestor` or lies below it (both canonical, absolute). */
export function isSubdomain(name: string, ancestor: string): boolean {
  if (ancestor === '.' || name === ancestor) return true;
  // Relative names are built as `label.` + origin, so the suffix usually matches as written: no copies then.
  if (name.endsWith(ancestor)) return endsAtLabelBoundary(name, name.length - ancestor.length - 1);
  const n = nameKey(name);
  const a = nameKey(ancestor);
  if (n === a) return true;
  return n.endsWith(a) && endsAtLabelBoundary(n, n.length - a.length - 1);
}

/** True when `at` is a dot that separates labels (not an escaped `\.`). */
function endsAtLabelBoundary(n: string, at: number): boolean {
  if (n.charCodeAt(at) !== CH_DOT) return false;
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && n.charCodeAt(i) === CH_BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 0;
}

/**
 * Reads an uncompressed wire-format name (as found in RFC 3597 `\#` rdata) starting at `offset`.
 * Returns the presentation form and where it ends, or undefined when it runs past the data.
 */
export function wireNameToText(bytes: Uint8Array, offset: number): { name: string; end: number } | undefined {
  let text = '';
  let i = offset;
  for (;;) {
    if (i >= bytes.length) return undefined;
    const length = bytes[i++];
    if (length === 0) return { name: text === '' ? '.' : text, end: i };
    if (length > MAX_LABEL || i + length > bytes.length) return undefined;
    text += labelToText(Array.from(bytes.subarray(i, i + length))) + '.';
    i += length;
  }
}
