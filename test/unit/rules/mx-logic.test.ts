import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isIpAddress } from '../../../src/core/mx/address';
import { fallbackPlan } from '../../../src/core/mx/fallback';
import { matchesTrustedHost, operatorOf, trustPatternFor } from '../../../src/core/mx/operator';
import { mxFallbackHover } from '../../../src/core/mx/zoneFallback';
import { fixAll } from '../../../src/core/rules/fixAll';
import { suppressionFix } from '../../../src/core/rules/suppression';
import { parseZone } from '../../../src/core/zone/parser';
import { zone } from './ruleTester';

test('operator: the registrable domain from the Public Suffix List, private suffixes included', () => {
  assert.deepEqual(
    ['rescue.mx.dnspark.net.', 'mx1.eu.vqnow.com', 'mail.example.co.uk.', 'mx.alice.github.io.', 'mail.internal', 'MX1.VQNOW.COM.'].map(
      (h) => operatorOf(h).domain,
    ),
    ['dnspark.net', 'vqnow.com', 'example.co.uk', 'alice.github.io', 'mail.internal', 'vqnow.com'],
  );
});

test('trusted patterns: *.domain covers the hosts below it, an exact pattern one host', () => {
  const patterns = ['*.vqnow.com', 'relay.partner.net.'];
  assert.deepEqual(
    ['mx1.vqnow.com.', 'a.b.VQNOW.com', 'vqnow.com', 'evilvqnow.com', 'relay.partner.net', 'other.partner.net'].map((h) =>
      matchesTrustedHost(h, patterns),
    ),
    [true, true, false, false, true, false],
  );
  assert.deepEqual(['rescue.mx.dnspark.net.', 'dnspark.net.', 'mail.example.co.uk'].map(trustPatternFor), [
    '*.dnspark.net',
    'dnspark.net',
    '*.example.co.uk',
  ]);
});

test('IP addresses as BIND reads them', () => {
  assert.deepEqual(
    ['192.0.2.1', '192.0.2.1.', '2001:db8::1', '::ffff:192.0.2.1', '192.0.2.300', '010.1.2.3', '1.2.3', 'mail', '2001:db8:::1', 'a:b'].map(
      isIpAddress,
    ),
    [true, true, true, true, false, false, false, false, false, false],
  );
});

test('fallback plan: tiers by preference, roles by operator', () => {
  const plan = fallbackPlan(
    [
      { preference: 20, exchange: 'mx2.vqnow.com.' },
      { preference: 10, exchange: 'mx1.vqnow.com.' },
      { preference: 10, exchange: 'mail.example.net.' },
      { preference: 30, exchange: 'rescue.mx.dnspark.net.' },
      { preference: 40, exchange: 'backup.example.org.' },
      { preference: 0, exchange: '.' },
    ],
    ['*.example.org'],
  );
  assert.equal(plan.nullMx, true);
  assert.deepEqual(
    plan.steps.map((s) => [s.tier, s.entry.exchange, s.operator.domain, s.role]),
    [
      [1, 'mx1.vqnow.com.', 'vqnow.com', 'primary'],
      [1, 'mail.example.net.', 'example.net', 'split'],
      [2, 'mx2.vqnow.com.', 'vqnow.com', 'same-pipeline'],
      [3, 'rescue.mx.dnspark.net.', 'dnspark.net', 'backup'],
      [4, 'backup.example.org.', 'example.org', 'same-pipeline'],
    ],
  );
});

test('MX hover: the fallback order of the name under the cursor, this record marked', () => {
  const parsed = parseZone(zone('$TTL 300', '@ MX 10 mx1.vqnow.com.', '@ MX 20 rescue.mx.dnspark.net.', 'www A 192.0.2.1'), {
    origin: 'example.com.',
  });
  assert.equal(
    mxFallbackHover(parsed, { line: 2, character: 4 }),
    [
      '**Mail for example.com**: the order a sending server follows (RFC 5321 §5.1)',
      '',
      '- Try 1 · **mx1.vqnow.com** · preference 10 · run by vqNow, filtering service · primary',
      '- Try 2 · **rescue.mx.dnspark.net** ◀ this record · preference 20 · run by dnspark.net · backup, other operator',
      '',
      'Senders try tier 1 first (equal preferences in random order), and move to the next tier only when no host of the previous one answers; after the last, they queue the message and retry later.',
      '',
      '⚠ rescue.mx.dnspark.net is not run by vqNow: spammers can send straight to it and skip the filtering on the primary.',
    ].join('\n'),
  );
  assert.equal(mxFallbackHover(parsed, { line: 3, character: 1 }), undefined, 'not on an MX record');
});

test('MX hover: markup in a name is shown as text', () => {
  const parsed = parseZone(zone('$TTL 300', '@ MX 10 <b>*x*|[y]</b>.example.net.'), { origin: 'example.com.' });
  const text = mxFallbackHover(parsed, { line: 1, character: 0 }) ?? '';
  assert.ok(text.includes('**\\<b\\>\\*x\\*\\|\\[y\\]\\</b\\>.example.net** ◀ this record'), text);
});

test('the suppression fix goes above the line, indented like it, with the document’s line break', () => {
  assert.deepEqual(suppressionFix('backup-mx', 7, '\t  MX 20 rescue.mx.dnspark.net.', '\r\n'), {
    title: 'Disable backup-mx for this line',
    edits: [
      { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, newText: '\t  ; mx-guard-disable-next-line backup-mx\r\n' },
    ],
  });
});

test('fix-all removes adjacent flagged records over several passes and keeps inherited owners', () => {
  const text = zone('$TTL 300', '@ MX 30 relay.partner.net.', '  MX 20 backup.other.net.', '  MX 10 mx1.vqnow.com.', 'www A 192.0.2.1');
  assert.deepEqual(fixAll(text, { origin: 'example.com.' }), { text: zone('$TTL 300', '@  MX 10 mx1.vqnow.com.', 'www A 192.0.2.1'), applied: 2 });
});

test('fix-all keeps CRLF line breaks and the lines it does not fix', () => {
  const text = '$TTL 300\r\n@ MX 10 mx1.vqnow.com.\r\n@ MX 20 mx1.vqnow.com\r\nnull MX 10 .\r\n';
  assert.equal(fixAll(text, { origin: 'example.com.' }).text, '$TTL 300\r\n@ MX 10 mx1.vqnow.com.\r\n@ MX 20 mx1.vqnow.com.\r\nnull MX 0 .\r\n');
});
