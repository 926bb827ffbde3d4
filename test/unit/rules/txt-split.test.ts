import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as syntax from '../../../src/core/rules/syntax';
import { applyFixes } from '../../../src/core/rules/fixAll';
import { parseZone } from '../../../src/core/zone/parser';
import { characterStringBytes } from '../../../src/core/zone/rdata';
import { mailHead, rsaKey } from './mailFixtures';
import { zone } from './ruleTester';

/** The over-long string's `syntax` finding, its fix applied: the new text, and the zone it parses to. */
function split(text: string) {
  const findings = syntax.check(parseZone(text, { origin: 'example.com.' }), {});
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0].message, /^text string longer than 255 bytes/);
  const fixed = applyFixes(text, [findings[0].fixes![0]]).text;
  const reparsed = parseZone(fixed, { origin: 'example.com.' });
  assert.deepEqual(reparsed.problems, []);
  return { fixed, title: findings[0].fixes![0].title, record: reparsed.records[reparsed.records.length - 1] };
}

const head = ['$TTL 300', ...mailHead];
const terms = Array.from({ length: 14 }, (_, i) => `ip4:198.51.100.${i}/32`);

test('an over-long SPF string is cut after a space, between terms, each piece at most 255 bytes', () => {
  const record = `v=spf1 ${terms.join(' ')} -all`;
  const { fixed, title } = split(zone(...head, `@ TXT "${record}"`));
  const first = `v=spf1 ${terms.slice(0, 12).join(' ')} `;
  // 249 bytes: the next term (20 bytes) would not fit.
  assert.equal(Buffer.byteLength(first), 249);
  assert.equal(fixed, zone(...head, `@ TXT "${first}" "${terms.slice(12).join(' ')} -all"`));
  assert.equal(title, 'Split into 2 strings of at most 255 bytes');
});

test('a DKIM key is cut inside p=, at 255 bytes exactly', () => {
  const key = rsaKey(2048);
  const value = `v=DKIM1; k=rsa; p=${key}`;
  const { fixed, record } = split(zone(...head, `sel._domainkey TXT "${value}"`));
  assert.equal(fixed, zone(...head, `sel._domainkey TXT "${value.slice(0, 255)}" "${value.slice(255)}"`));
  assert.deepEqual(record.rdata, { type: 'TXT', strings: [value.slice(0, 255), value.slice(255)] });
});

test('bytes are counted after escapes and as UTF-8, and escapes are never cut', () => {
  // 120 × "\\059" (one byte each, written with four characters) and 70 × "é" (two bytes each): 260 bytes.
  const written = '\\059'.repeat(120) + 'é'.repeat(70);
  const { fixed } = split(zone(...head, `t TXT "${written}"`));
  // 120 + 67 × 2 = 254 bytes fit; a 68th "é" would make 256.
  assert.equal(fixed, zone(...head, `t TXT "${'\\059'.repeat(120) + 'é'.repeat(67)}" "${'é'.repeat(3)}"`));
  for (const piece of fixed.split('\n')[4].slice(6).split('" "')) assert.ok(characterStringBytes(`"${piece.replace(/^"|"$/g, '')}"`).length <= 255);
});
