/** Property tests: whatever the input, the parser returns (never throws) and every range lies inside the text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Range } from '../../../src/core/types';
import { parseZone } from '../../../src/core/zone/parser';

/** Pieces that zone files are made of, so that random input reaches deep into the parser. */
const pieces = [
  '$ORIGIN ',
  '$TTL ',
  '$INCLUDE ',
  '$GENERATE ',
  '1-3 ',
  'h$ ',
  '${1,2,x}',
  '@',
  '.',
  'www',
  'example.com.',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '(',
  ')',
  '"',
  ';c',
  '\\',
  '\\065',
  '\\.',
  'IN ',
  'CH ',
  '300 ',
  '1h30m ',
  '1x ',
  'A ',
  'AAAA ',
  'MX ',
  'TXT ',
  'SOA ',
  'CNAME ',
  'SRV ',
  'CAA ',
  'TYPE65280 ',
  'TYPE15 ',
  '\\# ',
  '4 ',
  'C0000201',
  '10 ',
  '65536 ',
  '192.0.2.1',
  '::1',
  '2001:db8::1::2',
  '\u0000',
  '\ufeff',
  'é',
];

function inside(range: Range, lineCount: number): boolean {
  const { start, end } = range;
  if (start.line < 0 || end.line >= lineCount || start.character < 0 || end.character < 0) return false;
  return start.line < end.line || (start.line === end.line && start.character <= end.character);
}

test('parseZone never throws and keeps every range inside the text', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const zone = parseZone(text, { origin: 'example.com', include: () => ({ error: 'not here' }) });
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const problem of zone.problems) assert.ok(inside(problem.range, lineCount), `${JSON.stringify(text)}: ${problem.message}`);
      for (const record of zone.records) {
        assert.ok(inside(record.range, lineCount) && inside(record.typeRange, lineCount), JSON.stringify(text));
        for (const token of record.rdataTokens) assert.ok(inside(token.range, lineCount), JSON.stringify(text));
      }
    }),
    { numRuns: 2000, seed: 20241128 },
  );
});
