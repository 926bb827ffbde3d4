/**
 * Typed rdata: turns the fields written after the type into the model's `Rdata`, with an error that
 * names the offending field. Types without a typed form are kept as tokens (`generic`).
 */
import type { Fix, Range } from '../types';
import { formatIPv6, isIPv4, readIPv6 } from './addresses';
import type { Rdata, Token } from './model';
import { parseName, utf8Bytes, wireNameToText } from './names';
import { parseTtl } from './ttl';
import { splitStringFix } from './txtSplit';

export type RdataResult = { rdata: Rdata } | { error: string; range: Range; fixes?: Fix[] };

/** Where a missing field is reported when no rdata field was written: the type field. */
type MissingAt = { typeRange(): Range };

const decoder = new TextDecoder('utf-8');

const TYPED = new Set(['SOA', 'NS', 'MX', 'A', 'AAAA', 'CNAME', 'DNAME', 'TXT', 'SRV', 'CAA', 'PTR', 'SPF']);

/** Parses the rdata of one record. `origin` completes relative names; `afterType` is where a missing field is reported (read only then). */
export function parseRdata(type: string, tokens: Token[], origin: string, afterType: MissingAt, checkOnly = false): RdataResult {
  if (tokens.length > 0 && tokens[0].text === '\\#') return parseGenericRdata(type, tokens);
  const fields = fieldReader.reset(type, tokens, afterType);
  const result = parseTypedFields(type, fields, origin, checkOnly);
  if ('error' in result) return result;
  return fields.extra() ?? result;
}

/**
 * With `checkOnly`, the rdata of an address or text record is checked but not made (the caller keeps
 * no record): a zone of a million records then formats no addresses and copies no strings.
 */
function parseTypedFields(type: string, fields: FieldReader, origin: string, checkOnly: boolean): RdataResult {
  switch (type) {
    case 'A': {
      const token = fields.next('address');
      if ('error' in token) return token;
      if (!isIPv4(token.text)) return fieldError(`bad IPv4 address "${token.text}"`, token);
      if (checkOnly) return CHECKED;
      return { rdata: { type: 'A', address: token.text } };
    }
    case 'AAAA': {
      const token = fields.next('address');
      if ('error' in token) return token;
      if (!readIPv6(token.text, ipv6Groups)) return fieldError(`bad IPv6 address "${token.text}"`, token);
      if (checkOnly) return CHECKED;
      return { rdata: { type: 'AAAA', address: formatIPv6(ipv6Groups) } };
    }
    case 'MX': {
      const preference = fields.uint16('preference');
      if (typeof preference !== 'number') return preference;
      const exchange = fields.name('exchange', origin);
      if ('error' in exchange) return exchange;
      return {
        rdata: { type: 'MX', preference, exchange: exchange.name, exchangeWritten: exchange.token.text, exchangeRange: exchange.token.range },
      };
    }
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR': {
      const target = fields.name('target', origin);
      if ('error' in target) return target;
      return { rdata: { type, target: target.name, targetWritten: target.token.text, targetRange: target.token.range } };
    }
    case 'TXT':
    case 'SPF': {
      // Every field left is one string: sized up front, as a zone keeps the array of each TXT record.
      const strings = checkOnly ? undefined : new Array<string>(Math.max(fields.remaining(), 1));
      let count = 0;
      do {
        const token = fields.next('text');
        if ('error' in token) return token;
        const value = decodeCharacterString(token.text);
        if (value.byteLength > 255) {
          const fix = splitStringFix(token, value.byteLength);
          return { ...fieldError(`text string longer than 255 bytes (${value.byteLength})`, token), fixes: fix && [fix] };
        }
        if (strings !== undefined) strings[count++] = value.text;
      } while (fields.more());
      if (strings === undefined) return CHECKED;
      return type === 'TXT' ? { rdata: { type: 'TXT', strings } } : { rdata: { type: 'generic' } };
    }
    case 'SOA': {
      const mname = fields.name('primary server (MNAME)', origin);
      if ('error' in mname) return mname;
      const rname = fields.name('mailbox (RNAME)', origin);
      if ('error' in rname) return rname;
      const serial = fields.uint32('serial');
      if (typeof serial !== 'number') return serial;
      const timers: number[] = [];
      for (const label of ['refresh', 'retry', 'expire', 'minimum']) {
        const value = fields.duration(label);
        if (typeof value !== 'number') return value;
        timers.push(value);
      }
      const [refresh, retry, expire, minimum] = timers;
      return { rdata: { type: 'SOA', mname: mname.name, rname: rname.name, serial, refresh, retry, expire, minimum } };
    }
    case 'SRV': {
      const priority = fields.uint16('priority');
      if (typeof priority !== 'number') return priority;
      const weight = fields.uint16('weight');
      if (typeof weight !== 'number') return weight;
      const port = fields.uint16('port');
      if (typeof port !== 'number') return port;
      const target = fields.name('target', origin);
      if ('error' in target) return target;
      return { rdata: { type: 'SRV', priority, weight, port, target: target.name } };
    }
    case 'CAA': {
      const flags = fields.number('flags', 255);
      if (typeof flags !== 'number') return flags;
      const tag = fields.next('tag');
      if ('error' in tag) return tag;
      if (!/^[A-Za-z0-9]+$/.test(tag.text)) return fieldError(`bad CAA tag "${tag.text}": letters and digits only`, tag);
      const value = fields.next('value');
      if ('error' in value) return value;
      return { rdata: { type: 'CAA', flags, tag: tag.text, value: decodeCharacterString(value.text).text } };
    }
    default:
      fields.skipAll();
      return { rdata: { type: 'generic' } };
  }
}

const ipv6Groups = new Uint16Array(8);
/** The result of a check-only parse that passed: no typed rdata was made. */
const CHECKED: RdataResult = { rdata: { type: 'generic' } };

function fieldError(error: string, token: Token): { error: string; range: Range } {
  return { error, range: token.range };
}

/** Walks the rdata fields, with one error wording for a missing or malformed field. */
class FieldReader {
  private index = 0;
  private type = '';
  private tokens: Token[] = [];
  private afterType!: MissingAt;

  /** Starts on a record's fields (one reader serves every record: parsing never nests). */
  reset(type: string, tokens: Token[], afterType: MissingAt): this {
    this.index = 0;
    this.type = type;
    this.tokens = tokens;
    this.afterType = afterType;
    return this;
  }

  next(label: string): Token | { error: string; range: Range } {
    const token = this.tokens[this.index];
    if (token === undefined) {
      const last = this.tokens[this.tokens.length - 1];
      return { error: `${this.type} record is missing its ${label}`, range: last ? last.range : this.afterType.typeRange() };
    }
    this.index++;
    return token;
  }

  more(): boolean {
    return this.index < this.tokens.length;
  }

  remaining(): number {
    return this.tokens.length - this.index;
  }

  skipAll(): void {
    this.index = this.tokens.length;
  }

  /** An error for the first field left over, as BIND's "extra input text". */
  extra(): { error: string; range: Range } | undefined {
    const token = this.tokens[this.index];
    if (token === undefined) return undefined;
    return { error: `extra text "${token.text}" after the ${this.type} record's data`, range: token.range };
  }

  number(label: string, max: number): number | { error: string; range: Range } {
    const token = this.next(label);
    if ('error' in token) return token;
    const value = parseDecimal(token.text);
    if (value < 0) return fieldError(`bad ${label} "${token.text}": expected a number from 0 to ${max}`, token);
    if (value > max) return fieldError(`${label} ${token.text} is above ${max}`, token);
    return value;
  }

  uint16(label: string): number | { error: string; range: Range } {
    return this.number(label, 65535);
  }

  uint32(label: string): number | { error: string; range: Range } {
    return this.number(label, 0xffffffff);
  }

  /** SOA timers accept TTL units (`2H`, `4W`) as BIND does. */
  duration(label: string): number | { error: string; range: Range } {
    const token = this.next(label);
    if ('error' in token) return token;
    const value = parseTtl(token.text);
    if (value === -2) return fieldError(`${label} ${token.text} is above 4294967295 seconds`, token);
    if (value < 0) return fieldError(`bad ${label} "${token.text}": expected seconds or a duration such as 1h30m`, token);
    return value;
  }

  name(label: string, origin: string): { name: string; token: Token } | { error: string; range: Range } {
    const token = this.next(label);
    if ('error' in token) return token;
    const result = parseName(token.text, origin);
    if ('error' in result) return fieldError(`bad ${label}: ${result.error}`, token);
    return { name: result.name, token };
  }
}

const fieldReader = new FieldReader();

/** A decimal number of at most 10 digits, or -1. */
function parseDecimal(text: string): number {
  if (text.length === 0 || text.length > 10) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

/**
 * A character-string as written (quoted or not): escapes resolved, its length in bytes (the 255-byte
 * limit is on bytes). Non-ASCII text is taken as UTF-8.
 */
export function decodeCharacterString(written: string): { text: string; byteLength: number } {
  const inner = unquoteField(written);
  if (isPlainText(inner)) return { text: inner, byteLength: inner.length };
  const bytes = characterStringBytes(inner);
  return { text: decoder.decode(bytes), byteLength: bytes.length };
}

/** The bytes a character-string stands for (quotes removed, `\X` and `\DDD` resolved, text as UTF-8). */
export function characterStringBytes(written: string): Uint8Array {
  const source = utf8Bytes(unquoteField(written));
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const b = source[i];
    if (b !== 0x5c || i + 1 >= source.length) {
      bytes.push(b);
      continue;
    }
    const d0 = source[i + 1];
    const d1 = source[i + 2];
    const d2 = source[i + 3];
    if (isDigit(d0) && isDigit(d1) && isDigit(d2)) {
      bytes.push(((d0 - 0x30) * 100 + (d1 - 0x30) * 10 + (d2 - 0x30)) & 0xff);
      i += 3;
    } else {
      bytes.push(d0);
      i += 1;
    }
  }
  return new Uint8Array(bytes);
}

function unquoteField(written: string): string {
  return written.length >= 2 && written.charCodeAt(0) === 0x22 && written.charCodeAt(written.length - 1) === 0x22 ? written.slice(1, -1) : written;
}

/** True when the text has no escapes and only printable ASCII, so that it stands for itself. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c || c > 0x7e) return false;
  }
  return true;
}

function isDigit(b: number | undefined): b is number {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

/** RFC 3597 `\# length hex…`: checks the length, then decodes the wire form for the typed types. */
function parseGenericRdata(type: string, tokens: Token[]): RdataResult {
  const lengthToken = tokens[1];
  if (lengthToken === undefined) return { error: 'generic rdata (\\#) is missing its length', range: tokens[0].range };
  const length = parseDecimal(lengthToken.text);
  if (length < 0 || length > 65535) return { error: `bad generic rdata length "${lengthToken.text}"`, range: lengthToken.range };
  let hex = '';
  for (let i = 2; i < tokens.length; i++) hex += tokens[i].text;
  const last = tokens[tokens.length - 1];
  const dataRange: Range = tokens.length > 2 ? { start: tokens[2].range.start, end: last.range.end } : lengthToken.range;
  if (hex.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(hex))
    return { error: 'generic rdata (\\#) must be pairs of hexadecimal digits', range: dataRange };
  if (hex.length / 2 !== length) {
    return { error: `generic rdata (\\#) says ${length} bytes but holds ${hex.length / 2}`, range: dataRange };
  }
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  if (!TYPED.has(type)) return { rdata: { type: 'generic' } };
  const rdata = decodeWireRdata(type, bytes, dataRange);
  return rdata ? { rdata } : { error: `generic rdata (\\#) is not a valid ${type} record`, range: dataRange };
}

/** The typed form of wire-format rdata, or undefined when it does not fit the type. */
function decodeWireRdata(type: string, bytes: Uint8Array, range: Range): Rdata | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (type) {
    case 'A':
      return bytes.length === 4 ? { type: 'A', address: Array.from(bytes).join('.') } : undefined;
    case 'AAAA': {
      if (bytes.length !== 16) return undefined;
      const groups: number[] = [];
      for (let i = 0; i < 16; i += 2) groups.push(view.getUint16(i));
      return { type: 'AAAA', address: formatIPv6(groups) };
    }
    case 'MX': {
      if (bytes.length < 3) return undefined;
      const exchange = wireNameToText(bytes, 2);
      if (!exchange || exchange.end !== bytes.length) return undefined;
      return { type: 'MX', preference: view.getUint16(0), exchange: exchange.name, exchangeWritten: exchange.name, exchangeRange: range };
    }
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR': {
      const target = wireNameToText(bytes, 0);
      if (!target || target.end !== bytes.length) return undefined;
      return { type, target: target.name, targetWritten: target.name, targetRange: range };
    }
    case 'TXT':
    case 'SPF': {
      const strings: string[] = [];
      let i = 0;
      while (i < bytes.length) {
        const length = bytes[i++];
        if (i + length > bytes.length) return undefined;
        strings.push(decoder.decode(bytes.subarray(i, i + length)));
        i += length;
      }
      if (strings.length === 0) return undefined;
      return type === 'TXT' ? { type: 'TXT', strings } : { type: 'generic' };
    }
    case 'SOA': {
      const mname = wireNameToText(bytes, 0);
      const rname = mname && wireNameToText(bytes, mname.end);
      if (!mname || !rname || rname.end + 20 !== bytes.length) return undefined;
      const at = rname.end;
      return {
        type: 'SOA',
        mname: mname.name,
        rname: rname.name,
        serial: view.getUint32(at),
        refresh: view.getUint32(at + 4),
        retry: view.getUint32(at + 8),
        expire: view.getUint32(at + 12),
        minimum: view.getUint32(at + 16),
      };
    }
    case 'SRV': {
      if (bytes.length < 7) return undefined;
      const target = wireNameToText(bytes, 6);
      if (!target || target.end !== bytes.length) return undefined;
      return { type: 'SRV', priority: view.getUint16(0), weight: view.getUint16(2), port: view.getUint16(4), target: target.name };
    }
    case 'CAA': {
      if (bytes.length < 2) return undefined;
      const tagLength = bytes[1];
      if (tagLength === 0 || 2 + tagLength > bytes.length) return undefined;
      const tag = decoder.decode(bytes.subarray(2, 2 + tagLength));
      return { type: 'CAA', flags: bytes[0], tag, value: decoder.decode(bytes.subarray(2 + tagLength)) };
    }
    default:
      return undefined;
  }
}
