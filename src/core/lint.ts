import type { Finding } from './types';
import type { IncludeReader, ParsedZone, Token, ZoneRecord } from './zone/model';
import { parseZone, streamZone } from './zone/parser';
import { runRules, type LintOptions } from './rules';

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
 * The findings of `lintText`, for a caller that wants nothing else (the CLI). The records keep their
 * rdata tokens only for MX, the one type whose tokens a rule reads, so that a zone of a million
 * records holds far less memory and the garbage collector copies far less.
 */
export function lintFindings(text: string, options: LintTextOptions): Finding[] {
  const records: ZoneRecord[] = [];
  const zone = streamZone(text, { origin: options.origin, fileName: options.fileName, include: options.include }, (record) => {
    if (record.type !== 'MX') record.rdataTokens = NO_TOKENS;
    records.push(record);
  });
  zone.records = records;
  return runRules(zone, options);
}
