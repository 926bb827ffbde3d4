import { UsageError } from './args';
import { commandHelpText, overviewText, version, type CommandHelp } from './help';

/** A command module: `run` takes the command's arguments and returns the exit code (results on stdout, messages on stderr); `help` is its own. */
interface CommandModule {
  run(argv: string[]): Promise<number>;
  help: CommandHelp;
}

// Loaded on demand so that `mx-guard lint` does not pay for the DNS and MIME libraries at start-up. A new
// command is one more line here and a module exporting `run` and `help`.
const commands: Record<string, () => CommandModule> = {
  lint: () => require('./lint') as typeof import('./lint'),
  dump: () => require('./dump') as typeof import('./dump'),
  explain: () => require('./explain') as typeof import('./explain'),
  'check-domain': () => require('./checkDomain') as typeof import('./checkDomain'),
  simulate: () => require('./simulate') as typeof import('./simulate'),
  fmt: () => require('./fmt') as typeof import('./fmt'),
  lsp: () => require('./lsp') as typeof import('./lsp'),
};

const overview = () => overviewText(Object.fromEntries(Object.entries(commands).map(([name, load]) => [name, load().help])));
const wantsHelp = (args: string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === '-V') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(overview());
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(overview());
    return 2;
  }
  const helpOf = name === 'help' ? rest[0] : name;
  const load = commands[helpOf];
  if (!load) {
    process.stderr.write(`mx-guard: unknown command "${helpOf}" (mx-guard --help lists the commands)\n`);
    return 2;
  }
  const command = load();
  if (name === 'help' || wantsHelp(rest)) {
    process.stdout.write(commandHelpText(command.help));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const usage = error instanceof UsageError ? `\nusage: mx-guard ${command.help.usage}\n(mx-guard ${name} --help for the options)` : '';
    process.stderr.write(`mx-guard ${name}: ${message}${usage}\n`);
    return 2;
  }
}

// A reader that stops early (`mx-guard lint zone | head`) closes the pipe: the rest of the output has
// nowhere to go, which is no failure of the run. The run ends as it would have, with its exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`mx-guard: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
