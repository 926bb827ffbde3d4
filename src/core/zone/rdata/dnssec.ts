/**
 * DNSSEC rdata: delegation signers (DS, CDS, DLV, TA; RFC 4034 section 5, RFC 8078), keys (DNSKEY,
 * CDNSKEY, KEY, RKEY, KEYDATA; RFC 4034 section 2, RFC 2535), signatures (RRSIG, SIG; RFC 4034 section 3),
 * denial of existence (NSEC, NSEC3, NSEC3PARAM, NXT; RFC 4034 section 4, RFC 5155, RFC 2535), CSYNC
 * (RFC 7477) and ZONEMD (RFC 8976), with BIND's mnemonics and digest lengths.
 */
import type { Token } from '../model';
import { wireNameToText } from '../names';
import { typeCode, typeText } from '../rrtypes';
import {
  base64Text,
  base32hexBytes,
  base32hexText,
  type Fail,
  hexText,
  isFail,
  parseDecimal,
  type WireReader,
  chunked,
  type FieldReader,
  genericText,
} from './fields';
import { base64Rest, mnemonic, name, readMnemonic, record, rrtype, type FieldSpec, type RdataSpec, saltField, u16, u32, u8 } from './spec';

/** Algorithm mnemonics BIND 9.18 reads (RFC 8624 and the IANA registry), printed as numbers. */
export const ALGORITHMS: Record<string, number> = {
  RSAMD5: 1,
  DH: 2,
  DSA: 3,
  RSASHA1: 5,
  NSEC3DSA: 6,
  NSEC3RSASHA1: 7,
  RSASHA256: 8,
  RSASHA512: 10,
  ECCGOST: 12,
  ECDSAP256SHA256: 13,
  ECDSAP384SHA384: 14,
  ED25519: 15,
  ED448: 16,
  INDIRECT: 252,
  PRIVATEDNS: 253,
  PRIVATEOID: 254,
};

/** The name BIND prints for an algorithm number (CERT): the first of its names. */
export const ALGORITHM_NAMES: Record<number, string> = {};
for (const [algName, value] of Object.entries(ALGORITHMS)) ALGORITHM_NAMES[value] ??= algName;

/** DS digest types (IANA "Digest Algorithms"); the length BIND requires for the ones it checks. */
const DIGEST_TYPES: Record<string, number> = { 'SHA-1': 1, SHA1: 1, 'SHA-256': 2, SHA256: 2, GOST: 3, 'SHA-384': 4, SHA384: 4 };
const DIGEST_LENGTHS: Record<number, { bytes: number; why: string }> = {
  1: { bytes: 20, why: 'SHA-1' },
  2: { bytes: 32, why: 'SHA-256' },
  4: { bytes: 48, why: 'SHA-384' },
};

const PROTOCOLS: Record<string, number> = { NONE: 0, TLS: 1, EMAIL: 2, DNSSEC: 3, IPSEC: 4, ALL: 255 };

const algorithm = mnemonic('algorithm', 255, ALGORITHMS);

/** DS and its kin: key tag, algorithm, digest type, digest (its length checked for SHA-1, SHA-256, SHA-384). */
const delegationSigner: RdataSpec = {
  text(f) {
    const keyTag = f.uint16('key tag');
    if (isFail(keyTag)) return keyTag;
    const alg = algorithm.text(f);
    if (isFail(alg)) return alg;
    const token = f.next('digest type');
    if (isFail(token)) return token;
    const digestType = readMnemonic(f, token, 'digest type', 255, DIGEST_TYPES);
    if (isFail(digestType)) return digestType;
    const digest = f.hexRest('digest', 1, DIGEST_LENGTHS[digestType]);
    if (isFail(digest)) return digest;
    return `${keyTag} ${alg} ${digestType} ${chunked(hexText(digest))}`;
  },
  wire(w) {
    const keyTag = w.u16();
    const alg = w.u8();
    const digestType = w.u8();
    if (digestType === undefined || w.left === 0) return undefined;
    const expected = DIGEST_LENGTHS[digestType];
    if (expected !== undefined && w.left !== expected.bytes) return undefined;
    return `${keyTag} ${alg} ${digestType} ${chunked(hexText(w.rest()))}`;
  },
};

/**
 * Key flag names in BIND's order: a name written is matched as a prefix of the first name that starts
 * with it (`KS` is KSK, `E` is EXTEND), as BIND matches them.
 */
const KEY_FLAGS: [string, number][] = [
  ['NOCONF', 0x4000],
  ['NOAUTH', 0x8000],
  ['NOKEY', 0xc000],
  ['FLAG2', 0x2000],
  ['EXTEND', 0x1000],
  ['FLAG4', 0x0800],
  ['FLAG5', 0x0400],
  ['USER', 0x0000],
  ['ZONE', 0x0100],
  ['HOST', 0x0200],
  ['NTYP3', 0x0300],
  ['FLAG8', 0x0080],
  ['FLAG9', 0x0040],
  ['FLAG10', 0x0020],
  ['FLAG11', 0x0010],
  ...Array.from({ length: 16 }, (_, i): [string, number] => [`SIG${i}`, i]),
  ['KSK', 0x0001],
];

/** Key flags: a number (decimal, else hexadecimal, as BIND reads them) or names joined by `|`. */
function readKeyFlags(f: FieldReader, token: Token): number | Fail {
  const text = token.text;
  if (/^[0-9]/.test(text)) {
    const decimal = parseDecimal(text);
    const value = decimal !== -1 ? decimal : /^(0[xX])?[0-9A-Fa-f]+$/.test(text) ? parseInt(text, 16) : -1;
    if (value === -1) return f.fail(`flags "${text}" is not a number (expected 0-65535)`, token);
    if (value > 65535 || value === -2) return f.fail(`flags ${text} is out of range 0-65535`, token);
    return value;
  }
  let value = 0;
  for (const part of text.split('|')) {
    const upper = part.toUpperCase();
    const flag = KEY_FLAGS.find(([flagName]) => flagName.startsWith(upper));
    if (flag === undefined) return f.fail(`flags "${text}": "${part}" is not a key flag (a number, or names such as ZONE|KSK)`, token);
    value |= flag[1];
  }
  return value;
}

const NO_KEY = 0xc000;
const PRIVATE_DNS = 253;
const protocol = mnemonic('protocol', 255, PROTOCOLS);

/**
 * Flags, protocol, algorithm, key. DNSKEY, CDNSKEY and RKEY always carry a key (RKEY with flags 0);
 * KEY and KEYDATA carry none when their flags say "no key" (RFC 2535 section 3.1.2), and one otherwise.
 */
function readKey(f: FieldReader, kind: 'dnskey' | 'rkey' | 'legacy'): number[] | Fail {
  const flagsToken = f.next('flags');
  if (isFail(flagsToken)) return flagsToken;
  const flags = readKeyFlags(f, flagsToken);
  if (isFail(flags)) return flags;
  if (kind === 'rkey' && flags !== 0) return f.fail(`flags ${flagsToken.text} must be 0`, flagsToken);
  const proto = protocol.text(f);
  if (isFail(proto)) return proto;
  const alg = algorithm.text(f);
  if (isFail(alg)) return alg;
  if (kind === 'legacy' && (flags & NO_KEY) === NO_KEY) return [flags >> 8, flags & 0xff, Number(proto), Number(alg)];
  const key = f.base64Rest('public key');
  if (isFail(key)) return key;
  return [flags >> 8, flags & 0xff, Number(proto), Number(alg), ...key];
}

function keyText(bytes: Uint8Array | number[]): string {
  const head = `${(bytes[0] << 8) | bytes[1]} ${bytes[2]} ${bytes[3]}`;
  return bytes.length > 4 ? `${head} ${chunked(base64Text(Uint8Array.from(bytes.slice(4))))}` : head;
}

function keySpec(kind: 'dnskey' | 'rkey' | 'legacy'): RdataSpec {
  return {
    text(f) {
      const bytes = readKey(f, kind);
      return isFail(bytes) ? bytes : keyText(bytes);
    },
    wire(w) {
      const bytes = w.rest();
      if (bytes.length < 4) return undefined;
      const flags = (bytes[0] << 8) | bytes[1];
      if (kind === 'rkey' && flags !== 0) return undefined;
      // A PRIVATEDNS key starts with the name of its algorithm (RFC 4034 appendix A.1.1).
      if (bytes[3] === PRIVATE_DNS && bytes.length > 4 && wireNameToText(bytes, 4) === undefined) return undefined;
      // A key is there unless KEY's flags say "no key".
      if ((kind === 'legacy' && (flags & NO_KEY) === NO_KEY) !== (bytes.length === 4)) return undefined;
      return keyText(bytes);
    },
  };
}

/** RRSIG and SIG times: YYYYMMDDHHMMSS, or seconds since 1970; printed as YYYYMMDDHHMMSS. */
/** RRSIG also reads a time of up to 10 digits as seconds; SIG and KEYDATA only the date form. */
const signatureTime = (label: string, secondsToo: boolean): FieldSpec => ({
  text(f) {
    const token = f.next(label);
    if (isFail(token)) return token;
    const seconds = readSignatureTime(token.text, secondsToo);
    if (typeof seconds === 'string') return f.fail(`${label} "${token.text}" ${seconds}`, token);
    return formatSignatureTime(seconds);
  },
  wire: (w) => {
    const seconds = w.u32();
    return seconds === undefined ? undefined : formatSignatureTime(seconds);
  },
});

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function readSignatureTime(text: string, secondsToo: boolean): number | string {
  if (secondsToo && text.length <= 10) {
    const seconds = parseDecimal(text);
    return seconds < 0 ? 'is not a time (YYYYMMDDHHMMSS, or seconds since 1970 up to 4294967295)' : seconds;
  }
  if (!/^[0-9]{14}$/.test(text)) return 'is not a time in the form YYYYMMDDHHMMSS';
  const [year, month, day, hour, minute, second] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(text.slice(at, i === 0 ? 4 : at + 2)));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS[month - 1];
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) {
    return 'is not a valid date and time (YYYYMMDDHHMMSS)';
  }
  // Serial number arithmetic (RFC 4034 section 3.1.5): the time is kept modulo 2^32.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  const seconds = date.getTime() / 1000;
  return ((seconds % 0x100000000) + 0x100000000) % 0x100000000;
}

function formatSignatureTime(seconds: number): string {
  // Of the dates with these 32 bits, the one nearest to now, as BIND prints it (serial number arithmetic).
  const now = Math.floor(Date.now() / 1000);
  let full = seconds;
  while (full - now > 0x80000000) full -= 0x100000000;
  while (now - full > 0x80000000) full += 0x100000000;
  const d = new Date(full * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** RRSIG (RFC 4034 section 3) and SIG (RFC 2535 section 4.1): BIND also wants RRSIG's signer to have no more labels than the labels field. */
function signature(sig: boolean): RdataSpec {
  const head = record(rrtype('type covered', sig), algorithm, u8('labels'), u32('original TTL'));
  const times = record(signatureTime('signature expiration', !sig), signatureTime('signature inception', !sig), u16('key tag'));
  const signature = base64Rest('signature');
  return {
    text(f) {
      const first = head.text(f);
      if (isFail(first)) return first;
      const middle = times.text(f);
      if (isFail(middle)) return middle;
      const signerToken = f.next("signer's name");
      if (isFail(signerToken)) return signerToken;
      const signer = f.nameOf(signerToken, "signer's name");
      if (isFail(signer)) return signer;
      const labels = Number(first.split(' ')[2]);
      if (!sig && labelCount(signer) > labels)
        return f.fail(`signer's name ${signer} has more labels than the labels field (${labels})`, signerToken);
      const sigText = signature.text(f);
      return isFail(sigText) ? sigText : `${first} ${middle} ${signer} ${sigText}`;
    },
    wire(w) {
      const first = head.wire(w);
      const middle = first === undefined ? undefined : times.wire(w);
      const signer = middle === undefined ? undefined : w.name();
      if (signer === undefined || (!sig && labelCount(signer) > Number((first as string).split(' ')[2]))) return undefined;
      const sigText = signature.wire(w);
      return sigText === undefined ? undefined : `${first} ${middle} ${signer} ${sigText}`;
    },
  };
}

/** Labels of an absolute name, the root not counted. */
function labelCount(name: string): number {
  if (name === '.') return 0;
  let count = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '\\') i++;
    else if (name[i] === '.') count++;
  }
  return count;
}

/** A type bitmap (RFC 4034 section 4.1.2): type mnemonics in text, windowed bit maps on the wire. */
function typeBitmap(allowEmpty: boolean): FieldSpec {
  return {
    text(f) {
      if (!f.more()) return allowEmpty ? '' : f.missing('type bitmap (at least one type)');
      const codes = new Set<number>();
      while (f.more()) {
        const token = f.next('type') as { text: string; range: Fail['range'] };
        const code = typeCode(token.text);
        if (code < 0) return f.fail(`type bitmap: "${token.text}" is not a record type`, token);
        codes.add(code);
      }
      return [...codes]
        .sort((a, b) => a - b)
        .map(typeText)
        .join(' ');
    },
    wire(w) {
      const codes: number[] = [];
      let lastWindow = -1;
      while (!w.done()) {
        const window = w.u8();
        const length = w.u8();
        if (window === undefined || length === undefined || window <= lastWindow || length < 1 || length > 32) return undefined;
        const bits = w.take(length);
        if (bits === undefined || bits[length - 1] === 0) return undefined;
        lastWindow = window;
        for (let i = 0; i < length * 8; i++) if (bits[i >> 3] & (0x80 >> (i & 7))) codes.push(window * 256 + i);
      }
      if (codes.length === 0 && !allowEmpty) return undefined;
      return codes.map(typeText).join(' ');
    },
  };
}

const nsec = record(name('next domain name'), typeBitmap(false));

/** NSEC3's next hashed owner: base32hex in text, a length byte and the hash on the wire. */
const nextHashed: FieldSpec = {
  text(f) {
    const token = f.next('next hashed owner name');
    if (isFail(token)) return token;
    const bytes = base32hexBytes(token.text);
    if (bytes === undefined || bytes.length === 0)
      return f.fail(`next hashed owner name "${token.text}" is not base32hex (0-9, A-V, no padding)`, token);
    // It must fit in one label of 63 characters, as the hashed owner names it stands for.
    if (token.text.length > 63) return f.fail(`next hashed owner name is ${token.text.length} characters long: at most 63`, token);
    return base32hexText(bytes);
  },
  wire(w) {
    const length = w.u8();
    const bytes = length === undefined || length === 0 ? undefined : w.take(length);
    return bytes && base32hexText(bytes);
  },
};

const nsec3 = record(u8('hash algorithm'), u8('flags'), u16('iterations'), saltField, nextHashed, typeBitmap(true));
const nsec3param = record(u8('hash algorithm'), u8('flags'), u16('iterations'), saltField);

/** NXT (RFC 2535 section 5.2): the old bitmap, types 1-127 only, no windows. */
const nxtBitmap: FieldSpec = {
  text(f) {
    const codes = new Set<number>();
    while (f.more()) {
      const token = f.next('type') as { text: string; range: Fail['range'] };
      // NXT also reads plain numbers.
      const code = /^[0-9]+$/.test(token.text) ? Math.min(parseDecimal(token.text), 65536) : typeCode(token.text);
      if (code < 0) return f.fail(`type bitmap: "${token.text}" is not a record type`, token);
      if (code === 0) return f.fail('type bitmap: type 0 cannot be listed', token);
      if (code > 127) return f.fail(`type bitmap: ${token.text} is above 127, which NXT cannot list`, token);
      codes.add(code);
    }
    return nxtTypes([...codes].sort((a, b) => a - b));
  },
  wire(w) {
    const bits = w.rest();
    if (bits.length > 16 || (bits.length > 0 && bits[bits.length - 1] === 0)) return undefined;
    const codes: number[] = [];
    for (let i = 0; i < bits.length * 8; i++) if (bits[i >> 3] & (0x80 >> (i & 7))) codes.push(i);
    return nxtTypes(codes);
  },
};

/** NXT prints a type without a mnemonic as a bare number. */
function nxtTypes(codes: number[]): string {
  return codes.map((code) => (typeText(code) === 'TYPE' + code ? String(code) : typeText(code))).join(' ');
}

const nxt = record(name('next domain name'), nxtBitmap);

const csync = record(u32('SOA serial'), u16('flags'), typeBitmap(true));

/** ZONEMD digests: SHA-384 (1) is 48 bytes, SHA-512 (2) 64; any digest is at least 12 bytes (RFC 8976 section 2.2.4). */
const ZONEMD_LENGTHS: Record<number, { bytes: number; why: string }> = { 1: { bytes: 48, why: 'SHA-384' }, 2: { bytes: 64, why: 'SHA-512' } };

const zonemd: RdataSpec = {
  text(f) {
    const serial = f.uint32('serial');
    if (isFail(serial)) return serial;
    const scheme = f.uint8('scheme');
    if (isFail(scheme)) return scheme;
    const hash = f.uint8('hash algorithm');
    if (isFail(hash)) return hash;
    const exact = ZONEMD_LENGTHS[hash];
    const first = f.peek();
    const digest = f.hexRest('digest', 1, exact);
    if (isFail(digest)) return digest;
    if (digest.length < 12 && first) return f.fail(`digest is ${digest.length} bytes long: at least 12`, first);
    return `${serial} ${scheme} ${hash} ${chunked(hexText(digest))}`;
  },
  wire(w: WireReader) {
    const serial = w.u32();
    const scheme = w.u8();
    const hash = w.u8();
    if (hash === undefined || w.left < 12) return undefined;
    const exact = ZONEMD_LENGTHS[hash];
    if (exact !== undefined && w.left !== exact.bytes) return undefined;
    return `${serial} ${scheme} ${hash} ${chunked(hexText(w.rest()))}`;
  },
};

/**
 * KEYDATA (BIND's managed keys): refresh, add and remove times, then a key as KEY has it. BIND prints it
 * in the RFC 3597 form, so the text is made into its wire form.
 */
const keydata: RdataSpec = {
  text(f) {
    const times: number[] = [];
    for (const label of ['refresh time', 'add time', 'remove time']) {
      const token = f.next(label);
      if (isFail(token)) return token;
      const seconds = readSignatureTime(token.text, false);
      if (typeof seconds === 'string') return f.fail(`${label} "${token.text}" ${seconds}`, token);
      times.push(seconds);
    }
    const key = readKey(f, 'legacy');
    if (isFail(key)) return key;
    const bytes = [...times.flatMap((t) => [t >>> 24, (t >> 16) & 0xff, (t >> 8) & 0xff, t & 0xff]), ...key];
    return genericText(Uint8Array.from(bytes));
  },
  wire: (w) => genericText(w.rest()),
};

export const DNSSEC_TYPES: Record<number, RdataSpec> = {
  24: signature(true), // SIG
  25: keySpec('legacy'), // KEY
  30: nxt,
  43: delegationSigner, // DS
  46: signature(false), // RRSIG
  47: nsec,
  48: keySpec('dnskey'), // DNSKEY
  50: nsec3,
  51: nsec3param,
  57: keySpec('rkey'), // RKEY
  59: delegationSigner, // CDS
  60: keySpec('dnskey'), // CDNSKEY
  62: csync,
  63: zonemd,
  32768: delegationSigner, // TA
  32769: delegationSigner, // DLV
  65533: keydata,
};
