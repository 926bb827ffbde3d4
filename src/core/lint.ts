import type { Finding } from './types';
import type { IncludeReader, ParsedZone, Token, ZoneRecord } from './zone/model';
import { parseZone, streamZone } from './zone/parser';
import { runRules, type LintOptions } from './rules';
import { useIndex, ZoneIndexBuilder } from './rules/zoneIndex';
import { normalizeOrigin } from './zone/names';

export interface LintTextOptions extends LintOptions {
  origin: string;
  fileName?: string;
  include?: IncludeReader;
}

export interface LintResult {
  zone: ParsedZone;
  findings: Finding[];
}

/**
 * Parse a zone and run every rule on it: the one entry point the extension, the CLI and the live
 * checks share. The parser's problems are findings of the `syntax` rule, so severity overrides and
 * suppression comments apply to them as to every other rule.
 */
export function lintText(text: string, options: LintTextOptions): LintResult {
  const zone = parseZone(text, { origin: options.origin, fileName: options.fileName, include: options.include });
  return { zone, findings: runRules(zone, options) };
}

const NO_TOKENS: Token[] = [];

/**
 * The findings of `lintText`, for a caller that wants nothing else (the CLI), without their quick
 * fixes. The zone streams through the rules' index, which keeps only the records the rules read; of
 * the rest, only records over several lines stay, for suppression comments. A zone of a million
 * records then holds far less memory and the garbage collector copies far less.
 */
export function lintFindings(text: string, options: LintTextOptions): Finding[] {
  const builder = new ZoneIndexBuilder(normalizeOrigin(options.origin));
  const spanning: ZoneRecord[] = [];
  const zone = streamZone(text, { origin: options.origin, fileName: options.fileName, include: options.include }, (record) => {
    // MX is the one type whose tokens a rule reads.
    if (record.type !== 'MX') record.rdataTokens = NO_TOKENS;
    builder.add(record);
    if (record.range.end.line !== record.range.start.line) spanning.push(record);
  });
  zone.records = spanning;
  useIndex(zone, builder.finish());
  const findings = runRules(zone, options);
  // A fix that removes a record needs the records around it, which were not kept.
  for (const finding of findings) delete finding.fixes;
  return findings;
}
