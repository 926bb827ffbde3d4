/**
 * Zone formatting: each one-line record's owner, TTL, class and type start at fixed tab stops, so that
 * a line's layout never depends on the others and an edit reformats only its own line. What is written
 * stays as written: names (relative stays relative), TTL units, the class, everything after the type
 * (rdata, a trailing comment), comments, blank lines, `$` directives and records over several lines.
 * A TTL written after the class moves to the TTL column, which BIND reads the same.
 */
import type { Range, TextEdit } from '../types';
import type { ParsedZone, Problem, ZoneRecord } from '../zone/model';
import { parseZone } from '../zone/parser';

/** Where the TTL, class, type and rdata start, in columns (owner at 0). See docs/decisions/zone-format.md. */
export const FORMAT_STOPS = { ttl: 24, rrclass: 32, type: 40, rdata: 48 } as const;

export interface FormatOptions {
  origin: string;
  /** Columns per tab, as the editor shows them. */
  tabSize: number;
  /** Pad with spaces; else with tabs (a space where a tab would overshoot a stop). */
  insertSpaces: boolean;
  /** Only records that start on these lines (0-based, inclusive): range formatting. */
  lines?: { first: number; last: number };
}

export type FormatResult = { edits: TextEdit[] } | { error: Problem };

const CLASSES = /^(IN|CH|HS|CS|CLASS\d+)$/i;

/** The edits that lay out the zone's one-line records; a zone with a syntax error is refused with the first error. */
export function formatZone(text: string, options: FormatOptions): FormatResult {
  const zone = parseZone(text, { origin: options.origin });
  const error = firstError(zone);
  if (error) return { error };
  const lines = text.split(/\r\n|\r|\n/);
  const edits: TextEdit[] = [];
  for (const record of zone.records) {
    const line = record.range.start.line;
    if (record.file !== undefined || record.range.end.line !== line) continue;
    if (options.lines && (line < options.lines.first || line > options.lines.last)) continue;
    const written = lines[line];
    const laidOut = layoutRecordLine(written, record, options);
    if (laidOut === undefined || laidOut === written) continue;
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: written.length } }, newText: laidOut });
  }
  return { edits };
}

/** The whole formatted text (for the CLI), or the first syntax error. */
export function formatZoneText(text: string, options: FormatOptions): { text: string } | { error: Problem } {
  const result = formatZone(text, options);
  if ('error' in result) return result;
  const lines = text.split(/(\r\n|\r|\n)/);
  // Even places are lines, odd places their breaks: each edit replaces one whole line.
  for (const edit of result.edits) lines[edit.range.start.line * 2] = edit.newText;
  return { text: lines.join('') };
}

function firstError(zone: ParsedZone): Problem | undefined {
  const errors = zone.problems.filter((p) => p.severity === 'error' && p.file === undefined);
  return errors.sort((a, b) => compareStart(a.range, b.range))[0];
}

function compareStart(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/** The record's line on the stops, or undefined when its fields are not plainly `[owner] [ttl] [class] type rest`. */
function layoutRecordLine(written: string, record: ZoneRecord, options: FormatOptions): string | undefined {
  const owner = record.ownerRange ? written.slice(record.ownerRange.start.character, record.ownerRange.end.character) : '';
  if (record.ownerRange && record.ownerRange.start.character !== 0) return undefined;
  const between = written.slice(record.ownerRange?.end.character ?? 0, record.typeRange.start.character).trim();
  if (/[();"\\]/.test(between)) return undefined;
  const fields = between === '' ? [] : between.split(/\s+/);
  if (fields.length > 2) return undefined;
  const rrclass = fields.find((f) => CLASSES.test(f)) ?? '';
  const ttl = fields.find((f) => f !== rrclass) ?? '';
  if (fields.length === 2 && (rrclass === '' || ttl === '')) return undefined;
  const type = written.slice(record.typeRange.start.character, record.typeRange.end.character);
  const rest = written.slice(record.typeRange.end.character).trim();
  let line = owner;
  const column = (): number => visualWidth(line, options.tabSize);
  const padTo = (stop: number): void => {
    line += padding(column(), stop, options);
  };
  for (const [value, stop] of [
    [ttl, FORMAT_STOPS.ttl],
    [rrclass, FORMAT_STOPS.rrclass],
    [type, FORMAT_STOPS.type],
    [rest, FORMAT_STOPS.rdata],
  ] as const) {
    if (value === '') continue;
    padTo(stop);
    line += value;
  }
  return line;
}

/** Blanks from `from` to `stop`, at least one (a field wider than its column pushes the next one on). */
function padding(from: number, stop: number, options: FormatOptions): string {
  if (from >= stop) return options.insertSpaces ? ' ' : '\t';
  if (options.insertSpaces) return ' '.repeat(stop - from);
  let out = '';
  let column = from;
  for (let next = nextTabStop(column, options.tabSize); next <= stop; next = nextTabStop(column, options.tabSize)) {
    out += '\t';
    column = next;
  }
  return out + ' '.repeat(stop - column);
}

function nextTabStop(column: number, tabSize: number): number {
  return (Math.floor(column / tabSize) + 1) * tabSize;
}

function visualWidth(text: string, tabSize: number): number {
  let column = 0;
  for (const ch of text) column = ch === '\t' ? nextTabStop(column, tabSize) : column + 1;
  return column;
}
