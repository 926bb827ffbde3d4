/**
 * Fix-all on every corpus zone and every rule fixture: only the lines of the records that carry a
 * fixable finding may change; every other line stays byte-identical and in its place in the order.
 * The one allowed exception is the owner written onto the next record when it inherited its owner
 * from a removed one (that line is otherwise unchanged). After fix-all no fixable finding is left.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after } from 'node:test';
import { lintText } from '../../src/core/lint';
import { fixAll } from '../../src/core/rules/fixAll';
import type { Range } from '../../src/core/types';
import { testEachZone, zoneSets } from './corpusZones';

function contains(range: Range, line: number, character: number): boolean {
  const afterStart = line > range.start.line || (line === range.start.line && character >= range.start.character);
  const beforeEnd = line < range.end.line || (line === range.end.line && character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Longest common subsequence of two line lists, as the set of kept indexes on each side. */
function commonLines(a: string[], b: string[]): { keptA: Set<number>; keptB: Set<number> } {
  const table: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const keptA = new Set<number>();
  const keptB = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      keptA.add(i++);
      keptB.add(j++);
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return { keptA, keptB };
}

const tally = { zones: 0, zonesFixed: 0, fixes: 0, changedLines: 0 };

testEachZone(zoneSets(['rules', 'zones'], 20), 'fix-all changes only flagged lines', (zoneCase) => {
  const text = fs.readFileSync(zoneCase.file, 'latin1');
  const options = { origin: zoneCase.origin };
  const { zone, findings } = lintText(text, options);
  const flagged = new Set<number>();
  for (const finding of findings) {
    if (!finding.fixes || finding.file !== undefined) continue;
    const { line, character } = finding.range.start;
    const record = zone.records.find((r) => r.file === undefined && contains(r.range, line, character));
    const span = record?.range ?? finding.range;
    for (let l = span.start.line; l <= span.end.line; l++) flagged.add(l);
  }
  const fixed = fixAll(text, options);
  const before = text.split('\n');
  const afterFix = fixed.text.split('\n');
  const { keptA, keptB } = commonLines(before, afterFix);
  const added = afterFix.filter((_, j) => !keptB.has(j));
  const unexpected = before
    .map((line, i) => ({ line, i }))
    .filter(({ i }) => !keptA.has(i) && !flagged.has(i))
    // The inheritance case: the same line, with the removed record's owner written in front.
    .filter(({ line }) => !(/^[ \t]/.test(line) && added.some((a) => a.endsWith(line) && /^\S/.test(a))));
  assert.deepEqual(
    unexpected.map(({ i, line }) => `${i + 1}: ${line}`),
    [],
    'unflagged lines that changed',
  );
  assert.ok(added.length <= flagged.size + before.filter((_, i) => !keptA.has(i) && !flagged.has(i)).length, 'more new lines than changed ones');
  const left = lintText(fixed.text, options).findings.filter((f) => f.fixes?.some((fix) => !fix.manual) && f.file === undefined);
  assert.deepEqual(
    left.map((f) => f.ruleId),
    [],
    'fixable findings left after fix-all',
  );
  tally.zones++;
  if (fixed.applied > 0) tally.zonesFixed++;
  tally.fixes += fixed.applied;
  tally.changedLines += before.length - keptA.size;
});

after(() => {
  process.stdout.write(
    `# fix-all: ${tally.zones} zones, ${tally.zonesFixed} with fixes, ${tally.fixes} fixes applied, ${tally.changedLines} lines changed or removed, every other line identical\n`,
  );
});
