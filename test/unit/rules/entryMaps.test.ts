/** The index's maps by owner entry must answer as a Map filled in the same order would; its list of MX targets holds each once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntryMap } from '../../../src/core/rules/entryMap';
import { EntryGroups } from '../../../src/core/rules/entryGroups';
import { indexZone, mxTargets, type MxRecord } from '../../../src/core/rules/zoneIndex';
import { lintText } from '../../../src/core/lint';
import { seededRandom } from '../../../src/core/delivery/random';

/** A stand-in record: the groups only move records about, so any distinct object will do. */
function record(id: number): MxRecord {
  return { id } as unknown as MxRecord;
}

/** MX owners as a zone may list them: in runs, with entries that rise as names first appear, or owners coming back later. */
function ownerSequence(random: () => number, count: number, comeBack: boolean): number[] {
  const owners: number[] = [];
  let next = Math.floor(random() * 5);
  while (owners.length < count) {
    const earlier = comeBack && owners.length > 0 && random() < 0.3;
    const owner = earlier ? owners[Math.floor(random() * owners.length)] : (next += 1 + Math.floor(random() * 3));
    for (let run = 1 + Math.floor(random() * 3); run > 0 && owners.length < count; run--) owners.push(owner);
  }
  return owners;
}

test("MX groups hold each owner's records in file order, owners in the order of their first record, as a Map would", () => {
  const random = seededRandom(8);
  for (let round = 0; round < 300; round++) {
    const owners = ownerSequence(random, Math.floor(random() * 40), round % 2 === 1);
    const records = owners.map((_, i) => record(i));
    const expected = new Map<number, MxRecord[]>();
    owners.forEach((owner, i) => (expected.get(owner) ?? expected.set(owner, []).get(owner)!).push(records[i]));

    const groups = EntryGroups.of(records, Int32Array.from(owners));
    assert.deepEqual([...groups.entries()], [...expected], `owners ${owners.join(',')}`);
    assert.deepEqual([...groups.values()], [...expected.values()]);
    // Only the owners with at least so many records.
    assert.deepEqual(
      [...groups.entries(2)],
      [...expected].filter(([, records]) => records.length >= 2),
    );
    assert.deepEqual(
      [...groups.values(3)],
      [...expected.values()].filter((records) => records.length >= 3),
    );
    assert.deepEqual(groups.all(), [...expected.values()].flat());
    for (let entry = -1; entry < 130; entry++) assert.equal(groups.has(entry), expected.has(entry), `has ${entry}`);
  }
});

test('an entry map keeps the first position of each entry and grows for large entries, as a Map keeps its keys', () => {
  const random = seededRandom(9);
  const map = new EntryMap<number>();
  const expected = new Map<number, number>();
  for (let i = 0; i < 5000; i++) {
    // Mostly small entries, some far beyond the first slots.
    const entry = random() < 0.9 ? Math.floor(random() * 3000) : Math.floor(random() * 2_000_000);
    map.set(entry, i);
    expected.set(entry, i);
  }
  const visited: [number, number][] = [];
  map.forEach((value, entry) => visited.push([entry, value]));
  assert.deepEqual(visited, [...expected]);
  for (const entry of [-1, 0, 1, 2999, 3000, 1_999_999, 2_000_000, 5_000_000]) {
    assert.equal(map.has(entry), expected.has(entry), `has ${entry}`);
    assert.equal(map.get(entry), expected.get(entry), `get ${entry}`);
  }
});

test('MX targets are listed once per spelling and name, in the order they first come', () => {
  const zone = lintText(
    [
      '$TTL 300',
      '@ SOA ns hostmaster 1 2 3 4 5',
      '@ MX 10 mail',
      'a MX 10 mail.example.com.',
      'b MX 10 mail',
      'c MX 20 192.0.2.1',
      'd MX 0 .',
      'e MX 10 MAIL',
      'f MX 30 mail.example.com.',
      '$ORIGIN sub.example.com.',
      'g MX 10 mail',
    ].join('\n'),
    { origin: 'example.com.' },
  ).zone;
  assert.deepEqual(mxTargets(indexZone(zone)), [
    { written: 'mail', exchange: 'mail.example.com.' },
    { written: 'mail.example.com.', exchange: 'mail.example.com.' },
    { written: '192.0.2.1', exchange: '192.0.2.1.example.com.' },
    { written: '.', exchange: '.' },
    { written: 'MAIL', exchange: 'MAIL.example.com.' },
    { written: 'mail', exchange: 'mail.sub.example.com.' },
  ]);
});
