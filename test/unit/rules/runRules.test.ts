import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../paths';
import { lintText } from '../../../src/core/lint';
import { rules } from '../../../src/core/rules';
import { zone } from './ruleTester';

const head = ['$TTL 300', '@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

function found(text: string, options = {}): string[] {
  return lintText(text, { origin: 'example.com.', ...options }).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId} ${f.severity}`);
}

test('every rule id of DESIGN.md is registered, in its order (the mail authentication ids after the MX ones)', () => {
  assert.deepEqual(
    rules.map((r) => r.meta.id),
    [
      'backup-mx',
      'split-provider-mx',
      'mx-cname',
      'mx-ip-literal',
      'mx-missing-trailing-dot',
      'mx-target-no-address',
      'null-mx-mixed',
      'null-mx-preference',
      'duplicate-mx',
      'mx-below-dname',
      'cname-and-other-data',
      'no-mx',
      'syntax',
      'spf-syntax',
      'spf-multiple-records',
      'spf-too-many-lookups',
      'spf-void-lookups',
      'spf-permissive-all',
      'spf-ptr',
      'spf-rr-type',
      'spf-split-string',
      'dmarc-syntax',
      'dmarc-multiple-records',
      'dmarc-misplaced',
      'dmarc-policy-none',
      'dmarc-report-authorization',
      'dkim-syntax',
      'dkim-weak-key',
      'dkim-revoked',
      'mta-sts-syntax',
      'mta-sts-mx-not-covered',
      'mta-sts-policy-unavailable',
      'tlsrpt-syntax',
      'dane-partial',
      'tlsa-smtp-usage',
      'bimi-syntax',
      'no-mail-domain-incomplete',
      'soa-serial-not-bumped',
    ],
  );
});

const mixed = zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 backup.other.net.', 'x 1h30 A 192.0.2.1', '@ MX 30 192.0.2.9');

test('findings of all rules come sorted by position', () => {
  assert.deepEqual(found(mixed), ['6 backup-mx warning', '7 syntax error', '8 mx-ip-literal error']);
});

test('severity overrides apply, to syntax too, and off drops a rule', () => {
  assert.deepEqual(found(mixed, { rules: { 'backup-mx': 'error', syntax: 'hint', 'mx-ip-literal': 'off' } }), ['6 backup-mx error', '7 syntax hint']);
});

test('disable-next-line silences the named rules on the next line only', () => {
  const text = zone(
    ...head,
    '@ MX 10 mx1.vqnow.com.',
    '; mx-guard-disable-next-line backup-mx, syntax',
    '@ MX 20 backup.other.net.',
    '@ MX 30 192.0.2.9',
  );
  assert.deepEqual(found(text), ['8 mx-ip-literal error']);
});

test('disable-next-line covers every line of a ( … ) record', () => {
  const text = zone(...head, '@ MX 10 mx1.vqnow.com.', '  ; mx-guard-disable-next-line backup-mx', '@ MX ( 20', '  backup.other.net. )');
  assert.deepEqual(found(text), []);
});

test('disable … enable silences a block; without ids it silences every rule', () => {
  const text = zone(
    ...head,
    '@ MX 10 mx1.vqnow.com.',
    '; mx-guard-disable backup-mx',
    '@ MX 20 backup.other.net.',
    '@ MX 30 192.0.2.9',
    '; mx-guard-enable backup-mx',
    '@ MX 40 relay.partner.net.',
    '; mx-guard-disable',
    '@ MX 50 relay.partner.org.',
  );
  assert.deepEqual(found(text), ['8 mx-ip-literal error', '10 backup-mx warning']);
});

test('a directive for another rule silences nothing', () => {
  const text = zone(...head, '@ MX 10 mx1.vqnow.com.', '; mx-guard-disable-next-line duplicate-mx', '@ MX 20 backup.other.net.');
  assert.deepEqual(found(text), ['7 backup-mx warning']);
});

test('every rule has its article: a title, examples, a fix, when to disable, sources', () => {
  for (const rule of rules) {
    const article = fs.readFileSync(path.join(repoRoot, rule.meta.docs), 'utf8');
    assert.ok(article.startsWith(`# ${rule.meta.id}: `), `${rule.meta.docs} starts with its title`);
    for (const section of [
      '## What it flags',
      '## Why it matters',
      '## Incorrect',
      '## Correct',
      '## How to fix it',
      '## When to disable it',
      '## Sources',
    ]) {
      assert.ok(article.includes(`\n${section}\n`), `${rule.meta.docs} has "${section}"`);
    }
  }
});

test('a severity setting that is not a severity keeps the rule’s own', () => {
  const text = zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 backup.other.net.');
  assert.deepEqual(found(text, { rules: { 'backup-mx': 'warn' } }), ['6 backup-mx warning']);
});
