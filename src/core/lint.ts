import type { Finding } from './types';
import type { IncludeReader, ParsedZone } from './zone/model';
import { parseZone } from './zone/parser';
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
