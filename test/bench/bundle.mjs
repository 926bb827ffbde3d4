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
    await build({ stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' }, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
