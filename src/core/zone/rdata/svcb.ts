/**
 * SVCB and HTTPS (RFC 9460): priority, target, and SvcParams `key=value`, with BIND 9.18's rules:
 * known keys by their lower-case names or `keyNNNNN` (no leading zeros), each key once, `mandatory`
 * naming keys that are present (never itself), `no-default-alpn` only with `alpn`, and each value in
 * its own syntax (alpn lists, port, address hints, ech in base64, dohpath). Printed sorted by key.
 */
import type { Token } from '../model';
import { formatIPv6, parseIPv4, parseIPv6 } from '../addresses';
import { base64Bytes, base64Text, escapedBytes, type FieldReader, isFail, quoteBytes, unquote, type WireReader } from './fields';
import type { RdataSpec } from './spec';

const KEY_NAMES = ['mandatory', 'alpn', 'no-default-alpn', 'port', 'ipv4hint', 'ech', 'ipv6hint', 'dohpath'];
const MANDATORY = 0;
const ALPN = 1;
const NO_DEFAULT_ALPN = 2;
const DOHPATH = 7;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

interface Param {
  key: number;
  value: Uint8Array;
}

/** A key name (in any case) or `keyNNNNN`, or undefined. */
function keyNumber(text: string): number | undefined {
  const known = KEY_NAMES.indexOf(text.toLowerCase());
  if (known >= 0) return known;
  const match = /^key(0|[1-9][0-9]{0,4})$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  return n <= 65535 ? n : undefined;
}

/** BIND 9.18 reads `dohpath` (key 7) but prints it as key7. */
function keyText(key: number): string {
  return key < 7 ? KEY_NAMES[key] : `key${key}`;
}

/** Splits a value on commas not escaped with a backslash, keeping escapes for the second pass. */
function splitCommas(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[++i];
    } else if (c === ',') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** The wire value of a known key read from its text; a string says what is wrong. */
function valueFromText(key: number, text: string): Uint8Array | string {
  if (key === NO_DEFAULT_ALPN) return text === '' ? new Uint8Array(0) : 'takes no value';
  // dohpath (RFC 9461) and keys BIND has no syntax for: text with escapes.
  if (key >= 7) return escapedBytes(text);
  if (text === '') return key === 5 ? new Uint8Array(0) : 'needs a value';
  switch (key) {
    case MANDATORY: {
      const keys: number[] = [];
      for (const part of text.split(',')) {
        const k = keyNumber(part.toLowerCase().startsWith('key') ? part : part.toLowerCase());
        if (k === undefined) return `"${part}" is not a key`;
        if (k === MANDATORY) return 'cannot list mandatory itself';
        if (keys.includes(k)) return `lists ${part} twice`;
        keys.push(k);
      }
      keys.sort((a, b) => a - b);
      return new Uint8Array(keys.flatMap((k) => [k >> 8, k & 0xff]));
    }
    case ALPN: {
      const out: number[] = [];
      for (const part of splitCommas(text)) {
        const bytes = escapedBytes(part);
        if (typeof bytes === 'string') return bytes;
        if (bytes.length === 0) return 'has an empty protocol id';
        if (bytes.length > 255) return 'has a protocol id longer than 255 bytes';
        out.push(bytes.length, ...bytes);
      }
      return new Uint8Array(out);
    }
    case 3: {
      if (!/^[0-9]+$/.test(text)) return `"${text}" is not a port number`;
      return Number(text) > 65535 ? `${text} is out of range 0-65535` : new Uint8Array([Number(text) >> 8, Number(text) & 0xff]);
    }
    case 4: {
      const out: number[] = [];
      for (const part of text.split(',')) {
        const octets = parseIPv4(part);
        if (!octets) return `"${part}" is not an IPv4 address`;
        out.push(...octets);
      }
      return new Uint8Array(out);
    }
    case 6: {
      const out: number[] = [];
      for (const part of text.split(',')) {
        const groups = parseIPv6(part);
        if (!groups) return `"${part}" is not an IPv6 address`;
        for (const g of groups) out.push(g >> 8, g & 0xff);
      }
      return new Uint8Array(out);
    }
    case 5: {
      const bytes = base64Bytes(text);
      return typeof bytes === 'string' ? `is not valid base64: ${bytes}` : bytes;
    }
    default:
      return escapedBytes(text);
  }
}

/** Checks the wire value of a known key (BIND checks a `keyNNNNN` value the same way). */
function valueProblem(key: number, value: Uint8Array): string | undefined {
  switch (key) {
    case MANDATORY:
      if (value.length === 0 || value.length % 2 !== 0) return 'must list keys';
      for (let i = 2; i < value.length; i += 2) {
        if (((value[i - 2] << 8) | value[i - 1]) >= ((value[i] << 8) | value[i + 1])) return 'must list keys in order, each once';
      }
      return undefined;
    case ALPN: {
      if (value.length === 0) return 'needs a value';
      for (let i = 0; i < value.length; i += value[i] + 1)
        if (value[i] === 0 || i + value[i] + 1 > value.length) return 'is not a list of protocol ids';
      return undefined;
    }
    case NO_DEFAULT_ALPN:
      return value.length === 0 ? undefined : 'takes no value';
    case DOHPATH:
      // RFC 9461 section 5: a relative URI template with the "dns" variable, in UTF-8.
      if (value[0] !== 0x2f || !new TextDecoder().decode(value).includes('{?dns}') || !isUtf8(value))
        return 'must be a path starting with "/" that holds {?dns}';
      return undefined;
    case 3:
      return value.length === 2 ? undefined : 'must be one port number';
    case 4:
      return value.length > 0 && value.length % 4 === 0 ? undefined : 'must be IPv4 addresses';
    case 6:
      return value.length > 0 && value.length % 16 === 0 ? undefined : 'must be IPv6 addresses';
    default:
      return undefined;
  }
}

/** The whole set of parameters, sorted: each key once, mandatory keys present, alpn beside no-default-alpn. */
function setProblem(params: Param[]): string | undefined {
  params.sort((a, b) => a.key - b.key);
  for (let i = 1; i < params.length; i++) if (params[i].key === params[i - 1].key) return `key ${keyText(params[i].key)} appears twice`;
  const keys = new Set(params.map((p) => p.key));
  const mandatory = params.find((p) => p.key === MANDATORY);
  if (mandatory) {
    for (let i = 0; i < mandatory.value.length; i += 2) {
      const k = (mandatory.value[i] << 8) | mandatory.value[i + 1];
      if (!keys.has(k)) return `mandatory lists ${keyText(k)}, which the record does not have`;
    }
  }
  if (keys.has(NO_DEFAULT_ALPN) && !keys.has(ALPN)) return 'no-default-alpn needs alpn';
  return undefined;
}

function paramText(param: Param): string {
  const { key, value } = param;
  const name = keyText(key);
  if (value.length === 0) return name;
  switch (key) {
    case MANDATORY: {
      const keys: string[] = [];
      for (let i = 0; i < value.length; i += 2) keys.push(keyText((value[i] << 8) | value[i + 1]));
      return `${name}=${keys.join(',')}`;
    }
    case ALPN: {
      const ids: string[] = [];
      for (let i = 0; i < value.length; i += value[i] + 1) ids.push(commaEscaped(value.subarray(i + 1, i + 1 + value[i])));
      return `${name}="${ids.join(',')}"`;
    }
    case 3:
      return `${name}=${(value[0] << 8) | value[1]}`;
    case 4: {
      const addresses: string[] = [];
      for (let i = 0; i < value.length; i += 4) addresses.push(Array.from(value.subarray(i, i + 4)).join('.'));
      return `${name}=${addresses.join(',')}`;
    }
    case 6: {
      const addresses: string[] = [];
      for (let i = 0; i < value.length; i += 16) {
        const groups: number[] = [];
        for (let j = 0; j < 16; j += 2) groups.push((value[i + j] << 8) | value[i + j + 1]);
        addresses.push(formatIPv6(groups));
      }
      return `${name}=${addresses.join(',')}`;
    }
    case 5:
      return `${name}=${base64Text(value)}`;
    default:
      return `${name}=${quoteBytes(value)}`;
  }
}

/** A protocol id inside alpn's quoted list: commas and backslashes escaped twice, as BIND prints them. */
function commaEscaped(bytes: Uint8Array): string {
  const quoted = quoteBytes(bytes).slice(1, -1);
  return quoted.replace(/,/g, '\\\\,');
}

/** A `key=` field followed at once by a quoted value is one parameter (the scanner cuts at the quote). */
function nextParam(f: FieldReader): Token {
  const token = f.next('parameter') as Token;
  const following = f.peek();
  if (
    token.text.endsWith('=') &&
    following !== undefined &&
    following.text.startsWith('"') &&
    following.range.start.line === token.range.end.line &&
    following.range.start.character === token.range.end.character
  ) {
    f.next('parameter');
    return { text: token.text + following.text, range: { start: token.range.start, end: following.range.end } };
  }
  return token;
}

export const svcb: RdataSpec = {
  text(f) {
    const priority = f.uint16('priority');
    if (isFail(priority)) return priority;
    // BIND reads the target as a name that may be quoted.
    const targetToken = f.next('target');
    if (isFail(targetToken)) return targetToken;
    const targetText = unquote(targetToken.text);
    if (targetText === '') return f.fail('target is empty: a name, or "." for the owner itself', targetToken);
    const target = f.nameOf({ text: targetText, range: targetToken.range }, 'target');
    if (isFail(target)) return target;
    const params: Param[] = [];
    let last: Token | undefined;
    while (f.more()) {
      const token = nextParam(f);
      last = token;
      const equals = token.text.indexOf('=');
      const keyPart = equals < 0 ? token.text : token.text.slice(0, equals);
      const rawValue = equals < 0 ? '' : token.text.slice(equals + 1);
      const quoted = rawValue.length >= 2 && rawValue.startsWith('"') && rawValue.endsWith('"');
      const valueText = quoted ? rawValue.slice(1, -1) : rawValue;
      const key = keyNumber(keyPart);
      if (key === undefined) return f.fail(`parameter "${keyPart}" is not a key (${KEY_NAMES.join(', ')}, or keyNNNNN without leading zeros)`, token);
      const known = KEY_NAMES[key] === keyPart;
      const value = known ? valueFromText(key, valueText) : escapedBytes(valueText);
      if (typeof value === 'string') return f.fail(`parameter ${keyPart} ${value}`, token);
      const problem = valueProblem(key, value);
      if (problem !== undefined) return f.fail(`parameter ${keyPart} ${problem}`, token);
      params.push({ key, value });
    }
    const problem = setProblem(params);
    if (problem !== undefined && last) return f.fail(problem, last);
    return [String(priority), target, ...params.map(paramText)].join(' ');
  },
  wire(w: WireReader) {
    const priority = w.u16();
    const target = w.name();
    if (priority === undefined || target === undefined) return undefined;
    const params: Param[] = [];
    while (!w.done()) {
      const key = w.u16();
      const length = w.u16();
      const value = length === undefined ? undefined : w.take(length);
      if (key === undefined || value === undefined) return undefined;
      if (params.length > 0 && params[params.length - 1].key >= key) return undefined;
      if (valueProblem(key, value) !== undefined) return undefined;
      params.push({ key, value });
    }
    if (setProblem(params) !== undefined) return undefined;
    return [String(priority), target, ...params.map(paramText)].join(' ');
  },
};
