/**
 * The building blocks of rdata: a reader of the fields written after the type (with BIND's limits and
 * one wording for each kind of mistake), a reader of RFC 3597 wire data, and the encodings both share.
 * Every field reads to its canonical text, the form `named-checkzone -D` prints, so that one value
 * serves the check, the dump and the comparison of a `\#` record with its text form.
 */
import type { Fix, Range } from '../../types';
import { formatIPv6, parseIPv4, parseIPv6 } from '../addresses';
import type { Token } from '../model';
import { parseName, utf8Bytes, wireNameToText } from '../names';

/** A refused field: what is wrong and what was expected, at the field. */
export interface Fail {
  error: string;
  range: Range;
  /** A quick fix, where the text can be mended without changing what it means (an over-long TXT string). */
  fixes?: Fix[];
}

export function isFail(value: unknown): value is Fail {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Where a missing field is reported when no rdata field was written: the type field. */
export interface MissingAt {
  typeRange(): Range;
}

/** Walks the text fields of one record. One reader serves every record: parsing never nests. */
export class FieldReader {
  private index = 0;
  type = '';
  origin = '.';
  private tokens: Token[] = [];
  private afterType!: MissingAt;

  reset(type: string, tokens: Token[], origin: string, afterType: MissingAt): this {
    this.index = 0;
    this.type = type;
    this.tokens = tokens;
    this.origin = origin;
    this.afterType = afterType;
    return this;
  }

  next(label: string): Token | Fail {
    const token = this.tokens[this.index];
    if (token === undefined) return this.missing(label);
    this.index++;
    return token;
  }

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  more(): boolean {
    return this.index < this.tokens.length;
  }

  remaining(): number {
    return this.tokens.length - this.index;
  }

  /** The fields left, consumed. */
  rest(): Token[] {
    const rest = this.tokens.slice(this.index);
    this.index = this.tokens.length;
    return rest;
  }

  skipAll(): void {
    this.index = this.tokens.length;
  }

  /** At the last field written, or at the type when there is none. */
  missing(label: string): Fail {
    const last = this.tokens[this.tokens.length - 1];
    return { error: `${this.type} record is missing its ${label}`, range: last ? last.range : this.afterType.typeRange() };
  }

  fail(message: string, token: Token): Fail {
    return { error: `${this.type} ${message}`, range: token.range };
  }

  /** An error for the first field left over, as BIND's "extra input text". */
  extra(): Fail | undefined {
    const token = this.tokens[this.index];
    if (token === undefined) return undefined;
    return { error: `extra text "${token.text}" after the ${this.type} record's data`, range: token.range };
  }

  /** An unsigned decimal number up to `max` (BIND reads decimal only; leading zeros are fine). */
  number(label: string, max: number): number | Fail {
    const token = this.next(label);
    if (isFail(token)) return token;
    return this.numberOf(token, label, max);
  }

  numberOf(token: Token, label: string, max: number): number | Fail {
    const value = parseDecimal(token.text);
    if (value === -1) return this.fail(`${label} "${token.text}" is not a number (expected 0-${max})`, token);
    if (value > max || value === -2) return this.fail(`${label} ${token.text} is out of range 0-${max}`, token);
    return value;
  }

  uint8(label: string): number | Fail {
    return this.number(label, 255);
  }

  uint16(label: string): number | Fail {
    return this.number(label, 65535);
  }

  uint32(label: string): number | Fail {
    return this.number(label, 0xffffffff);
  }

  /** A domain name, made absolute; its canonical text. */
  name(label: string): string | Fail {
    const token = this.next(label);
    if (isFail(token)) return token;
    return this.nameOf(token, label);
  }

  nameOf(token: Token, label: string): string | Fail {
    if (token.text.charCodeAt(0) === 0x22) return this.fail(`${label} ${token.text} is quoted: a name is written without quotes`, token);
    const result = parseName(token.text, this.origin);
    if ('error' in result) return this.fail(`${label}: ${result.error}`, token);
    return result.name;
  }

  /** One character-string (quoted or not), at most 255 bytes; its canonical quoted text. */
  string(label: string): string | Fail {
    const token = this.next(label);
    if (isFail(token)) return token;
    const bytes = this.stringBytes(token, label);
    return isFail(bytes) ? bytes : quoteBytes(bytes);
  }

  stringBytes(token: Token, label: string): Uint8Array | Fail {
    const bytes = escapedBytes(token.text);
    if (typeof bytes === 'string') return this.fail(`${label} ${token.text}: ${bytes}`, token);
    if (bytes.length > 255) return this.fail(`${label} is ${bytes.length} bytes long: a character-string holds at most 255`, token);
    return bytes;
  }

  ipv4(label: string): string | Fail {
    const token = this.next(label);
    if (isFail(token)) return token;
    return parseIPv4(token.text) ? token.text : this.fail(`${label} "${token.text}" is not an IPv4 address`, token);
  }

  ipv6(label: string): string | Fail {
    const token = this.next(label);
    if (isFail(token)) return token;
    const groups = parseIPv6(token.text);
    return groups ? formatIPv6(groups) : this.fail(`${label} "${token.text}" is not an IPv6 address`, token);
  }

  /**
   * Hexadecimal digits over the fields left (BIND joins them), at least `min` bytes; with `exact`, the
   * number of bytes the field must hold.
   */
  hexRest(label: string, min = 1, exact?: { bytes: number; why: string }): Uint8Array | Fail {
    const first = this.peek();
    if (first === undefined) {
      if (min === 0 && exact === undefined) return new Uint8Array(0);
      return exact ? this.missing(`${label} (${exact.bytes * 2} hex digits for ${exact.why})`) : this.missing(label);
    }
    const tokens = this.rest();
    const text = tokens.map((t) => t.text).join('');
    const where = spanToken(tokens, text);
    const bytes = hexBytes(text);
    if (bytes === undefined) return this.fail(`${label} "${shorten(text)}" is not hexadecimal (pairs of 0-9, A-F)`, where);
    if (exact !== undefined && bytes.length !== exact.bytes) {
      return this.fail(`${label} for ${exact.why} must be ${exact.bytes * 2} hex digits, got ${text.length}`, where);
    }
    return bytes;
  }

  /** Base64 over the fields left (BIND joins them), at least one field unless `optional`. */
  base64Rest(label: string, optional = false): Uint8Array | Fail {
    if (!this.more()) return optional ? new Uint8Array(0) : this.missing(label);
    const tokens = this.rest();
    const text = tokens.map((t) => t.text).join('');
    const bytes = base64Bytes(text);
    if (typeof bytes === 'string') return this.fail(`${label} is not valid base64: ${bytes}`, spanToken(tokens, text));
    return bytes;
  }
}

/** One token standing for several adjacent ones (joined text, range from the first to the last). */
export function spanToken(tokens: Token[], text: string): Token {
  return { text, range: { start: tokens[0].range.start, end: tokens[tokens.length - 1].range.end } };
}

function shorten(text: string): string {
  return text.length > 40 ? text.slice(0, 37) + '...' : text;
}

/** A decimal number: -1 when not one, -2 when above 2^32 - 1. */
export function parseDecimal(text: string): number {
  if (text.length === 0) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value > 0xffffffff ? -2 : value;
}

/** Bytes of hexadecimal text, or undefined (odd length or another character). */
export function hexBytes(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** Base64 (RFC 4648 section 4) as BIND reads it: groups of four, `=` only at the end, unused bits zero; or what is wrong. */
export function base64Bytes(text: string): Uint8Array | string {
  if (text.length % 4 !== 0) return `${text.length} characters is not a multiple of 4`;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const v = [0, 1, 2, 3].map((k) => {
      const c = text.charCodeAt(i + k);
      return c === 0x3d ? -2 : c < 128 ? BASE64_VALUE[c] : -1;
    });
    const bad = v.findIndex((x) => x === -1);
    if (bad >= 0) return `"${text[i + bad]}" is not a base64 character`;
    if (v[0] < 0 || v[1] < 0 || (v[2] === -2 && v[3] !== -2) || ((v[2] === -2 || v[3] === -2) && !last)) return 'misplaced "=" padding';
    out.push((v[0] << 2) | (v[1] >> 4));
    if (v[2] === -2) {
      if ((v[1] & 0xf) !== 0) return 'the bits before the "=" padding are not zero';
      break;
    }
    out.push(((v[1] & 0xf) << 4) | (v[2] >> 2));
    if (v[3] === -2) {
      if ((v[2] & 0x3) !== 0) return 'the bits before the "=" padding are not zero';
      break;
    }
    out.push(((v[2] & 0x3) << 6) | v[3]);
  }
  return new Uint8Array(out);
}

export function base64Text(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

const BASE32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** Base32hex without padding (RFC 4648 section 7, as NSEC3 writes hashes); undefined when not. */
export function base32hexBytes(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text.toUpperCase()) {
    const v = BASE32HEX.indexOf(ch);
    if (v < 0) return undefined;
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
    buffer &= (1 << bits) - 1;
  }
  // A length that leaves 5 or more bits over, or bits that are not zero, is not an encoding of bytes.
  if (bits >= 5 || buffer !== 0) return undefined;
  return new Uint8Array(out);
}

export function base32hexText(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32HEX[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32HEX[(buffer << (5 - bits)) & 31];
  return out;
}

export function hexText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out.toUpperCase();
}

/** Long base64 or hex as BIND's dump prints it: chunks of 56 characters separated by spaces. */
export function chunked(text: string): string {
  if (text.length <= 56) return text;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 56) parts.push(text.slice(i, i + 56));
  return parts.join(' ');
}

/** Data in the RFC 3597 form, as BIND prints a type it has no text form for: `\# length hex`. */
export function genericText(bytes: Uint8Array): string {
  return bytes.length === 0 ? '\\# 0' : `\\# ${bytes.length} ${chunked(hexText(bytes))}`;
}

/**
 * The bytes a character-string stands for (quotes removed, `\X` and `\DDD` resolved, text as UTF-8),
 * or what is wrong with an escape.
 */
export function escapedBytes(written: string): Uint8Array | string {
  const source = utf8Bytes(unquote(written));
  const bytes = new Uint8Array(source.length);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const b = source[i];
    if (b !== 0x5c) {
      bytes[n++] = b;
      continue;
    }
    if (i + 1 >= source.length) return 'ends with a lone backslash';
    const d0 = source[i + 1];
    if (isDigit(d0)) {
      const d1 = source[i + 2];
      const d2 = source[i + 3];
      if (!isDigit(d1) || !isDigit(d2)) return 'a \\DDD escape needs three digits';
      const value = (d0 - 0x30) * 100 + (d1 - 0x30) * 10 + (d2 - 0x30);
      if (value > 255) return `escape \\${String.fromCharCode(d0, d1, d2)} is above 255`;
      bytes[n++] = value;
      i += 3;
    } else {
      bytes[n++] = d0;
      i += 1;
    }
  }
  return bytes.subarray(0, n);
}

export function unquote(written: string): string {
  return written.length >= 2 && written.charCodeAt(0) === 0x22 && written.charCodeAt(written.length - 1) === 0x22 ? written.slice(1, -1) : written;
}

function isDigit(b: number | undefined): b is number {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

/** A character-string as BIND prints it: quoted, `"` and `\` escaped, other non-printables as \DDD. */
export function quoteBytes(bytes: Uint8Array): string {
  let out = '"';
  for (const b of bytes) {
    if (b < 0x20 || b > 0x7e) out += '\\' + String(b).padStart(3, '0');
    else if (b === 0x22 || b === 0x5c) out += '\\' + String.fromCharCode(b);
    else out += String.fromCharCode(b);
  }
  return out + '"';
}

/** Reads RFC 3597 wire data field by field; every read returns undefined past the end. */
export class WireReader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  get left(): number {
    return this.bytes.length - this.at;
  }

  done(): boolean {
    return this.at === this.bytes.length;
  }

  u8(): number | undefined {
    return this.at + 1 <= this.bytes.length ? this.bytes[this.at++] : undefined;
  }

  u16(): number | undefined {
    if (this.at + 2 > this.bytes.length) return undefined;
    const value = (this.bytes[this.at] << 8) | this.bytes[this.at + 1];
    this.at += 2;
    return value;
  }

  u32(): number | undefined {
    if (this.at + 4 > this.bytes.length) return undefined;
    const b = this.bytes;
    const value = b[this.at] * 0x1000000 + ((b[this.at + 1] << 16) | (b[this.at + 2] << 8) | b[this.at + 3]);
    this.at += 4;
    return value;
  }

  take(length: number): Uint8Array | undefined {
    if (length < 0 || this.at + length > this.bytes.length) return undefined;
    const part = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return part;
  }

  rest(): Uint8Array {
    return this.take(this.left) as Uint8Array;
  }

  name(): string | undefined {
    const result = wireNameToText(this.bytes, this.at);
    if (result === undefined) return undefined;
    this.at = result.end;
    return result.name;
  }

  /** A length-prefixed character-string, quoted as BIND prints it. */
  string(): string | undefined {
    const length = this.u8();
    if (length === undefined) return undefined;
    const bytes = this.take(length);
    return bytes && quoteBytes(bytes);
  }

  ipv4(): string | undefined {
    const b = this.take(4);
    return b && `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
  }

  ipv6(): string | undefined {
    const b = this.take(16);
    if (b === undefined) return undefined;
    const groups: number[] = [];
    for (let i = 0; i < 16; i += 2) groups.push((b[i] << 8) | b[i + 1]);
    return formatIPv6(groups);
  }
}
