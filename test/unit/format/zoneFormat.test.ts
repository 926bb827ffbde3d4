import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { FORMAT_STOPS, formatZone, formatZoneText } from '../../../src/core/format/zoneFormat';
import { dumpZone } from '../../../src/core/zone/dump';
import { parseZone } from '../../../src/core/zone/parser';
import { corpusDir, corpusSkip, fixturesDir } from '../../paths';
import { corpusZoneFiles, fixtureZoneFiles, type ZoneFile } from '../../corpus/corpusZones';

const spaces = { origin: 'example.com.', tabSize: 8, insertSpaces: true };
const tabs = { origin: 'example.com.', tabSize: 8, insertSpaces: false };

function formatted(text: string, options = spaces): string {
  const result = formatZoneText(text, options);
  if ('error' in result) assert.fail(`refused: ${result.error.message}`);
  return result.text;
}

const zone = [
  '$ORIGIN example.com.',
  '$TTL 1h',
  '; a comment line',
  '@ IN SOA ns1 hostmaster (',
  '  1 2h 30m 2w 5m )',
  '',
  'www 300 IN A 192.0.2.1 ; web',
  '  AAAA 2001:db8::1',
  'mail IN 1H MX 10 mx1.example.net.',
  'sub.example.com. in txt "a  b;c"',
].join('\n');

test('fields start at the fixed stops; names, TTLs, classes and everything after the type stay as written', () => {
  const lines = formatted(zone).split('\n');
  const pad = (text: string, to: number) => text.padEnd(to, ' ');
  assert.deepEqual(lines, [
    '$ORIGIN example.com.',
    '$TTL 1h',
    '; a comment line',
    '@ IN SOA ns1 hostmaster (',
    '  1 2h 30m 2w 5m )',
    '',
    pad(pad(pad(pad('www', FORMAT_STOPS.ttl) + '300', FORMAT_STOPS.rrclass) + 'IN', FORMAT_STOPS.type) + 'A', FORMAT_STOPS.rdata) + '192.0.2.1 ; web',
    pad('', FORMAT_STOPS.type) + pad('AAAA', FORMAT_STOPS.rdata - FORMAT_STOPS.type) + '2001:db8::1',
    pad(pad(pad(pad('mail', FORMAT_STOPS.ttl) + '1H', FORMAT_STOPS.rrclass) + 'IN', FORMAT_STOPS.type) + 'MX', FORMAT_STOPS.rdata) +
      '10 mx1.example.net.',
    pad(pad('sub.example.com.', FORMAT_STOPS.rrclass) + 'in', FORMAT_STOPS.type) + pad('txt', FORMAT_STOPS.rdata - FORMAT_STOPS.type) + '"a  b;c"',
  ]);
});

test("with tabs, each stop is reached by tabs of the client's width", () => {
  const lines = formatted('www 300 IN A 192.0.2.1\n', tabs).split('\n');
  assert.equal(lines[0], 'www\t\t\t300\tIN\tA\t192.0.2.1');
  assert.equal(formatted('www 300 IN A 192.0.2.1\n', { ...tabs, tabSize: 4 }).split('\n')[0], 'www\t\t\t\t\t\t300\t\tIN\t\tA\t\t192.0.2.1');
});

test('a field wider than its column is followed by one blank, and later stops still hold', () => {
  const owner = 'a-very-long-owner-name-beyond-the-column';
  assert.equal(formatted(`$TTL 1h\n${owner} IN A 192.0.2.1\n`).split('\n')[1], `${owner} IN A`.padEnd(FORMAT_STOPS.rdata) + '192.0.2.1');
});

test('range formatting touches only the records that start in the range; an edit reformats only its own line', () => {
  const text = '$TTL 1h\na IN A 192.0.2.1\nb IN A 192.0.2.2\nc IN A 192.0.2.3\n';
  const result = formatZone(text, { ...spaces, lines: { first: 2, last: 2 } });
  assert.ok(!('error' in result));
  assert.deepEqual(
    result.edits.map((e) => e.range.start.line),
    [2],
  );
  const once = formatted(text);
  const edited = once.replace('b'.padEnd(FORMAT_STOPS.rrclass) + 'IN', 'bb IN');
  const again = formatZone(edited, spaces);
  assert.ok(!('error' in again));
  assert.deepEqual(
    again.edits.map((e) => e.range.start.line),
    [2],
  );
});

test('CRLF line breaks and a missing final line break are kept', () => {
  assert.equal(
    formatted('$TTL 1h\r\na IN A 192.0.2.1\r\nb IN A 192.0.2.2'),
    `$TTL 1h\r\n${'a'.padEnd(FORMAT_STOPS.rrclass)}IN${' '.repeat(6)}A${' '.repeat(7)}192.0.2.1\r\n${'b'.padEnd(FORMAT_STOPS.rrclass)}IN${' '.repeat(6)}A${' '.repeat(7)}192.0.2.2`,
  );
});

test('a zone with a syntax error is refused with its first error', () => {
  const result = formatZone('$TTL 1h\na IN A 192.0.2.1\nb IN MX 70000 mx.example.net.\nc IN A 300.1.1.1\n', spaces);
  assert.ok('error' in result);
  assert.equal(result.error.range.start.line, 2);
  assert.match(result.error.message, /70000/);
});

/** Formatting never changes a record (the dump is identical) and a second pass changes nothing. */
function checkMeaningAndIdempotence({ file, origin }: ZoneFile): 'formatted' | 'refused' {
  const text = fs.readFileSync(file, 'utf8');
  const options = { origin, tabSize: 8, insertSpaces: false };
  const once = formatZoneText(text, options);
  if ('error' in once) {
    assert.ok(
      parseZone(text, { origin }).problems.some((p) => p.severity === 'error'),
      'refused without a syntax error',
    );
    return 'refused';
  }
  assert.equal(dumpZone(parseZone(once.text, { origin })), dumpZone(parseZone(text, { origin })), 'the dump changed');
  const twice = formatZoneText(once.text, { ...options, insertSpaces: true });
  assert.ok(!('error' in twice));
  const third = formatZoneText(twice.text, { ...options, insertSpaces: true });
  assert.ok(!('error' in third));
  assert.equal(third.text, twice.text, 'a second pass changed the text');
  return 'formatted';
}

test('every fixture zone: the dump is unchanged and formatting twice changes nothing', () => {
  const files = fixtureZoneFiles(path.join(fixturesDir, 'zones'), 'fixtures').concat(fixtureZoneFiles(path.join(fixturesDir, 'rules'), 'rules'));
  assert.ok(files.length > 10);
  const outcomes = files.map((file) => checkMeaningAndIdempotence(file));
  // The bad fixtures with syntax errors are refused; the others are formatted.
  assert.ok(outcomes.includes('refused') && outcomes.includes('formatted'));
});

test('every corpus zone: the dump is unchanged and formatting twice changes nothing', { skip: corpusSkip }, () => {
  const files = corpusZoneFiles(corpusDir);
  assert.ok(files.length > 0, `no zone in ${corpusDir}`);
  let formattedCount = 0;
  for (const file of files) {
    try {
      if (checkMeaningAndIdempotence(file) === 'formatted') formattedCount++;
    } catch (error) {
      assert.fail(`${file.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  assert.ok(formattedCount > files.length / 2, `only ${formattedCount} of ${files.length} corpus zones were formatted`);
});
