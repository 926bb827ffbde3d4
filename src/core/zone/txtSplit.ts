/**
 * The quick fix for a TXT character-string over 255 bytes (RFC 1035 §3.3): the string as written, cut
 * into strings of at most 255 bytes (counted after escapes, as UTF-8), each quoted. Receivers join a TXT
 * record's strings with nothing between them, so where the cut falls does not change the record, but a
 * person reads it more easily when an SPF record is cut between terms and a DKIM key inside `p=`.
 */
import type { Fix } from '../types';
import type { Token } from './model';
const MAX_BYTES = 255;
/** A record's rdata holds at most 65535 bytes (RFC 1035 §3.2.1): a longer string cannot be split into one record. */
const MAX_SPLITTABLE_BYTES = 65535 - Math.ceil(65535 / MAX_BYTES);

/** One written unit of a string: a character, `\X` or `\DDD`, with the bytes it stands for. */
interface Unit {
  written: string;
  bytes: number;
  /** The character it stands for when it is one (for telling spaces and `p=`). */
  char: string;
}

function units(inner: string): Unit[] {
  const result: Unit[] = [];
  for (let i = 0; i < inner.length;) {
    if (inner[i] === '\\' && i + 1 < inner.length) {
      const digits = /^\d{3}/.exec(inner.slice(i + 1, i + 4));
      const written = digits ? inner.slice(i, i + 4) : inner.slice(i, i + 2);
      result.push({ written, bytes: 1, char: digits ? String.fromCharCode(Number(digits[0]) & 0xff) : inner[i + 1] });
      i += written.length;
    } else {
      const code = inner.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      result.push({ written: char, bytes: code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4, char });
      i += char.length;
    }
  }
  return result;
}

/** Where each piece ends (unit indexes): as far as 255 bytes allow, at the best place `canCut` allows, else wherever the bytes run out. */
function cuts(list: Unit[], canCut: (at: number) => boolean): number[] {
  const ends: number[] = [];
  let start = 0;
  while (start < list.length) {
    let bytes = 0;
    let end = start;
    while (end < list.length && bytes + list[end].bytes <= MAX_BYTES) bytes += list[end++].bytes;
    if (end < list.length) {
      let best = end;
      while (best > start + 1 && !canCut(best)) best--;
      if (best > start + 1) end = best;
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/** The fix for an over-long string of `byteLength` bytes written as `token`; none for a string no record can hold. */
export function splitStringFix(token: Token, byteLength: number): Fix | undefined {
  if (byteLength > MAX_SPLITTABLE_BYTES) return undefined;
  const quoted = token.text.length >= 2 && token.text.startsWith('"') && token.text.endsWith('"');
  const list = units(quoted ? token.text.slice(1, -1) : token.text);
  const text = list.map((u) => u.char).join('');
  const keyStart = /(^|;)\s*p=/.exec(text);
  // An SPF record is cut after a space (between terms); a DKIM key anywhere after "p=".
  const keyFrom = keyStart && !/^v=spf1/i.test(text) ? characterToUnit(list, keyStart.index + keyStart[0].length) : -1;
  const canCut = (at: number) => list[at - 1].char === ' ' || (keyFrom >= 0 && at >= keyFrom);
  const pieces: string[] = [];
  let start = 0;
  for (const end of cuts(list, canCut)) {
    pieces.push(
      '"' +
        list
          .slice(start, end)
          .map((u) => u.written)
          .join('') +
        '"',
    );
    start = end;
  }
  return { title: `Split into ${pieces.length} strings of at most 255 bytes`, edits: [{ range: token.range, newText: pieces.join(' ') }] };
}

/** The unit index of a character index of the decoded text (units are one character each, but for astral ones). */
function characterToUnit(list: Unit[], characterIndex: number): number {
  let characters = 0;
  for (let i = 0; i < list.length; i++) {
    if (characters >= characterIndex) return i;
    characters += list[i].char.length;
  }
  return list.length;
}
