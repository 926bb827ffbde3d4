/**
 * `mx-guard fmt [--check] FILE...|-`: lays out zone files on MX Guard's fixed tab stops (src/core/format).
 * Files are rewritten in place, `-` reads standard input and writes the result to standard output.
 * With `--check` nothing is written: each file that would change is named, and the exit code is 1.
 * A file with a syntax error is left alone, with its first error on stderr, and the exit code is 2.
 */
import * as fs from 'node:fs';
import { formatZoneText } from '../core/format/zoneFormat';
import { guessOrigin } from '../core/zone/origin';
import { parseArgs, UsageError } from './args';
import type { CommandHelp } from './help';
import { readZoneInputOrReport } from './zoneInput';

export const help: CommandHelp = {
  summary: "lays out zone files on fixed tab stops, never changing a record's meaning",
  usage: 'fmt [--check] [--origin NAME] FILE...|-',
  options: [
    ['--check', 'write nothing: name each file that would change (exit 1 when one would)'],
    ['--origin NAME', "the zone's origin (default: from the file name db.NAME or NAME.zone, else the SOA owner)"],
  ],
  notes: [
    'Files are rewritten in place; - reads standard input and writes the result to standard output.',
    'A file with a syntax error is left alone, with its first error on stderr.',
    'exit codes: 0 formatted (or, with --check, nothing to change), 1 with --check: a file would change, 2 usage error or syntax error',
  ],
};

/** The CLI writes spaces: they look the same in every viewer, and a diff in CI shows them as they are. */
const layout = { tabSize: 8, insertSpaces: true };

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['origin'], ['check']);
  if (args.positionals.length === 0) throw new UsageError('fmt needs at least one FILE (or - for standard input)');
  const check = args.flags.has('check');
  let exitCode = 0;
  for (const fileName of args.positionals) {
    const input = fileName === '-' ? readStdin(args.options.get('origin')) : readZoneInputOrReport('fmt', fileName, args.options.get('origin'));
    if (!input) {
      exitCode = 2;
      continue;
    }
    const result = formatZoneText(input.text, { ...layout, origin: input.origin });
    if ('error' in result) {
      const { line, character } = result.error.range.start;
      process.stderr.write(`mx-guard fmt: ${fileName}:${line + 1}:${character + 1}: not formatted: ${result.error.message}\n`);
      exitCode = 2;
      continue;
    }
    const changed = result.text !== input.text;
    if (check) {
      if (changed) {
        process.stdout.write(`${fileName}: would be reformatted\n`);
        exitCode = Math.max(exitCode, 1);
      }
    } else if (fileName === '-') process.stdout.write(result.text);
    else if (changed) fs.writeFileSync(fileName, result.text);
  }
  return exitCode;
}

function readStdin(explicitOrigin: string | undefined): { text: string; origin: string } {
  const text = fs.readFileSync(0, 'utf8');
  return { text, origin: guessOrigin(undefined, text, explicitOrigin) ?? '.' };
}
