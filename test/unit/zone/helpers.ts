import type { Range } from '../../../src/core/types';
import type { ParsedZone, ZoneRecord } from '../../../src/core/zone/model';
import { parseZone } from '../../../src/core/zone/parser';

/** A range from 0-based line/character pairs. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function parse(text: string, origin = 'example.com'): ParsedZone {
  return parseZone(text, { origin });
}

/** The parts of a record most tests check: `owner ttl class type` and the typed rdata. */
export function brief(record: ZoneRecord): string {
  return `${record.owner} ${record.ttl} ${record.rrclass} ${record.type}`;
}

/** Problems as `line:character message`, for exact comparisons. */
export function problemList(zone: ParsedZone): string[] {
  return zone.problems.map(
    (p) => `${p.range.start.line}:${p.range.start.character}-${p.range.end.line}:${p.range.end.character} ${p.severity} ${p.message}`,
  );
}
