/**
 * The corrections of the expert review (issue 21): each row's new statement is in its article and its old,
 * wrong one is gone; each row is listed with its source in a docs/**\/sources.md; the new articles exist and
 * are linked from the hovers' data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFallback, fallbackPlan } from '../../../src/core/mx/fallback';
import { replyClasses } from '../../../src/core/smtp/classes';
import { guides, guidesFor, mxLimitsNote, schedulePresets } from '../../../src/core/delivery';
import { repoRoot } from '../../paths';

const doc = (file: string) => fs.readFileSync(path.join(repoRoot, 'docs', file), 'utf8');
/** Markdown without line breaks inside paragraphs, so a phrase can be matched whatever the wrapping. */
const flat = (file: string) => doc(file).replace(/\s*\n\s*/g, ' ');

interface Row {
  row: string;
  file: string;
  now: RegExp;
  gone: RegExp;
}

const rows: Row[] = [
  {
    row: 'W1',
    file: 'rules/mx-target-no-address.md',
    now: /MUST report it as an error.*smtp_defer_if_no_mx_address_found = no/,
    gone: /stays queued until the sender gives up/,
  },
  {
    row: 'W2',
    file: 'scenarios/step-2.md',
    now: /Postfix writes `5\.4\.4`.*`550 5\.4\.310`/,
    gone: /usually with an enhanced code such as `5\.1\.2`/,
  },
  {
    row: 'M1',
    file: 'scenarios/step-2.md',
    now: /Postfix writes `5\.1\.0` "Domain … does not accept mail \(nullMX\)"/,
    gone: /returned at once with `556 5\.1\.10`/,
  },
  { row: 'M1', file: 'rules/null-mx-mixed.md', now: /each with its own status/, gone: /senders bounce at once with 556 5\.1\.10/ },
  {
    row: 'M1',
    file: 'smtp/class-5.md',
    now: /refuses an address whose domain publishes a null MX/,
    gone: /\| the domain publishes a null MX and accepts no mail \|/,
  },
  { row: 'M2', file: 'smtp/class-5.md', now: /5xx \*\*greeting\*\*.*smtp_skip_5xx_greeting = yes/, gone: /A 5xx from one MX host is final/ },
  {
    row: 'M2',
    file: 'scenarios/step-0.md',
    now: /greets it with a 5xx \(`smtp_skip_5xx_greeting = yes`/,
    gone: /answers with a temporary 4xx error\) does it move on to the next higher number \(\[RFC 5321, section 5\.1\]\([^)]*\)\)\. Senders/,
  },
  {
    row: 'M3',
    file: 'smtp/4.4.7.md',
    now: /`Action:` is `failed` while its `Status:` is still a \*\*4\.x\.x\*\* code/,
    gone: /some servers write `5\.4\.7`\)/,
  },
  { row: 'M3', file: 'smtp/class-4.md', now: /Postfix, Gmail: `4\.4\.1`, `4\.4\.2`/, gone: /often with `4\.4\.7` \(delivery time expired\)/ },
  { row: 'M3', file: 'smtp/subject-4.md', now: /keeping the last error's status/, gone: /bounces the message with `4\.4\.7` or `5\.4\.7`/ },
  {
    row: 'M4',
    file: 'delivery/mta-defaults.md',
    now: /cutoff counts from the \*\*host's first failure\*\*.*without a delivery attempt/,
    gone: /Once a message is older than the last rule's 4 days/,
  },
  { row: 'M4', file: 'scenarios/step-3.md', now: /4 days after your server first failed/, gone: /\| Exim \| 24 hours \| 4 days \|/ },
  {
    row: 'M4',
    file: 'smtp/class-4.md',
    now: /4 days after your server first failed \(per host, not per message\)/,
    gone: /4 days \(end of the default retry rule\)/,
  },
  {
    row: 'M5',
    file: 'delivery/mta-defaults.md',
    now: /`TransientFailureRetryCount` \(6\) retries `TransientFailureRetryInterval` \(5 minutes\) apart/,
    gone: /\| Exchange Server \| every 10 minutes \|/,
  },
  {
    row: 'M6',
    file: 'delivery/mta-defaults.md',
    now: /`smtp_mx_address_limit`.*`smtp_mx_session_limit`.*`hosts_max_try`/,
    gone: /try every MX host and address in turn within one attempt/,
  },
  {
    row: 'M7',
    file: 'smtp/450.md',
    now: /when the domain does not exist at all \(`unknown_address_reject_code = 450`\)/,
    gone: /the sender's domain did not resolve right now$/m,
  },
  {
    row: 'M8',
    file: 'rules/null-mx-preference.md',
    now: /Postfix and Exim treat any MX whose target is `\.` as a null MX, whatever its preference/,
    gone: /try to deliver to a host named `\.`/,
  },
  {
    row: 'M9',
    file: 'delivery/mta-defaults.md',
    now: /a warning \*\*every 24 hours\*\*/,
    gone: /`delay_warning` defaults to 24 hours \(the Exim specification, main configuration options\)/,
  },
  {
    row: 'M10',
    file: 'rules/domain-nxdomain.md',
    now: /smaller of the SOA record's own TTL and its MINIMUM field \(RFC 2308 §5\)/,
    gone: /cached for the SOA minimum/,
  },
  {
    row: 'M10',
    file: 'rules/domain-nxdomain.md',
    now: /usually gives SERVFAIL or a timeout instead/,
    gone: /no longer serve the zone, and a resolver caches the negative answer/,
  },
];

for (const { row, file, now, gone } of rows) {
  test(`${row}: ${file} states the corrected fact and no longer the old one`, () => {
    const text = flat(file);
    assert.match(text, now);
    assert.doesNotMatch(doc(file), gone);
    assert.doesNotMatch(text, gone);
  });
}

test('every corrected row is listed with its source in a docs/**/sources.md', () => {
  const sources = ['delivery/sources.md', 'rules/sources.md', 'smtp/sources.md'].map(flat).join('\n');
  for (const row of new Set(rows.map((r) => r.row))) assert.match(sources, new RegExp(`\\| ${row} \\|`), `${row} has no line in a sources page`);
  for (const claim of ['5.4.7', 'OpenSMTPD', 'CNAME', 'IANA registry', 'ETRN', 'Exchange Online', 'backup MX on purpose']) {
    assert.ok(sources.includes(claim), `the unverified claim "${claim}" is not accounted for`);
  }
});

test('M1: the MX hover no longer says senders bounce a null MX with 556 5.1.10', () => {
  const text = describeFallback('example.com.', fallbackPlan([{ preference: 0, exchange: '.' }]));
  assert.match(text, /return mail for it at once, without trying to deliver/);
  assert.doesNotMatch(text, /556 5\.1\.10/);
});

test('M4: the temporary-class explanation counts Exim from the host, not the message', () => {
  assert.match(replyClasses.temporary.next, /Exim until 4 days after the receiving host first failed/);
  assert.doesNotMatch(replyClasses.temporary.next, /Exim 4 days,/);
});

test('the four new articles exist, cite sources, and the hovers link them', () => {
  for (const guide of Object.values(guides)) {
    const text = doc(guide.article);
    assert.match(text, /^# /, guide.article);
    assert.match(text, /\n## Sources\n/, `${guide.article} has a Sources section`);
  }
  const titles = (code?: string, enhanced?: string) => guidesFor(code, enhanced).map((g) => g.article);
  assert.deepEqual(titles('450', '4.2.0'), ['delivery/greylisting.md', 'delivery/421-vs-450.md']);
  assert.deepEqual(titles('421'), ['delivery/421-vs-450.md']);
  assert.deepEqual(titles('454', '4.7.5'), ['delivery/421-vs-450.md', 'delivery/mta-sts-dane.md']);
  assert.deepEqual(titles('250', '2.0.0'), ['delivery/nothing-lost.md']);
  assert.deepEqual(titles('550', '5.1.1'), ['delivery/nothing-lost.md']);
  assert.match(mxLimitsNote(), /Postfix tries at most 5 addresses \(and 2 servers that answer\); Exim tries at most 5 addresses/);
});

test('every published schedule preset is in the article, with its give-up time and source', () => {
  const article = doc('delivery/mta-defaults.md');
  for (const preset of schedulePresets) {
    const row = article.split('\n').find((line) => line.startsWith(`| \`${preset.id}\` |`));
    assert.ok(row, `no row for the preset ${preset.id}`);
  }
  assert.doesNotMatch(article, /\| `(google|barracuda|hornetsecurity)` \|/, 'no preset without a published source');
});
