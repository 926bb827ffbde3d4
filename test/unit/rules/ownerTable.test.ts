/** The owner table must answer exactly as a Map of names would, whether a name is stored compactly or not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OwnerTable, typeCode, typeName } from '../../../src/core/rules/ownerTable';
import { seededRandom } from '../../../src/core/delivery/random';

/** Notes a record at `name` and returns its owner's entry, as the rules' index does. */
function add(table: OwnerTable, name: string, type: number): number {
  return table.ticketEntry(table.addLater(name, type, true));
}

const A = typeCode('A');
const MX = typeCode('MX');
const TXT = typeCode('TXT');

test('compact and other names are found exactly, with their types in first-seen order', () => {
  const table = new OwnerTable();
  const names = [
    'h1.example.com.',
    'abcdefghij.example.com.',
    'abcdefghijk.example.com.',
    'a\\.b.example.com.',
    '*.example.com.',
    'com.',
    'x_y-z.sub.example.com.',
    'é.example.com.',
  ];
  const entries = names.map((name) => add(table, name, A));
  assert.equal(new Set(entries).size, names.length, 'every name has its own entry');
  assert.equal(table.size, names.length);
  for (const [i, name] of names.entries()) assert.equal(table.entryOf(name), entries[i], name);
  // Queued, then filed in the order they came.
  table.addLater('h1.example.com.', TXT);
  table.addLabelled('h1', 0, 2, 'example.com.', MX);
  table.addLater('H1.EXAMPLE.COM.', TXT);
  assert.deepEqual(table.typesOf(entries[0]).map(typeName), ['A', 'TXT', 'MX']);
  assert.ok(table.hasType(entries[0], MX));
  assert.ok(!table.hasType(entries[1], MX));
  // Near misses: a prefix, a longer label, another parent, the parent itself.
  for (const absent of ['h.example.com.', 'h11.example.com.', 'h1.example.org.', 'example.com.', 'h1.com.', 'abcdefghijkl.example.com.', 'org.']) {
    assert.equal(table.entryOf(absent), -1, absent);
    assert.ok(!table.has(absent), absent);
  }
});

test('many types at one owner keep their first-seen order, however many and whatever their codes', () => {
  // Codes past what a packed field holds: a thousand types are made known first.
  const rare = Array.from({ length: 1100 }, (_, i) => typeCode(`TYPE${60000 + i}`));
  const orders = [
    ['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'NS', 'SRV'],
    ['TXT', 'TYPE61050', 'A', 'MX', 'AAAA'],
    ['MX', 'A', 'TYPE61090', 'TYPE61099', 'AAAA', 'TXT'],
  ];
  assert.ok(rare.at(-1)! > 1023);
  const table = new OwnerTable();
  orders.forEach((types, i) => {
    const owner = `o${i}.example.com.`;
    // Each type twice, interleaved: a repeat must not be noted again.
    for (const type of [...types, ...types]) table.addLater(owner, typeCode(type));
    const entry = table.entryOf(owner);
    assert.deepEqual(table.typesOf(entry).map(typeName), types);
    for (const type of types) assert.ok(table.hasType(entry, typeCode(type)), type);
    assert.ok(!table.hasType(entry, typeCode('PTR')));
    assert.ok(table.hasOtherType(entry, typeCode(types[0])));
  });
});

test('a hundred thousand random names agree with a Map', () => {
  const random = seededRandom(11);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_.';
  const parents = ['example.com.', 'sub.example.com.', 'other.example.', ''];
  const table = new OwnerTable();
  const reference = new Map<string, number>();
  const label = () => Array.from({ length: 1 + Math.floor(random() * 13) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  // Names come as strings or as a label of a text under an origin, queued and filed by turns.
  const tickets: [string, number][] = [];
  for (let i = 0; i < 100_000; i++) {
    const first = label();
    const parent = parents[Math.floor(random() * parents.length)];
    const name = `${first}.${parent}`;
    const labelled = !first.includes('.') && random() < 0.5;
    tickets.push([
      name,
      labelled ? table.addLabelled(`x ${first} y`, 2, 2 + first.length, parent === '' ? '.' : parent, A, true) : table.addLater(name, A, true),
    ]);
  }
  for (const [name, ticket] of tickets) {
    const entry = table.ticketEntry(ticket);
    const known = reference.get(name);
    if (known === undefined) reference.set(name, entry);
    else assert.equal(entry, known, name);
  }
  assert.equal(table.size, reference.size);
  for (const [name, entry] of reference) assert.equal(table.entryOf(name), entry, name);
  let absentChecked = 0;
  for (let i = 0; i < 20_000; i++) {
    const name = `${label()}.${parents[Math.floor(random() * parents.length)]}`;
    if (reference.has(name)) continue;
    assert.equal(table.entryOf(name), -1, name);
    absentChecked++;
  }
  assert.ok(absentChecked > 1000);
});

test('someOwnerEndsWith sees names stored either way', () => {
  const compact = new OwnerTable();
  compact.addLater('s1._domainkey.example.com.', TXT);
  assert.ok(compact.someOwnerEndsWith('._domainkey.example.com.'));
  assert.ok(!compact.someOwnerEndsWith('._domainkey.example.org.'));
  const deeper = new OwnerTable();
  deeper.addLater('s1.a._domainkey.example.com.', TXT);
  assert.ok(deeper.someOwnerEndsWith('._domainkey.example.com.'));
  const named = new OwnerTable();
  named.addLater('selector-of-many-chars._domainkey.example.com.', TXT);
  assert.ok(named.someOwnerEndsWith('._domainkey.example.com.'));
  const none = new OwnerTable();
  none.addLater('_domainkey.example.com.', TXT);
  assert.ok(!none.someOwnerEndsWith('._domainkey.example.com.'));
});
