/** `mx-guard lint [--origin NAME] [--format text|json|sarif] [--config FILE | --no-config] FILE...`: every finding of every rule, as text, JSON or SARIF. */
import * as path from 'node:path';
import { lintFindings, type LintTextOptions } from '../core/lint';
import { runRules, type LintOptions } from '../core/rules';
import { gitBaseline, gitShow, includedFiles } from '../core/soa/gitBaseline';
import { parseZone } from '../core/zone/parser';
import { findProjectConfig, readLintConfigFile } from '../core/rules/projectConfig';
import type { Finding } from '../core/types';
import { createFileIncludeReader } from '../core/zone/fileInclude';
import { choice, parseArgs, UsageError } from './args';
import { readZoneInputOrReport } from './zoneInput';
import { toSarif } from './sarif';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** A finding with the file it belongs to (the linted file, or the one an `$INCLUDE` brought in). */
interface FileFinding {
  file: string;
  finding: Finding;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['origin', 'format', 'config', 'max-warnings', 'git-base'], ['no-config']);
  const maxWarnings = maxWarningsOf(args.options.get('max-warnings'));
  const gitBase = args.options.get('git-base');
  const format = choice(args, 'format', FORMATS, 'text');
  if (args.positionals.length === 0) throw new UsageError('lint needs at least one FILE');
  const configFor = configReader(args.options.get('config'), args.flags.has('no-config'));
  const include = createFileIncludeReader();
  const results: FileFinding[] = [];
  let inputFailed = false;
  let linted = 0;
  for (const fileName of args.positionals) {
    const input = readZoneInputOrReport('lint', fileName, args.options.get('origin'));
    if (!input) {
      inputFailed = true;
      continue;
    }
    linted++;
    const options = { ...configFor(fileName), origin: input.origin, fileName, include, textCodes: input.asciiBytes };
    const findings = gitBase === undefined ? lintFindings(input.text, options) : lintAgainst(gitBase, input.text, options);
    for (const finding of findings) results.push({ file: finding.file ?? fileName, finding });
  }
  process.stdout.write(formatFindings(results, format, linted));
  if (inputFailed) return 2;
  if (results.some((result) => result.finding.severity === 'error')) return 1;
  // As ESLint's --max-warnings: more warnings than allowed fail the run.
  const warnings = results.filter((result) => result.finding.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

/**
 * A lint that also compares the zone with a git revision (`soa-serial-not-bumped`): the whole zone is
 * parsed, since the rule needs the SOA record and the `$INCLUDE`d files, which the streamed lint does not keep.
 */
function lintAgainst(revision: string, text: string, options: LintTextOptions & { fileName: string }): Finding[] {
  const zone = parseZone(text, options);
  const baseline = gitBaseline(text, zone.origin, includedFiles(zone), revision, gitShow(options.fileName, revision));
  return runRules(zone, { ...options, serialBaseline: baseline });
}

function maxWarningsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number (got "${value}")`);
  return Number(value);
}

/**
 * The settings (trusted hosts, severity overrides) of each file: `--config FILE` for all, else the
 * `.mx-guard.json` found upward from the file (none with `--no-config`). A bad file stops the run with exit 2.
 */
function configReader(configFile: string | undefined, noConfig: boolean): (fileName: string) => LintOptions {
  if (configFile !== undefined) {
    const options = readLintConfigFile(configFile, `--config ${configFile}`);
    return () => options;
  }
  if (noConfig) return () => ({});
  const byFile = new Map<string, LintOptions>();
  return (fileName) => {
    const found = findProjectConfig(path.dirname(path.resolve(fileName)));
    if (found === undefined) return {};
    let options = byFile.get(found);
    if (options === undefined) {
      options = readLintConfigFile(found);
      byFile.set(found, options);
    }
    return options;
  };
}

/** All output formats in one place, so that a new one is one more case. */
function formatFindings(results: FileFinding[], format: Format, fileCount: number): string {
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          results.map(({ file, finding }) => ({
            file,
            ruleId: finding.ruleId,
            severity: finding.severity,
            message: finding.message,
            line: finding.range.start.line + 1,
            column: finding.range.start.character + 1,
            endLine: finding.range.end.line + 1,
            endColumn: finding.range.end.character + 1,
          })),
          null,
          2,
        ) + '\n'
      );
    case 'sarif':
      return JSON.stringify(toSarif(results), null, 2) + '\n';
    case 'text': {
      let out = '';
      for (const { file, finding } of results) {
        const { line, character } = finding.range.start;
        out += `${file}:${line + 1}:${character + 1} ${finding.severity} ${finding.message} [${finding.ruleId}]\n`;
      }
      return out + summary(results, fileCount) + '\n';
    }
  }
}

/** `2 problems (1 error, 1 warning) in 3 files`, or `no problems in 3 files`. */
function summary(results: FileFinding[], fileCount: number): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (results.length === 0) return `no problems in ${files}`;
  const counts = new Map<string, number>();
  for (const { finding } of results) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const parts = (['error', 'warning', 'information', 'hint'] as const)
    .filter((severity) => counts.has(severity))
    .map((severity) => {
      const n = counts.get(severity) ?? 0;
      return `${n} ${severity === 'information' ? 'info' : severity}${n === 1 || severity === 'information' ? '' : 's'}`;
    });
  return `${results.length} problem${results.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${files}`;
}
