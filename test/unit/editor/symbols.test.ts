import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneSymbols } from '../../../src/core/editor/symbols';
import type { Range } from '../../../src/core/types';
import type { ParsedZone, ZoneRecord } from '../../../src/core/zone/model';

const at = (line: number, start: number, end: number, endLine = line): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

function record(owner: string, type: string, rdata: string, line: number, ownerWritten: boolean, file?: string): ZoneRecord {
  return {
    owner,
    ownerRange: ownerWritten ? at(line, 0, 3) : undefined,
    ttl: 3600,
    rrclass: 'IN',
    type,
    typeRange: at(line, 8, 8 + type.length),
    rdata: { type: 'generic' },
    rdataTokens: rdata.split(' ').map((text) => ({ text, range: at(line, 12, 12 + text.length) })),
    range: at(line, ownerWritten ? 0 : 8, 30),
    file,
  };
}

const zone: ParsedZone = {
  origin: 'example.com.',
  directives: [{ name: '$TTL', args: [{ text: '1h', range: at(0, 5, 7) }], range: at(0, 0, 7) }],
  records: [
    record('example.com.', 'SOA', 'ns1 host 1 2 3 4 5', 1, true),
    record('example.com.', 'MX', '10 mx1.vqnow.com.', 2, false),
    record('example.com.', 'MX', '20 rescue.mx.dnspark.net.', 3, false),
    record('www.example.com.', 'A', '192.0.2.80', 4, true),
    record('other.example.net.', 'A', '192.0.2.81', 5, true),
    record('inc.example.com.', 'A', '192.0.2.82', 0, true, '/zones/included.db'),
    record('EXAMPLE.com.', 'TXT', '"v=spf1 -all"', 6, true),
  ],
  comments: [],
  problems: [],
};

test('owners relative to the origin, records as children, directives in order, included records left out', () => {
  const symbols = zoneSymbols(zone);
  assert.deepEqual(
    symbols.map((s) => [s.kind, s.name, s.detail, s.range.start.line, s.range.end.line, s.children.map((c) => `${c.name} ${c.detail}`)]),
    [
      ['directive', '$TTL', '1h', 0, 0, []],
      ['owner', '@', 'SOA, MX', 1, 3, ['SOA ns1 host 1 2 3 4 5', 'MX 10 mx1.vqnow.com.', 'MX 20 rescue.mx.dnspark.net.']],
      ['owner', 'www', 'A', 4, 4, ['A 192.0.2.80']],
      ['owner', 'other.example.net.', 'A', 5, 5, ['A 192.0.2.81']],
      ['owner', '@', 'TXT', 6, 6, ['TXT "v=spf1 -all"']],
    ],
  );
});

test('an owner is selected on its written name, a record on its type', () => {
  const [, apex] = zoneSymbols(zone);
  assert.deepEqual(apex.selectionRange, at(1, 0, 3));
  assert.deepEqual(apex.children[1].selectionRange, at(2, 8, 10));
});

test('with the root as origin, owners lose only their final dot', () => {
  const rootZone: ParsedZone = {
    ...zone,
    origin: '.',
    directives: [],
    records: [record('.', 'NS', 'a.root.', 1, true), record('ns.', 'A', '192.0.2.1', 2, true)],
  };
  assert.deepEqual(
    zoneSymbols(rootZone).map((s) => s.name),
    ['@', 'ns'],
  );
});
