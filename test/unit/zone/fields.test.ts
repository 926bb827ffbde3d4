import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatIPv6, parseIPv4, parseIPv6, readIPv6 } from '../../../src/core/zone/addresses';
import { isSubdomain, nameKey, normalizeOrigin, parseName } from '../../../src/core/zone/names';
import { guessOrigin, originFromFileName, originFromSoa } from '../../../src/core/zone/origin';
import { lookupClass, lookupType } from '../../../src/core/zone/rrtypes';
import { parseTtl } from '../../../src/core/zone/ttl';

describe('names', () => {
  test('absolute, relative, @, root, and the canonical key', () => {
    assert.deepEqual(parseName('www', 'example.com.'), { name: 'www.example.com.' });
    assert.deepEqual(parseName('WWW.Example.NET.', 'example.com.'), { name: 'WWW.Example.NET.' });
    assert.deepEqual(parseName('@', 'example.com.'), { name: 'example.com.' });
    assert.deepEqual(parseName('.', 'example.com.'), { name: '.' });
    assert.deepEqual(parseName('host', '.'), { name: 'host.' });
    assert.equal(nameKey('Mail.Example.COM.'), 'mail.example.com.');
    assert.equal(normalizeOrigin('Example.com'), 'Example.com.');
    assert.equal(normalizeOrigin(''), '.');
  });

  test('escapes are decoded and printed as BIND does; limits are checked in bytes', () => {
    assert.deepEqual(parseName('\\097b\\.c', 'x.'), { name: 'ab\\.c.x.' });
    assert.deepEqual(parseName('a\\ b', 'x.'), { name: 'a\\032b.x.' });
    assert.deepEqual(parseName('caf\u00e9', 'x.'), { name: 'caf\\195\\169.x.' });
    assert.deepEqual(parseName('a\\256', 'x.'), { error: 'bad escape in name "a\\256": \\256 is above 255' });
    assert.deepEqual(parseName(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}.`, '.'), {
      name: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}.`,
    });
    assert.deepEqual(parseName(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}.`, '.'), {
      error: `name "${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}." is longer than 255 bytes`,
    });
  });

  test('isSubdomain compares whole labels, case-insensitively', () => {
    assert.equal(isSubdomain('a.Example.com.', 'example.COM.'), true);
    assert.equal(isSubdomain('example.com.', 'example.com.'), true);
    assert.equal(isSubdomain('badexample.com.', 'example.com.'), false);
    // `a\.example` is one label: the name is below com. but not below example.com.
    assert.equal(isSubdomain('a\\.example.com.', 'com.'), true);
    assert.equal(isSubdomain('a\\.example.com.', 'example.com.'), false);
  });
});

describe('TTLs', () => {
  test('plain seconds and unit forms, in any case', () => {
    assert.equal(parseTtl('3600'), 3600);
    assert.equal(parseTtl('1h30m'), 5400);
    assert.equal(parseTtl('2W'), 1209600);
    assert.equal(parseTtl('1d1S'), 86401);
    assert.equal(parseTtl('4294967295'), 4294967295);
  });
  test('refuses what BIND refuses: unknown units, a bare number after a unit, overflow', () => {
    assert.equal(parseTtl('1x'), -1);
    assert.equal(parseTtl('1h30'), -1);
    assert.equal(parseTtl('h'), -1);
    assert.equal(parseTtl(''), -1);
    assert.equal(parseTtl('4294967296'), -2);
    assert.equal(parseTtl('7102W'), -2);
  });
});

describe('addresses', () => {
  test('IPv4: four decimal octets, no leading zeros', () => {
    assert.deepEqual(parseIPv4('192.0.2.1'), [192, 0, 2, 1]);
    for (const bad of ['192.0.2', '192.0.2.1.5', '256.0.0.1', '01.2.3.4', '1..2.3', 'a.b.c.d', '']) assert.equal(parseIPv4(bad), undefined, bad);
  });
  test('IPv6: parsed and printed compressed, with dotted tails for mapped addresses', () => {
    const roundTrip = (text: string): string | undefined => {
      const groups = parseIPv6(text);
      return groups && formatIPv6(groups);
    };
    assert.equal(roundTrip('2001:DB8:0:0:0:0:0:1'), '2001:db8::1');
    assert.equal(roundTrip('2001:db8:0:1:0:0:0:1'), '2001:db8:0:1::1');
    assert.equal(roundTrip('2001:db8:0:0:1:0:0:1'), '2001:db8::1:0:0:1');
    assert.equal(roundTrip('::'), '::');
    assert.equal(roundTrip('::1'), '::1');
    assert.equal(roundTrip('1::'), '1::');
    assert.equal(roundTrip('::ffff:192.0.2.4'), '::ffff:192.0.2.4');
    assert.equal(roundTrip('1:0:2:0:3:0:4:0'), '1:0:2:0:3:0:4:0');
    assert.equal(roundTrip('::1.2.3.4'), '::1.2.3.4');
    assert.equal(roundTrip('::2'), '::2');
    assert.equal(roundTrip('1:2:3:4:5:6:1.2.3.4'), '1:2:3:4:5:6:102:304');
    assert.equal(parseIPv6('1.2.3.4'), undefined);
    assert.equal(parseIPv6('1.2::3'), undefined);
    for (const bad of ['1::2::3', '12345::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', ':1::', 'g::1', '1:'])
      assert.equal(parseIPv6(bad), undefined, bad);
  });
  test('IPv6: the groups around "::" land in place, whatever the address read before', () => {
    const cases: [string, number[]][] = [
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff]],
      ['1::2', [1, 0, 0, 0, 0, 0, 0, 2]],
      ['1:2::3:4', [1, 2, 0, 0, 0, 0, 3, 4]],
      ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
      ['::1:2:3:4:5:6:7', [0, 1, 2, 3, 4, 5, 6, 7]],
      ['1:2:3::4:5:6:7', [1, 2, 3, 0, 4, 5, 6, 7]],
      ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
      ['2001:db8::192.0.2.1', [0x2001, 0xdb8, 0, 0, 0, 0, 0xc000, 0x201]],
    ];
    // One array for every address, as the simple-line reader uses it.
    const scratch = new Uint16Array(8);
    for (const [text, groups] of cases) {
      assert.ok(readIPv6(text, scratch), text);
      assert.deepEqual(Array.from(scratch), groups, text);
    }
  });
});

describe('types and classes', () => {
  test('mnemonics, TYPEnnn, meta types', () => {
    assert.deepEqual(lookupType('mx'), { type: 'MX', number: 15 });
    assert.deepEqual(lookupType('TYPE15'), { type: 'MX', number: 15 });
    assert.deepEqual(lookupType('type65280'), { type: 'TYPE65280', number: 65280 });
    assert.deepEqual(lookupType('TYPE70000'), { error: 'type number 70000 is above 65535' });
    assert.deepEqual(lookupType('AXFR'), { error: 'type AXFR is for queries and cannot appear in a zone file' });
    assert.equal(lookupType('FOO'), undefined);
    assert.equal(lookupClass('in'), 'IN');
    assert.equal(lookupClass('CLASS1'), 'IN');
    assert.equal(lookupClass('CLASS32'), 'CLASS32');
    assert.equal(lookupClass('MX'), undefined);
  });
});

describe('origin guessing', () => {
  test('from the file name in BIND styles', () => {
    assert.equal(originFromFileName('/etc/bind/db.example.com'), 'example.com.');
    assert.equal(originFromFileName('zones/example.com.zone'), 'example.com.');
    assert.equal(originFromFileName('example.com.db'), 'example.com.');
    assert.equal(originFromFileName('C:\\zones\\foo.com.zone'), 'foo.com.');
    assert.equal(originFromFileName('db.local'), undefined);
    assert.equal(originFromFileName('good1.db'), undefined);
  });
  test('from an absolute SOA owner or $ORIGIN, else nothing', () => {
    assert.equal(originFromSoa('; zone\nzone1.com. 86400 IN SOA a. b. 1 2 3 4 5\n'), 'zone1.com.');
    assert.equal(originFromSoa('$ORIGIN unit.tests.\n@ 3600 IN SOA ns1 root (\n 1 2 3 4 5 )\n'), 'unit.tests.');
    assert.equal(originFromSoa('$TTL 60\n@ SOA ns hostmaster 1 2 3 4 5\n'), undefined);
  });
  test('--origin first, then the file name, then the SOA', () => {
    assert.equal(guessOrigin('db.example.com', 'other.net. SOA a. b. 1 2 3 4 5', 'given.org'), 'given.org.');
    assert.equal(guessOrigin('db.example.com', 'other.net. SOA a. b. 1 2 3 4 5'), 'example.com.');
    assert.equal(guessOrigin('zone.txt', 'other.net. SOA a. b. 1 2 3 4 5'), 'other.net.');
    assert.equal(guessOrigin('zone.txt', '@ SOA a. b. 1 2 3 4 5'), undefined);
  });
});
