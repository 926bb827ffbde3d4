import type { Finding } from './types';
import type { IncludeReader, ParsedZone, RecordFilter, Token, ZoneRecord } from './zone/model';
import { parseZone, streamZone } from './zone/parser';
import { runRules, type LintOptions } from './rules';
import { MAIL_TYPES, useIndex, ZoneIndexBuilder } from './rules/zoneIndex';
import { normalizeOrigin } from './zone/names';

export interface LintTextOptions extends LintOptions {
  origin: string;
  fileName?: string;
  include?: IncludeReader;
  /** See `ParseOptions.textCodes` (read by `streamedZone`). */
  textCodes?: Uint8Array;
}

export interface LintResult {
  zone: ParsedZone;
  findings: Finding[];
}

/**
 * Parse a zone and run every rule on it: the one entry point the extension, the CLI and the live
 * checks share. The parser's problems are findings of the `syntax` rule, so severity overrides and
 * suppression comments apply to them as to every other rule. `previous`, the zone of the last lint of
 * the same document, lets the parse re-read only what an edit touched.
 */
export function lintText(text: string, options: LintTextOptions, previous?: ParsedZone): LintResult {
  const zone = parseZone(text, { origin: options.origin, fileName: options.fileName, include: options.include }, previous);
  return { zone, findings: runRules(zone, options) };
}

const NO_TOKENS: Token[] = [];

/**
 * The findings of `lintText`, for a caller that wants nothing else (the CLI), without their quick
 * fixes: the zone is read by `streamedZone`.
 */
export function lintFindings(text: string, options: LintTextOptions): Finding[] {
  const findings = runRules(streamedZone(text, options), options);
  // A fix that removes a record needs the records around it, which were not kept.
  for (const finding of findings) delete finding.fixes;
  return findings;
}

/**
 * A zone read for the rules alone: it streams through the rules' index, and only the records the
 * rules read are built and kept, with those over several lines (for suppression comments); the rest
 * count by owner and type, most without their owner's name being made. A zone of a million records
 * then holds far less memory and the garbage collector copies far less. Its `records` are the
 * multi-line ones; the rules read the index (`indexZone`).
 */
export function streamedZone(text: string, options: LintTextOptions): ParsedZone {
  // A zone line is some 30 characters: a guess at the number of names that sizes the owner table.
  const index = new ZoneIndexBuilder(normalizeOrigin(options.origin), text.length / 30);
  const spanning: ZoneRecord[] = [];
  const filter: RecordFilter = {
    keeps: (owner, type, multiLine) => multiLine || index.needs(owner, type),
    skipped: (owner, type) => index.addOwner(owner, type),
    skippedLabelled: (owner, type) => index.addLabelled(owner, type),
    slimRecords: true,
  };
  const zone = streamZone(
    text,
    { origin: options.origin, fileName: options.fileName, include: options.include, textCodes: options.textCodes },
    (record, labelled) => {
      // A record of a simple line comes slim, on one line.
      if (labelled !== undefined) {
        index.addWithLabel(record, labelled);
        return;
      }
      // A null MX's preference token is the only one a rule reads. The owner's and the type's ranges
      // serve quick fixes and editor symbols only: the type's becomes the record's, to keep fewer objects.
      // The mail rules read TXT strings and TLSA fields where they were written.
      if ((record.rdata.type !== 'MX' || record.rdata.exchange !== '.') && !MAIL_TYPES.has(record.type)) record.rdataTokens = NO_TOKENS;
      record.typeRange = record.range;
      delete record.ownerRange;
      index.add(record);
      if (record.range.end.line !== record.range.start.line) spanning.push(record);
    },
    filter,
  );
  zone.records = spanning;
  useIndex(zone, index.finish());
  return zone;
}
