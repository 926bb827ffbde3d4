/**
 * The lexical layer of the zone parser: one pass over the text's char codes that cuts it into
 * entries (one logical line: a physical line, or several joined by `( … )`) of fields with exact
 * positions. Fields are kept as offsets in reused arrays; text is sliced only when the parser asks.
 */
import type { Position, Range } from '../types';
import type { Token } from './model';
import { CH_BACKSLASH, CH_BOM, CH_CLOSE, CH_CR, CH_LF, CH_OPEN, CH_QUOTE, CH_SEMI, CH_SPACE, CH_TAB } from './chars';

/** What an ASCII character does inside an unquoted field: most belong to it (0), a few end it, `\` escapes. */
const ENDS_FIELD = 1;
const ESCAPE = 2;
const CHAR_KIND = new Uint8Array(128);
for (const c of [CH_SPACE, CH_TAB, CH_LF, CH_CR, CH_SEMI, CH_OPEN, CH_CLOSE, CH_QUOTE, 0]) CHAR_KIND[c] = ENDS_FIELD;
CHAR_KIND[CH_BACKSLASH] = ESCAPE;

export interface ScanProblem {
  message: string;
  range: Range;
}

/** Receives what the scanner finds besides fields. */
export interface ScanSink {
  comment(text: string, range: Range): void;
  problem(problem: ScanProblem, fatal?: boolean): void;
}

export class Scanner {
  private pos: number;
  private line = 0;
  private lineStart: number;
  private readonly length: number;
  private stopped = false;
  /** Set when the current entry had a lexical problem (already reported), so that the parser drops it. */
  entryBroken = false;

  /** Fields of the current entry (parallel arrays, reused from entry to entry); a field never spans lines. */
  count = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  /**
   * Each field's start and end as positions, made on first use: the ranges of one record (owner, whole
   * record, last rdata field) share them, so a big zone keeps fewer objects alive.
   */
  private readonly startPositions: (Position | undefined)[] = [];
  private readonly endPositions: (Position | undefined)[] = [];
  /** The entry each cached position was made for (`entries` counts entries read): older ones are stale. */
  private readonly startStamps: number[] = [];
  private readonly endStamps: number[] = [];
  private entries = 0;
  private readonly transientTokens: TransientToken[] = [];

  constructor(
    private readonly text: string,
    private readonly sink: ScanSink,
  ) {
    this.length = text.length;
    // VS Code drops a BOM from the document, so columns on the first line start after it.
    this.pos = text.charCodeAt(0) === CH_BOM ? 1 : 0;
    this.lineStart = this.pos;
  }

  /** Where the next entry is looked for: the start of a line once an entry has been read. */
  get offset(): number {
    return this.pos;
  }

  get lineNumber(): number {
    return this.line;
  }

  /** Goes on from `offset`, the start of line `line`, as a scanner that had just read the entry before it. */
  resumeAt(offset: number, line: number): void {
    if (offset === 0) return;
    this.pos = offset;
    this.line = line;
    this.lineStart = offset;
  }

  /** The field's text as written (quotes kept). */
  fieldText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  fieldLength(i: number): number {
    return this.ends[i] - this.starts[i];
  }

  /** True when field `i` is written exactly as `text` (compared in place, without slicing). */
  fieldIs(i: number, text: string): boolean {
    return this.ends[i] - this.starts[i] === text.length && this.text.startsWith(text, this.starts[i]);
  }

  fieldRange(i: number): Range {
    return { start: this.fieldStart(i), end: this.fieldEnd(i) };
  }

  fieldStart(i: number): Position {
    let position = this.startPositions[i];
    if (position === undefined || this.startStamps[i] !== this.entries) {
      position = this.startPositions[i] = { line: this.lines[i], character: this.columns[i] };
      this.startStamps[i] = this.entries;
    }
    return position;
  }

  fieldEnd(i: number): Position {
    let position = this.endPositions[i];
    if (position === undefined || this.endStamps[i] !== this.entries) {
      position = this.endPositions[i] = { line: this.lines[i], character: this.columns[i] + this.ends[i] - this.starts[i] };
      this.endStamps[i] = this.entries;
    }
    return position;
  }

  /** From the first field to the last one of the current entry. */
  entryRange(): Range {
    return { start: this.fieldStart(0), end: this.fieldEnd(this.count - 1) };
  }

  /** True when the current entry spans lines (`( … )`). */
  spansLines(): boolean {
    return this.lines[0] !== this.lines[this.count - 1];
  }

  /**
   * Field `i` as a token whose range is made only if it is read. The token is reused for the next
   * entry, so it must not be kept: it serves to check a record that will not be built.
   */
  transientToken(i: number): Token {
    const token = (this.transientTokens[i] ??= new TransientToken(this, i));
    token.text = this.fieldText(i);
    return token;
  }

  /** The first character of field `i`, read without slicing the text. */
  fieldCharCode(i: number): number {
    return this.text.charCodeAt(this.starts[i]);
  }

  /** True when the entry's first field starts in column 0: it is an owner name (or a directive). */
  get startsAtColumnZero(): boolean {
    return this.columns[0] === 0;
  }

  /** Reads the next entry with at least one field; false at the end of the text (or after a fatal problem). */
  nextEntry(): boolean {
    this.count = 0;
    this.entries++;
    this.entryBroken = false;
    const text = this.text;
    let depth = 0;
    let openLine = 0;
    let openColumn = 0;
    while (!this.stopped) {
      if (this.pos >= this.length) {
        if (depth > 0) {
          this.sink.problem({
            message: 'unterminated parenthesis: "(" is never closed',
            range: { start: { line: openLine, character: openColumn }, end: { line: openLine, character: openColumn + 1 } },
          });
          this.count = 0;
        }
        return this.count > 0;
      }
      const c = text.charCodeAt(this.pos);
      if (c === CH_SPACE || c === CH_TAB) {
        this.pos++;
      } else if (c === CH_LF || c === CH_CR) {
        this.pos += c === CH_CR && text.charCodeAt(this.pos + 1) === CH_LF ? 2 : 1;
        this.line++;
        this.lineStart = this.pos;
        if (depth === 0) {
          if (this.count > 0) return true;
          this.entryBroken = false;
        }
      } else if (c === CH_SEMI) {
        this.readComment();
      } else if (c === CH_OPEN) {
        if (depth === 0) {
          openLine = this.line;
          openColumn = this.pos - this.lineStart;
        }
        depth++;
        this.pos++;
      } else if (c === CH_CLOSE) {
        if (depth === 0) {
          const column = this.pos - this.lineStart;
          // One problem per entry: a line of 100,000 ")" is one mistake, not 100,000 diagnostics.
          if (!this.entryBroken) {
            this.sink.problem({
              message: 'unbalanced ")" without an opening "("',
              range: { start: { line: this.line, character: column }, end: { line: this.line, character: column + 1 } },
            });
          }
          this.entryBroken = true;
        } else {
          depth--;
        }
        this.pos++;
      } else if (c === 0) {
        const column = this.pos - this.lineStart;
        this.sink.problem(
          {
            message: 'binary data (a NUL byte): this is not a zone file; reading stopped here',
            range: { start: { line: this.line, character: column }, end: { line: this.line, character: column + 1 } },
          },
          true,
        );
        this.stopped = true;
        this.count = 0;
        return false;
      } else if (c === CH_QUOTE) {
        this.readQuoted();
      } else {
        this.readPlain();
      }
    }
    return false;
  }

  private readComment(): void {
    const start = this.pos;
    let end = start;
    while (end < this.length) {
      const c = this.text.charCodeAt(end);
      if (c === CH_LF || c === CH_CR) break;
      end++;
    }
    const column = start - this.lineStart;
    this.sink.comment(this.text.slice(start, end), {
      start: { line: this.line, character: column },
      end: { line: this.line, character: column + end - start },
    });
    this.pos = end;
  }

  private readPlain(): void {
    const text = this.text;
    const length = this.length;
    const start = this.pos;
    let i = start;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const kind = CHAR_KIND[c];
        if (kind === ENDS_FIELD) break;
        // An escape takes the next character whatever it is (but a line break still ends the line).
        if (kind === ESCAPE && i + 1 < length) {
          const next = text.charCodeAt(i + 1);
          i += next === CH_LF || next === CH_CR ? 1 : 2;
          continue;
        }
      }
      i++;
    }
    this.push(start, i, start - this.lineStart);
    this.pos = i;
  }

  private readQuoted(): void {
    const text = this.text;
    const start = this.pos;
    const column = start - this.lineStart;
    let i = start + 1;
    while (i < this.length) {
      const c = text.charCodeAt(i);
      if (c === CH_QUOTE) {
        i++;
        this.push(start, i, column);
        this.pos = i;
        return;
      }
      if (c === CH_LF || c === CH_CR || c === 0) break;
      i += c === CH_BACKSLASH && i + 1 < this.length && text.charCodeAt(i + 1) !== CH_LF && text.charCodeAt(i + 1) !== CH_CR ? 2 : 1;
    }
    this.entryBroken = true;
    this.sink.problem({
      message: 'unterminated quoted string: the closing " is missing on this line',
      range: { start: { line: this.line, character: column }, end: { line: this.line, character: i - this.lineStart } },
    });
    // Keep the text as a field, closing the quote, so that the rest of the line still parses.
    this.push(start, i, column);
    this.pos = i;
  }

  private push(start: number, end: number, column: number): void {
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = this.line;
    this.columns[i] = column;
  }
}

class TransientToken implements Token {
  text = '';

  constructor(
    private readonly scanner: Scanner,
    private readonly index: number,
  ) {}

  get range(): Range {
    return this.scanner.fieldRange(this.index);
  }
}
