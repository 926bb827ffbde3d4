// `npm run bench`: whole-process timings of `mx-guard lint` against kzonecheck and named-checkzone on seven
// generated zone shapes (test/bench/shapes.ts), peak RSS, and the editor path in-process. Prints one table, writes bench-results.json.
// Usage: node test/bench/run.mjs [--records N] [--runs R] [--smoke]   (--smoke: 20,000 records, 1 run, for CI)
// Then the linear-time checks of linear.mjs (also runnable alone: node test/bench/linear.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
  export { zoneShapes, hostingShape } from './test/bench/shapes';
  export { BackgroundLinter } from './src/extension/backgroundLint';
`);

const work = mkdtempSync(join(tmpdir(), 'mxg-bench-run-'));
const tenthFile = join(work, 'bench-tenth.example.zone');
writeFileSync(tenthFile, core.largeZone(Math.max(1, Math.round(records / 10))));

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

// kzonecheck reads the expanded zone where the shape has $GENERATE (Debian's kzonecheck 3.2 refuses it), and
// checks no signatures (-d off): the signed shape's signatures have the right form but sign nothing.
const tools = [
  {
    name: 'mx-guard lint',
    command: process.execPath,
    args: (shape) => [cliPath, 'lint', '--origin', shape.origin, shape.file],
    ok: (s) => s === 0 || s === 1,
  },
  {
    name: 'kzonecheck',
    command: 'kzonecheck',
    args: (shape) => ['-d', 'off', '-o', shape.origin, shape.expandedFile ?? shape.file],
    ok: (s) => s === 0,
  },
  { name: 'named-checkzone -i local', command: 'named-checkzone', args: (shape) => ['-i', 'local', shape.origin, shape.file], ok: (s) => s === 0 },
].filter((tool) => tool.command === process.execPath || spawnSync('which', [tool.command]).status === 0);

const summarize = (list) => ({
  seconds: median(list.map((s) => s.seconds)),
  cpuSeconds: median(list.map((s) => s.cpuSeconds)),
  peakRssMB: median(list.map((s) => s.rssMB)),
});

// Each shape in turn; within a shape the tools alternate run by run, so that a slow moment of the machine
// does not fall on one tool only.
const shapes = [];
for (const [index, shape] of core.zoneShapes(records).entries()) {
  const file = join(work, `shape${index}.zone`);
  writeFileSync(file, shape.text);
  const expandedFile = shape.expanded === undefined ? undefined : join(work, `shape${index}-expanded.zone`);
  if (expandedFile) writeFileSync(expandedFile, shape.expanded);
  const entry = { ...shape, file, expandedFile };
  const samples = new Map(tools.map((tool) => [tool.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const tool of run % 2 === 0 ? tools : [...tools].reverse()) {
      const sample = timeProcess(tool.command, tool.args(entry));
      if (!tool.ok(sample.status)) throw new Error(`${tool.name} failed on the ${shape.name} zone (exit ${sample.status})`);
      samples.get(tool.name).push(sample);
    }
  }
  shapes.push({
    shape: shape.name,
    zoneMB: Math.round(statSync(file).size / 1e5) / 10,
    kzonecheckReadsExpanded: expandedFile !== undefined,
    processes: tools.map((tool) => ({ tool: tool.name, ...summarize(samples.get(tool.name)) })),
  });
  rmSync(file);
  if (expandedFile) rmSync(expandedFile);
}
const tenth = [];
for (let run = 0; run < runs; run++) tenth.push(timeProcess(process.execPath, [cliPath, 'lint', '--origin', origin, tenthFile]));
const mixRun = shapes[0].processes[0];

// The editor path, in-process: re-lint after a one-character edit, and the MX hover.
/** Wall and CPU milliseconds of re-linting `text` after a one-digit edit just after `marker`, as the editor does. */
function relintTimes(text, zoneOrigin, marker, count) {
  const editAt = text.indexOf(marker) + marker.length;
  const wall = [];
  const cpuTimes = [];
  // Each lint is given the zone of the one before, so that the parse re-reads only the edit.
  let previous = core.lintText(text, { origin: zoneOrigin }).zone;
  for (let i = 0; i < 30 + count; i++) {
    const edited = text.slice(0, editAt) + String(i % 10) + text.slice(editAt + 1);
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    previous = core.lintText(edited, { origin: zoneOrigin }, previous).zone;
    if (i < 30) continue;
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return { wall, cpu: cpuTimes };
}
const realistic = core.realisticZone(5000);
const { wall: relint, cpu: relintCpu } = relintTimes(realistic, 'example.com', 'IN\tA\t203.0.113.', 200);
const hosting = core.hostingShape(smoke ? 10_000 : 100_000);
const hostingLines = hosting.text.split('\n').length - 1;
const { wall: hostingRelint, cpu: hostingRelintCpu } = relintTimes(hosting.text, hosting.origin, 'site50 IN A 198.51.0.', smoke ? 10 : 50);
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
async function longestStallMs(text, zoneOrigin) {
  const linter = new core.BackgroundLinter(join(repoRoot, 'dist', 'lintWorker.js'));
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await linter.lint('bench', { text, origin: zoneOrigin });
  } finally {
    clearInterval(ticker);
    linter.dispose();
  }
  return longest;
}
const largeText = readFileSync(tenthFile, 'utf8');
const stalls = [];
for (let run = 0; run < runs; run++) stalls.push(await longestStallMs(largeText, origin));
const hostingStalls = [];
for (let run = 0; run < runs; run++) hostingStalls.push(await longestStallMs(hosting.text, hosting.origin));

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

const ratiosOf = (processes) =>
  Object.fromEntries(
    processes.slice(1).flatMap((p) => {
      const name = p.tool.split(' ')[0];
      return [
        [`timeVs_${name}`, processes[0].seconds / p.seconds],
        [`cpuVs_${name}`, processes[0].cpuSeconds / p.cpuSeconds],
        [`rssVs_${name}`, processes[0].peakRssMB / p.peakRssMB],
      ];
    }),
  );
const results = {
  records,
  runs,
  loadAverage: loadavg(),
  shapes: shapes.map((shape) => ({ ...shape, ratios: ratiosOf(shape.processes) })),
  linearity: {
    tenthSeconds: median(tenth.map((s) => s.seconds)),
    fullSeconds: mixRun.seconds,
    factor: mixRun.seconds / median(tenth.map((s) => s.seconds)),
    cpuFactor: mixRun.cpuSeconds / median(tenth.map((s) => s.cpuSeconds)),
  },
  editor: {
    relintMedianMs: median(relint),
    relintCpuMedianMs: median(relintCpu),
    hostingRelint: { lines: hostingLines, medianMs: median(hostingRelint), cpuMedianMs: median(hostingRelintCpu) },
    hoverMedianMs: median(hover),
    backgroundLint: { chars: largeText.length, longestStallMedianMs: median(stalls) },
    hostingBackgroundLint: { lines: hostingLines, longestStallMedianMs: median(hostingStalls) },
    requireMedianMs: requireMs,
    requireCpuMedianMs: requireCpuMs,
    extensionBundleKB: bundleKB,
    extensionBundleMinified: bundleMinified,
  },
  node: process.version,
};

const ratio = (value) => `${value.toFixed(2)}x`;
const seconds = (value) => `${value.toFixed(2)} s`;
const megabytes = (value) => `${value.toFixed(0)} MB`;
const kzone = (shape) => shape.processes.find((p) => p.tool === 'kzonecheck');
const named = (shape) => shape.processes.find((p) => p.tool.startsWith('named-checkzone'));
const shapeRows = [
  ['shape (MB)', 'mxg wall', 'mxg CPU', 'mxg RSS', 'kzc wall', 'kzc RSS', 'named wall', 'named RSS', 'time/kzc', 'RSS/kzc'],
  ...results.shapes.map((shape) => {
    const [mine] = shape.processes;
    const k = kzone(shape);
    const n = named(shape);
    return [
      `${shape.shape}${shape.kzonecheckReadsExpanded ? ' *' : ''} (${shape.zoneMB})`,
      seconds(mine.seconds),
      seconds(mine.cpuSeconds),
      megabytes(mine.peakRssMB),
      k ? seconds(k.seconds) : '-',
      k ? megabytes(k.peakRssMB) : '-',
      n ? seconds(n.seconds) : '-',
      n ? megabytes(n.peakRssMB) : '-',
      k ? ratio(mine.seconds / k.seconds) : '-',
      k ? ratio(mine.peakRssMB / k.peakRssMB) : '-',
    ];
  }),
];
const shapeWidth = shapeRows.reduce((w, r) => Math.max(w, r[0].length), 0);
console.log(
  `bench: 7 shapes of ${records.toLocaleString('en')} records, median of ${runs} alternating run(s), node ${process.version}, ` +
    `load average ${results.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
);
for (const [label, ...cells] of shapeRows) console.log(`  ${label.padEnd(shapeWidth)}${cells.map((cell) => cell.padStart(11)).join('')}`);
console.log("  * kzonecheck reads the expanded zone: Debian's kzonecheck 3.2 refuses $GENERATE");
const rows = [
  ['', 'wall', 'CPU'],
  ['mx-guard: 10x the records costs (mix)', ratio(results.linearity.factor), ratio(results.linearity.cpuFactor)],
  ['re-lint after a keystroke (5,000 lines)', `${results.editor.relintMedianMs.toFixed(2)} ms`, `${results.editor.relintCpuMedianMs.toFixed(2)} ms`],
  [
    `re-lint after a keystroke (hosting, ${hostingLines.toLocaleString('en')} lines)`,
    `${results.editor.hostingRelint.medianMs.toFixed(2)} ms`,
    `${results.editor.hostingRelint.cpuMedianMs.toFixed(2)} ms`,
  ],
  ['MX hover', `${results.editor.hoverMedianMs.toFixed(3)} ms`, ''],
  [`longest editor stall, ${(largeText.length / 1e6).toFixed(1)}M-char file linted`, `${median(stalls).toFixed(1)} ms`, ''],
  [`longest editor stall, hosting ${hostingLines.toLocaleString('en')} lines linted`, `${median(hostingStalls).toFixed(1)} ms`, ''],
  ['require(dist/extension.js)', `${requireMs.toFixed(1)} ms`, `${requireCpuMs.toFixed(1)} ms`],
  [`extension bundle${bundleMinified ? ', minified' : ' (NOT minified: run npm run bench)'}`, `${bundleKB.toFixed(0)} KB`, ''],
];
const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
for (const [label, ...cells] of rows) console.log(`  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(11)).join('')}`);
writeFileSync(join(repoRoot, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench-results.json');
// The linear-time checks (timings, so here rather than in npm test); the smoke run in CI leaves them out.
if (!smoke) await import('./linear.mjs');
