/**
 * The delivery articles a support engineer needs next to an SMTP reply or an MX record: greylisting, where a
 * 421 or 450 comes, MTA-STS and DANE, and when "nothing is lost" fails; and the MX limits of the senders.
 * Pure data for the hovers; the articles are docs/delivery/*.md.
 */

export interface Guide {
  title: string;
  /** Article under docs/. */
  article: string;
}

export const guides = {
  greylisting: { title: 'Greylisting: why the first message is late', article: 'delivery/greylisting.md' },
  replyStep: { title: '421 or 450, and at which step', article: 'delivery/421-vs-450.md' },
  tls: { title: 'MTA-STS and DANE: when TLS rules make an outage', article: 'delivery/mta-sts-dane.md' },
  nothingLost: { title: 'When "nothing is lost" does not hold', article: 'delivery/nothing-lost.md' },
} satisfies Record<string, Guide>;

/** Enhanced codes of TLS and certificate trouble (RFC 3463 X.7.5 cryptographic failure, RFC 5248 X.7.10 encryption needed). */
const tlsCodes = new Set(['7.5', '7.10']);

/** The articles worth a link beside `code` (a basic reply code) and/or `enhanced` (an enhanced status code). */
export function guidesFor(code?: string, enhanced?: string): Guide[] {
  const found: Guide[] = [];
  const klass = (code ?? enhanced ?? '')[0];
  if (code === '450' || code === '451' || enhanced === '4.2.0' || enhanced === '4.7.1') found.push(guides.greylisting);
  if (klass === '4' || code === '554') found.push(guides.replyStep);
  if (enhanced !== undefined && tlsCodes.has(enhanced.slice(2))) found.push(guides.tls);
  if (klass === '2' || klass === '5') found.push(guides.nothingLost);
  return found;
}

/**
 * How many MX hosts the common senders try within one delivery attempt (RFC 5321 §5.1 allows a limit), for the
 * MX hover: Postfix postconf(5) `smtp_mx_address_limit` 5 and `smtp_mx_session_limit` 2, Exim's smtp transport
 * `hosts_max_try` 5. docs/delivery/mta-defaults.md cites them.
 */
export const senderMxLimits = [
  { sender: 'Postfix', addresses: 5, sessions: 2 },
  { sender: 'Exim', addresses: 5 },
] as const;

/** One markdown paragraph for the MX hover: the senders' limits, and Postfix's move to the next host on a 5xx greeting. */
export function mxLimitsNote(): string {
  const limits = senderMxLimits
    .map(
      (limit) =>
        `${limit.sender} tries at most ${limit.addresses} addresses${'sessions' in limit ? ` (and ${limit.sessions} servers that answer)` : ''}`,
    )
    .join('; ');
  return `Per delivery attempt, ${limits}: hosts further down the list may never get mail. Postfix also moves to the next host when a server greets it with a 5xx.`;
}
