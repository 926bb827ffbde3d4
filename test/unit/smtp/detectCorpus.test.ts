// Precision and recall of findReplies on the hand-labelled corpus set (test/fixtures/smtp/labels.json): the
// labels are ours, the files they label are the shared corpus's, so these tests skip without it. Our own
// logs and bounces are checked by detect.test.ts and the fuzz tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusFile, corpusSkip, fixturesDir } from '../../paths';
import { findReplies } from '../../../src/core/smtp/detect';

interface Label {
  set: 'tuning' | 'holdout' | 'fresh';
  file: string;
  line: number;
  column: number;
  code: string;
}

const labelled: { sets: Record<Label['set'], string[]>; labels: Label[] } = JSON.parse(
  fs.readFileSync(path.join(fixturesDir, 'smtp', 'labels.json'), 'utf8'),
);

/** "file:line:column:code" for every code the detector finds, one key per basic or enhanced part. */
function detectedKeys(file: string): string[] {
  const text = fs.readFileSync(corpusFile(file), 'utf8');
  const keys: string[] = [];
  for (const reply of findReplies(text)) {
    if (reply.code) keys.push(`${file}:${reply.codeRange!.start.line + 1}:${reply.codeRange!.start.character + 1}:${reply.code}`);
    if (reply.enhanced) keys.push(`${file}:${reply.enhancedRange!.start.line + 1}:${reply.enhancedRange!.start.character + 1}:${reply.enhanced}`);
  }
  return keys;
}

interface Score {
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  missed: string[];
}

function score(files: string[], labels: Label[]): Score {
  const expected = new Set(labels.map((l) => `${l.file}:${l.line}:${l.column}:${l.code}`));
  const found = new Set(files.flatMap(detectedKeys));
  const truePositives = [...found].filter((k) => expected.has(k)).length;
  return {
    labelled: expected.size,
    found: found.size,
    precision: truePositives / found.size,
    recall: truePositives / expected.size,
    falsePositives: [...found].filter((k) => !expected.has(k)),
    missed: [...expected].filter((k) => !found.has(k)),
  };
}

function report(name: string, files: string[], s: Score): void {
  console.log(
    `smtp detection, ${name}: ${files.length} files, ${s.labelled} labelled codes, ${s.found} found; ` +
      `precision ${(s.precision * 100).toFixed(2)}%, recall ${(s.recall * 100).toFixed(2)}%`,
  );
  if (s.falsePositives.length) console.log(`  false positives: ${s.falsePositives.join(', ')}`);
  if (s.missed.length) console.log(`  missed: ${s.missed.join(', ')}`);
}

test('detection on the labelled corpus: precision >= 99%, recall >= 97%', { skip: corpusSkip }, () => {
  for (const set of ['tuning', 'holdout', 'fresh'] as const) {
    report(
      `${set} set`,
      labelled.sets[set],
      score(
        labelled.sets[set],
        labelled.labels.filter((l) => l.set === set),
      ),
    );
  }
  const allFiles = Object.values(labelled.sets).flat();
  const all = score(allFiles, labelled.labels);
  report('all', allFiles, all);
  assert.ok(all.labelled >= 300, 'the labelled set is large enough to measure');
  assert.ok(all.precision >= 0.99, `precision ${all.precision}`);
  assert.ok(all.recall >= 0.97, `recall ${all.recall}`);
});

test('every labelled position holds the labelled code (the labels match the corpus)', { skip: corpusSkip }, () => {
  for (const label of labelled.labels) {
    const line = fs.readFileSync(corpusFile(label.file), 'utf8').split(/\r\n|\r|\n/)[label.line - 1];
    assert.equal(line.slice(label.column - 1, label.column - 1 + label.code.length), label.code, `${label.file}:${label.line}:${label.column}`);
  }
});
