/**
 * The table test of an rdata family: each row is a record's type and rdata as written, and what must
 * come of it: its canonical text (as `named-checkzone -D` prints it) or the one syntax problem, with
 * the field it stands on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseZone } from '../../../../src/core/zone/parser';

/** A row: `[type, rdata, expected]`; expected is the canonical text, or `{ error, at }` with the field text the problem covers. */
export type Row = [type: string, rdata: string, expected: string | { error: string; at: string }];

export function rdataTable(title: string, rows: Row[]): void {
  test(title, () => {
    for (const [type, rdata, expected] of rows) {
      const line = `r ${type} ${rdata}`;
      const zone = parseZone(`$TTL 300\n${line}\n`, { origin: 'example.' });
      const where = `${type} ${rdata}`;
      if (typeof expected === 'string') {
        assert.deepEqual(zone.problems, [], where);
        const record = zone.records[0];
        const text = record.rdata.type === 'generic' ? record.rdata.text : undefined;
        assert.equal(text, expected, where);
      } else {
        assert.equal(zone.problems.length, 1, `${where}: one problem expected, got ${JSON.stringify(zone.problems.map((p) => p.message))}`);
        const [problem] = zone.problems;
        assert.equal(problem.message, expected.error, where);
        const at = line.slice(problem.range.start.character, problem.range.end.character);
        assert.equal(problem.range.start.line, 1, where);
        assert.equal(at, expected.at, where);
      }
    }
  });
}
