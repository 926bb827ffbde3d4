import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileTemplate, expandTemplate, MAX_GENERATED_RECORDS, parseGenerateRange } from '../../../src/core/zone/generate';
import { brief, parse, problemList, range } from './helpers';

function expand(template: string, value: number): string {
  const pieces = compileTemplate(template);
  assert.ok(Array.isArray(pieces), JSON.stringify(pieces));
  const text = expandTemplate(pieces, value);
  assert.equal(typeof text, 'string');
  return text as string;
}

describe('$GENERATE', () => {
  test('makes one record per step with $ replaced; each record points at the directive', () => {
    const zone = parse('$TTL 60\n$GENERATE 1-3 host$ A 192.0.2.$\n');
    assert.deepEqual(zone.problems, []);
    assert.deepEqual(
      zone.records.map((r) => [brief(r), r.rdata]),
      [
        ['host1.example.com. 60 IN A', { type: 'A', address: '192.0.2.1' }],
        ['host2.example.com. 60 IN A', { type: 'A', address: '192.0.2.2' }],
        ['host3.example.com. 60 IN A', { type: 'A', address: '192.0.2.3' }],
      ],
    );
    assert.deepEqual(zone.records[0].range, range(1, 0, 1, 31));
    assert.deepEqual(zone.records[0].ownerRange, range(1, 14, 1, 19));
    assert.deepEqual(zone.records[0].typeRange, range(1, 20, 1, 21));
  });

  test('step, TTL and class, and a quoted rhs with several fields', () => {
    const zone = parse('$TTL 60\n$GENERATE 10-20/5 h$ 300 IN MX "1$ mail$"\n');
    assert.deepEqual(
      zone.records.map((r) => [brief(r), r.rdata.type === 'MX' ? `${r.rdata.preference} ${r.rdata.exchange}` : '']),
      [
        ['h10.example.com. 300 IN MX', '110 mail10.example.com.'],
        ['h15.example.com. 300 IN MX', '115 mail15.example.com.'],
        ['h20.example.com. 300 IN MX', '120 mail20.example.com.'],
      ],
    );
  });

  test('modifiers ${offset,width,base}: decimal, octal, hex, and reverse nibbles as BIND prints them', () => {
    assert.equal(expand('${0,3,d}', 7), '007');
    assert.equal(expand('${1}', 7), '8');
    assert.equal(expand('${-10,4}', 7), '-003');
    assert.equal(expand('${0,0,o}', 8), '10');
    assert.equal(expand('${0,4,x}', 1024), '0400');
    assert.equal(expand('${0,0,X}', 255), 'FF');
    assert.equal(expand('${0,3,n}', 1024), '0.0.4');
    assert.equal(expand('${0,0,N}', 0xab), 'B.A');
    assert.equal(expand('${-2000,0,n}', 1024), '0.3.c.f.f.f.f.f');
    assert.equal(expand('a\\$b$', 5), 'a\\$b5');
  });

  test('bad ranges, modifiers and overflows are errors at the field', () => {
    const zone = parse(
      '$TTL 60\n$GENERATE 9--10 h$ A 192.0.2.$\n$GENERATE 1-3/0 h$ A 192.0.2.$\n$GENERATE 0-1 h$ A 1.2.3.${1,0,q}\n$GENERATE 0-1 h$ A 1.2.3.${1\n$GENERATE 1-1 h$ TXT x${2147483647}\n',
    );
    assert.deepEqual(problemList(zone), [
      '1:10-1:15 error invalid $GENERATE range "9--10": expected start-stop or start-stop/step',
      '2:10-2:15 error invalid $GENERATE range "1-3/0": the step must be at least 1',
      '3:19-3:33 error bad modifier "${1,0,q}" in $GENERATE template: expected ${offset[,width[,base]]} with base d, o, x, X, n or N',
      '4:19-4:28 error unterminated "${" in $GENERATE template "1.2.3.${1"',
      '5:21-5:35 error $GENERATE value 1 + 2147483647 is out of range',
    ]);
    assert.equal(zone.records.length, 0);
  });

  test(`is bounded to ${MAX_GENERATED_RECORDS} records per directive`, () => {
    assert.deepEqual(parseGenerateRange(`0-${MAX_GENERATED_RECORDS - 1}`), { start: 0, stop: MAX_GENERATED_RECORDS - 1, step: 1 });
    assert.deepEqual(parseGenerateRange(`0-${MAX_GENERATED_RECORDS}`), {
      error: `$GENERATE range "0-${MAX_GENERATED_RECORDS}" makes ${MAX_GENERATED_RECORDS + 1} records; at most ${MAX_GENERATED_RECORDS} are allowed per directive`,
    });
    // A huge step ends after the first value instead of overflowing (BIND's generate-overflow case).
    assert.deepEqual(parse('$TTL 60\n$GENERATE 19-28/2147483645 $ CNAME x\n').records.map(brief), ['19.example.com. 60 IN CNAME']);
  });

  test('one bad generated rdata is reported once, not per iteration', () => {
    const zone = parse('$TTL 60\n$GENERATE 250-260 h$ A 192.0.2.$\n');
    assert.deepEqual(problemList(zone), ['1:23-1:32 error bad IPv4 address "192.0.2.256"']);
    assert.equal(zone.records.length, 6);
  });
});
