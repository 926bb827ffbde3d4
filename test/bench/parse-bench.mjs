// Parse time of the built parser on a realistic 5,000-line zone: `node test/bench/parse-bench.mjs [lines] [runs]`.
// The parser is bundled with esbuild as the extension and the CLI bundle it, then timed in-process.
import { loadBundled, quantile, timeRuns } from './bundle.mjs';

const lines = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 300);

const { parseZone, realisticZone } = await loadBundled(
  "export { parseZone } from './src/core/zone/parser'; export { realisticZone } from './test/bench/zoneGenerator';",
);

const text = realisticZone(lines);
const parse = () => parseZone(text, { origin: 'example.com.' });
const first = parse();
if (first.problems.some((p) => p.severity === 'error')) throw new Error(`benchmark zone has errors: ${first.problems[0].message}`);

const { wall, cpu } = timeRuns(parse, runs, 30);
console.log(
  `parse-bench: ${lines} lines, ${first.records.length} records, ${(text.length / 1024).toFixed(0)} KiB, ${runs} runs (node ${process.version}): ` +
    `wall median ${quantile(wall, 0.5).toFixed(2)} ms (p90 ${quantile(wall, 0.9).toFixed(2)}, min ${quantile(wall, 0).toFixed(2)}), ` +
    `CPU median ${quantile(cpu, 0.5).toFixed(2)} ms`,
);
