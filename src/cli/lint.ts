/** `mx-guard lint [--origin NAME] [--format text|json|sarif] [--config FILE | --no-config] [--max-warnings N] [--git-base REF] FILE|DIR...`: every finding of every rule, as text, JSON or SARIF. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFindings, type LintTextOptions } from '../core/lint';
import { runRules, type LintOptions } from '../core/rules';
import { gitBaseline, gitShow, includedFiles } from '../core/soa/gitBaseline';
import { parseZone } from '../core/zone/parser';
import { findProjectConfig, readLintConfigFile } from '../core/rules/projectConfig';
import type { Finding } from '../core/types';
import { createFileIncludeReader, describeFsError } from '../core/zone/fileInclude';
import { isZoneFile } from '../core/zone/zoneFile';
import { choice, parseArgs, UsageError } from './args';
import type { CommandHelp } from './help';
import { readZoneInputOrReport } from './zoneInput';
import { toSarif } from './sarif';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** A finding with the file it belongs to (the linted file, or the one an `$INCLUDE` brought in). */
interface FileFinding {
  file: string;
  finding: Finding;
}

export const help: CommandHelp = {
  summary: 'lints zone files (and every zone file in a folder) with every rule',
  usage: 'lint [--origin NAME] [--format text|json|sarif] [--config FILE | --no-config] [--max-warnings N] [--git-base REF] FILE|DIR...',
  options: [
    [
      '--origin NAME',
      "the zone's origin (default: from the file name db.NAME or NAME.zone, else the SOA owner); lints a FILE even when it does not look like a zone; not with a DIR",
    ],
    ['--format FORMAT', 'text (default), json ([{file, ruleId, severity, message, line, column, endLine, endColumn}]) or sarif'],
    ['--config FILE', 'a JSON file of settings: trustedMxHosts and rules (severity overrides by rule id)'],
    ['--no-config', 'read no .mx-guard.json (without --config, the one found upward from each file is read)'],
    ['--max-warnings N', 'exit 1 when there are more than N warnings, as ESLint does'],
    ['--git-base REF', 'compare each zone with git revision REF: soa-serial-not-bumped when it changed but its serial did not'],
  ],
  notes: [
    'A DIR is searched recursively (not node_modules nor folders whose name starts with a dot) for the files the',
    'editor takes for zones: *.zone, *.dns, db.*, or a first line such as $TTL, $ORIGIN or an SOA record. A FILE',
    'named on the command line that is not one is skipped with a note, unless --origin is given.',
    'exit codes: 0 no error-level finding, 1 error-level findings, 2 usage error or a file that cannot be read',
  ],
};

/** How much of a file is read to see its first line. */
const FIRST_LINE_BYTES = 4096;

/** The first line of a file (from its first bytes); empty when it cannot be read, which the read for linting then reports. */
function firstLineOf(fileName: string): string {
  try {
    const fd = fs.openSync(fileName, 'r');
    try {
      const buffer = Buffer.alloc(FIRST_LINE_BYTES);
      const read = fs.readSync(fd, buffer, 0, FIRST_LINE_BYTES, 0);
      return buffer
        .toString('utf8', 0, read)
        .split(/\r\n|\r|\n/)[0]
        .replace(/^\uFEFF/, '');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** The zone files below `dir`, sorted, skipping node_modules and dot-folders. */
function zoneFilesIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...zoneFilesIn(full));
    } else if (entry.isFile() && isZoneFile(entry.name, firstLineOf(full))) found.push(full);
  }
  return found;
}

/**
 * The files to lint for the command line's FILE and DIR arguments: a folder's zone files, a named file when
 * it is a zone file or `--origin` is given (otherwise a note on stderr). `failed` when one could not be read
 * (its message is on stderr).
 */
function filesToLint(named: string[], explicitOrigin: string | undefined): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  for (const name of named) {
    let isDirectory: boolean;
    try {
      isDirectory = fs.statSync(name).isDirectory();
    } catch (error) {
      process.stderr.write(`mx-guard lint: ${describeFsError(error, name)}\n`);
      failed = true;
      continue;
    }
    if (isDirectory) {
      if (explicitOrigin !== undefined) throw new UsageError(`--origin names one zone: it cannot go with a folder (${name})`);
      try {
        files.push(...zoneFilesIn(name));
      } catch (error) {
        process.stderr.write(`mx-guard lint: ${describeFsError(error, (error as { path?: string }).path ?? name)}\n`);
        failed = true;
      }
    } else if (explicitOrigin !== undefined || isZoneFile(name, firstLineOf(name))) files.push(name);
    else process.stderr.write(`mx-guard lint: ${name}: skipped: not a zone file (give --origin to lint it anyway)\n`);
  }
  return { files, failed };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['origin', 'format', 'config', 'max-warnings', 'git-base'], ['no-config']);
  const maxWarnings = maxWarningsOf(args.options.get('max-warnings'));
  const gitBase = args.options.get('git-base');
  const format = choice(args, 'format', FORMATS, 'text');
  if (args.positionals.length === 0) throw new UsageError('lint needs at least one FILE or DIR');
  const configFor = configReader(args.options.get('config'), args.flags.has('no-config'));
  const include = createFileIncludeReader();
  const origin = args.options.get('origin');
  const { files, failed } = filesToLint(args.positionals, origin);
  const results: FileFinding[] = [];
  let inputFailed = failed;
  let linted = 0;
  let withProblems = 0;
  for (const fileName of files) {
    const input = readZoneInputOrReport('lint', fileName, origin);
    if (!input) {
      inputFailed = true;
      continue;
    }
    linted++;
    const options = { ...configFor(fileName), origin: input.origin, fileName, include, textCodes: input.asciiBytes };
    const findings = gitBase === undefined ? lintFindings(input.text, options) : lintAgainst(gitBase, input.text, options);
    for (const finding of findings) results.push({ file: finding.file ?? fileName, finding });
    if (findings.length > 0) withProblems++;
  }
  process.stdout.write(formatFindings(results, format, { linted, withProblems }));
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
    const options = readLintConfigFile(configFile, '--config ');
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

/** How many files were linted, and how many of them had findings (their own or their `$INCLUDE`s'). */
interface FileCounts {
  linted: number;
  withProblems: number;
}

/** All output formats in one place, so that a new one is one more case. */
function formatFindings(results: FileFinding[], format: Format, files: FileCounts): string {
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
      return out + summary(results, files) + '\n';
    }
  }
}

/** `4 problems (3 errors, 1 warning) in 2 of 3 files` (the files with problems, of those linted; `in 3 files` when all have), or `no problems in 3 files`. */
function summary(results: FileFinding[], { linted, withProblems }: FileCounts): string {
  const files = `${linted} file${linted === 1 ? '' : 's'}`;
  if (results.length === 0) return `no problems in ${files}`;
  const counts = new Map<string, number>();
  for (const { finding } of results) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const parts = (['error', 'warning', 'information', 'hint'] as const)
    .filter((severity) => counts.has(severity))
    .map((severity) => {
      const n = counts.get(severity) ?? 0;
      return `${n} ${severity === 'information' ? 'info' : severity}${n === 1 || severity === 'information' ? '' : 's'}`;
    });
  const where = withProblems === linted ? files : `${withProblems} of ${files}`;
  return `${results.length} problem${results.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${where}`;
}
