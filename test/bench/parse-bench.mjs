// Parse time of the built parser on a realistic 5,000-line zone: `node test/bench/parse-bench.mjs [lines] [runs]`.
// The parser is bundled with esbuild as the extension and the CLI bundle it, then timed in-process.
import { loadBundled } from './bundle.mjs';

const lines = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 300);

const { parseZone, realisticZone } = await loadBundled(
  "export { parseZone } from './src/core/zone/parser'; export { realisticZone } from './test/bench/zoneGenerator';",
);

const text = realisticZone(lines);
const parse = () => parseZone(text, { origin: 'example.com.' });
const first = parse();
if (first.problems.some((p) => p.severity === 'error')) throw new Error(`benchmark zone has errors: ${first.problems[0].message}`);

for (let i = 0; i < 30; i++) parse(); // warm-up: let the JIT settle
// Wall time, and the process's CPU time: on a machine shared with other work, CPU time is what the
// parse would take alone (the wall time then includes waiting for a core).
const wall = [];
const cpu = [];
for (let i = 0; i < runs; i++) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  parse();
  wall.push(Number(process.hrtime.bigint() - start) / 1e6);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
console.log(
  `parse-bench: ${lines} lines, ${first.records.length} records, ${(text.length / 1024).toFixed(0)} KiB, ${runs} runs (node ${process.version}): ` +
    `wall median ${quantile(wall, 0.5).toFixed(2)} ms (p90 ${quantile(wall, 0.9).toFixed(2)}, min ${quantile(wall, 0).toFixed(2)}), ` +
    `CPU median ${quantile(cpu, 0.5).toFixed(2)} ms`,
);
