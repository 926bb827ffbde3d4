/**
 * Property and mutation tests of the zone parser and every rule (through lintText): for generated zones
 * and byte-mutated corpus zones they never throw, give only ranges inside the document, give the same
 * output for the same input, and take linear time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lintText, type LintResult } from '../../../src/core/lint';
import type { IncludeReader } from '../../../src/core/zone/model';
import { assertLinear, assertRangeInside, checkProperty, corpusFiles, lineLengths, mutatedText } from './fuzz';
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

test('byte-level mutations of every corpus zone: no throw, ranges inside, idempotent', (t) => {
  const zones = corpusFiles('zones');
  assert.ok(zones.length >= 30, `expected the corpus zones, found ${zones.length}`);
  // Each corpus zone once as it is, then mutated.
  for (const zone of zones) checkIdempotent(zone.bytes.toString('utf8'), 'example.com.', memoryIncludes);
  checkProperty(t, 'mutated corpus zones', mutatedText(zones), ({ text }) => checkIdempotent(text, 'example.com.', memoryIncludes));
});

test('failing cases found by earlier fuzz runs stay fixed', () => {
  for (const { text, origin } of zoneRegressions) checkIdempotent(text, origin, memoryIncludes);
});

test('parse and lint time is linear in the input', (t) => {
  const lint = (text: string) => void lintText(text, { ...options, origin: 'example.com.', include: memoryIncludes });
  // A zone of many names, each with MX, address and TXT records (the common large zone).
  const block = (i: number) =>
    `host${i} 300 IN MX 10 mx${i}\nhost${i} 300 IN MX 20 backup${i}.example.net.\nmx${i} 300 IN A 192.0.2.${i % 250}\nhost${i} 300 TXT "v=spf1 -all" ; note\n`;
  const zoneOf = (n: number) => '$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\n' + Array.from({ length: n }, (_, i) => block(i)).join('');
  assertLinear(t, 'many names', zoneOf(1000), zoneOf(10000), lint);
  // Hostile shapes: every record at one name (rules that pair records by owner), one long ( … ) span,
  // and a long run of the same inherited-owner MX (duplicates).
  const oneOwner = (n: number) => '$TTL 300\n' + Array.from({ length: n }, (_, i) => `@ MX ${i % 65536} mx${i}.example.org.\n`).join('');
  assertLinear(t, 'one owner, many MX', oneOwner(2000), oneOwner(20000), lint);
  const duplicates = (n: number) => '$TTL 300\n@ MX 10 mx.example.net.\n' + '  MX 10 mx.example.net.\n'.repeat(n);
  assertLinear(t, 'many duplicate MX', duplicates(1000), duplicates(10000), lint);
  const span = (n: number) => '$TTL 300\n@ TXT ( ' + '"abc"\n '.repeat(n) + ')\n';
  // From about 50,000 tokens in one record the garbage collector's share grows faster than linear
  // (10,000 -> 100,000 tokens measured ×30 to ×50, with half the time in GC, before and after the
  // parser's speed work); at these sizes a quadratic step of ours would still show as ×100.
  assertLinear(t, 'one long ( … ) span', span(3000), span(30000), lint);
  // The corpus zones joined and repeated (without those whose NUL byte or unclosed "(" would end the parse).
  const corpus = corpusFiles('zones')
    .map((f) => f.bytes.toString('utf8'))
    .filter(
      (text) => !text.includes('\0') && !lintText(text, { origin: 'example.com.' }).zone.problems.some((p) => p.message.includes('never closed')),
    )
    .join('\n');
  assertLinear(t, 'corpus zones repeated', corpus.repeat(10), corpus.repeat(100), lint);
});
