// Loads TypeScript modules of the repository for a benchmark, bundled by esbuild (minified) exactly as
// the extension and the CLI ship them, rather than as tsc compiles them for the tests.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `source` is a module body such as `export { parseZone } from './src/core/zone/parser';`, resolved from the repository root. */
export async function loadBundled(source) {
  const dir = mkdtempSync(join(tmpdir(), 'mxg-bench-'));
  const outfile = join(dir, 'bundle.cjs');
  try {
    await build({
      stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The q-quantile of `values` (0 = fastest, 0.5 = median). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Wall and CPU milliseconds of `runs` calls of `fn(i)`, after `warmup` untimed calls that let the JIT settle.
 * On a shared machine the wall time includes waiting for a core; the CPU time is what the work takes alone.
 */
export function timeRuns(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) fn(i);
  const wall = [];
  const cpu = [];
  for (let i = warmup; i < warmup + runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn(i);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}
