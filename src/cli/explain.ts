/** `mx-guard explain [--format text|json] [FILE|-]`: every SMTP reply or enhanced code in the text, explained. */
import * as fs from 'node:fs';
import { choice, parseArgs, UsageError } from './args';
import { describeFsError } from '../core/zone/fileInclude';
import type { CommandHelp } from './help';
import { explainMessage, messageJson, messageText } from '../core/smtp/report';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return fs.promises.readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const help: CommandHelp = {
  summary: 'explains every SMTP reply code (550) and enhanced status code (5.1.1) in a mail log or bounce',
  usage: 'explain [--format text|json] [FILE|-]',
  options: [['--format FORMAT', 'text (default) or json (one array: each code with its line, column, class and meaning)']],
  notes: ['FILE - (or none, with standard input piped in) reads standard input.', 'exit codes: 0 done, 2 usage error or a file that cannot be read'],
};

/** `output` is standard output unless a test captures it. */
export async function run(argv: string[], output: { write(text: string): unknown } = process.stdout): Promise<number> {
  const args = parseArgs(argv, ['format']);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  if (args.positionals.length > 1) throw new UsageError('explain takes one FILE (or - for standard input)');
  const file = args.positionals[0] ?? '-';
  // Without a FILE on a terminal, reading standard input would just wait: say what is expected instead.
  if (args.positionals.length === 0 && process.stdin.isTTY)
    throw new UsageError('give a FILE, or - to read a log or bounce piped into standard input');
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`mx-guard explain: ${describeFsError(error, file === '-' ? 'standard input' : file)}\n`);
    return 2;
  }
  const result = await explainMessage(text);
  output.write(format === 'json' ? JSON.stringify(messageJson(result), null, 2) + '\n' : messageText(result));
  return 0;
}
