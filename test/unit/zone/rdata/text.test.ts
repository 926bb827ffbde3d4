/** Text-like rdata (HINFO, X25, ISDN, GPOS, NAPTR, URI, DOA, SPF) and the TXT strings model. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseZone } from '../../../../src/core/zone/parser';
import { txtStrings } from '../../../../src/core/zone/rdata/text';
import { rdataTable } from './table';

rdataTable('character-strings (RFC 1035 section 5.1; RFC 1183; RFC 1712)', [
  ['HINFO', '"VAX-11/780" UNIX', '"VAX-11/780" "UNIX"'],
  ['HINFO', '"a"', { error: 'HINFO record is missing its OS', at: '"a"' }],
  ['SPF', '"v=spf1 -all" "\\065"', '"v=spf1 -all" "A"'],
  ['SPF', '"\\256"', { error: 'SPF text "\\256": escape \\256 is above 255', at: '"\\256"' }],
  ['X25', '311061700956', '"311061700956"'],
  ['X25', '12a', { error: 'X25 PSDN address 12a must be 4 or more digits', at: '12a' }],
  ['ISDN', '150862028003217 004', '"150862028003217" "004"'],
  ['GPOS', '-32.6882 116.8652 10.0', '"-32.6882" "116.8652" "10.0"'],
  ['AVC', '"app-name:WEBEX|app-class:COLLAB"', '"app-name:WEBEX|app-class:COLLAB"'],
]);

rdataTable('NAPTR (RFC 3403 section 6) and URI (RFC 7553 section 4.5)', [
  ['NAPTR', '100 50 "s" "z3950+I2L+I2C" "" _z3950._tcp.gatech.edu.', '100 50 "s" "z3950+I2L+I2C" "" _z3950._tcp.gatech.edu.'],
  ['NAPTR', '100 10 "u" "E2U+sip" "!^.*$!sip:info@example.com!" .', '100 10 "u" "E2U+sip" "!^.*$!sip:info@example.com!" .'],
  [
    'NAPTR',
    '100 10 "u" "E2U+sip" "1^.*$1x1" .',
    { error: 'NAPTR regexp "1^.*$1x1" is not valid: its delimiter (first character) cannot be a digit, "\\" or "i"', at: '"1^.*$1x1"' },
  ],
  [
    'NAPTR',
    '100 10 "u" "E2U+sip" "!^.*$!\\\\1!" .',
    { error: 'NAPTR regexp "!^.*$!\\\\1!" is not valid: \\1 names a group the pattern does not have', at: '"!^.*$!\\\\1!"' },
  ],
  ['URI', '10 1 "ftp://ftp1.example.com/public"', '10 1 "ftp://ftp1.example.com/public"'],
  ['URI', '10 1 ftp://x', { error: 'URI target ftp://x must be a quoted string', at: 'ftp://x' }],
  ['DOA', '0 1 2 "" aHR0cHM6Ly93d3cuaXNjLm9yZy8=', '0 1 2 "" aHR0cHM6Ly93d3cuaXNjLm9yZy8='],
  ['DOA', '0 1 2 "" -', '0 1 2 "" -'],
]);

test('txtStrings: each string with its range and its length in bytes after escapes and UTF-8', () => {
  const zone = parseZone('$TTL 300\nr TXT "v=spf1 -all" caf\u00e9 "a\\"b\\255"\nw TXT \\# 6 0568656C6C6F\n', { origin: 'example.' });
  const [spf, wire] = zone.records;
  assert.deepEqual(
    txtStrings(spf).map((s) => [s.text, s.bytes, s.range.start.character, s.range.end.character]),
    [
      ['v=spf1 -all', 11, 6, 19],
      ['caf\u00e9', 5, 20, 24],
      ['a"b\ufffd', 4, 25, 35],
    ],
  );
  assert.deepEqual(
    txtStrings(wire).map((s) => [s.text, s.bytes]),
    [['hello', 5]],
  );
});
