/**
 * Starts a real VS Code (code-server from the bench cache) on a free loopback port with throw-away
 * profile folders, and opens Debian's Chromium on it through playwright-core. Shared by the
 * in-VS-Code test driver (vscode.test.ts), the UI harness (test/ui/harness.ts) and `npm start`.
 * See ../shared/notes/vscode-in-tests.md for why each flag is there.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../paths';

export const benchCache = process.env.MXG_BENCH_CACHE ?? path.join(repoRoot, '.cache', 'vscode-bench');
export const codeServerEntry = path.join(benchCache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.MXG_CHROMIUM ?? '/usr/bin/chromium';

/** Why the bench cannot run here, or undefined when it can. */
export function benchMissing(): string | undefined {
  if (!fs.existsSync(codeServerEntry)) return `code-server is not installed in ${benchCache}: run test/vscode/setup`;
  if (!fs.existsSync(chromiumPath)) return `${chromiumPath} is missing: run test/vscode/setup (as root) or apt-get install chromium`;
  return undefined;
}

/**
 * The options for node:test: skip with the reason when the bench is missing, except in CI, where a
 * missing bench must fail the run rather than pass it silently.
 */
export function benchTestOptions(): { skip?: string } {
  const missing = benchMissing();
  if (!missing) return {};
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`VS Code bench required in CI: ${missing}`);
  return { skip: missing };
}

/** User settings that keep VS Code quiet and offline, plus the caller's own. */
export const quietSettings: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 200,
};

export interface CodeServerOptions {
  /** .vsix files to install before the server starts. */
  vsix?: string[];
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Settings of the machine the server runs on (Remote settings): machine-scoped settings are read only there in a remote window. */
  machineSettings?: Record<string, unknown>;
  /** Extra environment for the server and so for the extension host. */
  env?: Record<string, string>;
  /** A fixed port (npm start); by default a free one. */
  port?: number;
  /** Where to put the profile folders; by default a fresh temp folder, removed by stop(). */
  profileDir?: string;
}

export interface CodeServer {
  port: number;
  origin: string;
  profileDir: string;
  /** The workbench URL for a folder, with an optional `payload` (extension development and tests). */
  urlFor(folder: string, payload?: [string, string][]): string;
  /** A `vscode-remote://` URI for a path on the server, as the URL payload wants it. */
  remoteUri(absPath: string): string;
  /** Everything the server wrote, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const missing = benchMissing();
  if (missing) throw new Error(missing);
  const profileDir = options.profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-vscode-'));
  const dirs = {
    userData: path.join(profileDir, 'user-data'),
    extensions: path.join(profileDir, 'extensions'),
    home: path.join(profileDir, 'home'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));
  if (options.machineSettings) {
    fs.mkdirSync(path.join(dirs.userData, 'Machine'), { recursive: true });
    fs.writeFileSync(path.join(dirs.userData, 'Machine', 'settings.json'), JSON.stringify(options.machineSettings, null, 2));
  }
  const config = path.join(profileDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    EXTENSIONS_GALLERY: '{}',
    ...options.env,
  };
  const baseArgs = [
    codeServerEntry,
    '--config',
    config,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
  ];
  for (const vsix of options.vsix ?? []) {
    await promisify(execFile)(process.execPath, [...baseArgs, '--install-extension', vsix, '--force'], { env });
  }

  const port = options.port ?? (await freePort());
  let output = '';
  const server: ChildProcess = spawn(
    process.execPath,
    [
      ...baseArgs,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // The server starts helper processes (extension host, file watcher): end its whole group.
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    if (!options.profileDir) fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    await waitForHealth(origin, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const remoteUri = (absPath: string) => `vscode-remote://127.0.0.1:${port}${absPath}`;
  return {
    port,
    origin,
    profileDir,
    remoteUri,
    urlFor(folder, payload) {
      let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    output: () => output,
    stop,
  };
}

async function waitForHealth(origin: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within 30 s:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a throw-away profile; never a downloaded browser. */
export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Runs `fn` while holding the bench lock, so that VS Code runs from test files that node:test starts
 * in parallel take turns: two cores cannot serve two workbenches and the unit tests at once.
 */
export async function withBenchLock<T>(fn: () => Promise<T>, maxWaitMs = 20 * 60_000): Promise<T> {
  const lock = path.join(benchCache, 'run.lock');
  fs.mkdirSync(benchCache, { recursive: true });
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (lockOwnerGone(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`the VS Code bench is still busy after ${maxWaitMs / 60_000} min: ${lock} is held by pid ${lockHolder(lock)}`);
      else await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function lockHolder(lock: string): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return undefined;
  }
}

function lockOwnerGone(lock: string): boolean {
  const pid = lockHolder(lock);
  if (pid === undefined) {
    // The owner may be between mkdir and writing its pid: only a lock this old without one is stale.
    try {
      return Date.now() - fs.statSync(lock).mtimeMs > 10_000;
    } catch {
      return true;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}
