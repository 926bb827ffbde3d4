import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DomainCheck } from '../../../src/core/dns/check';
import { fallbackRows } from '../../../src/core/dns/report';
import { coversHostPattern, hostPatternsOverlap, matchesHostPattern } from '../../../src/core/mx/hostPattern';
import { operatorOf } from '../../../src/core/mx/operator';
import { catalogue } from '../../../src/core/mx/providers/catalogue';
import { providerOf } from '../../../src/core/mx/providers/lookup';
import { providersMarkdown } from '../../../src/core/mx/providers/markdown';
import { providerKinds } from '../../../src/core/mx/providers/types';
import { repoRoot } from '../../paths';

test('docs/providers.md is the generation of the catalogue (npm run gen:providers)', () => {
  assert.equal(fs.readFileSync(path.join(repoRoot, 'docs', 'providers.md'), 'utf8'), providersMarkdown());
});

test('every entry has a source: https URLs, or the seed for its own filtering service', () => {
  for (const entry of catalogue) {
    if (entry.sources === 'seed') {
      assert.equal(entry.id, 'vqnow', `${entry.id}: only the seed's filtering service cites the seed`);
      continue;
    }
    assert.ok(entry.sources.length > 0, `${entry.id}: no source`);
    for (const source of entry.sources) assert.match(source.url, /^https:\/\/[^\s/]+\.[^\s/]+\//, `${entry.id}: ${source.url}`);
  }
});

test('docs/providers.md cites every entry: its sources’ URLs, or the seed', () => {
  const markdown = providersMarkdown();
  for (const entry of catalogue) {
    const section = markdown.slice(markdown.indexOf(`- **${entry.name}** (\`${entry.id}\`)`));
    const urls = entry.sources === 'seed' ? ['the seed FAQ'] : entry.sources.map((s) => `<${s.url}>`);
    for (const url of urls) assert.ok(section.split('\n- **')[0].includes(url), `${entry.id}: ${url}`);
  }
});

test('an entry without hosts says why: its own page names none', () => {
  for (const entry of catalogue) {
    if (entry.sources === 'seed' || entry.mx.length > 0) continue;
    assert.ok(
      entry.sources.every((s) => s.publisher === 'provider' && s.names.length === 0 && s.says),
      `${entry.id}: no hosts, so its sources must be its own pages that name none, with what they say instead`,
    );
  }
});

test('every kind is known, every id is kebab-case and unique', () => {
  const ids = new Set<string>();
  for (const entry of catalogue) {
    assert.ok(providerKinds.includes(entry.kind), `${entry.id}: kind ${entry.kind}`);
    assert.match(entry.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!ids.has(entry.id), `${entry.id} twice`);
    ids.add(entry.id);
  }
});

test('the catalogue covers at least 40 providers, each with a source (issue 17)', () => {
  assert.ok(catalogue.length >= 40, `${catalogue.length} entries`);
});

test('the ids other features use are all there', () => {
  const shared =
    'google microsoft yahoo apple zoho fastmail proton yandex mailru ovh godaddy gandi rackspace namecheap amazon-ses proofpoint proofpoint-essentials mimecast barracuda cisco hornetsecurity spamexperts symantec forcepoint spamtitan mailchannels cloudflare vqnow';
  const ids = catalogue.map((e) => e.id);
  for (const id of shared.split(' ')) assert.ok(ids.includes(id), id);
});

test('every pattern covers a host its sources name, and every named host falls under a pattern', () => {
  for (const entry of catalogue) {
    if (entry.sources === 'seed') continue;
    const named = entry.sources.flatMap((s) => s.names);
    for (const pattern of entry.mx) {
      assert.equal(pattern, pattern.toLowerCase(), `${entry.id}: ${pattern} is not lower-case`);
      assert.ok(
        named.some((name) => coversHostPattern(pattern, name)),
        `${entry.id}: no source names a host under ${pattern}`,
      );
    }
    for (const name of named)
      assert.ok(
        entry.mx.some((pattern) => coversHostPattern(pattern, name)),
        `${entry.id}: ${name} has no pattern`,
      );
  }
});

test("no two entries' patterns overlap: a host has one provider (a reseller's hosts belong to the one who runs them)", () => {
  const all = catalogue.flatMap((entry) => entry.mx.map((pattern) => ({ id: entry.id, pattern })));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i].id === all[j].id) continue;
      assert.ok(!hostPatternsOverlap(all[i].pattern, all[j].pattern), `${all[i].id} ${all[i].pattern} / ${all[j].id} ${all[j].pattern}`);
    }
  }
});

test('host patterns: *.domain matches the names below it, not the domain; exact patterns one host', () => {
  assert.deepEqual(
    ['mx.vqnow.com', 'a.b.vqnow.com', 'vqnow.com', 'evilvqnow.com'].map((n) => matchesHostPattern(n, '*.vqnow.com')),
    [true, true, false, false],
  );
  assert.deepEqual(
    ['*.eu.vqnow.com', '*.vqnow.com', 'mx.vqnow.com', '*.com'].map((n) => coversHostPattern('*.vqnow.com', n)),
    [true, true, true, false],
  );
  assert.equal(coversHostPattern('mx.vqnow.com', '*.vqnow.com'), false);
  assert.equal(hostPatternsOverlap('mx.vqnow.com', '*.vqnow.com'), true);
  assert.equal(hostPatternsOverlap('*.a.example', '*.b.example'), false);
});

test('catalogue look-up: every registrable domain of a provider leads to it; other hosts to none', () => {
  assert.deepEqual(
    [
      'smtp.google.com',
      'aspmx.l.google.com',
      'aspmx3.googlemail.com',
      'contoso-com.mail.protection.outlook.com',
      'contoso-com.o-v1.mx.microsoft',
    ].map((h) => providerOf(h)?.id),
    ['google', 'google', 'google', 'microsoft', 'microsoft'],
  );
  assert.deepEqual(
    ['mx.spamexperts.com', 'fallbackmx.spamexperts.eu', 'lastmx.spamexperts.net', 'filter10.antispamcloud.com'].map((h) => providerOf(h)?.id),
    ['spamexperts', 'spamexperts', 'spamexperts', 'spamexperts'],
  );
  assert.deepEqual(
    ['rescue.mx.dnspark.net', 'google.com', 'mail.protection.outlook.com', 'outlook.com', 'relay.isp.example'].map((h) => providerOf(h)),
    [undefined, undefined, undefined, undefined, undefined],
  );
});

test('operator identity: a trusted host first, then the catalogue, then the registrable domain', () => {
  const google = operatorOf('ALT1.ASPMX.L.GOOGLE.COM.', ['*.l.google.com']);
  assert.deepEqual([google.trusted, google.provider?.id, google.key, google.domain], [true, 'google', 'provider:google', 'google.com']);
  const legacy = operatorOf('aspmx2.googlemail.com.');
  assert.deepEqual([legacy.trusted, legacy.key, legacy.domain], [false, 'provider:google', 'googlemail.com']);
  const other = operatorOf('rescue.mx.dnspark.net.');
  assert.deepEqual([other.provider, other.key], [undefined, 'domain:dnspark.net']);
});

test('the live check shows each target with its provider and kind, or its registrable domain', () => {
  const published = {
    mx: [
      { preference: 10, exchange: 'mx.spamexperts.com.' },
      { preference: 20, exchange: 'fallbackmx.spamexperts.eu.' },
      { preference: 30, exchange: 'relay.isp.example.' },
    ],
    targets: [],
  } as unknown as DomainCheck;
  assert.deepEqual(
    fallbackRows(published, ['*.isp.example']).rows.map((r) => [r.host, r.operator, r.provider?.id, r.role]),
    [
      ['mx.spamexperts.com', 'SpamExperts, filtering service', 'spamexperts', 'primary'],
      ['fallbackmx.spamexperts.eu', 'SpamExperts, filtering service', 'spamexperts', 'same-pipeline'],
      ['relay.isp.example', 'isp.example (trusted)', undefined, 'same-pipeline'],
    ],
  );
});
