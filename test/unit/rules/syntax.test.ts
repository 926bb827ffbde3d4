import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as syntax from '../../../src/core/rules/syntax';
import { parseZone } from '../../../src/core/zone/parser';
import { ruleTester, zone } from './ruleTester';

ruleTester(syntax, {
  valid: [{ name: 'a clean zone', code: zone('$TTL 300', '@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1') }],
  invalid: [],
});

// The parser owns the wording of its problems; the rule must pass each one on as a `syntax` finding, in place.
test('syntax: a bad TTL and a preference above 65535 come through with their ranges', () => {
  const parsed = parseZone(zone('$TTL 300', 'x 1h30 A 192.0.2.1', '@ MX 70000 mx1.vqnow.com.'), { origin: 'example.com.' });
  const findings = syntax.check(parsed, {});
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.start.character, f.range.end.character]),
    [
      ['syntax', 'error', 1, 2, 6],
      ['syntax', 'error', 2, 5, 10],
    ],
  );
  assert.match(findings[0].message, /1h30/);
  assert.match(findings[1].message, /70000/);
});
