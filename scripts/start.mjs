// `npm start`: a real VS Code (code-server) with MX Guard installed from its .vsix, on examples/, served on
// 127.0.0.1. It installs the bench's code-server if needed (cached), builds, packages, installs, and prints
// the URL to open in a browser. Ctrl+C stops it.
//
//   npm start [-- --port N] [-- --no-build] [-- --profile DIR]
//   --no-build: package dist/ as it is; --profile: VS Code's profile folder (default .cache/vscode-start/profile)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(repo, '.cache');
const args = process.argv.slice(2);
const optionValue = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const portText = optionValue('--port') ?? process.env.PORT;
const port = portText === undefined ? undefined : Number(portText);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`npm start: --port wants a port number (1-65535), not "${portText}"`);
  process.exit(2);
}
const step = (what) => console.log(`[mx-guard start] ${what}`);
const run = (cmd, cmdArgs) => execFileSync(cmd, cmdArgs, { cwd: repo, stdio: 'inherit' });

// Ctrl+C is handled from the start: code-server runs in a process group of its own, which a Ctrl+C in the terminal
// does not reach, so a stop asked for while it is starting takes it down as soon as it is up.
let starting = false;
let server;
let stopAsked;
const stop = async (signal) => {
  stopAsked ??= signal;
  if (!starting) process.exit(0);
  if (!server) return;
  step(`${stopAsked}: stopping VS Code`);
  const stopping = server;
  server = undefined;
  await stopping.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  run('bash', ['test/vscode/setup', '--server-only']);
  if (!args.includes('--no-build')) {
    step('building the extension');
    run(process.execPath, ['scripts/build.mjs']);
  }
  mkdirSync(join(cache, 'vscode-start'), { recursive: true });
  const vsix = join(cache, 'vscode-start', 'mx-guard.vsix');
  step('packaging it as a .vsix');
  const vsce = join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The first look's helper: it opens the Problems panel on a first start (see scripts/start-first-look/extension.js).
  const firstLookVsix = join(cache, 'vscode-start', 'first-look.vsix');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', firstLookVsix], {
    cwd: join(repo, 'scripts', 'start-first-look'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  // The launcher is TypeScript shared with the tests: bundle it on the fly rather than keep a copy here.
  const launcher = join(cache, 'vscode-start', 'codeServer.cjs');
  await esbuild.build({
    entryPoints: [join(repo, 'test', 'vscode', 'codeServer.ts')],
    outfile: launcher,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core'],
    logLevel: 'warning',
  });
  const { startCodeServer, quietSettings } = createRequire(import.meta.url)(launcher);

  step('starting VS Code (code-server) with MX Guard installed');
  // A kept profile: settings and open editors survive a restart.
  const profileDir = optionValue('--profile') ?? join(cache, 'vscode-start', 'profile');
  // In a new profile (VS Code has stored nothing in it yet) the first start shows the product at once: the
  // sample zone with the risky backup MX flagged and the Problems panel listing it, rather than an empty window.
  const firstStart = !existsSync(join(profileDir, 'user-data'));
  starting = true;
  server = await startCodeServer({
    vsix: [vsix, firstLookVsix],
    port,
    profileDir,
    settings: { ...quietSettings, 'workbench.welcomePage.walkthroughs.openOnInstall': true },
    env: firstStart ? { MXG_START_FIRST_LOOK: '1' } : undefined,
  });
  if (stopAsked) await stop(stopAsked);
  const sampleZone = join(repo, 'examples', 'db.example.com');
  const url = server.urlFor(join(repo, 'examples'), firstStart ? [['openFile', server.remoteUri(sampleZone)]] : undefined);
  const firstLook = firstStart
    ? '\nIt opens db.example.com, whose backup MX is flagged: hover the underline, or read its row in the Problems panel.\n' +
      'The walkthrough: Help > Welcome > Get Started with MX Guard.\n'
    : '';
  console.log(`\nMX Guard is running in VS Code. Open this URL in a browser:\n\n    ${url}\n${firstLook}\nPress Ctrl+C to stop.`);
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
