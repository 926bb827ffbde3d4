/**
 * Replies that large receivers write, with their own meaning: keyed on the remote host (the provider
 * catalogue's ids) and on the text or status. Each entry's source is cited in docs/bounces/sources.md.
 */
import { normaliseText } from './classify';
import type { ReasonId } from './reasons';

export interface ProviderReply {
  /** The provider catalogue's id ("microsoft", "google", ...). */
  provider: string;
  name: string;
  /** What the provider says this reply means. */
  meaning: string;
  action: string;
  /** The reason this reply gives, where it is more precise than the words would tell. */
  reason?: ReasonId;
  /** Key into docs/bounces/sources.md. */
  source: string;
}

interface ProviderEntry extends ProviderReply {
  /** The remote host or reporting MTA names that mark this provider. */
  hosts: RegExp;
  /** The reply: matched on the status code and/or the lower-cased text. */
  status?: RegExp;
  text?: RegExp;
  /** The text alone names the provider (a token only its servers write, such as RESOLVER.ADR.RecipientNotFound). */
  signature?: boolean;
}

const microsoft = /outlook\.com|protection\.outlook|office365|microsoft\.com|hotmail|live\.com|msn\.com|exchangelabs/;
const google = /google\.com|gmail|googlemail/;
const yahoo = /yahoo|yahoodns|aol\.com|\bymail\b/;
const apple = /icloud\.com|me\.com|mac\.com|apple\.com/;
const godaddy = /secureserver\.net|godaddy/;
const mimecast = /mimecast/;
const proofpoint = /pphosted\.com|proofpoint|ppe-hosted/;

export const providerReplies: ProviderEntry[] = [
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    text: /recipientnotfound/,
    signature: true,
    meaning: "the recipient's address does not exist in the receiving organisation (not the IANA meaning of 5.1.10, a null MX).",
    action: 'Check the address for typing mistakes; if it is right, the recipient must check the account exists in their tenant.',
    reason: 'user-unknown',
    source: 'microsoft-5.1.10',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^5\.4\.1$/,
    text: /recipient address rejected: access denied/,
    meaning:
      'the recipient is not a valid address in the receiving tenant: Directory-Based Edge Blocking refused it at the edge, before any mailbox was looked up.',
    action: "Check the address; if it is right, the recipient's admin must add it (or the domain's accepted-domain setting) in Exchange Online.",
    reason: 'user-unknown',
    source: 'microsoft-5.4.1',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^5\.7\.509$/,
    meaning: "the sender's domain fails DMARC and its DMARC policy is reject: Exchange Online refused the message.",
    action: "Fix SPF or DKIM for the sender's domain so that one of them passes and aligns with the From domain.",
    reason: 'auth-failure',
    source: 'microsoft-5.7.509',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^5\.7\.60[6-9]$|^5\.7\.649$|^5\.7\.705$|^5\.7\.708$|^5\.7\.750$/,
    meaning: "the sending IP address or tenant is blocked by Microsoft's own lists (banned sender, IP on the block list, or a tenant under review).",
    action: 'Ask for delisting through the Microsoft delist portal (sender.office.com) for the IP shown, after fixing what caused it.',
    reason: 'blocked',
    source: 'microsoft-5.7.606',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^4\.7\.650$/,
    text: /4\.7\.650|reputation/,
    meaning: "mail from this IP is temporarily rate limited because of the IP's reputation (typical of a new IP).",
    action: 'Keep retrying; ramp up volume slowly from a new IP and check the IP on Microsoft SNDS.',
    reason: 'bad-reputation',
    source: 'microsoft-4.7.650',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^5\.4\.310$/,
    meaning: "the recipient's domain does not exist in DNS (DNS domain does not exist).",
    action: 'Check the domain after the @ for typing mistakes; if it is right, its owner must fix its DNS.',
    reason: 'host-unknown',
    source: 'microsoft-5.4.310',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^[45]\.4\.7$/,
    text: /queue\.expired/,
    signature: true,
    meaning:
      'Exchange Online kept the message in its queue and gave up retrying (QUEUE.Expired): the receiving server was unreachable or kept deferring.',
    action: "Find why the receiving server did not accept the message (the NDR's last error); send again once it does.",
    reason: 'expired',
    source: 'microsoft-4.4.7',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft 365',
    hosts: microsoft,
    status: /^4\.7\.500$/,
    meaning: 'access denied temporarily: too much mail from this sender or IP in a short time; Exchange Online throttles it.',
    action: 'Slow down and keep retrying; check the sending volume from that IP.',
    reason: 'rate-limited',
    source: 'microsoft-4.7.500',
  },
  {
    provider: 'google',
    name: 'Gmail',
    hosts: google,
    status: /^4\.7\.28$/,
    meaning: 'Gmail has detected an unusual rate of unsolicited mail from this IP or domain and is rate limiting it.',
    action: "Slow down, follow Google's bulk sender guidelines, and check Postmaster Tools.",
    reason: 'rate-limited',
    source: 'google-4.7.28',
  },
  {
    provider: 'google',
    name: 'Gmail',
    hosts: google,
    status: /^5\.7\.26$/,
    meaning: 'the message is unauthenticated: it fails SPF and DKIM (or DMARC alignment), which Gmail requires.',
    action: "Set up SPF and DKIM for the sender's domain, and DMARC for bulk senders.",
    reason: 'auth-failure',
    source: 'google-5.7.26',
  },
  {
    provider: 'google',
    name: 'Gmail',
    hosts: google,
    status: /^4\.7\.0$/,
    text: /ip not in whitelist|tls|suspicious|unsolicited/,
    meaning: 'Gmail deferred the message for its own reasons (a suspicious IP, a missing PTR, or TLS requirements): the text says which.',
    action: "Read Gmail's text; check the sending IP's PTR and TLS, then let the sender retry.",
    source: 'google-4.7.0',
  },
  {
    provider: 'google',
    name: 'Gmail',
    hosts: google,
    status: /^4\.2\.2$/,
    meaning: "the recipient's mailbox is over its storage quota.",
    action: 'Nothing on the sending side: the recipient must free space; the sender keeps retrying.',
    reason: 'mailbox-full',
    source: 'google-4.2.2',
  },
  {
    provider: 'google',
    name: 'Gmail',
    hosts: google,
    status: /^4\.2\.1$/,
    meaning: 'the recipient is receiving mail at too high a rate; Gmail defers it for a while.',
    action: 'Nothing to change: the sender retries later; spread mail to that recipient over time.',
    reason: 'rate-limited',
    source: 'google-4.2.1',
  },
  {
    provider: 'google',
    name: 'Gmail',
    hosts: google,
    status: /^5\.7\.1$/,
    text: /(policy|spam|unsolicited|blocked)/,
    meaning: 'Gmail refused the message by its policy: it judged it unsolicited, or the sender is blocked.',
    action: "Read Gmail's text and its linked help article; check authentication and the sender's reputation.",
    reason: 'spam-detected',
    source: 'google-5.7.1',
  },
  {
    provider: 'yahoo',
    name: 'Yahoo',
    hosts: yahoo,
    text: /\bts0[1-4]\b|\btss0[1-9]\b|temporarily deferred|permanently deferred/,
    meaning: 'Yahoo deferred mail from this IP: unusual traffic from it, or complaints from Yahoo users about its mail (the TS and TSS codes).',
    action:
      "Keep the retries; lower the volume, remove addresses that bounce or complain; if it lasts over 48 hours, follow Yahoo's sender best practices.",
    reason: 'bad-reputation',
    source: 'yahoo-tss',
  },
  {
    provider: 'apple',
    name: 'iCloud Mail',
    hosts: apple,
    text: /cs01|hm0[0-9]|mailbox (is )?full|over quota/,
    meaning: "iCloud Mail refused or deferred the message; the code after the text names the cause on Apple's postmaster page.",
    action: "Look the code up on Apple's postmaster page (support.apple.com/102322).",
    source: 'apple-postmaster',
  },
  {
    provider: 'godaddy',
    name: 'GoDaddy',
    hosts: godaddy,
    // Only the block-list refusals: GoDaddy's IB codes also name sender, content and rate bounces (IB506: an invalid From domain).
    text: /\bip \S+ is blocked|spamhaus|\brbl\b|block ?list|black ?list/,
    meaning: 'GoDaddy refused the connection: the sending IP is on a block list GoDaddy uses (its IB codes).',
    action: 'Check the sending IP on the named list and ask for delisting there.',
    reason: 'blocked',
    source: 'godaddy-ib',
  },
  {
    provider: 'mimecast',
    name: 'Mimecast',
    hosts: mimecast,
    text: /sender address blocked|blocked senders?|policy level block list|envelope blocked/,
    meaning: "the recipient organisation's Mimecast Blocked Senders policy refused the sender.",
    action: "Ask the recipient's admin to check their Mimecast policies for the sender.",
    reason: 'policy-violation',
    source: 'mimecast-codes',
  },
  {
    provider: 'mimecast',
    name: 'Mimecast',
    hosts: mimecast,
    text: /internal resource (is )?temporarily unavailable/,
    meaning: 'Mimecast is greylisting the sender (or checking a poor IP reputation): a temporary refusal that a correct sender retries.',
    action: "Nothing, if the sender retries (between a minute and 12 hours); the recipient's Mimecast admin can exempt the sender.",
    reason: 'rate-limited',
    source: 'mimecast-codes',
  },
  {
    provider: 'proofpoint',
    name: 'Proofpoint',
    hosts: proofpoint,
    text: /blocked by proofpoint|ipcheck|pps\.|proofpoint.*(reputation|block)/,
    meaning: 'Proofpoint refused the sending IP on reputation (Proofpoint Dynamic Reputation).',
    action: 'Check the IP at ipcheck.proofpoint.com and request removal there.',
    reason: 'blocked',
    source: 'proofpoint-ipcheck',
  },
];

/** The provider's own meaning of a reply, when the remote host is one of the large receivers and its text or status matches. */
export function matchProvider(host: string | undefined, text: string | undefined, status: string | undefined): ProviderReply | undefined {
  const where = (host ?? '').toLowerCase();
  const words = normaliseText(text ?? '');
  const entry = providerReplies.find((e) => {
    const hostMatches = e.hosts.test(where) || e.hosts.test(words) || e.signature === true;
    if (!hostMatches) return false;
    if (e.status && !(status && e.status.test(status))) return false;
    if (e.text && !e.text.test(words)) return false;
    return e.status !== undefined || e.text !== undefined;
  });
  if (!entry) return undefined;
  return { provider: entry.provider, name: entry.name, meaning: entry.meaning, action: entry.action, reason: entry.reason, source: entry.source };
}
