/**
 * The CLI's lean lint (`lintFindings`: the zone streams through the rules' index, fixes left out) must
 * find exactly what the editor's `lintText` finds, on every fixture zone, every corpus zone (when the
 * corpus is there) and the benchmark's generated zones.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { lintFindings, lintText } from '../../src/core/lint';
import type { Finding } from '../../src/core/types';
import { largeZone, realisticZone } from '../bench/zoneGenerator';
import { createFileIncludeReader } from '../../src/core/zone/fileInclude';
import { zoneSets } from './corpusZones';

for (const set of zoneSets(['rules', 'zones'], 20)) {
  test(`lintFindings finds what lintText finds, finding for finding: the ${set.name} zones`, { skip: set.skip }, () => {
    const zones = set.cases();
    assert.ok(zones.length >= set.minimum, `only ${zones.length} ${set.name} zones found`);
    let findingCount = 0;
    for (const { label, file, origin } of zones) {
      const text = fs.readFileSync(file, 'utf8');
      const options = { origin, fileName: file, include: createFileIncludeReader(), trustedMxHosts: ['*.trusted.example'] };
      const expected = withoutFixes(lintText(text, options).findings);
      assert.deepEqual(lintFindings(text, options), expected, label);
      findingCount += expected.length;
    }
    assert.ok(findingCount > 30, `the ${set.name} zones gave only ${findingCount} findings: too few to compare on`);
  });
}

function withoutFixes(findings: Finding[]): Finding[] {
  return findings.map(({ fixes: _fixes, ...finding }) => finding);
}

test('lintFindings finds what lintText finds on the generated benchmark zones', () => {
  // Add names the owner table cannot store compactly, and mistakes for the rules to find among them.
  const extra = [
    'LongLabelOfManyChars IN A 192.0.2.9',
    'a.b.deep IN MX 10 nohost.deep',
    'alias IN CNAME h3',
    'alias IN TXT "beside a CNAME"',
    'h5 IN CNAME elsewhere.example.net.',
    '*.wild IN A 192.0.2.10',
    '@ IN MX 10 h0',
    '@ IN MX 20 x.wild',
    '@ IN MX 30 h1',
    '@ IN MX 40 h2',
  ].join('\n');
  for (const [label, text, origin] of [
    ['largeZone(20000)', largeZone(20_000) + extra + '\n', 'bench.example'],
    ['realisticZone(5000)', realisticZone(5000) + extra + '\n', 'example.com'],
  ] as const) {
    const expected = withoutFixes(lintText(text, { origin }).findings);
    assert.ok(expected.length >= 3, `${label}: only ${expected.length} findings`);
    assert.deepEqual(lintFindings(text, { origin }), expected, label);
  }
});
