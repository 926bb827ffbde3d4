/**
 * Re-parsing after an edit (`parseZone` with the previous zone) must give exactly what a full parse of
 * the new text gives, for any edit: typed within a line, or adding and removing lines (a full parse then).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseTuning, parseZone } from '../../../src/core/zone/parser';
import type { ParsedZone } from '../../../src/core/zone/model';
import { realisticZone } from '../../bench/zoneGenerator';
import { checkProperty, fuzzRuns, zoneSeedSets } from '../hardening/fuzz';
import { memoryIncludes, zoneOrigin, zoneText } from '../hardening/zoneGrammar';

/** Characters an edit types: zone syntax that changes how lines read, and plain text. */
const typed = fc.string({ unit: fc.constantFrom(...'a1.@$()";\\ \t*-_:xMXINATXTCNAME0'.split(''), '\n', '\r\n'), maxLength: 6 });
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: typed });
type Edit = { at: number; remove: number; insert: string };

function applyEdit(text: string, { at, remove, insert }: Edit): string {
  const start = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(start + remove);
}

/** Applies the edits one by one, each parse reusing the one before, and compares each with a full parse. */
function checkEdits(text: string, origin: string, edits: Edit[], withIncludes = false): number {
  const options = { origin, fileName: 'edited.zone', include: withIncludes ? memoryIncludes : undefined };
  let previous: ParsedZone = parseZone(text, options);
  let reused = 0;
  for (const step of edits) {
    text = applyEdit(text, step);
    const incremental = parseZone(text, options, previous);
    assert.deepEqual(incremental, parseZone(text, options), `after ${JSON.stringify(step)}`);
    if (incremental.records.length > 0 && incremental.records[incremental.records.length - 1] === previous.records[previous.records.length - 1])
      reused++;
    previous = incremental;
  }
  return reused;
}

test('grammar zones: a re-parse after each of a series of edits equals a full parse', (t) => {
  const every = parseTuning.checkpointEvery;
  try {
    // Generated zones are short: a checkpoint at every entry or two lets the re-parse rejoin in them.
    checkProperty(
      t,
      'incremental grammar zones',
      fc.record({
        text: zoneText,
        origin: zoneOrigin,
        edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
        withIncludes: fc.boolean(),
        every: fc.constantFrom(1, 2, 32),
      }),
      ({ text, origin, edits, withIncludes, every }) => {
        parseTuning.checkpointEvery = every;
        checkEdits(text, origin, edits, withIncludes);
      },
    );
  } finally {
    parseTuning.checkpointEvery = every;
  }
});

test('the benchmark zone: edits anywhere equal a full parse, and the records after an edit are reused', (t) => {
  const text = realisticZone(2000);
  let reused = 0;
  checkProperty(
    t,
    'incremental realistic zone',
    fc.array(edit, { minLength: 1, maxLength: 5 }),
    (edits) => {
      reused += checkEdits(text, 'example.com', edits);
    },
    Math.min(fuzzRuns, 300),
  );
  // Typed within a line, most edits leave the last record as it was: the same object, not a copy.
  assert.ok(reused > 0, 'no re-parse reused the previous records');
});

for (const seeds of zoneSeedSets) {
  test(`${seeds.name} zones: edits in each of the first lines equal a full parse`, { skip: seeds.skip }, () => {
    let files = 0;
    for (const { bytes } of seeds.zones()) {
      const text = bytes.toString('utf8');
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)].slice(0, 40);
      checkEdits(
        text,
        'example.com',
        lineStarts.flatMap((at) => [
          { at: at + 3, remove: 1, insert: 'x' },
          { at: at + 3, remove: 0, insert: '(' },
          { at: at + 4, remove: 1, insert: '' },
        ]),
      );
      files++;
    }
    assert.ok(files >= seeds.minimum, `only ${files} ${seeds.name} zones`);
  });
}

test('an edit to a line that sets state for later lines ($ORIGIN, $TTL, a TTL, an owner, a class) re-reads those lines', () => {
  const every = parseTuning.checkpointEvery;
  parseTuning.checkpointEvery = 1;
  try {
    const lines = [
      '$ORIGIN a.example.com.',
      'x 300 A 192.0.2.1',
      '  TXT "inherits owner and TTL"',
      'y CH TXT "class"',
      '$TTL 60',
      'z A 192.0.2.2',
      'w A 192.0.2.3',
    ];
    const text = lines.join('\n') + '\n';
    // The same name outside the zone is reported once per run of it; a broken record in between does not end the run.
    const outside = 'p.other. 300 A 192.0.2.1\np.other. A bad\np.other. A 192.0.2.5\n';
    const cases: Array<[string, string, string]> = [
      [text, '$ORIGIN a.', '$ORIGIN b.'],
      [text, 'x 300', 'x 301'],
      [text, 'x 300', 'q 300'],
      [text, '$TTL 60', '$TTL 61'],
      [text, 'y CH', 'y IN'],
      [text, 'x 300 A', 'x 300 CH A'],
      [text, 'x 300 A', 'x 300 Q'],
      [outside, 'p.other. 300', 'q.other. 300'],
    ];
    for (const [before, from, to] of cases) {
      const at = before.indexOf(from);
      const edited = before.slice(0, at) + to + before.slice(at + from.length);
      const options = { origin: 'example.com' };
      assert.deepEqual(parseZone(edited, options, parseZone(before, options)), parseZone(edited, options), `${from} -> ${to}`);
    }
  } finally {
    parseTuning.checkpointEvery = every;
  }
});
