/**
 * The text of a TXT record as receivers read it: its character-strings joined with nothing between
 * them (RFC 7208 §3.3, RFC 6376 §3.6.2.2), with the way back from a place in that text to the place
 * in the zone file where it was written, so that a finding can underline one term.
 */
import type { Position, Range } from '../types';
import type { Token, ZoneRecord } from '../zone/model';

export interface TxtString {
  /** Where the string starts and ends in the joined text. */
  start: number;
  end: number;
  /** The token it was written as, when the record kept its tokens. */
  token?: Token;
}

export interface TxtText {
  record: ZoneRecord;
  /** The strings joined. */
  text: string;
  strings: TxtString[];
  /** `strings.length`, without making them. */
  stringCount: number;
  /** Where the joined text's `start`…`end` was written; the whole record when its tokens were not kept. */
  rangeOf(start: number, end: number): Range;
}

/** The joined text of a TXT record (its decoded strings); undefined for a record that is not TXT. */
export function txtText(record: ZoneRecord): TxtText | undefined {
  if (record.rdata.type !== 'TXT') return undefined;
  return new RecordText(record, record.rdata.strings);
}

/**
 * The strings' places and the written positions are made when a rule asks (to report on the record):
 * a zone's mail rules read the joined text of every TXT record, and the places of a few.
 */
class RecordText implements TxtText {
  readonly text: string;
  private stringList: TxtString[] | undefined;

  constructor(
    readonly record: ZoneRecord,
    private readonly values: string[],
  ) {
    this.text = values.length === 1 ? values[0] : values.join('');
  }

  get stringCount(): number {
    return this.values.length;
  }

  get strings(): TxtString[] {
    if (this.stringList === undefined) {
      const tokens = this.record.rdataTokens.length === this.values.length ? this.record.rdataTokens : undefined;
      let at = 0;
      this.stringList = this.values.map((value, i) => ({ start: at, end: (at += value.length), token: tokens?.[i] }));
    }
    return this.stringList;
  }

  rangeOf(start: number, end: number): Range {
    const from = writtenPosition(this.strings, start);
    const to = end > start ? writtenPosition(this.strings, end) : from;
    if (from === undefined || to === undefined) return this.record.range;
    return { start: from, end: to };
  }
}

/**
 * Where the place `at` of the joined text (or its end) was written. A string whose written form has
 * escapes is walked unit by unit (`\X`, `\DDD`, a character); a place inside a string that does not
 * map one to one is undefined, and its findings fall back to the record's range. A place where one
 * string ends and the next starts is the next one's start. Worked out per question: a finding asks
 * twice, and a table of every place of every long DKIM key cost more than the rules.
 */
function writtenPosition(strings: TxtString[], at: number): Position | undefined {
  let found: Position | undefined;
  for (const string of strings) {
    const token = string.token;
    if (at < string.start || at > string.end || token === undefined || token.range.start.line !== token.range.end.line) continue;
    const quoted = token.text.length >= 2 && token.text.startsWith('"') && token.text.endsWith('"');
    const units = writtenUnits(quoted ? token.text.slice(1, -1) : token.text);
    // Escapes of non-ASCII bytes decode to fewer characters than units: positions are then unknown.
    if (units.length !== string.end - string.start) continue;
    let character = token.range.start.character + (quoted ? 1 : 0);
    for (let i = 0; i < at - string.start; i++) character += units[i];
    found = { line: token.range.start.line, character };
  }
  return found;
}

/** The written length of each decoded character of a character-string's inner text. */
function writtenUnits(inner: string): number[] {
  const units: number[] = [];
  for (let i = 0; i < inner.length;) {
    if (inner[i] === '\\' && i + 1 < inner.length) {
      const width = /^\d{3}$/.test(inner.slice(i + 1, i + 4)) ? 4 : 2;
      units.push(width);
      i += width;
    } else {
      const code = inner.codePointAt(i) ?? 0;
      const width = code > 0xffff ? 2 : 1;
      // A character outside the BMP is two code units in the decoded text as in the written one.
      for (let k = 0; k < width; k++) units.push(1);
      i += width;
    }
  }
  return units;
}
