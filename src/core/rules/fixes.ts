import type { Fix, Range, TextEdit } from '../types';
import type { Comment, ParsedZone, ZoneRecord } from '../zone/model';
import { isSubdomain, nameKey } from '../zone/names';

/**
 * Text fixes that rules attach to their findings. Rules see the parsed zone, not the text, so every
 * edit is built from the ranges the parser recorded. A fix is only offered for records of the linted
 * document itself, never for records read through `$INCLUDE`.
 */

function point(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/** How to write `owner` where the next record will need it: relative to the origin when no `$ORIGIN` can have changed it. */
function ownerText(zone: ParsedZone, owner: string): string {
  if (zone.directives.some((d) => d.name === '$ORIGIN')) return owner;
  const key = nameKey(owner);
  const origin = nameKey(zone.origin);
  if (key === origin) return '@';
  if (origin !== '.' && isSubdomain(key, origin)) return owner.slice(0, owner.length - zone.origin.length - 1);
  return owner;
}

/**
 * Removes the whole lines of `record` (all of a `( … )` span, with a comment that ends its last line,
 * unless that comment is a suppression comment).
 * When the next record inherits its owner from this one, that owner is written onto the next
 * record's line, so that it keeps its name; comment lines in between are left alone.
 */
export function removeRecordFix(zone: ParsedZone, record: ZoneRecord, title: string): Fix | undefined {
  if (record.file !== undefined) return undefined;
  const first = record.range.start.line;
  const last = record.range.end.line;
  // A suppression comment that ends the record's last line silences the next line: it stays, on a line of its own.
  const directive = suppressionCommentAt(zone, last);
  const removal: TextEdit = {
    range: { start: { line: first, character: 0 }, end: directive ? directive.range.start : { line: last + 1, character: 0 } },
    newText: '',
  };
  const position = recordPosition(zone, record);
  const next = position === undefined ? undefined : zone.records[position + 1];
  if (record.ownerRange === undefined || next === undefined || next.ownerRange !== undefined || next.file !== undefined) {
    return { title, edits: [removal] };
  }
  const owner = ownerText(zone, record.owner);
  const nextLine = next.range.start.line;
  if (nextLine === last + 1 && !directive) return { title, edits: [{ ...removal, newText: owner }] };
  return { title, edits: [removal, { range: point(nextLine, 0), newText: owner }] };
}

/** Lookups by scanning before `recordPosition` indexes a zone: a scan costs far less than an index of thousands of records. */
const SCANS_BEFORE_INDEX = 16;
const positions = new WeakMap<ParsedZone, Map<ZoneRecord, number> | number>();

/**
 * Where a record stands in `zone.records`. The first few lookups of a zone scan; after that it is
 * indexed, since a zone may have thousands of removable records.
 */
function recordPosition(zone: ParsedZone, record: ZoneRecord): number | undefined {
  const known = positions.get(zone) ?? 0;
  if (typeof known === 'number' && known < SCANS_BEFORE_INDEX) {
    positions.set(zone, known + 1);
    const position = zone.records.indexOf(record);
    return position < 0 ? undefined : position;
  }
  let byRecord = known;
  if (typeof byRecord === 'number') {
    byRecord = new Map(zone.records.map((r, i) => [r, i]));
    positions.set(zone, byRecord);
  }
  return byRecord.get(record);
}

const suppressionComments = new WeakMap<ParsedZone, Map<number, Comment>>();

/** The `mx-guard-…` comment on `line` of the linted document itself, if any (indexed once per zone). */
function suppressionCommentAt(zone: ParsedZone, line: number): Comment | undefined {
  let byLine = suppressionComments.get(zone);
  if (!byLine) {
    byLine = new Map(zone.comments.filter((c) => c.file === undefined && c.text.includes('mx-guard-')).map((c) => [c.range.start.line, c]));
    suppressionComments.set(zone, byLine);
  }
  return byLine.get(line);
}

/**
 * Adds a record on the line after `after`: `owner` (absolute) written as the zone writes names, then
 * `rest` (type and rdata). A next record that inherited its owner from `after` gets that owner written
 * out, since it would otherwise inherit the added record's.
 */
export function addRecordAfterFix(zone: ParsedZone, after: ZoneRecord, owner: string, rest: string, title: string): Fix | undefined {
  if (after.file !== undefined) return undefined;
  const line = after.range.end.line + 1;
  const added = `${ownerText(zone, owner)} ${rest}\n`;
  const position = recordPosition(zone, after);
  const next = position === undefined ? undefined : zone.records[position + 1];
  if (next === undefined || next.ownerRange !== undefined || next.file !== undefined)
    return { ...insertFix(title, point(line, 0).start, added), manual: true };
  const nextOwner = ownerText(zone, next.owner);
  const nextLine = next.range.start.line;
  if (nextLine === line) return { ...insertFix(title, point(line, 0).start, added + nextOwner), manual: true };
  return {
    title,
    edits: [
      { range: point(line, 0), newText: added },
      { range: point(nextLine, 0), newText: nextOwner },
    ],
    manual: true,
  };
}

export function insertFix(title: string, at: Range['end'], text: string): Fix {
  return { title, edits: [{ range: { start: at, end: at }, newText: text }] };
}

export function replaceFix(title: string, range: Range, text: string): Fix {
  return { title, edits: [{ range, newText: text }] };
}
