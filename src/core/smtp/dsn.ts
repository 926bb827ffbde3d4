/**
 * Delivery status notifications (RFC 3464): the MIME structure is taken apart by postal-mime; this
 * module reads only the fields of the message/delivery-status part, and sorts a failure into the
 * reason classes that bounce classifiers use.
 */
export interface DsnRecipient {
  finalRecipient?: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  remoteMta?: string;
  diagnosticCode?: string;
}

export interface DeliveryReport {
  subject?: string;
  reportingMta?: string;
  recipients: DsnRecipient[];
}

export type BounceReason =
  'user-unknown' | 'mailbox-full' | 'mailbox-disabled' | 'blocked' | 'spam' | 'authentication' | 'expired' | 'network' | 'too-big' | 'other';

export const bounceReasonLabels: Record<BounceReason, string> = {
  'user-unknown': 'user unknown',
  'mailbox-full': 'mailbox full',
  'mailbox-disabled': 'mailbox disabled',
  blocked: 'blocked or policy',
  spam: 'spam',
  authentication: 'authentication (SPF/DKIM/DMARC)',
  expired: 'expired (queue timeout)',
  network: 'network',
  'too-big': 'message too big',
  other: 'other',
};

/**
 * Splits field blocks ("Name: value", folded lines continued by white space, blocks separated by a
 * blank line) into maps with lower-case names. The first block holds the per-message fields.
 */
export function parseFieldBlocks(text: string): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  let lastName: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      current = undefined;
      lastName = undefined;
      continue;
    }
    if (/^[ \t]/.test(line) && current && lastName) {
      current.set(lastName, `${current.get(lastName)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    if (!current) blocks.push((current = new Map<string, string>()));
    lastName = line.slice(0, colon).trim().toLowerCase();
    if (!current.has(lastName)) current.set(lastName, line.slice(colon + 1).trim());
  }
  return blocks;
}

/** "rfc822; user@example.com" → "user@example.com" (the address-type or MTA-name-type prefix goes). */
function withoutType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semicolon = value.indexOf(';');
  return (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
}

/** Reads the fields of a message/delivery-status body. */
export function readDeliveryStatus(body: string): Pick<DeliveryReport, 'reportingMta' | 'recipients'> {
  const blocks = parseFieldBlocks(body);
  // The first block holds the per-message fields; some MTAs run the first recipient's fields into it.
  const recipients = blocks
    .filter((b) => b.has('final-recipient') || b.has('status') || b.has('action'))
    .map((b) => ({
      finalRecipient: withoutType(b.get('final-recipient')),
      originalRecipient: withoutType(b.get('original-recipient')),
      action: b.get('action')?.toLowerCase(),
      status: b.get('status')?.match(/^[245]\.\d{1,3}\.\d{1,3}/)?.[0],
      remoteMta: withoutType(b.get('remote-mta')),
      diagnosticCode: b.get('diagnostic-code'),
    }));
  return { reportingMta: withoutType(blocks[0]?.get('reporting-mta')), recipients };
}

/**
 * Parses a raw message and returns its delivery report, or undefined when it holds no
 * message/delivery-status (or message/global-delivery-status, RFC 6533) part. Never throws on bad input.
 */
export async function parseDsn(raw: string | Uint8Array): Promise<DeliveryReport | undefined> {
  let email;
  try {
    // Loaded on first use: the editor activates without the MIME parser, and most sessions never read a bounce.
    const { default: PostalMime } = await import('postal-mime');
    email = await PostalMime.parse(raw, { attachmentEncoding: 'utf8', forceRfc822Attachments: true });
  } catch {
    return undefined;
  }
  const part = email.attachments.find((a) => a.mimeType === 'message/delivery-status' || a.mimeType === 'message/global-delivery-status');
  if (!part) return undefined;
  const body = typeof part.content === 'string' ? part.content : new TextDecoder().decode(part.content);
  return { subject: email.subject, ...readDeliveryStatus(body) };
}

const reasonByStatus: [RegExp, BounceReason][] = [
  [/^\d\.1\.(1|2|3|4|6|10)$/, 'user-unknown'],
  [/^\d\.1\.[78]$/, 'blocked'], // the sender's address was refused
  [/^\d\.2\.1$/, 'mailbox-disabled'],
  [/^\d\.2\.2$|^\d\.3\.1$/, 'mailbox-full'],
  [/^\d\.2\.3$|^\d\.3\.4$|^\d\.7\.16$/, 'too-big'],
  [/^\d\.4\.7$/, 'expired'],
  [/^\d\.7\.(2[0-6])$/, 'authentication'],
  [/^\d\.4\.[0-6]$/, 'network'],
];

const reasonByText: [RegExp, BounceReason][] = [
  [/expired|too long in (the )?queue|retry time(out)? exceeded|could not be delivered for \d+|gave up|giving up/i, 'expired'],
  [/\b(spf|dkim|dmarc)\b|authentication checks?|unauthenticated/i, 'authentication'],
  [/spam|junk|bulk mail|virus|malware|content (was )?rejected/i, 'spam'],
  [/too (big|large)|size (limit|exceeds)|exceeds? (the )?(maximum|size)|message length/i, 'too-big'],
  [/mailbox (is )?full|over ?quota|quota exceeded|exceeded storage|insufficient storage|mailbox size/i, 'mailbox-full'],
  [/disabled|suspended|frozen|inactive|deactivated/i, 'mailbox-disabled'],
  [
    /user unknown|unknown user|no such (user|mailbox|recipient)|does not exist|doesn't exist|not exist|invalid (recipient|mailbox|address)|recipient (address )?rejected|address rejected|not found|unrouteable|mailbox unavailable|undeliverable address|no mailbox/i,
    'user-unknown',
  ],
  [/block|black ?list|blacklisted|\brbl\b|dnsbl|denied|not (authorized|allowed|permitted)|policy|relay|refused|reject/i, 'blocked'],
  [/connection|timed? ?out|unreachable|not reachable|no route|host not found|dns|name server|lost|network|hop count|loop/i, 'network'],
];

/** Sorts a failure into a reason class: by the status code first, else by the words of the diagnostic. */
export function classifyBounce(status: string | undefined, text: string | undefined): BounceReason {
  for (const [pattern, reason] of reasonByStatus) if (status && pattern.test(status)) return reason;
  for (const [pattern, reason] of reasonByText) if (text && pattern.test(text)) return reason;
  if (status && /^\d\.7\./.test(status)) return 'blocked';
  return 'other';
}
