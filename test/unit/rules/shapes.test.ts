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
  // For the mail rules, on simple lines (the quick way) and others.
  'two IN TXT "v=spf1 ip4:192.0.2.1 -all"',
  'two IN TXT "v=spf1 ip4:192.0.2.2 -all"',
  'open IN TXT "v=spf1 +all"',
  'open2 IN TXT "v=spf1 +all"',
  'neutral IN TXT "v=spf1 a ?all"',
  'noall IN TXT "v=spf1 a mx"',
  'ptr IN TXT "v=spf1 ptr -all"',
  'split IN TXT "v=spf1 ip4:192.0.2.1" "ip4:192.0.2.2 -all"',
  'bad-term IN TXT "v=spf1 ip4:300.1.1.1 foo -all"',
  'late IN TXT "hello v=spf1 -all"',
  'loop IN TXT "v=spf1 include:loop2.%ORIGIN% -all"',
  'loop2 IN TXT "v=spf1 include:loop.%ORIGIN% -all"',
  'self IN TXT "v=spf1 include:self.%ORIGIN% -all"',
  'many IN TXT "v=spf1 a mx include:l1.%ORIGIN% include:l2.%ORIGIN% -all"',
  'l1 IN TXT "v=spf1 a mx ptr exists:x.example.org include:l2.%ORIGIN% -all"',
  'l2 IN TXT "v=spf1 a mx a:b.example.org mx:c.example.org include:d.example.org -all"',
  'l3 IN TXT "v=spf1 a mx ptr exists:x.example.org include:l2.%ORIGIN% -all"',
  'l4 IN TXT ( "v=spf1 a mx ptr exists:x.example.org"',
  '  " include:l2.%ORIGIN% -all" )',
  'misplaced IN TXT "v=DMARC1; p=none"',
  '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:d@elsewhere.example"',
  '_dmarc IN TXT "v=DMARC1; p=reject"',
  'sel._domainkey IN TXT "v=DKIM1; k=rsa; p="',
  'nomail IN MX 0 .',
].join('\n');

const withoutFixes = (findings: Finding[]): Finding[] => findings.map(({ fixes: _fixes, ...finding }) => finding);

for (const shape of zoneShapes(3000)) {
  test(`lintFindings finds what lintText finds: ${shape.name}`, () => {
    const text = `${shape.text}$ORIGIN ${shape.origin}.\n${mistakes.replaceAll('%ORIGIN%', shape.origin)}\n`;
    const expected = withoutFixes(lintText(text, { origin: shape.origin }).findings);
    assert.ok(expected.length >= 5, `${shape.name}: only ${expected.length} findings from the added mistakes`);
    assert.deepEqual(lintFindings(text, { origin: shape.origin }), expected);
    const rules = new Set(expected.map((finding) => finding.ruleId));
    for (const id of [
      'spf-multiple-records',
      'spf-too-many-lookups',
      'spf-split-string',
      'spf-syntax',
      'spf-ptr',
      'spf-permissive-all',
      'dmarc-misplaced',
    ]) {
      assert.ok(rules.has(id), `${shape.name}: no ${id} finding`);
    }
  });
}

test('every shape has the size it was asked for', () => {
  for (const shape of zoneShapes(3000)) {
    const records = (shape.expanded ?? shape.text).split('\n').filter((line) => /\sIN\s|\s(A|CNAME)\s/.test(line)).length;
    assert.ok(records >= 3000 && records < 3300, `${shape.name}: ${records} records`);
  }
});
