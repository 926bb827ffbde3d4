/**
 * Help texts of the command line. Each command module exports its own `help` (what `mx-guard <command>
 * --help` prints, and its line in `mx-guard --help`), so that a new command brings its help with it.
 */
import packageJson from '../../package.json';

export interface CommandHelp {
  /** One line for the list of commands in `mx-guard --help`. */
  summary: string;
  /** The synopsis after "mx-guard ", e.g. `lint [--origin NAME] FILE|DIR...`. */
  usage: string;
  /** Each option (as typed, with its value) and what it does, default included. */
  options: ReadonlyArray<readonly [option: string, meaning: string]>;
  /** What the command prints and its exit codes, one line each. */
  notes: readonly string[];
}

export const version: string = packageJson.version;
const docs = `${packageJson.homepage} (rules: docs/rules/<rule-id>.md)`;

function columns(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** `mx-guard <command> --help`. */
export function commandHelpText(help: CommandHelp): string {
  const options = columns([...help.options, ['-h, --help', 'this help']]);
  return [`usage: mx-guard ${help.usage}`, '', help.summary, '', 'options:', ...options, '', ...help.notes, '', `docs: ${docs}`].join('\n') + '\n';
}

/** `mx-guard --help`: every command with one line, the exit codes and where the docs are. */
export function overviewText(commands: Record<string, CommandHelp>): string {
  return (
    [
      `mx-guard ${version}: lints DNS zone files for MX mistakes, explains SMTP replies, simulates mail during an outage`,
      '',
      'usage: mx-guard <command> [options] [arguments]',
      '',
      'commands:',
      ...columns(Object.entries(commands).map(([name, help]) => [name, help.summary])),
      '',
      'options:',
      ...columns([
        ['-h, --help', 'this help; mx-guard <command> --help: the usage and options of one command'],
        ['-v, --version', 'the version'],
      ]),
      '',
      'exit codes:',
      ...columns([
        ['0', 'done, no error-level finding'],
        ['1', 'error-level findings (lint, check-domain), syntax errors (dump)'],
        ['2', 'usage error, a file that cannot be read, or a failed lookup (the message is on stderr)'],
      ]),
      '',
      `docs: ${docs}`,
    ].join('\n') + '\n'
  );
}
