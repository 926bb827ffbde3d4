// The reason of a failed recipient: the text first, then the status, then the reply code; where they disagree, both are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classify, reasonOfStatus, reasonOfText } from '../../../src/core/bounce/classify';
import { providerReplies } from '../../../src/core/bounce/providers';
import { isHard, reasonIds } from '../../../src/core/bounce/reasons';
import { commandIn } from '../../../src/core/bounce/textReader';
import { repoRoot } from '../../paths';
import { findReplies } from '../../../src/core/smtp/detect';
import { lineVerdict, verdictMarkdown } from '../../../src/core/smtp/report';

const byText: [string, string][] = [
  ["550 5.7.1 Unauthenticated email from cpanel.com is not accepted due to domain's DMARC policy", 'auth-failure'],
  ['550 5.7.0 Recipient address rejected: Spam detected', 'spam-detected'],
  ['550 5.7.1 Rejected: IP in SpamCop blacklist', 'blocked'],
  ['554 5.7.1 <x>: Relay access denied', 'relaying-denied'],
  ['550 User not found', 'user-unknown'],
  ['connection timed out', 'network-error'],
  ['550 Connection frequency limited', 'rate-limited'],
  ['550 5.2.1 The email account that you tried to reach is disabled.', 'suspended'],
  ['550 Mailbox is frozen.', 'suspended'],
  ['501 5.1.8 Sender address rejected: Domain not found', 'sender-rejected'],
  ['Error transferring to mx.example.org; Maximum hop count exceeded.', 'network-error'],
  // Outlook.com's words for a domain it cannot resolve ("Please check the domain"), not a network fault on the way.
  ['554 The mail could not be delivered to the recipient because the domain is not reachable.', 'host-unknown'],
  ['550 an MX or SRV record indicated no SMTP service', 'does-not-accept'],
  ['Connected to 192.0.2.9 but sender was rejected. Remote host said: 550 5.7.1 Access denied', 'sender-rejected'],
  ['550 5.2.0 <a@example.org> From: Domain is invalid. Please provide a valid From: IB506', 'sender-rejected'],
  ['550 HELO name example.org mismatches client IP 192.0.2.9', 'requires-ptr'],
  ['550-5.7.1 Messages with multiple addresses in From: header are not accepted.', 'not-rfc-compliant'],
  ['503 5.5.1 Improper sequence of commands', 'syntax-error'],
  ['550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table', 'user-unknown'],
  ['552 5.2.2 Mailbox full', 'mailbox-full'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocked'],
  ['550 5.7.25 The IP address sending this message does not have a PTR record setup', 'requires-ptr'],
  ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.9]', 'requires-ptr'],
  ['552 5.3.4 Message size exceeds fixed limit', 'too-big'],
  ['554 5.7.0 Reject, id=1 - VIRUS: Eicar-Test-Signature', 'virus-detected'],
  ['Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found', 'host-unknown'],
  ['556 5.1.10 Recipient address has null MX', 'does-not-accept'],
  ['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'user-unknown'],
];

test('the words decide where they name a reason', () => {
  for (const [text, reason] of byText) assert.equal(reasonOfText(text), reason, text);
  assert.equal(reasonOfText('Thank you'), undefined);
});

test('the status decides where the words say nothing, then the reply code', () => {
  assert.deepEqual(classify({ status: '5.1.1' }), { reason: 'user-unknown', decidedBy: 'status' });
  assert.deepEqual(classify({ status: '5.3.4' }), { reason: 'too-big', decidedBy: 'status' });
  assert.deepEqual(classify({ status: '5.7.26' }), { reason: 'auth-failure', decidedBy: 'status' });
  assert.deepEqual(classify({ status: '5.0.0', replyCode: '552' }), { reason: 'mailbox-full', decidedBy: 'reply-code' });
  assert.deepEqual(classify({}), { reason: 'undetermined', decidedBy: 'none' });
  assert.deepEqual(classify({ replyCode: '501' }), { reason: 'syntax-error', decidedBy: 'reply-code' });
  assert.deepEqual(classify({ status: '4.0.0', action: 'failed', text: '450 4.0.0 Temporary failure' }), {
    reason: 'undetermined',
    decidedBy: 'none',
  });
  assert.equal(reasonOfStatus('5.4.4'), 'host-unknown');
  assert.equal(reasonOfStatus('4.4.7'), 'expired');
  assert.equal(reasonOfStatus('not a status'), undefined);
});

test('text and code that disagree keep both: 550 5.2.1 "User Unknown" is a user unknown, not a disabled mailbox', () => {
  assert.deepEqual(classify({ status: '5.2.1', replyCode: '550', text: '550 5.2.1 <a@example.org>... User Unknown' }), {
    reason: 'user-unknown',
    decidedBy: 'text',
    codeReason: 'suspended',
  });
});

test('the code refines the words where it is more precise: 551 has moved, X.2.3 a mailbox limit, a user unknown after DATA', () => {
  assert.equal(classify({ status: '5.1.6', replyCode: '551', text: '551 not our user' }).reason, 'has-moved');
  assert.equal(classify({ status: '5.2.3', text: '552 5.2.3 Message length exceeds limit set by recipient' }).reason, 'exceeds-limit');
  assert.equal(classify({ text: '550 5.1.1 User unknown', command: 'DATA' }).reason, 'filtered');
  assert.equal(classify({ text: '550 5.1.1 User unknown', command: 'RCPT' }).reason, 'user-unknown');
  assert.equal(commandIn('-------server message\n550 No such user\n-------SMTP command\nDATA'), 'DATA');
});

test('a give-up bounce keeps the last temporary status: Action failed with 4.x.x is an expiry, not a network error (issue 21, M3)', () => {
  assert.equal(
    classify({ action: 'failed', status: '4.4.1', text: 'connect to mx.example.org[192.0.2.1]:25: Connection timed out' }).reason,
    'expired',
  );
  assert.equal(
    classify({ action: 'failed', status: '4.4.2', text: 'lost connection with mx.example.org while receiving the initial server greeting' }).reason,
    'expired',
  );
  assert.equal(classify({ action: 'delayed', status: '4.4.1' }).reason, 'expired');
  // The remote server's own 5xx in the diagnostic is a refusal, not an expiry.
  assert.notEqual(classify({ action: 'failed', status: '4.5.0', replyCode: '550', text: '550 5.5.0 Service refused' }).reason, 'expired');
});

test('hard only where the address itself is bad', () => {
  assert.deepEqual(
    reasonIds.filter((r) => isHard(r)),
    ['user-unknown', 'has-moved', 'host-unknown', 'does-not-accept'],
  );
});

test('a hover line: the provider meaning first, then which applies; the verdict at the top', () => {
  const line = "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'";
  const verdict = lineVerdict(line, findReplies(line)[0]);
  assert.deepEqual([verdict.reason, verdict.hard, verdict.provider?.provider], ['user-unknown', true, 'microsoft']);
  const md = verdictMarkdown(verdict, 'Recipient address has null MX');
  assert.match(md, /^\*\*Bounce reason:\*\* user unknown · hard bounce/);
  assert.match(md, /\*\*Microsoft 365 says:\*\* the recipient's address does not exist.*\n\n\*This applies: .*"Recipient address has null MX"/s);
  const plain = '550 5.2.1 <a@example.org>... User Unknown';
  assert.match(
    verdictMarkdown(lineVerdict(plain, findReplies(plain)[0]), 'x'),
    /The text says user unknown; 550 5\.2\.1 alone would mean mailbox suspended/,
  );
});

test('every reason has an article, and every provider reply a source cited in docs/bounces/sources.md', () => {
  const docs = path.join(repoRoot, 'docs', 'bounces');
  for (const reason of reasonIds) assert.ok(fs.existsSync(path.join(docs, `${reason}.md`)), `docs/bounces/${reason}.md`);
  const sources = fs.readFileSync(path.join(docs, 'sources.md'), 'utf8');
  for (const entry of providerReplies) assert.ok(sources.includes(entry.source), `source ${entry.source} of ${entry.provider}`);
});
