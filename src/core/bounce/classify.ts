/**
 * The reason of one failed recipient: from the diagnostic text where the text says it, else from the
 * enhanced status code, else from the basic reply code. When the text and the code name different
 * reasons, both are kept so that the explanation can say so.
 */
import { isHard, type ReasonId } from './reasons';

/**
 * Phrases that servers write, checked in this order (the first match wins). The order puts the
 * specific before the general: "blocked using Spamhaus" before "user unknown" before "rejected".
 */
export const phrases: [ReasonId, RegExp][] = [
  [
    'auth-failure',
    /\b(spf|dkim|dmarc)\b|sender policy framework|domainkeys|authentication (checks? )?fail|\b5\.7\.2[3467]\b|unauthenticated (email|mail) from|not authenticated .{0,30}domain/,
  ],
  [
    'requires-ptr',
    /\bptr\b|reverse (dns|lookup|hostname|name|mapping)|\brdns\b|cannot find your hostname|can ?not resolve your (hostname|address)|ip name (lookup|possibly forged)|client host .{0,80}(cannot find|no|unknown) (your )?(reverse )?host ?name|no .{0,20}host ?name for your ip|hostname does not resolve|not have (a )?(reverse|ptr)|unresolvable (client|relay|sender) host|mismatch(es)? (the )?(client|connecting|sending) ip/,
  ],
  ['virus-detected', /\bvirus|malware|\binfected\b|\btrojan\b|worm found|malicious (content|attachment)/],
  [
    'rate-limited',
    /too many (connections|concurrent|simultaneous|sessions|smtp sessions|messages|emails|mails|errors)|connection (frequency|rate) limited|connection limit|rate limit(ed)?|ratelimit|throttl|(sending|message|submission) rate|unusual rate|temporarily deferred due to (unexpected )?volume|exceeded .{0,40}(rate|connections|per (hour|minute|day))|\btoo fast\b|slow down|\b4\.7\.28\b/,
  ],
  [
    'blocked',
    /\b(ip|client|host|your server|sending server|mail server|relay|connection|network)\b[^.\n]{0,80}\b(black ?listed|block ?listed|listed (in|on|at|by))\b|blocked using|\b(rbl|dnsbl|rbls|dnsbls)\b|spamhaus|spamcop|\bsorbs\b|barracudacentral|mailspike|\bpsbl\b|no access from mail server|open relay|\bdial-?up\b|dynamic ip|residential ip|after (initial connection|connect|helo|ehlo|the banner)[^\n]{0,60}(access denied|denied|rejected|refused|blocked)|(client|your) (ip|host|server)[^.\n]{0,40}\b(blocked|banned|refused|rejected|not (allowed|permitted))|\bip (address )?(is |was |has been )?(blocked|banned|not permitted|rejected)|blocked ip|black ?list(ed)?\b|block ?list(ed)?\b/,
  ],
  [
    'spam-detected',
    /\bspam\b|content (was )?(rejected|refused) as spam|message (was )?(classified|identified|considered|detected|scored) as (spam|junk|bulk)|bulk (mail|email)|junk mail|spamassassin|spam-like|appears to be (unsolicited|spam)|unsolicited (mail|bulk|commercial)|\buce\b|uribl|surbl|message content rejected|content filter rejection|rejected (by|due to) (content|spam)|junkmail/,
  ],
  [
    'mailbox-full',
    /mailbox (is |was )?(full|over|exceeded)|\b(mailbox|mail box|mailfolder|inbox|account|user|recipient)\b[^.\n]{0,30}\b(full|over ?quota|exceeded (its |the )?(quota|storage))|over ?quota|quota (exceeded|exceed|full|violation)|exceeded (its |the )?(storage|quota)|disk quota|insufficient (storage|space|disk)|not enough (storage|space)|no space left|out of (storage|space)|storage (limit|quota|allocation)|full mailbox|mailbox size limit|\b5\.2\.2\b|容量|一杯|満杯/,
  ],
  [
    'expired',
    /delivery (time|attempts?|period) (has )?(expired|exceeded)|message (has )?expired|queue ?(life ?time|time)? ?expired|too long in (the )?queue|been in the queue too long|retry time(out)? exceeded|time limit (exceeded|reached)|could not (be )?deliver(ed)? (for|within|in) (the last )?\d|(delivery|delevery) (to .{1,80})?(was )?aborted after|no successful delivery|unable to deliver .{0,60}(within|in) (the )?(allowed|\d)|after multiple retries|(message|delivery) (timed|timeout) out|maximum (retry|queue)|\bdeadline\b|undeliverable for \d|not delivered for \d|\b4\.4\.7\b/,
  ],
  [
    'suspended',
    /\b(account|mailbox|user|address|recipient|e-?mail)\b[^.\n]{0,40}\b(is |has been |was |currently )?(disabled|suspended|deactivated|inactive|frozen|locked|closed|not active|disactivated)\b|\bis (disabled|suspended|inactive|deactivated)\b|(suspended|inactive|disabled) (account|user|mailbox|recipient)|account (is )?unavailable|mailbox (is )?(not active|unavailable due)|temporarily (disabled|suspended)/,
  ],
  [
    'has-moved',
    /has moved|have moved|no longer (valid|at|with|in use|receives|accepts|active|reads|works)|address (has )?changed|user not local|\b5\.1\.6\b/,
  ],
  [
    'relaying-denied',
    /relay(ing)? (access )?(denied|not permitted|not allowed|prohibited|disallowed|refused)|(not|isn't|is not) (permitted|allowed|authorized|authorised) to relay|unable to relay|cannot relay|can't relay|we do not relay|no relaying|relay not permitted|not a gateway|insufficient authority|relaying mail to .{0,60} not allowed|relay (is )?not (allowed|permitted)/,
  ],
  [
    'security-error',
    /unauthenticated senders?|authentication (is )?required|must (issue|use) (a )?starttls|(tls|starttls|encryption|secure connection) (is )?(required|needed)|sender (is )?not authenticated/,
  ],
  ['does-not-accept', /null ?mx|(does not|doesn't) (accept|receive) (e-?)?mail|accepts no mail|indicated no smtp service/],
  [
    'sender-rejected',
    /sender address rejected|sender verify failed|domain of sender address|sender domain (must exist|not found|does not exist)|sender (was|has been) rejected|\bfrom:? domain (is )?(invalid|not valid)/,
  ],
  [
    'user-unknown',
    /user (is )?unknown|unknown (user|recipient|mailbox|local ?part|address|alias|account)|no such (user|mailbox|recipient|account|person|address|local user|alias|e-?mail)|\b(user|mailbox|recipient|address|account|alias|local ?part)\b[^.\n]{0,40}(does not|doesn't|do not|did not|not) exist|(does not|doesn't|not) exist (here|in|at|on)|\b(user|recipient|mailbox|address|account|addressee)\b[^.\n]{0,30}\b(not found|not known|unknown|invalid|not recognized|not listed|not valid|not registered)\b|invalid (recipient|mailbox|user|address|account|e-?mail address|destination)|recipient address rejected|mailbox (is )?(unavailable|not available|not found|invalid)|unknown or illegal (user|alias)|illegal (user|alias)|not (listed|found) in (the )?(public )?(name|address|directory)|name is not recognized|recipient (name )?is not recognized|recipientnotfound|recipnotfound|resolver\.adr\.|no mailbox|bad (destination|recipient) (mailbox )?address|undeliverable address|unrouteable address|not our (customer|user)|address (is )?not (valid|recognized|known)|there is no (one|user|such)|user (doesn't|does not) (have|exist)|mailbox name not allowed|addressee unknown|destination (address|mailbox) (unknown|invalid)|user not listed|not a valid (mailbox|user|recipient)|introuvable|(unbekannt|nicht gefunden)|存在しない|\b5\.1\.1\b/,
  ],
  [
    'filtered',
    /(rejected|refused|blocked|denied|declined) by (the )?(user|mailbox owner|addressee|recipient\b(?! domain))|\brecipient\b.{0,40}(refuses|is not accepting|has blocked|does not accept mail from)|user (refuses|rejected|has (chosen|elected) not)|not accepting (mail|messages) from|does not (wish|want) to receive|due to (a|the) (user|recipient)'?s? (filter|setting|preference)|delivery not authorized|only accepts? mail from|受信拒否/,
  ],
  [
    'sender-rejected',
    /sender (address |domain )?(rejected|denied|blocked|refused|not allowed|invalid|unknown|verify failed|does not exist|not permitted)|\b(mail from|envelope sender|envelope from|from address|return.?path|originator)\b[^.\n]{0,50}(rejected|refused|not allowed|invalid|unknown|does not exist|not permitted|denied)|domain of sender address .{0,60} (does not|not) (exist|resolve)|(bad|invalid|unknown) sender|address verification failed|sender verif|\b5\.1\.[78]\b/,
  ],
  [
    'host-unknown',
    /host (or domain name )?(unknown|not found)|\b(domain|host) (name )?(not found|does not exist|unknown|not exist|doesn't exist|lookup failed)|no such (domain|host)|unrouteable (mail )?domain|unroutable domain|name or service not known|\bnxdomain\b|domain name not found|unknown (host|domain)|unresolvable (domain|host|address)|\b(no|invalid) mx\b|mx (record )?(not found|lookup fail)|could not find a gateway|\bdomain\b[^.\n]{0,40}(has no|without) (valid )?(mx|address|dns)|invalid domain|bad destination (system|host|domain)|cannot (find|resolve) (the )?(domain|host)|lookup of \S+ had no relevant answers|\bdomain (is )?(unreachable|not reachable)|\b5\.1\.2\b|\b5\.4\.4\b/,
  ],
  ['does-not-accept', /\b5\.1\.10\b/],
  [
    'too-big',
    /\b(message|mail|e-?mail)\b[^.\n]{0,30}(too (big|large|long)|size exceeds|exceeds? .{0,30}size)|size limit|(maximum|max) (message )?size|message length exceeds|file too large|too much (mail )?data|\b5\.3\.4\b/,
  ],
  [
    'exceeds-limit',
    /too many recipients|recipient limit|(exceeds?|exceeded|over) (the )?(limit|maximum number)|limit (exceeded|reached)|\b5\.5\.3\b/,
  ],
  ['bad-reputation', /reputation|sender score|poor (sending )?history/],
  [
    'not-rfc-compliant',
    /rfc ?(2822|5322|822|5321|2821|1123)|not (rfc|standards?) compliant|non-?compliant|malformed|bare (lf|linefeed|cr)|multiple addresses in (the )?from|(invalid|missing|duplicate|illegal|multiple) .{0,20}(header|message-id|date field)|header .{0,20}(invalid|missing|syntax)/,
  ],
  [
    'content-error',
    /content (type|error|encoding)|(attachment|file) (type |extension )?(is )?(not allowed|blocked|rejected|prohibited)|encoding (error|not)|invalid (content|characters|charset)/,
  ],
  ['system-full', /(disk|spool|file ?system|system|server|queue) (is )?full|insufficient system (storage|resources)|out of disk/],
  [
    'mailer-error',
    /mailer (error|failure)|unknown mailer|pipe to |command (died|failed)|procmail|local delivery (failed|program)|(program|script|delivery agent) (exited|failed|died)|exit (code|status) \d|maildrop/,
  ],
  [
    'network-error',
    /\b(connection|connect|session)\b[^.\n]{0,30}(timed? ?out|refused|reset|lost|closed|dropped|broken)|timed? ?out|timeout|no route to host|network (is )?(unreachable|error|down)|(host|server|domain) (is )?(unreachable|not reachable|down)|unable to connect|could not connect|can(no|')t connect|hop count|too many hops|mail loop|loop(s|ing)? (back|detected)|routing loop|loops back|socket error|broken pipe|lost connection|name server (failure|timeout)|dns (failure|timeout|servfail)|servfail/,
  ],
  [
    'syntax-error',
    /syntax (error|is invalid)|command (unrecognized|not recognized|not implemented)|unrecognized command|(bad|improper|wrong) sequence of commands|line too long|invalid (command|argument)/,
  ],
  [
    'system-error',
    /internal (server )?error|system (error|problem|failure)|local (error|problem)|server (error|failure|problem)|temporary (problem|error|server error)|(technical|transient) (problem|error|failure)|resources (temporarily )?unavailable|service (is |currently )?(not available|unavailable|temporarily)|unexpected (error|condition)|processing error|database (error|failure)|loop alert|duplicated message-id|configuration error|misconfigur/,
  ],
  [
    'policy-violation',
    /polic(y|ies)|violat|prohibited|not (allowed|permitted|authorized|authorised)|administrative(ly)? prohibit|forbidden|terms of service|acceptable use/,
  ],
  ['blocked', /access denied|\bblocked\b|\bbanned\b|\bdenied\b/],
];

/** The reason a status code names when the text names none (RFC 3463 subjects and details). */
export function reasonOfStatus(status: string | undefined): ReasonId | undefined {
  const match = status?.match(/^([245])\.(\d{1,3})\.(\d{1,3})$/);
  if (!match) return undefined;
  const [, , subjectText, detailText] = match;
  const key = `${subjectText}.${detailText}`;
  const byDetail: Record<string, ReasonId> = {
    '1.1': 'user-unknown',
    '1.2': 'host-unknown',
    '1.3': 'user-unknown',
    '1.4': 'user-unknown',
    '1.5': 'user-unknown',
    '1.6': 'has-moved',
    '1.7': 'sender-rejected',
    '1.8': 'sender-rejected',
    '1.10': 'does-not-accept',
    '2.1': 'suspended',
    '2.2': 'mailbox-full',
    '2.3': 'exceeds-limit',
    '2.4': 'system-error',
    '3.0': 'system-error',
    '3.1': 'system-full',
    '3.2': 'system-error',
    '3.3': 'system-error',
    '3.4': 'too-big',
    '3.5': 'system-error',
    '4.0': 'network-error',
    '4.1': 'network-error',
    '4.2': 'network-error',
    '4.3': 'system-error',
    '4.4': 'host-unknown',
    '4.5': 'system-full',
    '4.6': 'network-error',
    '4.7': 'expired',
    '5.1': 'syntax-error',
    '5.2': 'syntax-error',
    '5.3': 'exceeds-limit',
    '5.4': 'syntax-error',
    '5.5': 'syntax-error',
    '5.6': 'syntax-error',
    '6.0': 'content-error',
    '6.1': 'content-error',
    '6.2': 'content-error',
    '6.3': 'content-error',
    '6.4': 'content-error',
    '6.5': 'content-error',
    '6.6': 'content-error',
    '6.7': 'content-error',
    '6.8': 'content-error',
    '6.9': 'content-error',
    '6.10': 'content-error',
    '7.1': 'policy-violation',
    '7.2': 'policy-violation',
    '7.3': 'security-error',
    '7.4': 'security-error',
    '7.5': 'security-error',
    '7.6': 'security-error',
    '7.7': 'security-error',
    '7.8': 'security-error',
    '7.9': 'security-error',
    '7.10': 'security-error',
    '7.11': 'security-error',
    '7.12': 'security-error',
    '7.13': 'suspended',
    '7.14': 'security-error',
    '7.15': 'security-error',
    '7.16': 'too-big',
    '7.17': 'suspended',
    '7.18': 'suspended',
    '7.19': 'suspended',
    '7.20': 'auth-failure',
    '7.21': 'auth-failure',
    '7.22': 'auth-failure',
    '7.23': 'auth-failure',
    '7.24': 'auth-failure',
    '7.25': 'requires-ptr',
    '7.26': 'auth-failure',
    '7.27': 'does-not-accept',
    '7.28': 'rate-limited',
    '7.29': 'auth-failure',
    '7.30': 'security-error',
  };
  return byDetail[key];
}

/**
 * Where the code or the command is more precise than the words: "551 not our user" (X.1.6, the user has moved, RFC 5321 §3.4)
 * and a length limit set on the mailbox (X.2.3) rather than on the system (X.3.4).
 */
function refinedByCode(reason: ReasonId, status: string | undefined, replyCode: string | undefined, command: string | undefined): ReasonId {
  // The server accepted the recipient at RCPT and refused it only after the content: a filter speaking.
  if (reason === 'user-unknown' && command === 'DATA') return 'filtered';
  if (reason === 'user-unknown' && (/^\d\.1\.6$/.test(status ?? '') || replyCode === '551')) return 'has-moved';
  if (reason === 'too-big' && /^\d\.2\.3$/.test(status ?? '')) return 'exceeds-limit';
  return reason;
}

export interface Classification {
  reason: ReasonId;
  /** What decided: the diagnostic's words, the status code, the reply code, or nothing. */
  decidedBy: 'text' | 'status' | 'reply-code' | 'action' | 'none';
  /** The reason the code alone would give, when it differs from a reason taken from the text. */
  codeReason?: ReasonId;
}

export interface ClassifyInput {
  /** The enhanced status, "5.1.1". */
  status?: string;
  /** The basic reply code, "550". */
  replyCode?: string;
  /** The diagnostic text as the server wrote it. */
  text?: string;
  /** The DSN's Action field (failed, delayed, ...). */
  action?: string;
  /** The SMTP command the reply answered, when the bounce says. */
  command?: string;
}

/** The lower-cased text with white space collapsed (bounces fold lines anywhere). */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

export function reasonOfText(text: string | undefined): ReasonId | undefined {
  if (!text) return undefined;
  const normal = normaliseText(text);
  for (const [reason, pattern] of phrases) if (pattern.test(normal)) return reason;
  return undefined;
}

/** Status codes too general to name a reason ("other or undefined" subjects). */
const vagueStatus = /^[245]\.0\.0$/;

/** Text first, then code, as the reference classifiers do; an expiry is told by Action: failed with a 4.x.x status. */
export function classify(input: ClassifyInput): Classification {
  const status = input.status && !vagueStatus.test(input.status) ? input.status : undefined;
  const codeReason = reasonOfStatus(status);
  const textReason = reasonOfText(input.text);
  // A give-up bounce keeps the last temporary error's status (Postfix: 4.4.1, 4.4.2): the message expired,
  // unless the words say the address itself is bad (an unknown user answered with a 4xx is still unknown).
  // A vague 4.0.0 carries no last error to have expired on.
  const permanentReply = input.replyCode?.startsWith('5');
  const addressIsBad = textReason !== undefined && isHard(textReason);
  const gaveUp = (input.action === 'failed' && status?.startsWith('4.') && !permanentReply) || input.action === 'delayed';
  if (gaveUp && !addressIsBad) return { reason: 'expired', decidedBy: 'action', ...(codeReason && codeReason !== 'expired' ? { codeReason } : {}) };
  if (textReason) {
    const reason = refinedByCode(textReason, status, input.replyCode, input.command);
    return { reason, decidedBy: 'text', ...(codeReason && codeReason !== reason ? { codeReason } : {}) };
  }
  if (codeReason) return { reason: codeReason, decidedBy: 'status' };
  // RFC 5321 §4.2.3: 500-504 are the server not understanding the command or its order.
  const byReply: Record<string, ReasonId> = {
    '500': 'syntax-error',
    '501': 'syntax-error',
    '502': 'syntax-error',
    '503': 'syntax-error',
    '504': 'syntax-error',
    '551': 'has-moved',
    '552': 'mailbox-full',
    '553': 'user-unknown',
    '556': 'does-not-accept',
  };
  const replyReason = input.replyCode ? byReply[input.replyCode] : undefined;
  if (replyReason) return { reason: replyReason, decidedBy: 'reply-code' };
  return { reason: 'undetermined', decidedBy: 'none' };
}
