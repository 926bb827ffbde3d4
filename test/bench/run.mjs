// `npm run bench`: whole-process timings of `mx-guard lint` against kzonecheck and named-checkzone on a
// generated zone, peak RSS, and the editor path in-process. Prints one table, writes bench-results.json.
// Usage: node test/bench/run.mjs [--records N] [--runs R] [--smoke]   (--smoke: 20,000 records, 1 run, for CI)
// Then the linear-time checks of linear.mjs (also runnable alone: node test/bench/linear.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundled, repoRoot } from './bundle.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const smoke = argv.includes('--smoke');
const records = option('records', smoke ? 20_000 : 1_000_000);
const runs = option('runs', smoke ? 1 : 5);
const origin = 'bench.example';
const cliPath = join(repoRoot, 'dist', 'cli.js');
const extensionPath = join(repoRoot, 'dist', 'extension.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const core = await loadBundled(`
  export { lintText } from './src/core/lint';
  export { parseZone } from './src/core/zone/parser';
  export { mxFallbackHover } from './src/core/mx/zoneFallback';
  export { largeZone, realisticZone } from './test/bench/zoneGenerator';
  export { BackgroundLinter } from './src/extension/backgroundLint';
`);

const work = mkdtempSync(join(tmpdir(), 'mxg-bench-run-'));
const bigFile = join(work, 'bench.example.zone');
const tenthFile = join(work, 'bench-tenth.example.zone');
writeFileSync(bigFile, core.largeZone(records));
writeFileSync(tenthFile, core.largeZone(Math.max(1, Math.round(records / 10))));
const zoneMB = Math.round(statSync(bigFile).size / 1e5) / 10;

/**
 * One whole process under /usr/bin/time -v: wall time (our clock), CPU time (user + system) and peak
 * RSS (time's report). On a shared machine the wall time includes waiting for a core; CPU time does not.
 */
function timeProcess(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const report = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr ?? '')?.[1] ?? NaN);
  const cpuSeconds = report('User time \\(seconds\\)') + report('System time \\(seconds\\)');
  return { seconds, cpuSeconds, rssMB: report('Maximum resident set size \\(kbytes\\)') / 1024, status: result.status };
}

const tools = [
  { name: 'mx-guard lint', command: process.execPath, args: (file) => [cliPath, 'lint', '--origin', origin, file], ok: (s) => s === 0 || s === 1 },
  { name: 'kzonecheck', command: 'kzonecheck', args: (file) => ['-o', origin, file], ok: (s) => s === 0 },
  { name: 'named-checkzone -i local', command: 'named-checkzone', args: (file) => ['-i', 'local', origin, file], ok: (s) => s === 0 },
].filter((tool) => tool.command === process.execPath || spawnSync('which', [tool.command]).status === 0);

// Alternate the tools run by run, so that a slow moment of the machine does not fall on one tool only.
const samples = new Map(tools.map((tool) => [tool.name, []]));
for (let run = 0; run < runs; run++) {
  for (const tool of run % 2 === 0 ? tools : [...tools].reverse()) {
    const sample = timeProcess(tool.command, tool.args(bigFile));
    if (!tool.ok(sample.status)) throw new Error(`${tool.name} failed on the generated zone (exit ${sample.status})`);
    samples.get(tool.name).push(sample);
  }
}
const tenth = [];
for (let run = 0; run < runs; run++) tenth.push(timeProcess(tools[0].command, tools[0].args(tenthFile)));

const processes = tools.map((tool) => {
  const list = samples.get(tool.name);
  return {
    tool: tool.name,
    seconds: median(list.map((s) => s.seconds)),
    cpuSeconds: median(list.map((s) => s.cpuSeconds)),
    peakRssMB: median(list.map((s) => s.rssMB)),
  };
});

// The editor path, in-process: re-lint after a one-character edit, and the MX hover.
const realistic = core.realisticZone(5000);
const editAt = realistic.indexOf('IN\tA\t203.0.113.') + 'IN\tA\t203.0.113.'.length;
const relint = [];
const relintCpu = [];
// As the editor does: each lint is given the zone of the one before, so that the parse re-reads only the edit.
let previous = core.lintText(realistic, { origin: 'example.com' }).zone;
for (let i = 0; i < 30 + 200; i++) {
  const digit = String(i % 10);
  const edited = realistic.slice(0, editAt) + digit + realistic.slice(editAt + 1);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  previous = core.lintText(edited, { origin: 'example.com' }, previous).zone;
  if (i < 30) continue;
  relint.push(Number(process.hrtime.bigint() - start) / 1e6);
  const cpu = process.cpuUsage(cpuStart);
  relintCpu.push((cpu.user + cpu.system) / 1000);
}
const zone = core.parseZone(realistic, { origin: 'example.com' });
const mxRecord = zone.records.find((r) => r.type === 'MX' && r.file === undefined);
const hover = [];
for (let i = 0; i < 30 + 500; i++) {
  const start = process.hrtime.bigint();
  const text = core.mxFallbackHover(zone, mxRecord.typeRange.start);
  if (i >= 30) hover.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (!text) throw new Error('no hover on an MX record');
}

/**
 * The longest the event loop waits while the editor lints a large file in the background (the tenth-size
 * zone, in dist/lintWorker.js as the extension does): a timer ticks every millisecond meanwhile.
 */
async function longestStallMs(text) {
  const linter = new core.BackgroundLinter(join(repoRoot, 'dist', 'lintWorker.js'));
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await linter.lint('bench', { text, origin });
  } finally {
    clearInterval(ticker);
    linter.dispose();
  }
  return longest;
}
const largeText = readFileSync(tenthFile, 'utf8');
const stalls = [];
for (let run = 0; run < runs; run++) stalls.push(await longestStallMs(largeText));

/**
 * `require` of the extension bundle in a fresh process, with a stand-in for the `vscode` module it
 * imports. Node's built-in modules the bundle uses are loaded first: the extension host has them loaded
 * already, so their cost is not the extension's.
 */
const builtins = ['crypto', 'dns', 'net', 'url', 'fs', 'path', 'os', 'util', 'events', 'stream', 'child_process'];
function requireTime() {
  const script = `
    for (const name of ${JSON.stringify(builtins)}) require(name);
    const Module = require('module');
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
    // Any property, call or construction gives the stub again; esbuild's ESM interop reads names through the prototype.
    const anyName = new Proxy({}, { get: () => stub });
    const stub = new Proxy(function () {}, {
      get: (t, k) => (k === '__esModule' ? true : k === Symbol.toPrimitive ? () => '' : stub),
      getPrototypeOf: () => anyName,
      apply: () => stub,
      construct: () => stub,
    });
    require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    require(${JSON.stringify(extensionPath)});
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    process.stdout.write(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000 }));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`requiring the extension bundle failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
const requireSamples = existsSync(extensionPath) ? Array.from({ length: smoke ? 3 : 11 }, requireTime) : [];
const requireMs = requireSamples.length ? median(requireSamples.map((s) => s.wall)) : NaN;
const requireCpuMs = requireSamples.length ? median(requireSamples.map((s) => s.cpu)) : NaN;
const bundleKB = existsSync(extensionPath) ? statSync(extensionPath).size / 1024 : NaN;
// A development build (with a source map) is not what ships: its size and require time say little.
const bundleMinified = existsSync(extensionPath) && !readFileSync(extensionPath, 'utf8').includes('//# sourceMappingURL=');

rmSync(work, { recursive: true, force: true });

const mxGuard = processes[0];
const results = {
  records,
  runs,
  zoneMB,
  processes,
  ratios: Object.fromEntries(
    processes.slice(1).flatMap((p) => {
      const name = p.tool.split(' ')[0];
      return [
        [`timeVs_${name}`, mxGuard.seconds / p.seconds],
        [`cpuVs_${name}`, mxGuard.cpuSeconds / p.cpuSeconds],
        [`rssVs_${name}`, mxGuard.peakRssMB / p.peakRssMB],
      ];
    }),
  ),
  linearity: {
    tenthSeconds: median(tenth.map((s) => s.seconds)),
    fullSeconds: mxGuard.seconds,
    factor: mxGuard.seconds / median(tenth.map((s) => s.seconds)),
    cpuFactor: mxGuard.cpuSeconds / median(tenth.map((s) => s.cpuSeconds)),
  },
  editor: {
    relintMedianMs: median(relint),
    relintCpuMedianMs: median(relintCpu),
    hoverMedianMs: median(hover),
    backgroundLint: { chars: largeText.length, longestStallMedianMs: median(stalls) },
    requireMedianMs: requireMs,
    requireCpuMedianMs: requireCpuMs,
    extensionBundleKB: bundleKB,
    extensionBundleMinified: bundleMinified,
  },
  node: process.version,
};

const ratio = (value) => `${value.toFixed(2)}x`;
const rows = [
  ['', 'wall', 'CPU', 'peak RSS'],
  ...processes.map((p) => [
    `${p.tool} (${records.toLocaleString('en')} records)`,
    `${p.seconds.toFixed(2)} s`,
    `${p.cpuSeconds.toFixed(2)} s`,
    `${p.peakRssMB.toFixed(0)} MB`,
  ]),
  ...processes
    .slice(1)
    .map((p) => [
      `mx-guard / ${p.tool.split(' ')[0]}`,
      ratio(mxGuard.seconds / p.seconds),
      ratio(mxGuard.cpuSeconds / p.cpuSeconds),
      ratio(mxGuard.peakRssMB / p.peakRssMB),
    ]),
  ['mx-guard: 10x the records costs', ratio(results.linearity.factor), ratio(results.linearity.cpuFactor), ''],
  [
    're-lint after a keystroke (5,000 lines)',
    `${results.editor.relintMedianMs.toFixed(2)} ms`,
    `${results.editor.relintCpuMedianMs.toFixed(2)} ms`,
    '',
  ],
  ['MX hover', `${results.editor.hoverMedianMs.toFixed(3)} ms`, '', ''],
  [`longest editor stall, ${(largeText.length / 1e6).toFixed(1)}M-char file linted`, `${median(stalls).toFixed(1)} ms`, '', ''],
  ['require(dist/extension.js)', `${requireMs.toFixed(1)} ms`, `${requireCpuMs.toFixed(1)} ms`, ''],
  [`extension bundle${bundleMinified ? ', minified' : ' (NOT minified: run npm run bench)'}`, `${bundleKB.toFixed(0)} KB`, '', ''],
];
const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
console.log(`bench: ${records.toLocaleString('en')} records (${results.zoneMB} MB), median of ${runs} run(s), node ${process.version}`);
for (const [label, ...cells] of rows) console.log(`  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(11)).join('')}`);
writeFileSync(join(repoRoot, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench-results.json');
// The linear-time checks (timings, so here rather than in npm test); the smoke run in CI leaves them out.
if (!smoke) await import('./linear.mjs');
