import { UsageError } from './args';

/** Each command takes its own arguments and returns the exit code; it writes results to stdout and messages to stderr. */
type Command = (argv: string[]) => Promise<number>;

// Loaded on demand so that `mx-guard lint` does not pay for the DNS and MIME libraries at start-up.
const commands: Record<string, () => Command> = {
  lint: () => (require('./lint') as typeof import('./lint')).run,
  dump: () => (require('./dump') as typeof import('./dump')).run,
  explain: () => (require('./explain') as typeof import('./explain')).run,
  'check-domain': () => (require('./checkDomain') as typeof import('./checkDomain')).run,
  simulate: () => (require('./simulate') as typeof import('./simulate')).run,
  lsp: () => (require('./lsp') as typeof import('./lsp')).run,
  fmt: () => (require('./fmt') as typeof import('./fmt')).run,
};

const usage = `usage:
  mx-guard lint [--origin NAME] [--format text|json|sarif] [--config FILE | --no-config] [--max-warnings N] [--git-base REF] FILE...
  mx-guard dump [--origin NAME] FILE
  mx-guard explain [--format text|json] [FILE|-]
  mx-guard check-domain [--server IP[:PORT]] [--timeout MS] [--format text|json] DOMAIN
  mx-guard simulate --mta NAME [--outage DURATION] [--format text|json]
  mx-guard fmt [--check] [--origin NAME] FILE...|-
  mx-guard lsp --stdio`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`mx-guard: unknown command "${name}"\n${usage}\n`);
    return 2;
  }
  try {
    return await load()(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(error instanceof UsageError ? `mx-guard ${name}: ${message}\n${usage}\n` : `mx-guard ${name}: ${message}\n`);
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
