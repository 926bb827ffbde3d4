/**
 * Why a message bounced: our own reason ids, as fine as the reference classifiers' taxonomy, each with a
 * label, an article (docs/bounces/<id>.md) and whether it says the address itself is bad (a hard bounce).
 */
export const reasonIds = [
  'user-unknown',
  'mailbox-full',
  'suspended',
  'has-moved',
  'host-unknown',
  'does-not-accept',
  'expired',
  'network-error',
  'blocked',
  'bad-reputation',
  'rate-limited',
  'policy-violation',
  'spam-detected',
  'virus-detected',
  'content-error',
  'auth-failure',
  'requires-ptr',
  'not-rfc-compliant',
  'sender-rejected',
  'relaying-denied',
  'too-big',
  'exceeds-limit',
  'filtered',
  'system-error',
  'system-full',
  'mailer-error',
  'syntax-error',
  'security-error',
  'on-hold',
  'vacation',
  'feedback-report',
  'undetermined',
] as const;

export type ReasonId = (typeof reasonIds)[number];

export interface ReasonInfo {
  label: string;
  /** One line: what it means for the sender. */
  summary: string;
}

export const reasons: Record<ReasonId, ReasonInfo> = {
  'user-unknown': { label: 'user unknown', summary: 'The receiving domain has no mailbox by that name.' },
  'mailbox-full': { label: 'mailbox full', summary: 'The mailbox exists but is over its storage quota.' },
  suspended: { label: 'mailbox suspended', summary: 'The mailbox exists but is disabled, suspended or inactive.' },
  'has-moved': { label: 'has moved', summary: 'The person no longer reads mail at this address; the server may name a new one.' },
  'host-unknown': { label: 'host unknown', summary: 'The domain after the @ does not exist or has no mail host in DNS.' },
  'does-not-accept': { label: 'domain does not accept mail', summary: 'The domain says it takes no mail at all (a null MX, RFC 7505).' },
  expired: { label: 'expired in the queue', summary: 'The sending server kept retrying and gave up when its queue lifetime ran out.' },
  'network-error': {
    label: 'network error',
    summary: 'The receiving server could not be reached or the connection failed (timeout, refused, loop).',
  },
  blocked: { label: 'blocked', summary: 'The receiver refused the sending server itself: its IP address is on a block list or not welcome.' },
  'bad-reputation': { label: 'bad reputation', summary: "The receiver refused mail because of the sender's (IP or domain) reputation." },
  'rate-limited': { label: 'rate limited', summary: 'Too many connections or messages in too short a time; the receiver asks to slow down.' },
  'policy-violation': {
    label: 'policy violation',
    summary: 'The message breaks a local policy of the receiver (not spam as such, a rule of its own).',
  },
  'spam-detected': { label: 'spam detected', summary: "The receiver's filter judged the message itself to be spam." },
  'virus-detected': { label: 'virus detected', summary: 'The receiver found malware in the message or an attachment.' },
  'content-error': { label: 'content error', summary: 'The message content (type, encoding, attachment) is not accepted.' },
  'auth-failure': { label: 'authentication failure (SPF/DKIM/DMARC)', summary: "The sender's domain failed SPF, DKIM or DMARC at the receiver." },
  'requires-ptr': { label: 'requires PTR', summary: 'The sending IP has no reverse DNS (PTR) name, or it does not match.' },
  'not-rfc-compliant': { label: 'not RFC compliant', summary: 'The message or its headers break the message format standards (RFC 5322).' },
  'sender-rejected': { label: 'sender rejected', summary: 'The envelope sender (MAIL FROM) address or its domain was refused.' },
  'relaying-denied': { label: 'relaying denied', summary: 'The server that was asked is not the destination and refuses to relay.' },
  'too-big': { label: 'message too big', summary: "The message exceeds the receiver's size limit." },
  'exceeds-limit': {
    label: 'exceeds a limit',
    summary: 'A per-message or per-mailbox limit other than size was exceeded (recipients, message count).',
  },
  filtered: { label: 'filtered', summary: "The recipient's own filter or settings refused the message." },
  'system-error': { label: 'system error', summary: 'The receiving system failed internally (or a mailing list or gateway failed).' },
  'system-full': { label: 'system full', summary: "The receiving server's own disk or spool is full." },
  'mailer-error': { label: 'mailer error', summary: 'The local delivery program (a pipe, procmail, a script) failed.' },
  'syntax-error': { label: 'syntax error', summary: 'The SMTP conversation itself went wrong: a command or argument the server did not understand.' },
  'security-error': { label: 'security error', summary: 'TLS or SMTP authentication was required or failed.' },
  'on-hold': { label: 'on hold', summary: 'A failure the bounce does not explain well enough to classify; it needs a human look.' },
  vacation: { label: 'vacation (auto-reply)', summary: 'Not a bounce: an automatic reply (RFC 3834), such as an out-of-office notice.' },
  'feedback-report': { label: 'feedback report', summary: 'Not a bounce: an abuse or spam complaint report (ARF, RFC 5965).' },
  undetermined: { label: 'undetermined', summary: 'Nothing in the bounce says why the message failed.' },
};

/** The reasons that say the address itself is bad: sending to it again will fail again. */
const addressReasons = new Set<ReasonId>(['user-unknown', 'host-unknown', 'has-moved', 'does-not-accept']);

/** Hard (the address itself is bad) or soft (the address may work later or from another sender). */
export function isHard(reason: ReasonId): boolean {
  return addressReasons.has(reason);
}

export function isReasonId(value: string): value is ReasonId {
  return (reasonIds as readonly string[]).includes(value);
}
