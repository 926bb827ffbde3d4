/**
 * The CLI's lean lint (`lintFindings`, records without their rdata tokens except MX) must find exactly
 * what the editor's `lintText` finds, on every corpus zone and every rule fixture.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintFindings, lintText } from '../../src/core/lint';
import { createFileIncludeReader } from '../../src/core/zone/fileInclude';
import { corpusDir, fixturesDir } from '../paths';
import { corpusZoneFiles, fixtureZoneFiles } from './corpusZones';

const zones = corpusZoneFiles(corpusDir).concat(fixtureZoneFiles(path.join(fixturesDir, 'rules'), 'fixtures/rules'));

test('the corpus and the rule fixtures are there to compare on', () => {
  assert.ok(zones.length >= 20, `only ${zones.length} zones found`);
});

test('lintFindings finds what lintText finds, finding for finding', () => {
  let findingCount = 0;
  for (const { label, file, origin } of zones) {
    const text = fs.readFileSync(file, 'utf8');
    const options = { origin, fileName: file, include: createFileIncludeReader(), trustedMxHosts: ['*.trusted.example'] };
    const expected = lintText(text, options).findings;
    assert.deepEqual(lintFindings(text, options), expected, label);
    findingCount += expected.length;
  }
  assert.ok(findingCount > 50, `the zones gave only ${findingCount} findings: too few to compare on`);
});
