/**
 * Property and mutation tests of the zone parser and every rule (through lintText): for generated zones
 * and byte-mutated zones (our own fixtures and examples, and the shared corpus's when it is there) they never
 * throw, give only ranges inside the document, and give the same output for the same input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lintText, type LintResult } from '../../../src/core/lint';
import type { IncludeReader } from '../../../src/core/zone/model';
import { assertRangeInside, checkProperty, lineLengths, mutatedText, zoneSeedSets } from './fuzz';
import { memoryIncludes, zoneOrigin, zoneText } from './zoneGrammar';
import { zoneRegressions } from './regressions';

const options = { trustedMxHosts: ['*.vqnow.com'] };

/**
 * A fix that removes the last line of a file without a final line break ends at the start of the line
 * after it: "the end of the document", which VS Code and applyFixes both clamp to the text's end. Such an
 * end is allowed for edits (as one extra empty line), not for anything else.
 */
function endOfDocumentAllowed(lengths: number[], range: { end: { line: number; character: number } }): number[] {
  return range.end.line === lengths.length && range.end.character === 0 ? [...lengths, 0] : lengths;
}

/** Lints `text` and checks every invariant; throws with the broken one. */
function lintChecked(text: string, origin: string, include: IncludeReader | undefined): LintResult {
  const result = lintText(text, { ...options, origin, fileName: 'fuzz.zone', include });
  const lengths = lineLengths(text);
  const own = <T extends { file?: string }>(items: T[]) => items.filter((item) => item.file === undefined);
  for (const record of own(result.zone.records)) {
    assertRangeInside(record.range, lengths, `record ${record.owner} ${record.type}`);
    assertRangeInside(record.typeRange, lengths, 'record type');
    if (record.ownerRange) assertRangeInside(record.ownerRange, lengths, 'record owner');
    for (const token of record.rdataTokens) assertRangeInside(token.range, lengths, 'rdata token');
  }
  for (const problem of own(result.zone.problems)) assertRangeInside(problem.range, lengths, `problem "${problem.message}"`);
  for (const comment of own(result.zone.comments)) assertRangeInside(comment.range, lengths, 'comment');
  for (const directive of own(result.zone.directives)) assertRangeInside(directive.range, lengths, `directive ${directive.name}`);
  for (const finding of own(result.findings)) {
    assertRangeInside(finding.range, lengths, `finding ${finding.ruleId}`);
    for (const fix of finding.fixes ?? [])
      for (const edit of fix.edits) assertRangeInside(edit.range, endOfDocumentAllowed(lengths, edit.range), `fix "${fix.title}"`);
    assert.ok(finding.message.length > 0, `finding ${finding.ruleId} has an empty message`);
  }
  return result;
}

/** Same input, same output: a second parse and lint of the same text deep-equals the first. */
function checkIdempotent(text: string, origin: string, include: IncludeReader | undefined): void {
  const first = lintChecked(text, origin, include);
  const second = lintText(text, { ...options, origin, fileName: 'fuzz.zone', include });
  assert.deepEqual(second, first);
}

test('zones generated from the grammar: no throw, ranges inside, idempotent', (t) => {
  checkProperty(t, 'grammar zones', fc.record({ text: zoneText, origin: zoneOrigin, withIncludes: fc.boolean() }), ({ text, origin, withIncludes }) =>
    checkIdempotent(text, origin, withIncludes ? memoryIncludes : undefined),
  );
});

for (const seeds of zoneSeedSets) {
  test(`byte-level mutations of every ${seeds.name} zone: no throw, ranges inside, idempotent`, { skip: seeds.skip }, (t) => {
    const zones = seeds.zones();
    assert.ok(zones.length >= seeds.minimum, `expected the ${seeds.name} zones, found ${zones.length}`);
    // Each zone once as it is, then mutated.
    for (const zone of zones) checkIdempotent(zone.bytes.toString('utf8'), 'example.com.', memoryIncludes);
    checkProperty(t, `mutated ${seeds.name} zones`, mutatedText(zones), ({ text }) => checkIdempotent(text, 'example.com.', memoryIncludes));
  });
}

test('failing cases found by earlier fuzz runs stay fixed', () => {
  for (const { text, origin } of zoneRegressions) checkIdempotent(text, origin, memoryIncludes);
});
