/**
 * Simple lines (`label [ttl] [IN] type rdata`) take a quick way through the streamed parse: no tokens,
 * ranges or owner names are made for them. That way must read exactly what the full parser reads,
 * and leave every other line to it: the lean lint equals the editor's lint, and the rules' index holds
 * the same owners and types, on zones of simple lines, near-simple lines and random edits of them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lintFindings, lintText, streamedZone } from '../../../src/core/lint';
import type { Finding } from '../../../src/core/types';
import { indexZone } from '../../../src/core/rules/zoneIndex';
import { typeName } from '../../../src/core/rules/ownerTable';
import { nameKey } from '../../../src/core/zone/names';
import type { ZoneRecord } from '../../../src/core/zone/model';
import { parseZone, streamZone } from '../../../src/core/zone/parser';
import { labelCode } from '../../../src/core/zone/labelCode';
import { SimpleLine } from '../../../src/core/zone/simpleLine';
import { asciiCodes } from '../../../src/core/zone/asciiCodes';
import { checkProperty, fuzzRuns } from '../hardening/fuzz';
import { memoryIncludes } from '../hardening/zoneGrammar';

/** `line.read` on `text` from `offset`, with the text's codes as the parser makes them. */
function read(line: SimpleLine, text: string, offset = 0): boolean {
  return line.read(text, asciiCodes(text), offset);
}

test('SimpleLine reads the parts of a simple line where they stand', () => {
  const line = new SimpleLine();
  const text = 'x\nmail 300 IN MX 10 mx1.example.net.  \r\nnext';
  assert.ok(read(line, text, 2));
  assert.deepEqual(
    { owner: text.slice(line.start, line.ownerEnd), ttl: line.ttl, classWritten: line.classWritten, type: line.type, preference: line.preference },
    { owner: 'mail', ttl: 300, classWritten: true, type: 'MX', preference: 10 },
  );
  assert.equal(text.slice(line.nameStart, line.nameEnd), 'mx1.example.net.');
  assert.equal(line.end, text.indexOf('  \r'));
  assert.equal(line.next, text.indexOf('next'));

  const cases: [string, boolean][] = [
    ['h1 IN A 192.0.2.1', true],
    ['h1\tA\t192.0.2.1', true],
    ['h1 IN 300 AAAA ::ffff:192.0.2.1', true],
    ['h1 TXT "one; (two)" "three"', true],
    ['h1 CNAME target', true],
    ['h1 IN A 0.0.0.0', true],
    ['h1 IN A 255.255.255.255', true],
    ['h1 IN A 192.0.2.256', false],
    ['h1 IN A 1.2.3', false],
    ['h1 IN A 1.2.3.4.5', false],
    ['h1 IN A 1.2.3.4x', false],
    ['h1 IN A 1..2.3', false],
    ['h1 IN A 01.2.3.4', false],
    ['h1 IN A 192.0.2.1 ; comment', false],
    ['h1 IN A ( 192.0.2.1 )', false],
    ['h1 1h A 192.0.2.1', false],
    ['h1 in a 192.0.2.1', false],
    ['h1 CH A 192.0.2.1', false],
    ['h1 TXT "a\\"b"', false],
    ['h1 TXT unquoted', false],
    [`h1 TXT "${'x'.repeat(256)}"`, false],
    ['h1 MX 65536 mail', false],
    ['h1 MX 10 .', false],
    ['h1 MX 10 a..b', false],
    ['h1 CNAME @', false],
    [' IN A 192.0.2.1', false],
    ['a.b IN A 192.0.2.1', false],
    ['h1 IN A 192.0.2.1 192.0.2.2', false],
    ['h1 IN A', false],
    ['h1 IN NS ns1', false],
    ['h1 IN A 192.0.2.1\u0000', false],
    // Types are told by their first letter: near misses go the full way.
    ['h1 AAAA\t::1', true],
    ['h1 AA 192.0.2.1', false],
    ['h1 AAA ::1', false],
    ['h1 AAAAA ::1', false],
    ['h1 MXX 10 mail', false],
    ['h1 M 10 mail', false],
    ['h1 TX "a"', false],
    ['h1 TXTX "a"', false],
    ['h1 CNAM target', false],
    ['h1 CNAMEX target', false],
    ['h1 A', false],
    // Characters beyond ASCII, in every field, and where a blank stands.
    ['hé IN A 192.0.2.1', false],
    ['h1 TXT "café"', false],
    ['h1 TXT "\u{1F4E7}"', false],
    ['h1 MX 10 mäil', false],
    ['h1 CNAME tärget', false],
    ['h1\u00a0IN A 192.0.2.1', false],
    ['h1 IN A 192.0.2.1\u2003', false],
    ['h1 IN AAAA 2001:db8::\u0661', false],
  ];
  for (const [written, simple] of cases) assert.equal(read(line, written), simple, written);

  // The owner label's code, worked out as its end is found, is the owner table's.
  for (const owner of ['h', 'h1', 'abcd9', 'abcde6', 'Mail-01_x', 'abcdefghij', 'abcdefghijk', '_________', `${'z'.repeat(63)}`]) {
    assert.ok(read(line, `${owner} A 192.0.2.1`), owner);
    assert.equal(line.ownerCode, labelCode(owner, 0, owner.length), owner);
  }
  assert.notEqual(labelCode('abcdefghij', 0, 10), -1);
  assert.equal(labelCode('abcdefghijk', 0, 11), -1);
});

/** Lines a zone is made of: simple ones, and near-simple ones that the full parser must read. */
const zoneLine = fc.constantFrom(
  'h1 IN A 192.0.2.1',
  'h1 300 IN A 192.0.2.1',
  'H1\tIN 60\tA\t192.0.2.1',
  'mail IN A 192.0.2.2',
  'h2 IN AAAA 2001:db8::1',
  'h2 AAAA ::ffff:1.2.3.4',
  'h3 IN TXT "v=spf1 -all" "x"',
  'h4 IN MX 10 mail',
  'h4 MX 20 mail.example.com.',
  'h5 IN CNAME h1',
  'h5 IN CNAME mail.example.net.',
  'h6 IN MX 10 h5',
  `h7 IN CNAME ${'c'.repeat(63)}`,
  `h7 IN CNAME ${'c'.repeat(64)}`,
  // Relative targets of 237 to 242 characters and an absolute one of 244, around the 255-byte limit under each origin.
  `h8 IN CNAME ${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(54)}`,
  `h8 IN CNAME ${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(55)}`,
  `h8 IN CNAME ${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(58)}`,
  `h8 IN CNAME ${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(59)}`,
  `h8 IN CNAME ${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(60)}.${'e'.repeat(60)}.`,
  'h9 IN MX 10 h8',
  'h6 IN MX 0 nohost',
  '_dmarc IN TXT "v=DMARC1; p=none"',
  'a-b_c IN A 10.0.0.1',
  '0 IN A 10.0.0.2',
  'abcdefghijk IN A 10.0.0.3',
  `${'l'.repeat(63)} IN A 10.0.0.4`,
  `${'l'.repeat(64)} IN A 10.0.0.4`,
  '@ IN MX 10 mail',
  '@ IN A 192.0.2.9',
  '* IN A 192.0.2.10',
  'x.y IN A 192.0.2.11',
  '  IN A 192.0.2.12',
  '\tIN TXT "inherits"',
  '  IN MX 30 mail',
  'h1 IN A 192.0.2.256',
  'h1 in a 1.2.3.4',
  'h1 IN A 1.2.3.4 ; comment',
  'h1 IN A ( 1.2.3.4 )',
  'h1 1h IN A 1.2.3.4',
  'h1 4294967296 A 1.2.3.4',
  'h1 CH A 1.2.3.4',
  'h1 IN TXT "a\\"b"',
  'h1 IN MX 10 .',
  'h1 IN CNAME a..b',
  'h1 IN AAAA 1::2::3',
  '$ORIGIN sub.example.com.',
  '$ORIGIN example.net.',
  '$ORIGIN com.',
  '$ORIGIN example.com.',
  '$TTL 60',
  '$INCLUDE inc/mail.inc',
  '$INCLUDE "inc/mail.inc" sub',
  '; a comment',
  '',
);

const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\r');

const zone = fc
  .record({
    ttl: fc.constantFrom('$TTL 3600\n', ''),
    soa: fc.constantFrom('@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n', '@ 300 CH SOA ns1 hostmaster 1 7200 3600 1209600 300\n', ''),
    lines: fc.array(fc.tuple(zoneLine, lineEnd), { maxLength: 40 }),
    origin: fc.constantFrom('example.com.', '.', 'sub.example.com.'),
  })
  .map(({ ttl, soa, lines, origin }) => ({ text: ttl + soa + lines.map(([line, end]) => line + end).join(''), origin }));

const typedText = fc.string({ unit: fc.constantFrom(...'a1.@$()";\\ \t_-:IN9'.split(''), '\n', '\r'), maxLength: 4 });
const edits = fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: typedText }), { maxLength: 4 });

function withoutFixes(findings: Finding[]): Finding[] {
  return findings.map(({ fixes: _fixes, ...finding }) => finding);
}

/** Every owner of a full parse, with its types as the rules' index lists them. */
function ownerTypes(text: string, origin: string): Map<string, string[]> {
  const zone = streamedZone(text, { origin, include: memoryIncludes });
  const owners = indexZone(zone).owners;
  const types = new Map<string, string[]>();
  for (const record of parseZone(text, { origin, include: memoryIncludes }).records) {
    const entry = owners.entryOf(record.owner);
    types.set(nameKey(record.owner), entry < 0 ? [] : owners.typesOf(entry).map(typeName));
  }
  return types;
}

function expectedOwnerTypes(text: string, origin: string): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const record of parseZone(text, { origin, include: memoryIncludes }).records) {
    const list = types.get(nameKey(record.owner)) ?? [];
    if (!list.includes(record.type)) list.push(record.type);
    types.set(nameKey(record.owner), list);
  }
  return types;
}

test('zones of simple and near-simple lines, edited at random: the lean lint and its index equal the full ones', (t) => {
  let simpleZones = 0;
  checkProperty(
    t,
    'simple lines',
    fc.record({ zone, edits }),
    ({ zone: { origin }, zone: generated, edits: steps }) => {
      let text = generated.text;
      for (const { at, remove, insert } of steps) {
        const start = at % (text.length + 1);
        text = text.slice(0, start) + insert + text.slice(start + remove);
      }
      const options = { origin, trustedMxHosts: ['mail.example.net'], include: memoryIncludes };
      assert.deepEqual(lintFindings(text, options), withoutFixes(lintText(text, options).findings));
      assert.deepEqual(ownerTypes(text, origin), expectedOwnerTypes(text, origin));
      if (/^h\d IN A /m.test(text)) simpleZones++;
    },
    process.env.MXG_FUZZ_RUNS ? fuzzRuns : 1500,
  );
  assert.ok(simpleZones > 100, `only ${simpleZones} zones had a simple line`);
});

test('sequences the random zones rarely make: an owner outside the zone warned about again after a simple line; an owner inherited across $ORIGIN', () => {
  const zones = [
    '$TTL 300\n$ORIGIN example.net.\nh1 IN A 192.0.2.1\n$ORIGIN example.com.\nh2 IN A 192.0.2.2\n$ORIGIN example.net.\nh1 IN A 192.0.2.3\n',
    // The inherited owner is h1.example.com. (a CNAME beside its address), whatever the origin has become.
    '$TTL 300\nh1 IN A 192.0.2.1\n$ORIGIN example.net.\n  IN CNAME h2.example.com.\n',
  ];
  for (const text of zones) {
    const expected = withoutFixes(lintText(text, { origin: 'example.com' }).findings);
    assert.ok(expected.length > 0);
    assert.deepEqual(lintFindings(text, { origin: 'example.com' }), expected, text);
  }
});

test('the quick way is taken: simple A lines reach the filter as labels, MX and TXT lines as slim records', () => {
  const lines = ['$TTL 300', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1'];
  for (let i = 0; i < 500; i++) lines.push(`h${i} IN A 192.0.2.${i % 250}`, `h${i} IN TXT "n${i}"`, `m${i} IN MX 10 h${i}`);
  const text = lines.join('\n') + '\n';
  const labelled: string[] = [];
  const kept: ZoneRecord[] = [];
  streamZone(text, { origin: 'example.com' }, (record) => kept.push(record), {
    keeps: (_owner, type) => type === 'MX' || type === 'SOA' || type === 'NS',
    skipped: () => {},
    skippedLabelled: (owner, type) => labelled.push(`${owner.text.slice(owner.start, owner.end)} ${owner.origin} ${type}`) > 0,
    slimRecords: true,
  });
  assert.equal(labelled.length, 501);
  assert.equal(labelled[2], 'h1 example.com. A');
  const txt = kept.filter((record) => record.type === 'TXT');
  assert.equal(txt.length, 500);
  // A slim TXT record has its strings and their tokens, as the mail rules read them, made when read.
  assert.equal(txt[7].owner, 'h7.example.com.');
  assert.ok(txt[7].rdata.type === 'TXT');
  assert.deepEqual(txt[7].rdata.strings, ['n7']);
  assert.deepEqual(txt[7].rdataTokens, [{ text: '"n7"', range: { start: { line: 26, character: 10 }, end: { line: 26, character: 14 } } }]);
  const mx = kept.filter((record) => record.type === 'MX');
  assert.equal(mx.length, 500);
  assert.deepEqual(mx[7].rdataTokens, []);
  // Slim records make their ranges when read.
  const { rdata, range, typeRange } = mx[7];
  assert.ok(rdata.type === 'MX');
  assert.deepEqual(
    { preference: rdata.preference, exchange: rdata.exchange, exchangeWritten: rdata.exchangeWritten, exchangeRange: rdata.exchangeRange },
    {
      preference: 10,
      exchange: 'h7.example.com.',
      exchangeWritten: 'h7',
      exchangeRange: { start: { line: 27, character: 12 }, end: { line: 27, character: 14 } },
    },
  );
  assert.deepEqual(range, { start: { line: 27, character: 0 }, end: { line: 27, character: 14 } });
  assert.deepEqual(typeRange, range);
  assert.equal(mx[7].owner, 'm7.example.com.');
  assert.equal(mx[7].ttl, 300);
});
