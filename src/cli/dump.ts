/**
 * `mx-guard dump [--origin NAME] FILE`: the records as named-checkzone -D prints them. Problems go to
 * stderr; the exit code is 1 when the file has syntax errors (the records that could be read are still printed).
 */
import { createFileIncludeReader } from '../core/zone/fileInclude';
import { ZoneDumper } from '../core/zone/dump';
import { streamZone } from '../core/zone/parser';
import { parseArgs, UsageError } from './args';
import type { CommandHelp } from './help';
import { readZoneInputOrReport } from './zoneInput';

export const help: CommandHelp = {
  summary: "prints a zone's records as named-checkzone -D does: one a line, fully qualified, TTL and class explicit",
  usage: 'dump [--origin NAME] FILE',
  options: [['--origin NAME', "the zone's origin (default: from the file name db.NAME or NAME.zone, else the SOA owner)"]],
  notes: [
    'Problems go to stderr; the records that could be read are printed all the same.',
    'exit codes: 0 no syntax error, 1 syntax errors, 2 usage error or a file that cannot be read',
  ],
};

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['origin']);
  if (args.positionals.length !== 1) throw new UsageError('dump takes exactly one FILE');
  const fileName = args.positionals[0];
  const input = readZoneInputOrReport('dump', fileName, args.options.get('origin'));
  if (!input) return 2;
  // Streamed: records are printed as they are read and not kept, so a huge zone costs little memory.
  const dumper = new ZoneDumper(input.origin);
  let chunk = '';
  const zone = streamZone(input.text, { origin: input.origin, fileName, include: createFileIncludeReader() }, (record) => {
    chunk += dumper.line(record);
    if (chunk.length > 1 << 16) {
      process.stdout.write(chunk);
      chunk = '';
    }
  });
  process.stdout.write(chunk);
  let failed = false;
  for (const problem of zone.problems) {
    const { line, character } = problem.range.start;
    process.stderr.write(`${problem.file ?? fileName}:${line + 1}:${character + 1} ${problem.severity} ${problem.message}\n`);
    if (problem.severity === 'error') failed = true;
  }
  return failed ? 1 : 0;
}
