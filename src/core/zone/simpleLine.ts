/**
 * The shape most lines of a large zone have, read without making a string or an object:
 *
 *     label [ttl] [IN] type rdata
 *
 * on one line, with a one-label relative owner in column 0 and no comment, parenthesis or escape;
 * the type one of A, AAAA, TXT, MX and CNAME with well-formed rdata (quoted TXT strings without
 * escapes, names of plain characters). A line of any other shape, or with any problem, is left to the
 * full parser, which reads it the usual way and reports what is wrong: this reader only says whether
 * a line is one of the simple ones, and where its parts stand.
 */
import { readIPv6 } from './addresses';
import { CH_BACKSLASH, CH_CR, CH_DOT, CH_LF, CH_QUOTE, CH_SPACE, CH_TAB } from './chars';
import { LABEL_BASE, LABEL_DIGIT, MAX_CODED_LABEL } from './labelCode';

/** The longest TXT string (RFC 1035 character-string); a longer one goes to the full parser, which reports it. */
const MAX_TEXT_STRING = 255;
const MAX_LABEL = 63;
/** Nine digits are always below BIND's TTL maximum (2^32 - 1). */
const MAX_TTL_DIGITS = 9;

export type SimpleType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'CNAME';

const ipv6Scratch = new Uint16Array(8);

/** The owner code's halves: 39^5 < 2^31, so each half is a small integer. */
const HALF_LABEL = MAX_CODED_LABEL / 2;
/** LOW_HALF_SCALE[n]: what the high half is worth past n more digits (39^n). */
const LOW_HALF_SCALE = Array.from({ length: HALF_LABEL + 1 }, (_, n) => LABEL_BASE ** n);

/** One simple line's parts as offsets in the text; filled by `read`, reused line after line. */
export class SimpleLine {
  /** The owner label is text[start, ownerEnd); its `labelCode`. */
  start = 0;
  ownerEnd = 0;
  ownerCode = -1;
  /** The TTL written, or -1. */
  ttl = -1;
  /** True when the class was written (it is then IN). */
  classWritten = false;
  type: SimpleType = 'A';
  /** MX: the preference. */
  preference = 0;
  /** MX and CNAME: the target name is text[nameStart, nameEnd); TXT: the first string's opening quote is at nameStart. */
  nameStart = 0;
  nameEnd = 0;
  /** The length of the target's longest label, and a hash of its text (for `RecentNames`). */
  nameLongestLabel = 0;
  nameHash = 0;
  /** Where the last field ends (the record's range ends there). */
  end = 0;
  /** The start of the next line (the text's length at its end). */
  next = 0;

  /**
   * True when the line starting at `offset` is a simple one; its parts are then in this object. The
   * line is read from `codes`, the text's `asciiCodes` (an IPv6 address from `text`).
   */
  read(text: string, codes: Uint8Array, offset: number): boolean {
    const length = codes.length;
    this.start = offset;
    // The owner label's code is worked out as its end is found (the label characters are the code's
    // digits), as two halves of HALF_LABEL digits: each stays a small integer, where one double would
    // chain a multiplication and an addition of doubles per character.
    let i = offset;
    let high = 0;
    let low = 0;
    for (; i < length; i++) {
      const c = codes[i];
      const digit = c < 128 ? LABEL_DIGIT[c] : -1;
      if (digit <= 0) break;
      const at = i - offset;
      if (at < HALF_LABEL) high = high * LABEL_BASE + digit;
      else if (at < MAX_CODED_LABEL) low = low * LABEL_BASE + digit;
    }
    const labelLength = i - offset;
    if (labelLength === 0 || labelLength > MAX_LABEL) return false;
    this.ownerEnd = i;
    this.ownerCode = labelLength <= HALF_LABEL ? high : labelLength <= MAX_CODED_LABEL ? high * LOW_HALF_SCALE[labelLength - HALF_LABEL] + low : -1;
    if (!isBlank(codes[i])) return false;
    i = skipBlanks(codes, i);

    // TTL and class, in either order, each at most once.
    this.ttl = -1;
    this.classWritten = false;
    for (let k = 0; k < 2; k++) {
      const c = codes[i];
      if (c >= 0x30 && c <= 0x39 && this.ttl < 0) {
        let value = 0;
        const from = i;
        for (let d = c; d >= 0x30 && d <= 0x39; d = codes[++i]) value = value * 10 + (d - 0x30);
        if (i - from > MAX_TTL_DIGITS || !isBlank(codes[i])) return false;
        this.ttl = value;
        i = skipBlanks(codes, i);
      } else if (c === 0x49 /* I */ && codes[i + 1] === 0x4e /* N */ && isBlank(codes[i + 2]) && !this.classWritten) {
        this.classWritten = true;
        i = skipBlanks(codes, i + 2);
      } else {
        break;
      }
    }

    // The type, told by its first letter: the rest of it and a blank must follow.
    const t = i;
    let end: number;
    switch (codes[t]) {
      case 0x41 /* A */:
        if (isBlank(codes[t + 1])) {
          this.type = 'A';
          end = ipv4End(codes, skipBlanks(codes, t + 1));
        } else if (codes[t + 1] === 0x41 && codes[t + 2] === 0x41 && codes[t + 3] === 0x41 && isBlank(codes[t + 4])) {
          this.type = 'AAAA';
          const rdata = skipBlanks(codes, t + 4);
          end = fieldEnd(codes, rdata);
          if (end >= 0 && !readIPv6(text, ipv6Scratch, rdata, end)) return false;
        } else {
          return false;
        }
        break;
      case 0x54 /* T */:
        if (codes[t + 1] !== 0x58 || codes[t + 2] !== 0x54 || !isBlank(codes[t + 3])) return false;
        this.type = 'TXT';
        this.nameStart = skipBlanks(codes, t + 3);
        end = quotedStrings(codes, this.nameStart);
        break;
      case 0x4d /* M */: {
        if (codes[t + 1] !== 0x58 || !isBlank(codes[t + 2])) return false;
        this.type = 'MX';
        const rdata = skipBlanks(codes, t + 2);
        let preference = 0;
        let at = rdata;
        for (let d = codes[at]; d >= 0x30 && d <= 0x39 && at - rdata < 5; d = codes[++at]) preference = preference * 10 + (d - 0x30);
        if (at === rdata || preference > 0xffff || !isBlank(codes[at])) return false;
        this.preference = preference;
        end = this.plainName(codes, skipBlanks(codes, at));
        break;
      }
      case 0x43 /* C */:
        if (codes[t + 1] !== 0x4e || codes[t + 2] !== 0x41 || codes[t + 3] !== 0x4d || codes[t + 4] !== 0x45 || !isBlank(codes[t + 5])) return false;
        this.type = 'CNAME';
        end = this.plainName(codes, skipBlanks(codes, t + 5));
        break;
      default:
        return false;
    }
    if (end < 0) return false;
    this.end = end;
    i = skipBlanks(codes, end);
    if (i === length) {
      this.next = length;
      return true;
    }
    const c = codes[i];
    if (c === CH_LF) this.next = i + 1;
    else if (c === CH_CR) this.next = codes[i + 1] === CH_LF ? i + 2 : i + 1;
    else return false;
    return true;
  }

  /** A name of plain labels from `at` (relative or absolute, not `.` or `@`); where it ends, or -1. Its length limits are the name parser's to check. */
  private plainName(codes: Uint8Array, at: number): number {
    let i = at;
    let longest = 0;
    let hash = 0;
    for (;;) {
      const labelStart = i;
      for (let c = codes[i]; isLabelChar(c); c = codes[++i]) hash = (Math.imul(hash, 31) + c) | 0;
      if (i === labelStart) return -1;
      if (i - labelStart > longest) longest = i - labelStart;
      if (codes[i] !== CH_DOT) break;
      hash = (Math.imul(hash, 31) + CH_DOT) | 0;
      i++;
      if (!isLabelChar(codes[i])) break;
    }
    this.nameStart = at;
    this.nameEnd = i;
    this.nameLongestLabel = longest;
    this.nameHash = hash ^ (hash >>> 16);
    return isBlankOrEnd(codes, i) ? i : -1;
  }
}

/** A character of a plain label: a letter, a digit, `-` or `_` (what the owner table stores compactly). */
function isLabelChar(c: number): boolean {
  return c < 128 && LABEL_DIGIT[c] > 0;
}

function isBlank(c: number): boolean {
  return c === CH_SPACE || c === CH_TAB;
}

/** True at a blank, a line break or the end of the text: where a plain field ends. */
function isBlankOrEnd(codes: Uint8Array, i: number): boolean {
  if (i >= codes.length) return true;
  const c = codes[i];
  return c === CH_SPACE || c === CH_TAB || c === CH_LF || c === CH_CR;
}

function skipBlanks(codes: Uint8Array, i: number): number {
  while (isBlank(codes[i])) i++;
  return i;
}

/**
 * Where a dotted-quad address that starts at `at` ends, or -1: read as `isIPv4` reads it (no leading
 * zeros, octets up to 255) in the same pass that finds its end.
 */
function ipv4End(codes: Uint8Array, at: number): number {
  let i = at;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (codes[i] !== CH_DOT) return -1;
      i++;
    }
    const first = codes[i] - 0x30;
    if (!(first >= 0 && first <= 9)) return -1;
    let value = first;
    i++;
    for (let d = codes[i] - 0x30; d >= 0 && d <= 9; d = codes[++i] - 0x30) {
      if (value === 0) return -1;
      value = value * 10 + d;
      if (value > 255) return -1;
    }
  }
  return isBlankOrEnd(codes, i) ? i : -1;
}

/** Where a field of plain characters that starts at `at` ends; the address readers judge what is in it. */
function fieldEnd(codes: Uint8Array, at: number): number {
  let i = at;
  while (i < codes.length) {
    const c = codes[i];
    if (c <= CH_SPACE || c === 0x3b /* ; */ || c === 0x28 || c === 0x29 || c === CH_QUOTE || c === CH_BACKSLASH || c > 0x7e) break;
    i++;
  }
  return isBlankOrEnd(codes, i) ? i : -1;
}

/** One or more quoted strings of printable ASCII without escapes, each of at most 255 characters; where the last ends, or -1. */
function quotedStrings(codes: Uint8Array, at: number): number {
  let i = at;
  let end = -1;
  while (codes[i] === CH_QUOTE) {
    const from = ++i;
    for (let c = codes[i]; c !== CH_QUOTE; c = codes[++i]) {
      if (!(c >= CH_SPACE && c <= 0x7e) || c === CH_BACKSLASH) return -1;
    }
    if (i - from > MAX_TEXT_STRING) return -1;
    end = ++i;
    if (!isBlankOrEnd(codes, i)) return -1;
    i = skipBlanks(codes, i);
  }
  return end;
}
