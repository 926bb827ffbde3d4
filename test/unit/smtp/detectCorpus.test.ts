// Precision and recall of findReplies on the hand-labelled corpus set (test/fixtures/smtp/labels.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, fixturesDir } from '../../paths';
import { findReplies } from '../../../src/core/smtp/detect';

interface Label {
  file: string;
  line: number;
  column: number;
  code: string;
}

const labelled: { files: string[]; labels: Label[] } = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'smtp', 'labels.json'), 'utf8'));

/** "file:line:column:code" for every code the detector finds, one key per basic or enhanced part. */
function detectedKeys(file: string): string[] {
  const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
  const keys: string[] = [];
  for (const reply of findReplies(text)) {
    if (reply.code) keys.push(`${file}:${reply.codeRange!.start.line + 1}:${reply.codeRange!.start.character + 1}:${reply.code}`);
    if (reply.enhanced) keys.push(`${file}:${reply.enhancedRange!.start.line + 1}:${reply.enhancedRange!.start.character + 1}:${reply.enhanced}`);
  }
  return keys;
}

test('detection on the labelled corpus: precision >= 99%, recall >= 97%', () => {
  const expected = new Set(labelled.labels.map((l) => `${l.file}:${l.line}:${l.column}:${l.code}`));
  const found = new Set(labelled.files.flatMap(detectedKeys));
  const truePositives = [...found].filter((k) => expected.has(k));
  const falsePositives = [...found].filter((k) => !expected.has(k));
  const missed = [...expected].filter((k) => !found.has(k));
  const precision = truePositives.length / found.size;
  const recall = truePositives.length / expected.size;
  console.log(
    `smtp detection: ${labelled.files.length} files, ${expected.size} labelled codes, ${found.size} found; ` +
      `precision ${(precision * 100).toFixed(2)}%, recall ${(recall * 100).toFixed(2)}%`,
  );
  if (falsePositives.length) console.log(`  false positives: ${falsePositives.join(', ')}`);
  if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
  assert.ok(expected.size >= 200, 'the labelled set is large enough to measure');
  assert.ok(precision >= 0.99, `precision ${precision}`);
  assert.ok(recall >= 0.97, `recall ${recall}`);
});

test('every labelled position holds the labelled code (the labels match the corpus)', () => {
  for (const label of labelled.labels) {
    const line = fs.readFileSync(path.join(corpusDir, label.file), 'utf8').split(/\r\n|\r|\n/)[label.line - 1];
    assert.equal(line.slice(label.column - 1, label.column - 1 + label.code.length), label.code, `${label.file}:${label.line}:${label.column}`);
  }
});
