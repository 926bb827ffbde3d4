/**
 * Text-like rdata, made of character-strings (RFC 1035 section 3.3): SPF (RFC 7208), HINFO, X25 and
 * ISDN (RFC 1183), GPOS (RFC 1712), NAPTR (RFC 3403), URI (RFC 7553), DOA, and the TXT-shaped AVC,
 * NINFO, RESINFO (RFC 9606) and WALLET. Also `txtStrings`, the strings of a TXT record with where each
 * stands and its size in bytes, for the rules that read or split them.
 */
import type { Range } from '../../types';
import type { ZoneRecord } from '../model';
import { utf8Bytes } from '../names';
import { base64Text, escapedBytes, type Fail, type FieldReader, isFail, quoteBytes, unquote } from './fields';
import { characterString, record, type RdataSpec, stringsRest, u32, u8 } from './spec';

const txtLike = record(stringsRest('text'));

/** X25 (RFC 1183 section 3.1): a PSDN address of at least 4 digits. */
const x25: RdataSpec = {
  text(f) {
    const token = f.next('PSDN address');
    if (isFail(token)) return token;
    const bytes = f.stringBytes(token, 'PSDN address');
    if (isFail(bytes)) return bytes;
    if (bytes.length < 4 || !bytes.every((b) => b >= 0x30 && b <= 0x39)) return f.fail(`PSDN address ${token.text} must be 4 or more digits`, token);
    return quoteBytes(bytes);
  },
  wire(w) {
    const length = w.u8();
    const bytes = length === undefined ? undefined : w.take(length);
    if (bytes === undefined || bytes.length < 4 || !bytes.every((b) => b >= 0x30 && b <= 0x39) || !w.done()) return undefined;
    return quoteBytes(bytes);
  },
};

/** ISDN (RFC 1183 section 3.2): an address and an optional subaddress. */
const isdn: RdataSpec = {
  text(f) {
    const address = f.string('ISDN address');
    if (isFail(address)) return address;
    if (!f.more()) return address;
    const sub = f.string('subaddress');
    return isFail(sub) ? sub : `${address} ${sub}`;
  },
  wire(w) {
    const address = w.string();
    if (address === undefined) return undefined;
    if (w.done()) return address;
    const sub = w.string();
    return sub === undefined || !w.done() ? undefined : `${address} ${sub}`;
  },
};

/**
 * NAPTR's regexp (RFC 3403 section 4.1): empty, or delimiter, pattern, delimiter, replacement,
 * delimiter, flags (`i` only), with BIND's checks: the delimiter is not a digit, `\` or `i`, and a
 * back-reference \N names a group the pattern has.
 */
function regexpProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return undefined;
  const delimiter = bytes[0];
  if ((delimiter >= 0x30 && delimiter <= 0x39) || delimiter === 0x5c || delimiter === 0x69 || delimiter === 0) {
    return 'its delimiter (first character) cannot be a digit, "\\" or "i"';
  }
  let part = 0;
  let groups = 0;
  for (let i = 1; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0) return 'it holds a NUL byte';
    if (c === delimiter) {
      if (++part > 2) return 'it has more than three delimiters';
      continue;
    }
    if (part === 2) {
      if (c !== 0x69) return 'its only flag can be "i"';
      continue;
    }
    if (c === 0x5c) {
      const next = bytes[++i];
      if (next === undefined) return 'it ends with a backslash';
      if (part === 1 && next === 0x30) return 'its replacement cannot use \\0';
      if (part === 1 && next >= 0x31 && next <= 0x39 && next - 0x30 > groups) return `\\${next - 0x30} names a group the pattern does not have`;
      continue;
    }
    if (part === 0 && c === 0x28) groups++;
  }
  return part < 2 ? 'it needs three delimiters: delimiter, pattern, delimiter, replacement, delimiter' : undefined;
}

/** NAPTR flags are letters and digits (RFC 3403 section 4.1). */
const naptr: RdataSpec = {
  text(f) {
    const order = f.uint16('order');
    if (isFail(order)) return order;
    const preference = f.uint16('preference');
    if (isFail(preference)) return preference;
    const flags = f.string('flags');
    if (isFail(flags)) return flags;
    const service = f.string('services');
    if (isFail(service)) return service;
    const regexpToken = f.next('regexp');
    if (isFail(regexpToken)) return regexpToken;
    const regexp = f.stringBytes(regexpToken, 'regexp');
    if (isFail(regexp)) return regexp;
    const problem = regexpProblem(regexp);
    if (problem !== undefined) return f.fail(`regexp ${regexpToken.text} is not valid: ${problem}`, regexpToken);
    const replacement = f.name('replacement');
    if (isFail(replacement)) return replacement;
    return `${order} ${preference} ${flags} ${service} ${quoteBytes(regexp)} ${replacement}`;
  },
  wire(w) {
    const order = w.u16();
    const preference = w.u16();
    const flags = w.string();
    const service = w.string();
    const length = w.u8();
    const regexp = length === undefined ? undefined : w.take(length);
    if (order === undefined || preference === undefined || flags === undefined || service === undefined || regexp === undefined) return undefined;
    if (regexpProblem(regexp) !== undefined) return undefined;
    const replacement = w.name();
    if (replacement === undefined || !w.done()) return undefined;
    return `${order} ${preference} ${flags} ${service} ${quoteBytes(regexp)} ${replacement}`;
  },
};

/** URI (RFC 7553): priority, weight, and the target as one quoted string (no 255-byte limit). */
const uri: RdataSpec = {
  text(f) {
    const priority = f.uint16('priority');
    if (isFail(priority)) return priority;
    const weight = f.uint16('weight');
    if (isFail(weight)) return weight;
    const token = f.next('target');
    if (isFail(token)) return token;
    if (token.text.length < 2 || token.text.charCodeAt(0) !== 0x22) return f.fail(`target ${token.text} must be a quoted string`, token);
    const bytes = escapedBytes(token.text);
    if (typeof bytes === 'string') return f.fail(`target ${token.text}: ${bytes}`, token);
    return `${priority} ${weight} ${quoteBytes(bytes)}`;
  },
  wire(w) {
    const priority = w.u16();
    const weight = w.u16();
    if (weight === undefined) return undefined;
    return `${priority} ${weight} ${quoteBytes(w.rest())}`;
  },
};

/** DOA (draft-durand-doa-over-dns): enterprise, type, location, media type, data in base64 (`-` for none). */
const doa: RdataSpec = {
  text(f) {
    const parts: string[] = [];
    for (const field of [u32('enterprise'), u32('type'), u8('location'), characterString('media type')]) {
      const part = field.text(f);
      if (isFail(part)) return part;
      parts.push(part);
    }
    const data = doaData(f);
    if (isFail(data)) return data;
    parts.push(data);
    return parts.join(' ');
  },
  wire(w) {
    const enterprise = w.u32();
    const type = w.u32();
    const location = w.u8();
    const media = w.string();
    if (enterprise === undefined || type === undefined || location === undefined || media === undefined) return undefined;
    const data = w.rest();
    return `${enterprise} ${type} ${location} ${media} ${data.length === 0 ? '-' : base64Text(data)}`;
  },
};

function doaData(f: FieldReader): string | Fail {
  const first = f.peek();
  if (first === undefined) return f.missing('data (base64, or "-" for none)');
  if (first.text === '-' && f.remaining() === 1) {
    f.next('data');
    return '-';
  }
  // DOA prints its data in one piece, not in BIND's chunks of 56.
  const bytes = f.base64Rest('data');
  return isFail(bytes) ? bytes : base64Text(bytes);
}

export const TEXT_TYPES: Record<number, RdataSpec> = {
  13: record(characterString('CPU'), characterString('OS')), // HINFO
  19: x25,
  20: isdn,
  27: record(characterString('longitude'), characterString('latitude'), characterString('altitude')), // GPOS
  35: naptr,
  56: txtLike, // NINFO
  99: txtLike, // SPF
  256: uri,
  258: txtLike, // AVC
  259: doa,
  261: txtLike, // RESINFO
  262: txtLike, // WALLET
};

/** One character-string of a TXT record: where it is written, its size in bytes (escapes resolved, UTF-8), and its text. */
export interface TxtString {
  range: Range;
  bytes: number;
  text: string;
}

/**
 * The strings of a TXT (or SPF) record as written, each with its range and its length in bytes: what
 * the 255-byte limit counts. A record read from `\#` data has no written strings: each string then
 * stands at the record's range.
 */
export function txtStrings(record: ZoneRecord): TxtString[] {
  const tokens = record.rdataTokens;
  if (tokens.length > 0 && tokens[0].text !== '\\#') {
    return tokens.map((token) => {
      const bytes = escapedBytes(token.text);
      const size = typeof bytes === 'string' ? utf8Bytes(unquote(token.text)).length : bytes.length;
      const text = typeof bytes === 'string' ? unquote(token.text) : new TextDecoder().decode(bytes);
      return { range: token.range, bytes: size, text };
    });
  }
  if (record.rdata.type !== 'TXT') return [];
  return record.rdata.strings.map((text) => ({ range: record.range, bytes: utf8Bytes(text).length, text }));
}
