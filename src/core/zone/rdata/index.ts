/**
 * Rdata: turns the fields written after the type into the model's `Rdata`, with one error that names
 * the offending field. The types the rules read (A, AAAA, MX, NS, CNAME, TXT, SOA, SRV, CAA ...) get a
 * typed form on a fast path; every other type BIND 9.18 reads is checked by its module in the table of
 * `registry.ts` and kept as its canonical text. RFC 3597 `\\#` data is read as the type's wire form.
 */
import type { Fix, Range } from '../../types';
import { formatIPv6, isIPv4, readIPv6 } from '../addresses';
import type { Rdata, Token } from '../model';
import { wireNameToText } from '../names';
import { lookupType } from '../rrtypes';
import { parseTtl } from '../ttl';
import { splitStringFix } from '../txtSplit';
import { escapedBytes, type Fail, FieldReader, genericText, hexBytes, isFail, type MissingAt, parseDecimal, unquote, WireReader } from './fields';
import { RDATA_TYPES } from './registry';

/** A failure may come with a repair (an over-long TXT string split). */
export type RdataResult = { rdata: Rdata } | (Fail & { fixes?: Fix[] });

const decoder = new TextDecoder('utf-8');

const TYPED = new Set(['SOA', 'NS', 'MX', 'A', 'AAAA', 'CNAME', 'DNAME', 'TXT', 'SRV', 'CAA', 'PTR']);

/** Parses the rdata of one record. `origin` completes relative names; `afterType` is where a missing field is reported (read only then). */
export function parseRdata(type: string, tokens: Token[], origin: string, afterType: MissingAt, checkOnly = false): RdataResult {
  if (tokens.length > 0 && tokens[0].text === '\\#') return parseGenericRdata(type, tokens);
  const fields = fieldReader.reset(type, tokens, origin, afterType);
  const result = TYPED.has(type) ? parseTypedFields(type, fields, checkOnly) : parseOtherFields(type, fields, checkOnly);
  if ('error' in result) return result;
  return fields.extra() ?? result;
}

/** A type of the registry: its canonical text is kept for the dump (not made when the record is only checked). */
function parseOtherFields(type: string, fields: FieldReader, checkOnly: boolean): RdataResult {
  const spec = RDATA_TYPES[typeNumber(type)];
  if (spec === undefined) {
    const first = fields.peek();
    const message = `${type} has no text form that BIND reads: write its data as \\# followed by the length and the bytes in hex (RFC 3597)`;
    return { error: message, range: first ? first.range : afterTypeRange(fields) };
  }
  const text = spec.text(fields);
  if (isFail(text)) return text;
  return checkOnly ? CHECKED : { rdata: { type: 'generic', text } };
}

function afterTypeRange(fields: FieldReader): Range {
  return fields.missing('data').range;
}

function typeNumber(type: string): number {
  const found = lookupType(type);
  return found !== undefined && 'number' in found ? found.number : -1;
}

/**
 * With `checkOnly`, the rdata of an address or text record is checked but not made (the caller keeps
 * no record): a zone of a million records then formats no addresses and copies no strings.
 */
function parseTypedFields(type: string, fields: FieldReader, checkOnly: boolean): RdataResult {
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
      const token = fields.next('exchange');
      if (isFail(token)) return token;
      const exchange = fields.nameOf(token, 'exchange');
      if (isFail(exchange)) return exchange;
      return { rdata: { type: 'MX', preference, exchange, exchangeWritten: token.text, exchangeRange: token.range } };
    }
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR': {
      const token = fields.next('target');
      if (isFail(token)) return token;
      const target = fields.nameOf(token, 'target');
      if (isFail(target)) return target;
      return { rdata: { type, target, targetWritten: token.text, targetRange: token.range } };
    }
    case 'TXT': {
      // Every field left is one string: sized up front, as a zone keeps the array of each TXT record.
      const strings = checkOnly ? undefined : new Array<string>(Math.max(fields.remaining(), 1));
      let count = 0;
      do {
        const token = fields.next('text');
        if ('error' in token) return token;
        const value = decodeCharacterString(token.text);
        if (value.byteLength < 0) return fields.fail(`text ${token.text}: ${(escapedBytes(token.text) as string) || 'bad escape'}`, token);
        if (value.byteLength > 255) {
          const fix = splitStringFix(token, value.byteLength);
          return { ...fieldError(`text string longer than 255 bytes (${value.byteLength})`, token), fixes: fix && [fix] };
        }
        if (strings !== undefined) strings[count++] = value.text;
      } while (fields.more());
      if (strings === undefined) return CHECKED;
      return { rdata: { type: 'TXT', strings } };
    }
    case 'SOA': {
      const mname = fields.name('primary server (MNAME)');
      if (isFail(mname)) return mname;
      const rname = fields.name('mailbox (RNAME)');
      if (isFail(rname)) return rname;
      const serial = fields.uint32('serial');
      if (typeof serial !== 'number') return serial;
      const timers: number[] = [];
      for (const label of ['refresh', 'retry', 'expire', 'minimum']) {
        const value = readDuration(fields, label);
        if (isFail(value)) return value;
        timers.push(value);
      }
      const [refresh, retry, expire, minimum] = timers;
      return { rdata: { type: 'SOA', mname, rname, serial, refresh, retry, expire, minimum } };
    }
    case 'SRV': {
      const priority = fields.uint16('priority');
      if (typeof priority !== 'number') return priority;
      const weight = fields.uint16('weight');
      if (typeof weight !== 'number') return weight;
      const port = fields.uint16('port');
      if (typeof port !== 'number') return port;
      const target = fields.name('target');
      if (isFail(target)) return target;
      return { rdata: { type: 'SRV', priority, weight, port, target } };
    }
    case 'CAA': {
      const flags = fields.uint8('flags');
      if (typeof flags !== 'number') return flags;
      const tag = fields.next('tag');
      if ('error' in tag) return tag;
      if (!/^[A-Za-z0-9]{1,255}$/.test(tag.text)) return fields.fail(`tag "${tag.text}" must be letters and digits only`, tag);
      const value = fields.next('value');
      if (isFail(value)) return value;
      const bytes = escapedBytes(value.text);
      if (typeof bytes === 'string') return fields.fail(`value ${value.text}: ${bytes}`, value);
      return { rdata: { type: 'CAA', flags, tag: tag.text, value: decoder.decode(bytes) } };
    }
    default:
      return { error: `${type} is not a typed record type`, range: afterTypeRange(fields) };
  }
}

/** SOA timers accept TTL units (`2H`, `4W`) as BIND does. */
function readDuration(fields: FieldReader, label: string): number | Fail {
  const token = fields.next(label);
  if (isFail(token)) return token;
  const value = parseTtl(token.text);
  if (value === -2) return fieldError(`${label} ${token.text} is above 4294967295 seconds`, token);
  if (value < 0) return fieldError(`bad ${label} "${token.text}": expected seconds or a duration such as 1h30m`, token);
  return value;
}

const ipv6Groups = new Uint16Array(8);
/** The result of a check-only parse that passed: no typed rdata was made. */
const CHECKED: RdataResult = { rdata: { type: 'generic' } };

function fieldError(error: string, token: Token): Fail {
  return { error, range: token.range };
}

const fieldReader = new FieldReader();

/**
 * A character-string as written (quoted or not): escapes resolved, its length in bytes (the 255-byte
 * limit is on bytes; -1 for an escape BIND refuses, such as \256). Non-ASCII text is taken as UTF-8.
 */
export function decodeCharacterString(written: string): { text: string; byteLength: number } {
  const inner = unquote(written);
  if (isPlainText(inner)) return { text: inner, byteLength: inner.length };
  const bytes = escapedBytes(inner);
  if (typeof bytes === 'string') return { text: inner, byteLength: -1 };
  return { text: decoder.decode(bytes), byteLength: bytes.length };
}

/** The bytes a character-string stands for (quotes removed, `\X` and `\DDD` resolved, text as UTF-8); none for a bad escape. */
export function characterStringBytes(written: string): Uint8Array {
  const bytes = escapedBytes(written);
  return typeof bytes === 'string' ? new Uint8Array(0) : bytes;
}

/** True when the text has no escapes and only printable ASCII, so that it stands for itself. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c || c > 0x7e) return false;
  }
  return true;
}

/**
 * RFC 3597 `\# length hex…`: checks the length, then reads the data as the type's wire form (BIND does
 * for every type it knows). A type without a text form keeps `\#` as its canonical text.
 */
function parseGenericRdata(type: string, tokens: Token[]): RdataResult {
  const lengthToken = tokens[1];
  if (lengthToken === undefined) return { error: 'generic rdata (\\#) is missing its length', range: tokens[0].range };
  const length = parseDecimal(lengthToken.text);
  if (length < 0 || length > 65535) return { error: `bad generic rdata length "${lengthToken.text}"`, range: lengthToken.range };
  let hex = '';
  for (let i = 2; i < tokens.length; i++) hex += tokens[i].text;
  const last = tokens[tokens.length - 1];
  const dataRange: Range = tokens.length > 2 ? { start: tokens[2].range.start, end: last.range.end } : lengthToken.range;
  const bytes = hexBytes(hex);
  if (bytes === undefined) return { error: 'generic rdata (\\#) must be pairs of hexadecimal digits', range: dataRange };
  if (bytes.length !== length) {
    return { error: `generic rdata (\\#) says ${length} bytes but holds ${bytes.length}`, range: dataRange };
  }
  const notValid = { error: `generic rdata (\\#) is not a valid ${type} record`, range: dataRange };
  if (TYPED.has(type)) {
    const rdata = decodeWireRdata(type, bytes, dataRange);
    return rdata ? { rdata } : notValid;
  }
  const spec = RDATA_TYPES[typeNumber(type)];
  if (spec === undefined) return { rdata: { type: 'generic', text: genericText(bytes) } };
  const text = spec.wire(new WireReader(bytes));
  return text === undefined ? notValid : { rdata: { type: 'generic', text } };
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
    case 'TXT': {
      const strings: string[] = [];
      let i = 0;
      while (i < bytes.length) {
        const length = bytes[i++];
        if (i + length > bytes.length) return undefined;
        strings.push(decoder.decode(bytes.subarray(i, i + length)));
        i += length;
      }
      if (strings.length === 0) return undefined;
      return { type: 'TXT', strings };
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
      if (!/^[A-Za-z0-9]+$/.test(tag)) return undefined;
      return { type: 'CAA', flags: bytes[0], tag, value: decoder.decode(bytes.subarray(2 + tagLength)) };
    }
    default:
      return undefined;
  }
}
