import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpZone, formatLine, quoteText } from '../../../src/core/zone/dump';
import { parse } from './helpers';

test('lines follow named-checkzone -D columns: TTL at 46, rdata at 64, tabs of 8', () => {
  assert.equal(formatLine('simple.com.', 300, 'IN', 'SOA', 'x'), 'simple.com.\t\t\t\t      300 IN SOA\tx');
  assert.equal(formatLine('simple.com.', 172800, 'IN', 'NS', 'x'), 'simple.com.\t\t\t\t      172800 IN\tNS\tx');
  assert.equal(formatLine('simple.com.', 300, 'IN', 'MX', 'x'), 'simple.com.\t\t\t\t      300 IN MX\t\tx');
  assert.equal(formatLine('m1._domainkey.dev-email.simple.com.', 300, 'IN', 'TXT', 'x'), 'm1._domainkey.dev-email.simple.com.\t      300 IN TXT\tx');
  const long = 'a-very-long-owner-name-that-passes-column-46.example.com.';
  // Past the TTL column BIND's indentation gives one character, a tab when it crosses a tab stop (checked against named-checkzone).
  assert.equal(formatLine(long, 60, 'IN', 'A', 'x'), `${long} 60 IN\tA x`);
});

test('TXT is printed quoted with BIND escapes', () => {
  assert.equal(quoteText('plain; text'), '"plain; text"');
  assert.equal(quoteText('say "hi" \\ now'), '"say \\"hi\\" \\\\ now"');
  assert.equal(quoteText('caf\u00e9\ttab'), '"caf\\195\\169\\009tab"');
});

test('dump drops out-of-zone and repeated records and gives an RRset its first TTL', () => {
  const zone = parse('$TTL 60\n@ MX 10 mail\n@ 300 MX 20 Mail2\n@ MX 10 MAIL\nout.example.net. A 192.0.2.1\n');
  assert.equal(
    dumpZone(zone),
    'example.com.\t\t\t\t      60 IN MX\t\t10 mail.example.com.\nexample.com.\t\t\t\t      60 IN MX\t\t20 Mail2.example.com.\n',
  );
});
