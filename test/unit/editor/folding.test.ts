import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneFoldingRanges } from '../../../src/core/editor/folding';

test('a multi-line SOA folds from its ( line to its ) line', () => {
  const text = ['$TTL 1h', '@ IN SOA ns1 host (', '  1 ; serial', '  2h', '  5m )', 'www IN A 192.0.2.1'].join('\n');
  assert.deepEqual(zoneFoldingRanges(text), [{ startLine: 1, endLine: 4, kind: 'parentheses' }]);
});

test('parentheses on one line, in quotes, in comments or escaped do not fold', () => {
  const text = [
    'a IN SOA ns host ( 1 2 3 4 5 )',
    'b IN TXT "(not a group"',
    'c IN A 192.0.2.1 ; ( nor this',
    'd\\( IN A 192.0.2.2',
    'e IN TXT ( "x"',
    '  "y" )',
  ].join('\n');
  assert.deepEqual(zoneFoldingRanges(text), [{ startLine: 4, endLine: 5, kind: 'parentheses' }]);
});

test('CRLF line ends and a quote left open on its line do not shift the fold', () => {
  const text = 'a IN TXT "open\r\nb IN SOA ns host (\r\n 1 2 3\r\n 4 5 )\r\n';
  assert.deepEqual(zoneFoldingRanges(text), [{ startLine: 1, endLine: 3, kind: 'parentheses' }]);
});

test('runs of two or more whole-line comments fold; a blank line or a record ends a run', () => {
  const text = ['; one', '; two', '; three', '', '; alone', 'www IN A 192.0.2.1 ; trailing', '; four', '  ; five', 'x IN A 192.0.2.2'].join('\n');
  assert.deepEqual(zoneFoldingRanges(text), [
    { startLine: 0, endLine: 2, kind: 'comment' },
    { startLine: 6, endLine: 7, kind: 'comment' },
  ]);
});

test('an unclosed ( gives no fold and no error', () => {
  assert.deepEqual(zoneFoldingRanges('@ IN SOA ns host (\n 1 2\n'), []);
});
