/** `mx-guard explain [--format text|json] [FILE|-]`: every SMTP reply or enhanced code in the text, explained. */
import * as fs from 'node:fs';
import { choice, parseArgs, UsageError } from './args';
import { explainMessage, messageJson, messageText } from '../core/smtp/report';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return fs.promises.readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

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
    process.stderr.write(`mx-guard explain: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const result = await explainMessage(text);
  output.write(format === 'json' ? JSON.stringify(messageJson(result), null, 2) + '\n' : messageText(result));
  return 0;
}
