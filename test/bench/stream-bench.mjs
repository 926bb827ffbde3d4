// The CLI's lint path in-process, on the large generated zone, CPU medians: the full parser alone (a
// filter that builds no record and takes no simple line), the streamed zone the rules read (simple lines
// taken the quick way), the rules on it, and the whole lintFindings. For profiling the 1M-record case
// without process start-up.
// Usage: node test/bench/stream-bench.mjs [--records N] [--runs R]
import { loadBundled, quantile, timeRuns } from './bundle.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const records = option('records', 1_000_000);
const runs = option('runs', 5);
const core = await loadBundled(`
  export { lintFindings, streamedZone } from './src/core/lint';
  export { runRules } from './src/core/rules';
  export { streamZone } from './src/core/zone/parser';
  export { largeZone } from './test/bench/zoneGenerator';
`);
const text = core.largeZone(records);
const origin = 'bench.example';
let skipped = 0;
const countOnly = { keeps: () => false, skipped: () => skipped++ };
const parse = timeRuns(() => core.streamZone(text, { origin }, () => {}, countOnly), runs, 1);
const streamed = timeRuns(() => core.streamedZone(text, { origin }), runs, 1);
const zone = core.streamedZone(text, { origin });
const rules = timeRuns(() => core.runRules(zone, { origin }), runs, 1);
const lint = timeRuns(() => core.lintFindings(text, { origin }), runs, 1);
const ms = (t) => `${quantile(t.cpu, 0.5).toFixed(0)} ms CPU (fastest ${quantile(t.cpu, 0).toFixed(0)})`;
console.log(`${records} records, ${(text.length / 1e6).toFixed(1)} MB:`);
console.log(`  full parser alone   ${ms(parse)}`);
console.log(`  streamed zone       ${ms(streamed)}`);
console.log(`  rules               ${ms(rules)}`);
console.log(`  lintFindings        ${ms(lint)}`);
