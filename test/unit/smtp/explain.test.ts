// explain(): pairs, lone codes, vendor details, non-standard codes, and the bounce reason classes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain, parseCode } from '../../../src/core/smtp/explain';
import { parseFieldBlocks, readDeliveryStatus } from '../../../src/core/smtp/dsn';
import { explainMessage, explanationMarkdown, messageMarkdown } from '../../../src/core/smtp/report';

test('550 5.1.1 is explained as one: the detail from 5.1.1, the behaviour from 550', () => {
  const ex = explain('550 5.1.1')!;
  assert.equal(ex.label, '550 5.1.1');
  assert.equal(ex.title, 'Mailbox unavailable (permanent): Bad destination mailbox address');
  assert.equal(ex.class, 'permanent');
  assert.match(ex.meaning, /mailbox does not exist/);
  assert.match(ex.next, /does not retry/);
  assert.deepEqual(ex.rfc, ['RFC5321', 'RFC3463']);
  assert.equal(ex.article, 'smtp/5.1.1.md');
  // An unknown mailbox is not the invalid-domain scenario (issue 21).
  assert.equal(ex.scenario, undefined);
  assert.deepEqual(explain('550', '5.1.1'), ex);
  assert.deepEqual(explain('550-5.1.1'), ex);
});

test("a temporary reply says the sender will retry, with Postfix's 5 days", () => {
  const ex = explain('450 4.7.1')!;
  assert.equal(ex.class, 'temporary');
  assert.match(ex.next, /will retry.*Postfix by default for up to 5 days/);
  assert.equal(ex.article, 'smtp/5.7.1.md');
  assert.equal(explain('421')!.scenario, 3);
});

test('an unknown detail such as 5.7.606 is vendor-specific, explained by class and subject', () => {
  const ex = explain('5.7.606')!;
  assert.equal(ex.vendorSpecific, true);
  assert.equal(ex.class, 'permanent');
  assert.equal(ex.title, 'Vendor-specific security or policy status');
  assert.match(ex.meaning, /not in the IANA registry/);
  assert.match(ex.causes.join(' '), /block list/);
  assert.equal(ex.article, 'smtp/subject-7.md');
  assert.deepEqual(ex.rfc, ['RFC3463']);
  assert.equal(explain('550 5.7.606')!.title, 'Mailbox unavailable (permanent): Vendor-specific security or policy status');
  assert.equal(explain('4.4.312')!.class, 'temporary');
});

test('hover fixes of issue 21: a success speaks of no problem; 5.1.1 links no invalid-domain scenario; 4.2.0 alone or with 450 lists the same causes', () => {
  for (const code of ['2.0.0', '250 2.0.0']) {
    const ex = explain(code)!;
    assert.doesNotMatch([...ex.causes, ex.action].join(' '), /problem|not to classify/, code);
  }
  assert.doesNotMatch(explanationMarkdown(explain('550 5.1.1')!, true), /invalid domain/);
  assert.deepEqual(explain('450 4.2.0')!.causes, explain('4.2.0')!.causes);
  assert.deepEqual(explain('450 4.2.0')!.action, explain('4.2.0')!.action);
});

test("5.1.10 says both meanings: the IANA null MX, and Microsoft 365's unknown recipient; 5.4.4 is the NXDOMAIN status", () => {
  assert.match(explain('550 5.1.10')!.meaning, /null MX.*Microsoft 365.*RecipientNotFound.*mailbox does not exist/);
  assert.match(explain('550 5.4.4')!.meaning, /NXDOMAIN.*Postfix writes 5\.4\.4/);
  assert.ok(explain('5.4.4')!.causes.includes('a domain that does not exist (NXDOMAIN)'));
});

test('a non-standard basic code such as 571 is explained from its digits', () => {
  const ex = explain('571')!;
  assert.equal(ex.standard, false);
  assert.equal(ex.class, 'permanent');
  assert.equal(
    ex.meaning,
    'No RFC defines 571. By its first digit it is a permanent failure (5xx); by its second, in a category RFC 5321 does not assign.',
  );
  assert.match(explain('559')!.meaning, /by its second, about mail system\.$/);
});

test('extension codes carry their RFC: 535 AUTH, 454 STARTTLS/AUTH, 552 SIZE, 459 ETRN, 556 null MX', () => {
  assert.deepEqual(explain('535 5.7.8')!.rfc, ['RFC4954']);
  assert.deepEqual(explain('454')!.rfc, ['RFC3207', 'RFC4954']);
  assert.deepEqual(explain('552')!.rfc, ['RFC5321', 'RFC1870']);
  assert.deepEqual(explain('459')!.rfc, ['RFC1985']);
  assert.deepEqual(explain('556 5.1.10')!.rfc, ['RFC7504', 'RFC7505']);
});

test('what is not an SMTP code is not explained', () => {
  for (const text of ['', '600', '199', '5.1', '3.1.1', '550 5.1.1 5.1.1', 'abc', '550 4']) assert.equal(explain(text), undefined, text);
  assert.deepEqual(parseCode(' 550 #5.1.0 '), { code: '550', enhanced: '5.1.0' });
});

test('the hover markdown links the article and the scenario with encoded command arguments', () => {
  const md = explanationMarkdown(explain('550 5.1.2')!, true);
  assert.ok(md.includes(`command:mxGuard.openArticle?${encodeURIComponent('["smtp/550.md"]')}`));
  assert.ok(md.includes(`command:mxGuard.openScenarios?${encodeURIComponent('[{"step":2}]')}`));
  assert.ok(!explanationMarkdown(explain('550 5.1.1')!, false).includes('command:'));
  const service = { name: 'MailShield', retryHours: 48 };
  assert.match(
    explanationMarkdown(explain('451 4.4.1')!, true, service),
    /If MailShield is the sender .* retries for 48 hours, then returns the message, with no warning before\./,
  );
  assert.ok(!explanationMarkdown(explain('550 5.1.1')!, true, service).includes('MailShield'));
});

test('delivery-status fields: folded values, types stripped, per-recipient blocks', () => {
  const body = [
    'Reporting-MTA: dns; nyaaan.example.com',
    'Arrival-Date: Thu, 29 Apr 2017 23:34:45 +0900 (JST)',
    '',
    'Final-Recipient: rfc822; kijitora@gmail.com',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; gmail-smtp-in.l.google.com',
    'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does',
    '    not exist.',
  ].join('\n');
  assert.deepEqual(readDeliveryStatus(body), {
    reportingMta: 'nyaaan.example.com',
    recipients: [
      {
        finalRecipient: 'kijitora@gmail.com',
        originalRecipient: undefined,
        action: 'failed',
        status: '5.1.1',
        remoteMta: 'gmail-smtp-in.l.google.com',
        diagnosticCode: 'smtp; 550-5.1.1 The email account that you tried to reach does not exist.',
      },
    ],
  });
  assert.equal(parseFieldBlocks('no fields here\n\n: nor here').length, 0);
  // SurfControl writes the recipient's fields in the per-message block (this once recursed forever).
  assert.deepEqual(
    readDeliveryStatus('Final-Recipient: rfc822; kijitora@example.net\nAction: failed\nStatus: 5.0.0\n').recipients.map((r) => [
      r.finalRecipient,
      r.status,
    ]),
    [['kijitora@example.net', '5.0.0']],
  );
});

test('the report lists each code once with the lines it is on, offset for a selection', async () => {
  const text = ['x]: 554 5.7.1 Relay access denied', 'y]: 554 5.7.1 Relay access denied', '<<< 421 busy'].join('\n');
  const md = messageMarkdown('SMTP replies in maillog', await explainMessage(text), { heading: false, lineOffset: 10 });
  assert.ok(md.startsWith('## Codes found\n'));
  assert.deepEqual(md.match(/^### .*$/gm), ['### 554 5.7.1', '### 421']);
  assert.match(md, /### 554 5\.7\.1\n\nOn lines 11, 12\.\n/);
  assert.match(md, /### 421\n\nOn line 13\.\n/);
  assert.ok(messageMarkdown('T', await explainMessage('nothing here')).startsWith('# T\n'));
});
