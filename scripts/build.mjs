// Bundles the extension, the CLI and the webview script with esbuild. `--minify` for packaging and benchmarks.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const common = { bundle: true, minify, sourcemap: !minify, logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/lintWorker.ts'],
    outfile: 'dist/lintWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
]);
chmodSync('dist/cli.js', 0o755);
