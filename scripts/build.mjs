// Bundles the extension, the CLI and the webview script with esbuild. `--minify` for packaging and benchmarks.
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const common = { bundle: true, minify, sourcemap: !minify, logLevel: 'warning', legalComments: 'none' };

/**
 * Packages the extension loads only on first use go to files of their own beside dist/extension.js, so
 * that activation neither reads nor compiles them (the package name maps to dist/<name>.js).
 */
const onDemand = ['postal-mime', 'tldts', 'dns2', 'minisearch'];
const loadOnDemand = {
  name: 'load-on-demand',
  setup(build) {
    const filter = new RegExp(`^(${onDemand.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [loadOnDemand],
  }),
  ...onDemand.map((name) =>
    esbuild.build({
      ...common,
      stdin: { contents: `module.exports = require('${name}');`, resolveDir: '.' },
      outfile: `dist/${name}.js`,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
    }),
  ),
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
    plugins: [loadOnDemand],
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

// The knowledge base's search index, built from whatever articles docs/ holds now (every folder is walked)
// and the SMTP code tables, by the same core module that loads it at run time.
const docsArticles = readdirSync('docs', { recursive: true })
  .map((name) => name.split('\\').join('/'))
  .filter((path) => path.endsWith('.md'))
  .sort()
  .map((path) => ({ path, markdown: readFileSync(`docs/${path}`, 'utf8') }));
const indexer = await esbuild.build({
  ...common,
  sourcemap: false,
  stdin: { contents: "export { knowledgeIndexJson } from './src/core/knowledge/search';", resolveDir: '.', loader: 'ts' },
  platform: 'node',
  format: 'esm',
  write: false,
});
const { knowledgeIndexJson } = await import(`data:text/javascript;base64,${Buffer.from(indexer.outputFiles[0].contents).toString('base64')}`);
writeFileSync('dist/knowledge-index.json', knowledgeIndexJson(docsArticles));
