/**
 * Differential property test of the rdata of every type BIND 9.18 reads: random well-formed rdata and
 * mutations of it, hundreds per type in one zone, judged by named-checkzone and by our parser. They
 * must agree on which lines are refused and, for the lines both accept, on the `-D` dump.
 *
 * MXG_DIFF_CASES sets the cases per type (200 by default); MXG_DIFF_SEED adds a seed to explore (the
 * fixed seeds and the regression seeds always run). The agreement per type is printed as diagnostics.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpZone } from '../../../../src/core/zone/dump';
import { parseZone } from '../../../../src/core/zone/parser';
import { GENERATORS, mutate, Random } from './generators';
import { bindSkip, dumpByOwner, runBind } from './oracle';

const ORIGIN = 'example.';
const HEADER = ['$TTL 300', '@ IN SOA ns hostmaster 1 3600 600 86400 300', '@ IN NS ns', 'ns IN A 192.0.2.1'];

/** Seeds that once found a disagreement, kept so that the fix stays fixed. */
const REGRESSION_SEEDS: number[] = [];
const SEEDS = [1, 2, ...REGRESSION_SEEDS, ...(process.env.MXG_DIFF_SEED ? [Number(process.env.MXG_DIFF_SEED)] : [])];
const CASES = Number(process.env.MXG_DIFF_CASES ?? 200);

/** BIND refusals about time or the zone as a whole, not about the record's text: such cases are left out. */
const CONTEXT = /signature has expired|old style DNSSEC/;

interface Case {
  type: string;
  rdata: string;
  line: number;
  owner: string;
}

function makeCases(seed: number, perType: number): { text: string; cases: Case[] } {
  const r = new Random(seed);
  const lines = [...HEADER];
  const cases: Case[] = [];
  for (const [type, generate] of Object.entries(GENERATORS)) {
    for (let i = 0; i < perType; i++) {
      const valid = generate(r);
      const rdata = r.chance(0.5) ? valid : mutate(r, valid);
      const owner = `c${cases.length}`;
      lines.push(`${owner} IN ${type} ${rdata}`);
      cases.push({ type, rdata, line: lines.length, owner: `${owner}.${ORIGIN}` });
    }
  }
  return { text: lines.join('\n') + '\n', cases };
}

function ourRefusedLines(text: string): Set<number> {
  const zone = parseZone(text, { origin: ORIGIN });
  return new Set(zone.problems.filter((p) => p.severity === 'error').map((p) => p.range.start.line + 1));
}

interface Tally {
  cases: number;
  agree: number;
  dumped: number;
  dumpAgree: number;
}

for (const seed of SEEDS) {
  test(`rdata of every type agrees with named-checkzone (seed ${seed}, ${CASES} cases a type)`, { skip: bindSkip }, (t) => {
    const { text, cases } = makeCases(seed, CASES);
    const bind = runBind(text, ORIGIN);
    const ours = ourRefusedLines(text);
    const tallies = new Map<string, Tally>();
    const disagreements: string[] = [];
    const accepted: Case[] = [];
    for (const c of cases) {
      const tally = tallies.get(c.type) ?? { cases: 0, agree: 0, dumped: 0, dumpAgree: 0 };
      tallies.set(c.type, tally);
      tally.cases++;
      const bindErrors = bind.lineErrors.get(c.line);
      if (bindErrors?.some((e) => CONTEXT.test(e))) {
        tally.cases--;
        continue;
      }
      const weRefuse = ours.has(c.line);
      if ((bindErrors !== undefined) === weRefuse) tally.agree++;
      else
        disagreements.push(
          `line ${c.line} ${c.type} ${c.rdata}: BIND ${bindErrors ? 'refuses (' + bindErrors.join('; ') + ')' : 'accepts'}, we ${weRefuse ? 'refuse' : 'accept'}`,
        );
      if (!bindErrors && !weRefuse) accepted.push(c);
    }
    // The lines both accept, alone in a zone that BIND then loads: the dumps must match record for record.
    const acceptedText = [...HEADER, ...accepted.map((c) => `${c.owner} IN ${c.type} ${c.rdata}`)].join('\n') + '\n';
    const bindDump = runBind(acceptedText, ORIGIN).dump;
    assert.ok(bindDump !== undefined, 'BIND must load the lines that it accepted one by one');
    const theirs = dumpByOwner(bindDump);
    const mine = dumpByOwner(dumpZone(parseZone(acceptedText, { origin: ORIGIN })));
    for (const c of accepted) {
      const tally = tallies.get(c.type) as Tally;
      tally.dumped++;
      const expected = (theirs.get(c.owner.toLowerCase()) ?? []).join(' | ');
      const actual = (mine.get(c.owner.toLowerCase()) ?? []).join(' | ');
      if (expected === actual) tally.dumpAgree++;
      else disagreements.push(`dump of ${c.type} ${c.rdata}: BIND "${expected}", we "${actual}"`);
    }
    const report = [...tallies].map(([type, x]) => `${type} ${x.agree}/${x.cases} verdicts, ${x.dumpAgree}/${x.dumped} dumps`);
    t.diagnostic(`seed ${seed}: ${report.join('; ')}`);
    assert.deepEqual(
      disagreements.slice(0, 40),
      [],
      `${disagreements.length} disagreements with named-checkzone (replay with MXG_DIFF_SEED=${seed})`,
    );
  });
}
