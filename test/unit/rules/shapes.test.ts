/**
 * The CLI's lean lint (`lintFindings`) finds exactly what the editor's full `lintText` finds on a small
 * instance of every benchmark shape, with mistakes for the rules added to each, so that a quick path
 * tuned to one shape cannot drift from the full parser on another.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintFindings, lintText } from '../../../src/core/lint';
import type { Finding } from '../../../src/core/types';
import { zoneShapes } from '../../bench/shapes';

// Mistakes for the rules, written relative to each shape's origin.
const mistakes = [
  'alias IN CNAME elsewhere.example.net.',
  'alias IN TXT "beside a CNAME"',
  '@ IN MX 10 mx.filter.example.org.',
  '@ IN MX 20 backup.other-isp.example.',
  '@ IN MX 30 nohost',
  'dup IN MX 10 mail.example.net',
  'dup IN MX 10 mail.example.net',
  'bad IN MX 70000 mail.example.net.',
].join('\n');

const withoutFixes = (findings: Finding[]): Finding[] => findings.map(({ fixes: _fixes, ...finding }) => finding);

for (const shape of zoneShapes(3000)) {
  test(`lintFindings finds what lintText finds: ${shape.name}`, () => {
    const text = `${shape.text}$ORIGIN ${shape.origin}.\n${mistakes}\n`;
    const expected = withoutFixes(lintText(text, { origin: shape.origin }).findings);
    assert.ok(expected.length >= 5, `${shape.name}: only ${expected.length} findings from the added mistakes`);
    assert.deepEqual(lintFindings(text, { origin: shape.origin }), expected);
  });
}

test('every shape has the size it was asked for', () => {
  for (const shape of zoneShapes(3000)) {
    const records = (shape.expanded ?? shape.text).split('\n').filter((line) => /\sIN\s|\s(A|CNAME)\s/.test(line)).length;
    assert.ok(records >= 3000 && records < 3300, `${shape.name}: ${records} records`);
  }
});
