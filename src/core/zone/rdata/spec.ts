/**
 * How a record type's rdata is described: as a sequence of fields, each read from text and from wire
 * data to the same canonical text. Most types are a plain sequence (`record(...)`); a type whose fields
 * depend on each other writes its two readers itself.
 */
import { typeCode, typeText } from '../rrtypes';
import { base64Text, chunked, type Fail, type FieldReader, hexBytes, hexText, isFail, parseDecimal, quoteBytes, type WireReader } from './fields';

/** One record type's rdata: its text form and its wire form, both read to canonical text. */
export interface RdataSpec {
  /** The canonical text of the fields, or the refusal (fields left over are refused by the caller). */
  text(fields: FieldReader): string | Fail;
  /** The canonical text of wire data, or undefined when the data does not fit the type (all of it must be used). */
  wire(data: WireReader): string | undefined;
}

/** One field of a sequence. */
export interface FieldSpec {
  text(fields: FieldReader): string | Fail;
  wire(data: WireReader): string | undefined;
}

/** A type whose rdata is the fields one after the other, printed space-separated. */
export function record(...specs: FieldSpec[]): RdataSpec {
  return {
    text(fields) {
      const parts: string[] = [];
      for (const spec of specs) {
        const part = spec.text(fields);
        if (isFail(part)) return part;
        if (part !== '') parts.push(part);
      }
      return parts.join(' ');
    },
    wire(data) {
      const parts: string[] = [];
      for (const spec of specs) {
        const part = spec.wire(data);
        if (part === undefined) return undefined;
        if (part !== '') parts.push(part);
      }
      return data.done() ? parts.join(' ') : undefined;
    },
  };
}

const asText = (value: number | Fail): string | Fail => (typeof value === 'number' ? String(value) : value);
const wireText = (value: number | undefined): string | undefined => (value === undefined ? undefined : String(value));

export const u8 = (label: string): FieldSpec => ({ text: (f) => asText(f.uint8(label)), wire: (w) => wireText(w.u8()) });
export const u16 = (label: string): FieldSpec => ({ text: (f) => asText(f.uint16(label)), wire: (w) => wireText(w.u16()) });
export const u32 = (label: string): FieldSpec => ({ text: (f) => asText(f.uint32(label)), wire: (w) => wireText(w.u32()) });
export const name = (label: string): FieldSpec => ({ text: (f) => f.name(label), wire: (w) => w.name() });
export const characterString = (label: string): FieldSpec => ({ text: (f) => f.string(label), wire: (w) => w.string() });
export const ipv4 = (label: string): FieldSpec => ({ text: (f) => f.ipv4(label), wire: (w) => w.ipv4() });
export const ipv6 = (label: string): FieldSpec => ({ text: (f) => f.ipv6(label), wire: (w) => w.ipv6() });

/** A record type written as a mnemonic (meta types too), TYPEnnn or a number, printed as BIND names it. */
export function rrtype(label: string, unknownAsNumber = false): FieldSpec {
  const print = (code: number): string => {
    const text = typeText(code);
    // SIG prints a type without a mnemonic as a bare number where RRSIG prints TYPEnnn.
    return unknownAsNumber && text === 'TYPE' + code ? String(code) : text;
  };
  return {
    text(f) {
      const token = f.next(label);
      if (isFail(token)) return token;
      const number = parseDecimal(token.text);
      const code = /^[0-9]+$/.test(token.text) ? (number < 0 || number > 65535 ? -1 : number) : typeCode(token.text);
      return code < 0 ? f.fail(`${label} "${token.text}" is not a record type`, token) : print(code);
    },
    wire(w) {
      const code = w.u16();
      return code === undefined ? undefined : print(code);
    },
  };
}

/** Hexadecimal over the rest of the fields (at least `min` bytes), printed as BIND does. */
export function hexRest(label: string, min = 1): FieldSpec {
  return {
    text(f) {
      const bytes = f.hexRest(label, min);
      return isFail(bytes) ? bytes : chunked(hexText(bytes));
    },
    wire: (w) => (w.left < min ? undefined : chunked(hexText(w.rest()))),
  };
}

/** Base64 over the rest of the fields (at least one field unless `optional`). */
export function base64Rest(label: string, optional = false): FieldSpec {
  return {
    text(f) {
      const bytes = f.base64Rest(label, optional);
      return isFail(bytes) ? bytes : chunked(base64Text(bytes));
    },
    wire: (w) => (!optional && w.left === 0 ? undefined : chunked(base64Text(w.rest()))),
  };
}

/** Character-strings over the rest of the fields, at least one (TXT and its kin). */
export function stringsRest(label: string): FieldSpec {
  return {
    text(f) {
      const parts: string[] = [];
      do {
        const part = f.string(label);
        if (isFail(part)) return part;
        parts.push(part);
      } while (f.more());
      return parts.join(' ');
    },
    wire(w) {
      const parts: string[] = [];
      do {
        const part = w.string();
        if (part === undefined) return undefined;
        parts.push(part);
      } while (!w.done());
      return parts.join(' ');
    },
  };
}

/**
 * A number written as a number or as one of BIND's mnemonics (algorithm names and the like), printed
 * as the number; a word that is neither is refused with the names it may be.
 */
export function mnemonic(label: string, max: number, names: Record<string, number>): FieldSpec {
  return {
    text(f) {
      const token = f.next(label);
      if (isFail(token)) return token;
      return asText(readMnemonic(f, token, label, max, names));
    },
    wire: (w) => wireText(max === 255 ? w.u8() : w.u16()),
  };
}

/** A number field printed with BIND's name for its value where it has one (CERT types, DSYNC schemes). */
export function named(field: FieldSpec, names: Record<number, string>): FieldSpec {
  return {
    text(f) {
      const value = field.text(f);
      return isFail(value) ? value : (names[Number(value)] ?? value);
    },
    wire(w) {
      const value = field.wire(w);
      return value === undefined ? undefined : (names[Number(value)] ?? value);
    },
  };
}

export function readMnemonic(
  f: FieldReader,
  token: { text: string; range: Fail['range'] },
  label: string,
  max: number,
  names: Record<string, number>,
): number | Fail {
  const first = token.text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return f.numberOf(token, label, max);
  const value = names[token.text.toUpperCase()];
  if (value !== undefined) return value;
  return f.fail(`${label} "${token.text}" is neither a number (0-${max}) nor one of ${Object.keys(names).join(', ')}`, token);
}

/** Hex data preceded on the wire by its length in one byte; `-` in text for none (NSEC3 salt). */
export const saltField: FieldSpec = {
  text(f) {
    const token = f.next('salt');
    if (isFail(token)) return token;
    if (token.text === '-') return '-';
    const bytes = hexBytes(token.text);
    if (bytes === undefined) return f.fail(`salt "${token.text}" is not hexadecimal (pairs of 0-9, A-F) or "-" for none`, token);
    if (bytes.length > 255) return f.fail(`salt is ${bytes.length} bytes long: at most 255`, token);
    return bytes.length === 0 ? '-' : hexText(bytes);
  },
  wire(w) {
    const length = w.u8();
    const bytes = length === undefined ? undefined : w.take(length);
    return bytes && (bytes.length === 0 ? '-' : hexText(bytes));
  },
};

/** Quoted bytes over the rest of the wire data (CAA values, URI targets). */
export function quotedRest(w: WireReader): string {
  return quoteBytes(w.rest());
}
