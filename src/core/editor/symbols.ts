import type { Range } from '../types';
import type { ParsedZone, ZoneRecord } from '../zone/model';
import { nameKey } from '../zone/names';

/** An Outline entry, independent of VS Code: an owner with its records, or a directive. */
export interface ZoneSymbol {
  kind: 'owner' | 'record' | 'directive';
  name: string;
  detail: string;
  /** Everything the entry covers (for an owner: its first record to its last). */
  range: Range;
  /** The part to highlight and reveal (the owner name, the type, the directive word). */
  selectionRange: Range;
  children: ZoneSymbol[];
}

/**
 * The Outline of a zone: one entry per run of records with the same owner (the way zone files are
 * written, with inherited owners), records as its children, and the directives in between.
 * Records read from `$INCLUDE`d files belong to another document and are left out.
 */
export function zoneSymbols(zone: ParsedZone): ZoneSymbol[] {
  const entries: ZoneSymbol[] = zone.directives
    .filter((d) => d.file === undefined)
    .map((d) => ({
      kind: 'directive' as const,
      name: d.name,
      detail: d.args.map((a) => a.text).join(' '),
      range: d.range,
      selectionRange: d.range,
      children: [],
    }));

  let current: ZoneSymbol | undefined;
  for (const record of zone.records) {
    if (record.file !== undefined) continue;
    if (current && current.name === displayOwner(record.owner, zone.origin)) {
      current.children.push(recordSymbol(record));
      current.range = { start: current.range.start, end: record.range.end };
      continue;
    }
    current = {
      kind: 'owner',
      name: displayOwner(record.owner, zone.origin),
      detail: '',
      range: record.range,
      selectionRange: record.ownerRange ?? record.range,
      children: [recordSymbol(record)],
    };
    entries.push(current);
  }
  for (const entry of entries) {
    if (entry.kind === 'owner') entry.detail = [...new Set(entry.children.map((c) => c.name))].join(', ');
  }
  return entries.sort((a, b) => compareStart(a.range, b.range));
}

function recordSymbol(record: ZoneRecord): ZoneSymbol {
  return {
    kind: 'record',
    name: record.type,
    detail: record.rdataTokens.map((t) => t.text).join(' '),
    range: record.range,
    selectionRange: record.typeRange,
    children: [],
  };
}

/** Owners are shown relative to the origin, as an administrator writes them: `@`, `www`, `mail.sub`. */
function displayOwner(owner: string, origin: string): string {
  const lowerOwner = nameKey(owner);
  const lowerOrigin = nameKey(origin);
  if (lowerOwner === lowerOrigin) return '@';
  // With the root as origin (none could be guessed), every name is below it: drop just the final dot.
  if (lowerOrigin === '.') return owner.slice(0, -1);
  if (lowerOwner.endsWith('.' + lowerOrigin)) return owner.slice(0, owner.length - origin.length - 1);
  return owner;
}

function compareStart(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}
