// Linear-time checks of the parser with every rule (lintText) and of SMTP reply detection (findReplies), on
// the minified code as it ships: a 10x larger input may take at most 30x the CPU time of the small one (the
// slack covers GC and caches; a quadratic step takes about 100x). These are timings, so they live in
// `npm run bench` (run.mjs calls this at its end), never in `npm test`. Exit 1 when a shape is not linear.
// Usage: node test/bench/linear.mjs   (MXG_CORPUS: also the shared corpus's zones, logs and bounces, when present)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadBundled, repoRoot } from './bundle.mjs';

const core = await loadBundled(`
  export { lintText } from './src/core/lint';
  export { findReplies } from './src/core/smtp/detect';
  export { memoryIncludes } from './test/unit/hardening/zoneGrammar';
`);
const corpusDir = process.env.MXG_CORPUS ?? resolve(repoRoot, '..', 'shared', 'corpus');

/** Every file below `dir`, as text; none when the folder is absent. */
function textsBelow(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? textsBelow(join(dir, name)) : [readFileSync(join(dir, name), 'utf8')]));
}

/** CPU time of this process in milliseconds: unlike wall time, it does not count other processes on the cores. */
function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

// A full collection before each timing, so that garbage left by one measurement is not billed to the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

function bestTime(fn, repeat) {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    collectGarbage();
    const start = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

const failures = [];
/** Best of up to five rounds: another process can spoil one measurement, a quadratic step spoils them all. */
function checkLinear(what, small, large, fn) {
  fn(small); // warm up the JIT
  const sizeRatio = large.length / small.length;
  let ratio = Infinity;
  for (let round = 0; round < 5 && ratio > sizeRatio * 3; round++) {
    const smallMs = bestTime(() => fn(small), 5);
    const largeMs = bestTime(() => fn(large), 3);
    ratio = Math.min(ratio, largeMs / Math.max(smallMs, 1));
    console.log(
      `  ${what}: ${small.length} chars ${smallMs.toFixed(1)} ms, ${large.length} chars ${largeMs.toFixed(1)} ms (x${ratio.toFixed(1)} for x${sizeRatio})`,
    );
  }
  if (ratio > sizeRatio * 3) failures.push(`${what}: time grew x${ratio.toFixed(1)} for an input x${sizeRatio.toFixed(1)} larger`);
}

console.log('linear time (CPU ms, best of several runs):');
const options = { trustedMxHosts: ['*.vqnow.com'], origin: 'example.com.', include: core.memoryIncludes };
const lint = (text) => void core.lintText(text, options);
// The common large zone: many names, each with MX, address and TXT records.
const block = (i) =>
  `host${i} 300 IN MX 10 mx${i}\nhost${i} 300 IN MX 20 backup${i}.example.net.\nmx${i} 300 IN A 192.0.2.${i % 250}\nhost${i} 300 TXT "v=spf1 -all" ; note\n`;
const zoneOf = (n) => '$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\n' + Array.from({ length: n }, (_, i) => block(i)).join('');
checkLinear('lint: many names', zoneOf(1000), zoneOf(10000), lint);
// Hostile shapes: every record at one name, a long run of inherited-owner duplicates, one long ( … ) span.
const oneOwner = (n) => '$TTL 300\n' + Array.from({ length: n }, (_, i) => `@ MX ${i % 65536} mx${i}.example.org.\n`).join('');
checkLinear('lint: one owner, many MX', oneOwner(2000), oneOwner(20000), lint);
const duplicates = (n) => '$TTL 300\n@ MX 10 mx.example.net.\n' + '  MX 10 mx.example.net.\n'.repeat(n);
checkLinear('lint: many duplicate MX', duplicates(1000), duplicates(10000), lint);
// From about 50,000 tokens in one record the collector's share grows faster than linear: kept below that.
const span = (n) => '$TTL 300\n@ TXT ( ' + '"abc"\n '.repeat(n) + ')\n';
checkLinear('lint: one long ( … ) span', span(3000), span(30000), lint);

const detect = (text) => void core.findReplies(text);
const dense = (n) => 'said: 550 5.1.1 '.repeat(n);
checkLinear('smtp: one line of replies', dense(20000), dense(200000), detect);
const digits = (n) => '5'.repeat(n);
checkLinear('smtp: one line of digits', digits(200000), digits(2000000), detect);
const saidRun = (n) => 'said: '.repeat(n) + '550 5.1.1';
checkLinear('smtp: one line of markers', saidRun(20000), saidRun(200000), detect);

// The samples and, when present, the corpus: zones joined (without a NUL byte or an unclosed "(", which end
// the parse early), and logs and bounces joined.
const zones = [...textsBelow(join(repoRoot, 'test', 'fixtures', 'zones')), ...textsBelow(join(corpusDir, 'zones'))]
  .filter(
    (text) => !text.includes('\0') && !core.lintText(text, { origin: 'example.com.' }).zone.problems.some((p) => p.message.includes('never closed')),
  )
  .join('\n');
checkLinear('lint: fixture and corpus zones repeated', zones.repeat(10), zones.repeat(100), lint);
const mail = [
  ...textsBelow(join(repoRoot, 'test', 'fixtures', 'smtp', 'logs')),
  ...textsBelow(join(repoRoot, 'test', 'fixtures', 'smtp', 'bounces')),
  ...textsBelow(join(corpusDir, 'logs')),
  ...textsBelow(join(corpusDir, 'bounces')),
].join('\n');
checkLinear('smtp: fixture and corpus logs and bounces repeated', mail, mail.repeat(10), detect);

if (failures.length) {
  console.error(`not linear:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
