// Each bounce format's reader on fixtures written here, in the formats' own layouts (not copies of real bounces).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBounce } from '../../../src/core/bounce';
import { fixturesDir } from '../../paths';

/** fixture → [kind, format, [recipient, reason, hard, status?, provider?] per recipient]. */
const cases: [string, string, string, [string | undefined, string, boolean, string?, string?][]][] = [
  ['postfix-dsn.eml', 'bounce', 'rfc3464', [['bob@example.org', 'user-unknown', true, '5.1.1']]],
  ['postfix-expired.eml', 'bounce', 'rfc3464', [['carol@example.org', 'expired', false, '4.4.1']]],
  ['postfix-text.txt', 'bounce', 'postfix', [['dora@example.org', 'mailbox-full', false, '5.2.2']]],
  ['sendmail-transcript.eml', 'bounce', 'sendmail', [['erin@example.org', 'user-unknown', true, '5.1.1']]],
  ['exim.eml', 'bounce', 'exim', [['frank@example.org', 'blocked', false, '5.7.1']]],
  ['qmail.eml', 'bounce', 'qmail', [['gina@example.org', 'host-unknown', true, '5.1.2']]],
  ['exchange2003.eml', 'bounce', 'exchange', [['ivan@example.org', 'user-unknown', true]]],
  ['microsoft365.eml', 'bounce', 'exchange', [['jane@example.org', 'user-unknown', true, '5.1.10', 'microsoft']]],
  ['exchange-de.txt', 'bounce', 'exchange', [['karl@example.org', 'user-unknown', true, '5.1.1']]],
  ['exchange-fr.txt', 'bounce', 'exchange', [['lea@example.org', 'mailbox-full', false, '5.2.2']]],
  ['gmail.eml', 'bounce', 'gmail', [['mike@example.org', 'host-unknown', true]]],
  ['googlegroups.eml', 'bounce', 'googlegroups', [['team@googlegroups.com', 'sender-rejected', false]]],
  ['yahoo.eml', 'bounce', 'yahoo', [['nina@example.org', 'policy-violation', false, '5.7.9']]],
  ['opensmtpd.eml', 'bounce', 'opensmtpd', [['oscar@example.org', 'mailbox-full', false, '5.2.2']]],
  ['domino.eml', 'bounce', 'domino', [['paul@example.org', 'user-unknown', true]]],
  ['courier.eml', 'bounce', 'courier', [['quinn@example.org', 'user-unknown', true, '5.1.1']]],
  ['dragonfly.eml', 'bounce', 'dragonfly', [['rita@example.org', 'has-moved', true, '5.1.6']]],
  ['messagingserver.eml', 'bounce', 'messagingserver', [['sam@example.org', 'user-unknown', true, '5.1.1']]],
  ['au-carrier.eml', 'bounce', 'jp-carrier', [['tomo@ezweb.ne.jp', 'mailbox-full', false]]],
  ['amazonses.json.eml', 'bounce', 'amazonses', [['uma@example.org', 'user-unknown', true, '5.1.1']]],
  ['zoho.eml', 'bounce', 'zoho', [['vera@example.org', 'user-unknown', true, '5.1.1']]],
  ['sendgrid.eml', 'bounce', 'sendgrid', [['walt@example.org', 'spam-detected', false, '5.7.1']]],
  ['arf.eml', 'feedback-report', 'arf', [['xena@isp.example.net', 'feedback-report', false]]],
  ['autoreply.eml', 'auto-reply', 'rfc3834', [['yann@example.org', 'vacation', false]]],
  ['mailing-list.eml', 'bounce', 'mailing-list', [['team@lists.example.net', 'system-error', false]]],
  ['html-only.eml', 'bounce', 'exchange', [['zoe@example.org', 'mailbox-full', false, '5.2.2']]],
  ['pasted-qmail.txt', 'bounce', 'qmail', [['abe@example.org', 'suspended', false, '5.2.1']]],
  ['barracuda.eml', 'bounce', 'barracuda', [['bea@example.org', 'spam-detected', false]]],
  ['mimecast.eml', 'bounce', 'mimecast', [['cleo@example.org', 'user-unknown', true, '5.4.1']]],
  ['proofpoint.eml', 'bounce', 'proofpoint', [['dan@example.org', 'user-unknown', true, '5.1.1']]],
  ['apple.eml', 'bounce', 'apple', [['eve@example.org', 'mailbox-full', false, '5.2.2']]],
  ['amazonworkmail.eml', 'bounce', 'amazonworkmail', [['fay@example.org', 'expired', false, '4.4.7']]],
  ['outlook.eml', 'bounce', 'outlook', [['gus@example.org', 'user-unknown', true, '5.5.0']]],
  ['mailru.eml', 'bounce', 'mailru', [['hana@example.org', 'does-not-accept', true]]],
  ['yandex.eml', 'bounce', 'yandex', [['ivy@example.org', 'spam-detected', false, '5.7.1']]],
  [
    'gmx.eml',
    'bounce',
    'gmx',
    [
      ['jack@example.org', 'user-unknown', true, '5.1.1'],
      ['kim@example.net', 'expired', false],
    ],
  ],
];

for (const [file, kind, format, recipients] of cases) {
  test(`${file}: read as ${format}`, async () => {
    const report = await readBounce(fs.readFileSync(path.join(fixturesDir, 'bounces', file), 'utf8'));
    assert.ok(report, `${file} is read`);
    assert.equal(report.kind, kind);
    assert.equal(report.format, format);
    assert.deepEqual(
      report.recipients.map((r) => [r.recipient, r.reason, r.hard, ...(r.status ? [r.status] : []), ...(r.provider ? [r.provider.provider] : [])]),
      recipients,
    );
  });
}

test("a provider's headers alone do not make a bounce: a Yandex user's out-of-office reply stays an auto-reply", async () => {
  const report = await readBounce(
    'From: Ivan <ivan@yandex.ru>\nTo: ana@example.com\nSubject: Auto: Hello\nX-Yandex-Uniq: 1\nAuto-Submitted: auto-replied\n\nI am away until Monday; write to lena@example.org meanwhile.\n',
  );
  assert.equal(report?.kind, 'auto-reply');
});

test('a provider notice pasted without its headers is still found by its own words (Mimecast, Barracuda)', async () => {
  for (const [file, format] of [
    ['mimecast.eml', 'mimecast'],
    ['barracuda.eml', 'barracuda'],
  ]) {
    const body = fs
      .readFileSync(path.join(fixturesDir, 'bounces', file), 'utf8')
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n\n');
    assert.equal((await readBounce(body))?.format, format, file);
  }
});

test('a delivery-status part marks where a reason came from: DSN fields, or the notice text', async () => {
  const read = async (file: string) => (await readBounce(fs.readFileSync(path.join(fixturesDir, 'bounces', file), 'utf8')))?.recipients[0]?.source;
  assert.deepEqual([await read('outlook.eml'), await read('amazonworkmail.eml'), await read('gmx.eml')], ['dsn', 'dsn', 'bounce-text']);
});

test('what is not a bounce is not read as one: a log line, prose, an empty text', async () => {
  for (const text of [
    'Jun  1 10:00:00 mx postfix/smtp[1]: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host said: 550 5.1.1 unknown)',
    'Dear Ana, thanks for your mail to bob@example.org about the budget.',
    '',
  ])
    assert.equal(await readBounce(text), undefined, text);
});

test('bad input never throws: broken MIME, binary noise, a huge line', async () => {
  for (const text of [
    'Content-Type: multipart/report; boundary="x"\n\n--x\nContent-Type: message/delivery-status\n\n',
    '\u0000\u00ff'.repeat(1000),
    'a'.repeat(200_000),
  ])
    await readBounce(text);
});

test('the text and the code disagree: the recipient keeps both', async () => {
  const report = await readBounce(
    'From: MAILER-DAEMON@mta.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="D"\n\n--D\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mta.example.net\n\nFinal-Recipient: rfc822; beth@example.org\nAction: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 <beth@example.org>... User Unknown\n\n--D--\n',
  );
  assert.deepEqual(
    report?.recipients.map((r) => [r.reason, r.codeReason, r.hard, r.source]),
    [['user-unknown', 'suspended', true, 'dsn']],
  );
});
