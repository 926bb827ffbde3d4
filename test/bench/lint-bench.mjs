// Lint benchmark: a realistic 5,000-line zone with every rule on. Prints the median time of
// parse + all rules (lintText) on opening the file and after a keystroke (the editor's re-lint, which
// reuses the previous parse), and of the rules alone (runRules on the parsed zone).
// Usage: node test/bench/lint-bench.mjs [--runs N] [--json]
import { loadBundled, quantile, timeRuns } from './bundle.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 50;
const { lintText, runRules } = await loadBundled("export { lintText } from './src/core/lint'; export { runRules } from './src/core/rules';");

/**
 * A zone as a hosting company writes one: customers with MX sets on the filtering service, hosts
 * with addresses, aliases, SPF and service records, comments and ( … ) records. One customer in
 * twenty-five carries a mistake, in turn one of each kind the rules look for.
 */
function realisticZone(targetLines) {
  const lines = [
    '; bench zone, generated',
    '$ORIGIN bench.example.com.',
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster ( 2026112801 ; serial',
    '    3600 600 604800 300 )',
    '@ IN NS ns1',
    '@ IN NS ns2.other-dns.net.',
    'ns1 IN A 192.0.2.1',
    '@ IN MX 10 mx1.vqnow.com.',
    '@ IN MX 20 mx2.vqnow.com.',
    '@ IN TXT "v=spf1 include:spf.vqnow.com -all"',
  ];
  const mistakes = [
    (c) => [`${c} IN MX 20 rescue.mx.dnspark.net.`],
    (c) => [`${c} IN MX 10 mx.other-filter.net.`],
    (c) => [`${c} IN MX 30 www-${c}`],
    (c) => [`${c} IN MX 30 192.0.2.77`],
    (c) => [`${c} IN MX ( 30`, `        relay.example.net ) ; relay`],
    (c) => [`${c} IN MX 30 nohost-${c}`],
    (c) => [`null-${c} IN MX 0 .`, `null-${c} IN MX 10 mx1.vqnow.com.`],
    (c) => [`null2-${c} IN MX 10 .`],
    (c) => [`${c} IN MX 10 mx1.vqnow.com.`],
    (c) => [`${c} IN MX 40 mail.legacy-${c}`, `legacy-${c} IN DNAME legacy.example.net.`],
    (c) => [`${c} IN CNAME h-${c}`],
  ];
  for (let i = 0; lines.length < targetLines; i++) {
    const c = `c${i}`;
    const octet = `${(i >> 8) & 255}.${i & 255}`;
    lines.push(
      `; customer ${i}`,
      `${c} IN MX 10 mx1.vqnow.com.`,
      `${c} IN MX 20 mx2.vqnow.com.`,
      `${c} IN TXT "v=spf1 include:spf.vqnow.com -all"`,
      `h-${c} 300 IN A 198.51.${octet}`,
      `h-${c} 300 IN AAAA 2001:db8::${i.toString(16)}`,
      `www-${c} IN CNAME h-${c}`,
      `_sip._tcp.${c} IN SRV 10 5 5060 h-${c}`,
    );
    if (i % 25 === 0) lines.push(...mistakes[(i / 25) % mistakes.length](c));
  }
  return lines.slice(0, targetLines).join('\n') + '\n';
}

const text = realisticZone(5000);
const options = { origin: 'bench.example.com.', trustedMxHosts: ['*.trusted.example'] };

/** Wall and CPU milliseconds of each run; on a shared machine the wall time includes waiting for a core. */
function time(fn) {
  const { wall, cpu } = timeRuns(fn, runs, 5);
  const median = (values) => quantile(values, 0.5);
  return { wall: Number(median(wall).toFixed(2)), cpu: Number(median(cpu).toFixed(2)), fastest: Number(Math.min(...wall).toFixed(2)) };
}

const first = lintText(text, options);
const byRule = {};
for (const finding of first.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
const lint = time(() => lintText(text, options));
// A keystroke in the middle of the zone: one digit of an address changes, as the editor sees it.
const editAt = text.indexOf(' IN A 198.51.', text.length >> 1) + ' IN A 198.51.'.length;
let previous = first.zone;
const keystroke = time((i) => {
  const edited = text.slice(0, editAt) + String(i % 10) + text.slice(editAt + 1);
  previous = lintText(edited, options, previous).zone;
});
// A fresh zone object per run, so that the per-zone index cache does not hide the indexing cost.
const rulesOnly = time(() => runRules({ ...first.zone }, options));
const result = {
  lines: text.split('\n').length - 1,
  records: first.zone.records.length,
  findings: first.findings.length,
  byRule,
  runs,
  lintMedianMs: lint,
  keystrokeLintMedianMs: keystroke,
  rulesMedianMs: rulesOnly,
};
if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
else {
  process.stdout.write(
    `lint of a ${result.lines}-line zone (${result.records} records, ${result.findings} findings, every rule on), ${runs} runs:\n` +
      `  parse + rules, file opened:     median ${lint.wall} ms wall, ${lint.cpu} ms CPU, fastest ${lint.fastest} ms\n` +
      `  parse + rules, after a keystroke: median ${keystroke.wall} ms wall, ${keystroke.cpu} ms CPU, fastest ${keystroke.fastest} ms\n` +
      `  rules alone:                    median ${rulesOnly.wall} ms wall, ${rulesOnly.cpu} ms CPU, fastest ${rulesOnly.fastest} ms\n` +
      `  findings by rule: ${JSON.stringify(byRule)}\n`,
  );
}
