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
import { readZoneInputOrReport } from './zoneInput';

export const usage = 'mx-guard fmt [--check] [--origin NAME] FILE...|-';

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
