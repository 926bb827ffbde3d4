/**
 * The basic (three-digit) SMTP reply codes: RFC 5321 §4.2.2-4.2.3 and the extensions that add or
 * reuse codes (AUTH RFC 4954, STARTTLS RFC 3207, SIZE RFC 1870, ETRN RFC 1985, RFC 5248, RFC 7504).
 * Which RFC says what was checked against the RFC text: see docs/smtp/sources.md.
 */

/** Outage-scenario steps of the scenarios view (docs/scenarios): where a code's story is told. */
export type ScenarioStep = 0 | 1 | 2 | 3 | 4;

export interface BasicCode {
  code: string;
  title: string;
  meaning: string;
  causes: string[];
  action: string;
  rfc: string[];
  /** The article of its own, when the code is common enough to have one (path under docs/). */
  article?: string;
  scenario?: ScenarioStep;
}

const code = (c: BasicCode): [string, BasicCode] => [c.code, c];

export const basicCodes: ReadonlyMap<string, BasicCode> = new Map([
  code({
    code: '211',
    title: 'System status',
    meaning: 'A status or help answer to a HELP-style request; informational only.',
    causes: ['a client asked for status or help'],
    action: 'Nothing to do.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '214',
    title: 'Help message',
    meaning: 'Text meant for a human reading the conversation, usually the answer to HELP.',
    causes: ['a client sent HELP'],
    action: 'Nothing to do.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '220',
    title: 'Service ready',
    meaning: 'The greeting a server sends when a connection opens; after STARTTLS it also means "go ahead with the TLS handshake" (RFC 3207).',
    causes: ['a new connection', 'a STARTTLS command that was accepted'],
    action: 'Nothing to do.',
    rfc: ['RFC5321', 'RFC3207'],
  }),
  code({
    code: '221',
    title: 'Closing connection',
    meaning: 'The server says goodbye, normally after QUIT.',
    causes: ['the client ended the session'],
    action: 'Nothing to do.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '235',
    title: 'Authentication succeeded',
    meaning: 'The SMTP AUTH exchange worked; the client is now logged in.',
    causes: ['correct credentials'],
    action: 'Nothing to do.',
    rfc: ['RFC4954'],
  }),
  code({
    code: '250',
    title: 'OK',
    meaning:
      'The command worked. After the final "." of DATA it means the server has taken responsibility for the message. In answer to ETRN it means queue processing has started (RFC 1985).',
    causes: ['a successful command'],
    action: "Nothing to do. After DATA, the next hop now owns delivery: look for the message in its logs, not the sender's.",
    rfc: ['RFC5321', 'RFC1985'],
  }),
  code({
    code: '251',
    title: 'User not local; will forward',
    meaning:
      'The server accepts the recipient but will pass the message on elsewhere. In answer to ETRN: there was nothing waiting for that node (RFC 1985).',
    causes: ['a forwarding setup on the receiving side'],
    action: 'Nothing to do.',
    rfc: ['RFC5321', 'RFC1985'],
  }),
  code({
    code: '252',
    title: 'Cannot verify, will try',
    meaning:
      'The server will not confirm that the address exists (VRFY) but accepts mail for it anyway. In answer to ETRN: messages are pending and processing has started (RFC 1985).',
    causes: ['VRFY disabled for privacy', 'an ETRN request'],
    action: 'Nothing to do.',
    rfc: ['RFC5321', 'RFC1985'],
  }),
  code({
    code: '253',
    title: 'ETRN: pending messages started',
    meaning: 'Answer to ETRN: the server starts delivering the messages it holds for that node, and says how many.',
    causes: ['an ETRN request with mail waiting'],
    action: 'Nothing to do.',
    rfc: ['RFC1985'],
  }),
  code({
    code: '334',
    title: 'AUTH challenge',
    meaning: "A step of the SMTP AUTH exchange: the server sends a base64 challenge and waits for the client's answer.",
    causes: ['an AUTH command in progress'],
    action: 'Nothing to do.',
    rfc: ['RFC4954'],
  }),
  code({
    code: '354',
    title: 'Start mail input',
    meaning: 'The server is ready for the message text after DATA, ended by a line holding only ".".',
    causes: ['a DATA command'],
    action: 'Nothing to do.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '421',
    title: 'Service not available, closing',
    meaning: 'The server cannot serve this connection now and closes it. The sender treats it as temporary and tries again later.',
    causes: ['the server is overloaded or shutting down', "too many connections from the sender's IP", 'a rate limit or greylisting'],
    action:
      "Usually wait: the sender retries by itself. If it persists for hours, check the receiving server's load and connection limits, or whether the sender is being rate-limited.",
    rfc: ['RFC5321'],
    article: 'smtp/421.md',
    scenario: 3,
  }),
  code({
    code: '432',
    title: 'Password transition needed',
    meaning: 'Answer to AUTH: the user must log in once with a plain mechanism before the chosen one works.',
    causes: ['a changed password store on the server'],
    action: 'Log in once with the PLAIN mechanism over TLS, then retry.',
    rfc: ['RFC4954'],
  }),
  code({
    code: '450',
    title: 'Mailbox unavailable (temporary)',
    meaning: 'The action on this mailbox was not taken for now; the sender will retry.',
    causes: ['greylisting', 'a busy or locked mailbox', 'a temporary policy block (for example a reverse DNS check)'],
    action: "Usually wait for the retry. If it repeats, read the text: a policy check (reverse DNS, HELO name) on the sender's side may need fixing.",
    rfc: ['RFC5321'],
    article: 'smtp/450.md',
    scenario: 1,
  }),
  code({
    code: '451',
    title: 'Local error in processing',
    meaning: 'The receiving server hit a problem of its own and aborted the step; the sender will retry.',
    causes: [
      'a failing content filter or milter',
      'a DNS lookup that timed out',
      'greylisting',
      'a connection that dropped without a reply (RFC 5321 §3.8 treats that as 451)',
    ],
    action: 'Wait for the retry. If you run the receiving server, look in its log at the same second for the real error.',
    rfc: ['RFC5321'],
    article: 'smtp/451.md',
    scenario: 3,
  }),
  code({
    code: '452',
    title: 'Insufficient system storage',
    meaning: 'The server has no room now (disk, or too many recipients in this transaction); the sender will retry.',
    causes: [
      'a full disk or spool on the receiving server',
      'more recipients than the server takes per message',
      'a declared SIZE larger than the space left (RFC 1870)',
    ],
    action: 'If you run the server, free disk space. With "too many recipients" nothing needs doing: the sender sends the rest later.',
    rfc: ['RFC5321', 'RFC1870'],
    article: 'smtp/452.md',
    scenario: 1,
  }),
  code({
    code: '454',
    title: 'TLS or authentication temporarily unavailable',
    meaning:
      'Answer to STARTTLS: TLS is not available for a temporary reason (RFC 3207). Answer to AUTH: authentication failed because of a temporary server problem (RFC 4954). Some servers also use it for temporary policy refusals.',
    causes: ['a broken TLS certificate or key on the server', 'the authentication back end is down', 'a temporary relay or block-list refusal'],
    action: "Check the server's TLS setup and its authentication back end; the client may retry later.",
    rfc: ['RFC3207', 'RFC4954'],
  }),
  code({
    code: '455',
    title: 'Server unable to accommodate parameters',
    meaning: 'The server cannot handle the MAIL or RCPT parameters for now.',
    causes: ['an extension parameter the server cannot honour at the moment'],
    action: 'The client may retry later, or send without the parameter.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '458',
    title: 'ETRN: unable to queue messages',
    meaning: 'Answer to ETRN: the server cannot start its queue for that node now.',
    causes: ['a temporary problem on the server holding the mail'],
    action: 'Retry ETRN later.',
    rfc: ['RFC1985'],
  }),
  code({
    code: '459',
    title: 'ETRN: node not allowed',
    meaning: 'Answer to ETRN: the server will not run its queue for that node, and says why.',
    causes: ['the client is not allowed to ask for that domain'],
    action: "Ask the server's administrator to allow ETRN for that domain.",
    rfc: ['RFC1985'],
  }),
  code({
    code: '500',
    title: 'Syntax error, command unrecognised',
    meaning:
      'The server did not understand the command (also a line that was too long). With 5.5.6 it answers an AUTH exchange line that is too long (RFC 4954).',
    causes: ['a client speaking something other than SMTP', 'a line longer than allowed', 'a firewall mangling SMTP commands'],
    action: 'Look at the transcript; fix the client or the device in between.',
    rfc: ['RFC5321', 'RFC4954'],
  }),
  code({
    code: '501',
    title: 'Syntax error in parameters',
    meaning:
      'The command was known but its arguments were wrong, for example a malformed address. Also the answer to STARTTLS sent with arguments (RFC 3207) and to a cancelled or undecodable AUTH (RFC 4954).',
    causes: ['a malformed address in MAIL FROM or RCPT TO', 'a HELO name that is not a valid host name'],
    action: "Correct the address or the client's configuration.",
    rfc: ['RFC5321', 'RFC3207', 'RFC4954'],
  }),
  code({
    code: '502',
    title: 'Command not implemented',
    meaning: 'The server does not support this command.',
    causes: ['a command such as VRFY or EXPN that the server turned off'],
    action: 'Use only the commands the server advertises in its EHLO answer.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '503',
    title: 'Bad sequence of commands',
    meaning: 'The command came in the wrong order (for example RCPT before MAIL, or a second AUTH).',
    causes: ['a buggy client', 'an earlier command that failed and was ignored by the client'],
    action: 'Look at the earlier replies in the transcript: the real error is usually one step before.',
    rfc: ['RFC5321', 'RFC4954'],
  }),
  code({
    code: '504',
    title: 'Command parameter not implemented',
    meaning: 'The server does not support this parameter or mechanism (for example an unknown AUTH mechanism), or refuses a HELO name.',
    causes: ['an AUTH mechanism the server does not offer', "Postfix's check that the HELO name is fully qualified"],
    action: 'Use a mechanism the server advertises; give the client a fully qualified host name.',
    rfc: ['RFC5321', 'RFC4954'],
  }),
  code({
    code: '521',
    title: 'Host does not accept mail',
    meaning: 'This host never accepts mail; it says so at connection time (RFC 7504).',
    causes: ['a host that is not a mail server but is listed, or reached, as one'],
    action: "Stop sending to this host; check the recipient domain's MX records.",
    rfc: ['RFC7504'],
    scenario: 2,
  }),
  code({
    code: '523',
    title: 'Encryption needed',
    meaning: 'The chosen authentication mechanism needs an encrypted connection first (RFC 5248, with X.7.10).',
    causes: ['AUTH with a clear-text mechanism over a plain connection'],
    action: 'Enable STARTTLS in the client before authenticating.',
    rfc: ['RFC5248'],
  }),
  code({
    code: '525',
    title: 'User account disabled',
    meaning: 'Authentication worked but the account is disabled (RFC 5248, with X.7.13).',
    causes: ['an account suspended by its administrator'],
    action: 'The user must contact their administrator to re-enable the account.',
    rfc: ['RFC5248'],
  }),
  code({
    code: '530',
    title: 'Authentication or TLS required',
    meaning: 'Server policy requires the client to authenticate (RFC 4954), or to start TLS (RFC 3207), before this command.',
    causes: ['a mail client sending without logging in', 'a submission port that requires STARTTLS'],
    action: 'Turn on SMTP authentication (and STARTTLS) in the sending client.',
    rfc: ['RFC4954', 'RFC3207'],
  }),
  code({
    code: '534',
    title: 'Authentication mechanism too weak',
    meaning: 'Answer to AUTH: the chosen mechanism is weaker than the server allows for this user.',
    causes: ['a client choosing PLAIN or LOGIN where the server wants something stronger'],
    action: 'Pick a stronger mechanism in the client.',
    rfc: ['RFC4954'],
  }),
  code({
    code: '535',
    title: 'Authentication credentials invalid',
    meaning: 'Answer to AUTH: the user name or password was wrong.',
    causes: ['a wrong or expired password', 'password-guessing attempts (common in server logs)'],
    action: 'Check the credentials. Many of these from one IP in a server log are a brute-force attempt: block that IP (for example with fail2ban).',
    rfc: ['RFC4954'],
  }),
  code({
    code: '538',
    title: 'Encryption required for this mechanism',
    meaning: 'Answer to AUTH: this mechanism is allowed only over an encrypted connection.',
    causes: ['AUTH before STARTTLS'],
    action: 'Enable STARTTLS in the client.',
    rfc: ['RFC4954'],
  }),
  code({
    code: '550',
    title: 'Mailbox unavailable (permanent)',
    meaning: 'The action was refused for good: most often the mailbox does not exist, or a policy refused the message.',
    causes: ['an address that does not exist', 'a block list or spam filter', 'relaying refused', 'SPF, DKIM or DMARC failure'],
    action:
      'Read the enhanced code and the text to tell "no such user" from "policy": fix the address, or the sender\'s reputation and authentication.',
    rfc: ['RFC5321'],
    article: 'smtp/550.md',
    scenario: 2,
  }),
  code({
    code: '551',
    title: 'User not local',
    meaning: 'The recipient is not handled here; the server may name where to send instead.',
    causes: ['an old address that moved'],
    action: 'Use the address the server gives, or ask the recipient for the current one.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '552',
    title: 'Exceeded storage allocation',
    meaning: "The message was refused for its size: the mailbox is over quota, or the message is larger than the server's fixed maximum (RFC 1870).",
    causes: ['a message larger than the receiving server allows', 'a recipient mailbox over its quota'],
    action: 'Send a smaller message (share large files by link), or ask the recipient to make room.',
    rfc: ['RFC5321', 'RFC1870'],
    article: 'smtp/552.md',
    scenario: 1,
  }),
  code({
    code: '553',
    title: 'Mailbox name not allowed',
    meaning: "The address is refused: bad syntax, or the sender's domain is not acceptable.",
    causes: ['a malformed address', 'a sender domain that does not exist', 'relaying refused'],
    action: 'Correct the address; make sure the sender domain resolves in DNS.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '554',
    title: 'Transaction failed',
    meaning: 'The transaction was refused for good. At connection time it means "no SMTP service here" for this client.',
    causes: ['the sending IP is on a block list', 'the message was judged to be spam or to carry a virus', 'relaying refused'],
    action: 'Read the text: check the sending IP on block lists and ask for delisting, or fix the content that triggered the filter.',
    rfc: ['RFC5321'],
    article: 'smtp/554.md',
    scenario: 2,
  }),
  code({
    code: '555',
    title: 'MAIL/RCPT parameters not recognised',
    meaning: 'The server does not know or support a parameter given with MAIL FROM or RCPT TO.',
    causes: ['a client using an extension the server did not advertise'],
    action: 'Fix the client to use only advertised extensions.',
    rfc: ['RFC5321'],
  }),
  code({
    code: '556',
    title: 'Domain does not accept mail',
    meaning: 'The recipient domain accepts no mail at all, usually because it publishes a null MX (RFC 7504, RFC 7505; with X.1.10).',
    causes: ['a domain with "MX 0 ." (null MX)', 'a typing mistake in the domain'],
    action: 'Check the recipient address; the domain has declared it takes no mail.',
    rfc: ['RFC7504'],
    scenario: 2,
  }),
]);

/**
 * Shape of a basic reply code: first digit 2-5 (RFC 5321 §4.2.1). The second digit is not limited to
 * RFC 5321's 0-5, because servers do send others (Exchange's "571 Delivery not authorized").
 */
export function isReplyCodeShape(text: string): boolean {
  return /^[2-5]\d\d$/.test(text);
}
