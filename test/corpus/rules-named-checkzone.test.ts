/**
 * `mx-guard lint --format json` against `named-checkzone -i local -m warn -M warn` on every corpus zone
 * and on our rule fixtures, for the three MX checks both make: a target that is a CNAME, a target
 * written as an IP address, and an in-zone target without an A or AAAA record. Each tool must flag
 * what the other flags. BIND runs these checks only on a zone it loads, so zones it rejects are
 * left out (and counted), except those refused only for a name server without an address, which are
 * loaded again with one added.
 *
 * BIND also says "has no address records" for a relative target that the origin turned into a
 * missing name (`1.2.3.4`, `mail.example.net`); mx-guard reports those as mx-ip-literal and
 * mx-missing-trailing-dot, the cause rather than the symptom, so either counts for that record.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';
import { parseZone } from '../../src/core/zone/parser';
import { cliPath } from '../paths';
import { toolSkip } from '../tools';
import { testEachZone, zoneSets, type ZoneFile } from './corpusZones';

/** A record's identity in BIND's words: owner and target, lower-case, without the trailing dot. */
function recordKey(owner: string, target: string): string {
  const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');
  return `${bare(owner)} → ${bare(target)}`;
}

interface Flags {
  cname: Set<string>;
  address: Set<string>;
  noAddress: Set<string>;
}

function runBind(origin: string, cwd: string, file: string) {
  const run = spawnSync('named-checkzone', ['-i', 'local', '-m', 'warn', '-M', 'warn', origin, file], { cwd, encoding: 'latin1' });
  if (run.error) throw run.error;
  return run;
}

/** Address given to name servers that lack one, so that BIND goes on to its MX checks (see below). */
const HARNESS_ADDRESS = '198.51.100.254';
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-rules-bind-'));
after(() => fs.rmSync(stage, { recursive: true, force: true }));

/**
 * BIND's MX warnings for a zone, or undefined when it does not load it. A zone refused only because a
 * name server has no address (octoDNS's test zones) is loaded again through a wrapper that adds an
 * address for those servers; MX targets that are such servers are then left out of the comparison.
 */
function bindFlags(zoneCase: ZoneFile): { flags: Flags; patched: Set<string> } | undefined {
  let run = runBind(zoneCase.origin, path.dirname(zoneCase.file), path.basename(zoneCase.file));
  const patched = new Set<string>();
  if (run.status !== 0) {
    const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
    const servers = lines.map((line) => /\/IN: NS '([^']+)' has no address records \(A or AAAA\)$/.exec(line)?.[1]);
    const onlyServers = lines.every((line, i) => servers[i] !== undefined || / not loaded due to errors\.$/.test(line));
    if (!onlyServers || servers.every((s) => s === undefined)) return undefined;
    const wrapper = path.join(stage, `${zoneCase.origin}.wrapper`);
    const additions = servers.filter((s): s is string => s !== undefined).map((s) => `${s}. 300 IN A ${HARNESS_ADDRESS}`);
    fs.writeFileSync(wrapper, `$ORIGIN ${zoneCase.origin}.\n$INCLUDE "${zoneCase.file}"\n${additions.join('\n')}\n`);
    for (const server of servers) if (server !== undefined) patched.add(server.toLowerCase());
    run = runBind(zoneCase.origin, path.dirname(zoneCase.file), wrapper);
    if (run.status !== 0) return undefined;
  }
  const flags: Flags = { cname: new Set(), address: new Set(), noAddress: new Set() };
  for (const line of run.stdout.split('\n')) {
    let match = /^[^:]+:(\d+): warning: '[^']*': MX is an address$/.exec(line);
    if (match) flags.address.add(`line ${match[1]}`);
    match = /\/IN: (\S+)\/MX '([^']+)' is a CNAME \(illegal\)$/.exec(line);
    if (match) flags.cname.add(recordKey(match[1], match[2]));
    match = /\/IN: (\S+)\/MX '([^']+)' has no address records \(A or AAAA\)$/.exec(line);
    if (match) flags.noAddress.add(recordKey(match[1], match[2]));
  }
  return { flags, patched };
}

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
}

function mxGuardFlags(zoneCase: ZoneFile): Flags {
  const run = spawnSync(process.execPath, [cliPath, 'lint', '--format', 'json', '--origin', zoneCase.origin, path.basename(zoneCase.file)], {
    cwd: path.dirname(zoneCase.file),
    encoding: 'utf8',
  });
  assert.ok(run.status === 0 || run.status === 1, `${zoneCase.label}: exit ${run.status}: ${run.stderr}`);
  const findings = JSON.parse(run.stdout) as JsonFinding[];
  // The JSON gives places; the parsed zone says which MX record stands there.
  const zone = parseZone(fs.readFileSync(zoneCase.file, 'latin1'), { origin: zoneCase.origin });
  const mxAt = new Map<string, string>();
  for (const record of zone.records) {
    if (record.rdata.type !== 'MX' || record.file !== undefined) continue;
    const { start } = record.rdata.exchangeRange;
    mxAt.set(`${start.line + 1}:${start.character + 1}`, recordKey(record.owner, record.rdata.exchange));
  }
  const flags: Flags = { cname: new Set(), address: new Set(), noAddress: new Set() };
  for (const finding of findings) {
    const key = mxAt.get(`${finding.line}:${finding.column}`);
    if (finding.ruleId === 'mx-ip-literal') flags.address.add(`line ${finding.line}`);
    if (key === undefined) continue;
    if (finding.ruleId === 'mx-cname') flags.cname.add(key);
    if (finding.ruleId === 'mx-target-no-address') flags.noAddress.add(key);
  }
  // The causes mx-guard names instead of BIND's "no address" for the same record.
  for (const finding of findings) {
    const key = mxAt.get(`${finding.line}:${finding.column}`);
    if (key !== undefined && (finding.ruleId === 'mx-missing-trailing-dot' || finding.ruleId === 'mx-ip-literal'))
      flags.noAddress.add(`${key} (cause)`);
  }
  return flags;
}

const tally = { compared: 0, patched: 0, skipped: 0, cname: 0, address: 0, noAddress: 0 };

testEachZone(
  zoneSets(['rules/oracle'], 2),
  'rules agree with named-checkzone on MX checks',
  (zoneCase) => {
    const loaded = bindFlags(zoneCase);
    if (!loaded) {
      tally.skipped++;
      return;
    }
    tally.compared++;
    if (loaded.patched.size > 0) tally.patched++;
    const bind = loaded.flags;
    const ours = mxGuardFlags(zoneCase);
    // A target that is a name server the harness gave an address has one for BIND only.
    for (const key of [...ours.noAddress]) if (loaded.patched.has(key.split(' → ')[1].replace(/ \(cause\)$/, ''))) ours.noAddress.delete(key);
    assert.deepEqual([...ours.cname].sort(), [...bind.cname].sort(), 'MX → CNAME');
    assert.deepEqual([...ours.address].sort(), [...bind.address].sort(), 'MX → IP address');
    const ourNoAddress = new Set([...ours.noAddress].map((k) => k.replace(/ \(cause\)$/, '')));
    const strictlyOurs = [...ours.noAddress].filter((k) => !k.endsWith(' (cause)'));
    // Every BIND "no address" is flagged by mx-guard (as such or by its cause) …
    assert.deepEqual(
      [...bind.noAddress].filter((k) => !ourNoAddress.has(k)),
      [],
      'BIND flags, mx-guard does not',
    );
    // … and every mx-target-no-address is one BIND flags too.
    assert.deepEqual(
      strictlyOurs.filter((k) => !bind.noAddress.has(k)),
      [],
      'mx-guard flags, BIND does not',
    );
    tally.cname += bind.cname.size;
    tally.address += bind.address.size;
    tally.noAddress += bind.noAddress.size;
  },
  toolSkip('named-checkzone', 'bind9-utils'),
);

after(() => {
  process.stdout.write(
    `# rules vs named-checkzone: ${tally.compared} zones compared (${tally.patched} with name-server addresses added), ${tally.skipped} not loaded by BIND; ` +
      `agreed on ${tally.cname} MX→CNAME, ${tally.address} MX→IP, ${tally.noAddress} in-zone targets without address\n`,
  );
});
