// findReplies on real lines from the shared corpus, and on the traps the issue names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReplies, replyAt } from '../../../src/core/smtp/detect';

/** [code, enhanced, 0-based column, context] of each reply on the text. */
function found(text: string): [string | undefined, string | undefined, number, string][] {
  return findReplies(text).map((r) => [r.code, r.enhanced, r.range.start.character, r.context]);
}

test('Postfix smtpd reject: the pair after the client, not the PID nor the IP', () => {
  const line =
    'Aug 13 15:45:46 server postfix/smtpd[13844]: 00ADB3C0899: reject: RCPT from example.com[192.0.2.1]: 550 5.1.1 <sales@server.com>: Recipient address rejected: User unknown in local recipient table; from=<xxxxxx@example.com> to=<sales@server.com> proto=ESMTP helo=<mail.example.com>';
  assert.deepEqual(found(line), [['550', '5.1.1', 100, 'pair']]);
});

test('Sendmail reject=: the pair after "reject=", not the relay IP 205/206 parts', () => {
  const line =
    'Feb 27 15:49:02 batman sm-mta[88377]: s1REn1un088377: ruleset=check_rcpt, arg1=<non-existing-user@example.com>, relay=189-30-205-74.paebv701.dsl.brasiltelecom.net.br [189.30.205.74], reject=550 5.1.1 <non-existing-user@example.com>... User unknown';
  assert.deepEqual(found(line), [['550', '5.1.1', 190, 'pair']]);
});

test('Exim authenticator failure: a lone 535 after "]: ", not the ports 465 or 25', () => {
  const line =
    '2024-03-21 19:26:06 dovecot_login authenticator failed for (User) [194.169.175.1]:21298 I=[22.33.44.55]:465 Ci=30416: 535 Incorrect authentication data (set_id=uaf589@example.com)';
  assert.deepEqual(found(line), [['535', undefined, 118, 'after-colon']]);
});

test('a count after a colon is not a reply (Postfix rate limit "exceeded: 334 from …")', () => {
  const line =
    'Sep 19 12:10:58 hostname postfix/smtpd[14059]: warning: Message delivery request rate limit exceeded: 334 from spam.example.com[192.0.2.227] for service submission';
  assert.deepEqual(found(line), []);
});

test('Gmail multi-line reply folded into a Postfix bounce: every 550-5.1.1 is a pair', () => {
  const text = [
    '    said: 550-5.1.1 The email account that you tried to reach does not exist.',
    "    Please try 550-5.1.1 double-checking the recipient's email address for",
    '    typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1',
  ].join('\n');
  assert.deepEqual(
    findReplies(text).map((r) => [r.range.start.line, r.range.start.character, r.code, r.enhanced]),
    [
      [0, 10, '550', '5.1.1'],
      [1, 15, '550', '5.1.1'],
      [2, 13, '550', '5.1.1'],
      [2, 57, '550', '5.1.1'],
    ],
  );
});

test('DSN fields: Status:, Diagnostic-Code: smtp;, and a code wrapped onto the next line after "said:"', () => {
  const text = [
    '<kijitora@example.org>: host mx.example.org[192.0.2.4] said: 450',
    '    4.1.1 <kijitora@example.org>: Recipient address rejected: User unknown in',
    'Status: 4.1.1',
    'Diagnostic-Code: smtp; 550 <otsu@ezweb.ne.jp>:',
  ].join('\r\n');
  assert.deepEqual(
    findReplies(text).map((r) => [r.range.start.line, r.code ?? r.enhanced, r.context]),
    [
      [0, '450', 'marker'],
      [1, '4.1.1', 'transcript'],
      [2, '4.1.1', 'marker'],
      [3, '550', 'marker'],
    ],
  );
});

test('Sendmail transcript lines and "(reason: …)"; qmail "(#5.1.2)"; Exchange "#550 5.2.2" and "smtp;550"', () => {
  assert.deepEqual(found('<<< 503 need RCPT command [data]'), [['503', undefined, 4, 'transcript']]);
  assert.deepEqual(found('    (reason: 551 not our user)'), [['551', undefined, 13, 'marker']]);
  assert.deepEqual(found("Sorry, I couldn't find any host named cx.libsisimai.com. (#5.1.2)"), [[undefined, '5.1.2', 59, 'marker']]);
  assert.deepEqual(found('#550 5.2.2 STOREDRV.Deliver: mailbox full.'), [['550', '5.2.2', 1, 'pair']]);
  assert.deepEqual(found('Diagnostic-Code: smtp;550 5.2.2 STOREDRV.Deliver'), [['550', '5.2.2', 22, 'pair']]);
  assert.deepEqual(found("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"), [['550', '5.1.1', 24, 'pair']]);
  assert.deepEqual(found('550 #5.1.0 Address rejected.'), [['550', '5.1.0', 0, 'pair']]);
  assert.deepEqual(found('550: 5.2.2 <mailboxfull@libsisimai.org>... Mailbox Full'), [['550', '5.2.2', 0, 'pair']]);
  assert.deepEqual(found('kijitora@example.net: [192.0.2.2], 554 Service currently unavailable'), [['554', undefined, 35, 'after-colon']]);
  assert.deepEqual(found('550 neko.example.org (smtp)... 550 Host unknown'), [
    ['550', undefined, 0, 'transcript'],
    ['550', undefined, 31, 'after-colon'],
  ]);
  assert.deepEqual(found('mailbox unavailable -&gt; 550 Unknown user'), [['550', undefined, 26, 'marker']]);
  assert.deepEqual(found('{\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\"}'), [[undefined, '5.1.1', 36, 'marker']]);
  assert.deepEqual(found('Jun  1 postfix/smtp[123]: to=<a@b.c>, relay=x[1.2.3.4]:25, dsn=4.4.1, status=deferred'), [
    [undefined, '4.4.1', 63, 'marker'],
  ]);
});

test('versions, IPs, dates, times, sizes, ports, PIDs and message ids are not replies', () => {
  for (const text of [
    'smtp-gw6.example.com (Lotus SMTP MTA v4.6.1',
    'This is Postfix version 2.5.1 and Exim 4.87 and Sendmail 8.14.4/8.14.4',
    'upgrade to version 5.1.1 today',
    'Received: from mx1 ([203.0.113.225]:465) by 10.200.100.5 with SMTP id 550abc; Tue, 22 May 2018 16:31:27 +0900',
    'from=<root@yourhost.com>, size=108, class=0, nrcpts=0, relay=[192.168.1.45]',
    'Content-Length: 530',
    'Message-Id: <20180522073127.AE504C6D941@sijo.example.jp>',
    'Jun  8 23:14:28 proxy2 postfix/postscreen[473]: COMMAND TIME LIMIT from [192.0.2.77]:3608 after CONNECT',
    '\tfilename=500-from-y.example.com-1.eml',
    'engine=2.50.10432:5.13.68,1.0.28,0.0.0000',
    'The meeting is at 450 Main Street, 5.1.1 is in the appendix.',
    'color: #555 !important;',
    '2.4.1 Fixes the parser',
    '4.2.1.  Reply Code Theory',
    '    allowed - https://community.mimecast.com/docs/DOC-1369#554',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

// Its time is measured by `npm run bench` (test/bench/linear.mjs); a hang is caught by the runner's --test-timeout.
test('an unlikely huge line is scanned to its end', () => {
  const line = 'said: '.repeat(200_000) + '550 5.1.1';
  assert.deepEqual(found(line), [['550', '5.1.1', 1_200_000, 'pair']]);
});

test('replyAt finds the reply under a column, including its last character', () => {
  const replies = findReplies('x]: 554 5.7.1 <a@b>: Relay access denied');
  assert.equal(replyAt(replies, 0, 4)?.code, '554');
  assert.equal(replyAt(replies, 0, 13)?.enhanced, '5.7.1');
  assert.equal(replyAt(replies, 0, 15), undefined);
  assert.equal(replyAt(replies, 1, 4), undefined);
});
