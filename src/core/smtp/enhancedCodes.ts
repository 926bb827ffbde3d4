/**
 * The IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248): all 81 enumerated codes,
 * keyed by subject.detail ("1.1" for X.1.1). Titles and references are the registry's facts;
 * the meanings are the project's own words. test/unit/smtp/enhancedCodes.test.ts checks codes and
 * references against the registry's CSV.
 */
import type { ScenarioStep } from './basicCodes';

export interface EnhancedCode {
  /** "X.1.1" as the registry writes it. */
  code: string;
  /** The registry's name for the code. */
  title: string;
  /** The basic codes the registry associates with it, as the registry gives them ("" = not given). */
  basic: string;
  rfc: string[];
  meaning: string;
  /** Only where a code deserves causes of its own; otherwise those of its subject apply. */
  causes?: string[];
  action?: string;
  article?: string;
  scenario?: ScenarioStep;
}

type Row = [code: string, title: string, basic: string, rfc: string[], meaning: string, extra?: Partial<EnhancedCode>];

const R3463 = ['RFC3463'];
const R4954 = ['RFC4954'];
const R5248 = ['RFC5248'];
const R6531 = ['RFC6531'];
const R6710 = ['RFC6710'];
const R7293 = ['RFC7293'];
const R7372 = ['RFC7372', 'RFC6376'];

const rows: Row[] = [
  ['X.0.0', 'Other undefined Status', 'Any', R3463, 'Nothing more is known than the class: success, temporary or permanent.'],

  ['X.1.0', 'Other address status', '', R3463, 'Something about an address caused this report, without more detail.'],
  [
    'X.1.1',
    'Bad destination mailbox address',
    '451, 550',
    R3463,
    'The mailbox does not exist: the part of the address before the "@" is unknown at the destination.',
    {
      causes: ['a typing mistake in the user name', 'an employee or account that left', 'an old address harvested by a spammer (in a server log)'],
      action: 'Check the spelling with the recipient by another channel; remove the address from mailing lists if it keeps bouncing.',
      article: 'smtp/5.1.1.md',
    },
  ],
  [
    'X.1.2',
    'Bad destination system address',
    '',
    R3463,
    'The domain after the "@" does not exist or cannot receive mail.',
    {
      causes: ['a misspelt domain', 'a domain that expired or has no MX nor address records'],
      action: 'Check the domain part of the address and its MX records.',
      scenario: 2,
    },
  ],
  ['X.1.3', 'Bad destination mailbox address syntax', '501', R3463, 'The recipient address is not valid syntax.'],
  ['X.1.4', 'Destination mailbox address ambiguous', '', R3463, 'The address matches more than one mailbox at the destination.'],
  ['X.1.5', 'Destination address valid', '250', R3463, 'The recipient address is fine; used in success reports.'],
  [
    'X.1.6',
    'Destination mailbox has moved, No forwarding address',
    '',
    R3463,
    'The address used to be valid, but no longer takes mail, and no new address is known.',
  ],
  ['X.1.7', "Bad sender's mailbox address syntax", '', R3463, 'The sender address is not valid syntax.'],
  [
    'X.1.8',
    "Bad sender's system address",
    '451, 501',
    R3463,
    "The sender's domain does not exist or cannot receive replies, so the receiver will not accept mail from it.",
    {
      causes: ['a sender domain that does not resolve in DNS', 'a forged or mistyped envelope sender'],
      action: "Make sure the sender's domain has MX or address records that resolve.",
    },
  ],
  [
    'X.1.9',
    'Message relayed to non-compliant mailer',
    '',
    ['RFC3886'],
    'The address was valid, but the message went on to a system that cannot report further on delivery.',
  ],
  [
    'X.1.10',
    'Recipient address has null MX',
    '556',
    ['RFC7505', 'RFC7504'],
    'The recipient domain publishes a null MX ("MX 0 ."): it has declared that it accepts no mail. Microsoft 365 also writes 5.1.10 with "RESOLVER.ADR.RecipientNotFound" for an address it does not know: then the mailbox does not exist, and the domain is fine.',
    {
      causes: [
        'a domain that does not take mail',
        'a typing mistake in the domain',
        'from Microsoft 365 with RecipientNotFound: an unknown mailbox in that tenant',
      ],
      action: 'Check the recipient address; nothing will be delivered to that domain.',
      scenario: 2,
    },
  ],

  ['X.2.0', 'Other or undefined mailbox status', '', R3463, 'The mailbox exists, but something about it caused this report.'],
  ['X.2.1', 'Mailbox disabled, not accepting messages', '', R3463, 'The mailbox exists but does not take messages now; it may or may not come back.'],
  [
    'X.2.2',
    'Mailbox full',
    '552',
    R3463,
    "The recipient's mailbox is over its quota. The recipient can fix it by deleting mail; meant as a temporary condition.",
    {
      causes: ['a mailbox over its storage quota', 'an abandoned mailbox that nobody empties'],
      action: 'Tell the recipient by another channel to make room; resend later. If it stays full for weeks the mailbox is probably abandoned.',
      article: 'smtp/5.2.2.md',
      scenario: 1,
    },
  ],
  [
    'X.2.3',
    'Message length exceeds administrative limit',
    '552',
    R3463,
    "The message is larger than this mailbox's own size limit.",
    { scenario: 1 },
  ],
  ['X.2.4', 'Mailing list expansion problem', '450, 452', R3463, 'The address is a mailing list that could not be expanded.'],

  [
    'X.3.0',
    'Other or undefined mail system status',
    '221, 250, 421, 451, 550, 554',
    R3463,
    'The destination normally takes mail, but something about the system caused this report.',
  ],
  [
    'X.3.1',
    'Mail system full',
    '452',
    R3463,
    "The receiving system's storage is exhausted; the recipient cannot fix it by deleting mail.",
    { scenario: 1 },
  ],
  [
    'X.3.2',
    'System not accepting network messages',
    '453, 521',
    ['RFC3463', 'RFC7504'],
    'The host does not take messages now (shutdown, load, maintenance) or never does.',
    { scenario: 3 },
  ],
  ['X.3.3', 'System not capable of selected features', '', R3463, 'The destination does not support features the message asks for.'],
  [
    'X.3.4',
    'Message too big for system',
    '552, 554',
    R3463,
    'The message is larger than the receiving system accepts for any mailbox.',
    {
      causes: ['large attachments', 'a receiving server with a low message size limit'],
      action: 'Send a smaller message, or share large files by link.',
      scenario: 1,
    },
  ],
  ['X.3.5', 'System incorrectly configured', '', R3463, "The receiving system's configuration does not let it accept this message."],
  [
    'X.3.6',
    'Requested priority was changed',
    '250 or 251',
    R6710,
    'The message was accepted, but not at the priority asked for; the new priority follows the code.',
  ],

  ['X.4.0', 'Other or undefined network or routing status', '', R3463, 'Something went wrong in the network or in routing, without more detail.'],
  [
    'X.4.1',
    'No answer from host',
    '451',
    R3463,
    'The connection to the next host was not answered.',
    {
      causes: ['the destination server is down or overloaded', 'a firewall dropping port 25'],
      action: "Check that the recipient's MX hosts answer on port 25; the sender keeps retrying meanwhile.",
      scenario: 3,
    },
  ],
  [
    'X.4.2',
    'Bad connection',
    '421',
    R3463,
    'A connection was made but broke before the message was through (timeout or poor link).',
    { scenario: 3 },
  ],
  [
    'X.4.3',
    'Directory server failure',
    '451, 550',
    R3463,
    'A directory server, typically DNS, could not be reached, so the message could not be routed.',
    {
      causes: ['DNS servers that time out or answer SERVFAIL'],
      action: "Check the DNS resolvers of the sending server and the recipient domain's name servers.",
      scenario: 3,
    },
  ],
  [
    'X.4.4',
    'Unable to route',
    '',
    R3463,
    'No next hop could be found for the message, for example because DNS has no usable MX or address for the domain. This is the status senders give a domain that does not exist (NXDOMAIN): Postfix writes 5.4.4 "Host or domain name not found".',
    {
      causes: ['a domain that does not exist (NXDOMAIN)', 'a domain without MX or address records', 'an MX that points to a name without an address'],
      action: "Check the recipient domain's MX records and that their targets resolve.",
      scenario: 2,
    },
  ],
  ['X.4.5', 'Mail system congestion', '451', R3463, 'The mail system was too congested to deliver the message now.', { scenario: 3 }],
  [
    'X.4.6',
    'Routing loop detected',
    '',
    R3463,
    'The message went round in a loop, through wrong routing or a forwarding loop.',
    {
      causes: ['two servers each forwarding to the other', 'an MX that points back to the sender'],
      action: 'Check forwarding rules and MX records of both sides.',
    },
  ],
  [
    'X.4.7',
    'Delivery time expired',
    '',
    R3463,
    'The message stayed in the queue too long: the sender gave up after retrying for its whole queue lifetime.',
    {
      causes: ['the destination server was unreachable for days', 'repeated temporary refusals (4xx) that never cleared'],
      action: 'Find out why the destination was unreachable (its MX, firewall, outage); then resend the message.',
      article: 'smtp/4.4.7.md',
      scenario: 3,
    },
  ],

  [
    'X.5.0',
    'Other or undefined protocol status',
    '220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554',
    R3463,
    'Something went wrong in the SMTP conversation, without more detail.',
  ],
  ['X.5.1', 'Invalid command', '430, 500, 501, 503, 530, 550, 554, 555', R3463, 'A command was out of order or not supported.'],
  ['X.5.2', 'Syntax error', '500, 501, 502, 550, 555', R3463, 'A command could not be understood: wrong syntax or unknown command.'],
  [
    'X.5.3',
    'Too many recipients',
    '451',
    R3463,
    'More recipients were given than the server takes in one transaction; the sender should send the rest separately.',
  ],
  [
    'X.5.4',
    'Invalid command arguments',
    '451, 501, 502, 503, 504, 550, 555',
    R3463,
    'A valid command had arguments that were out of range or unknown.',
  ],
  ['X.5.5', 'Wrong protocol version', '', R3463, 'The two sides could not agree on a protocol version.'],
  [
    'X.5.6',
    'Authentication Exchange line is too long',
    '500',
    R4954,
    "During AUTH the client sent a line longer than the server's buffer for that mechanism.",
  ],

  ['X.6.0', 'Other or undefined media error', '', R3463, 'Something about the content made the message undeliverable, without more detail.'],
  ['X.6.1', 'Media not supported', '', R3463, "The message's media type cannot be carried by the next system."],
  ['X.6.2', 'Conversion required and prohibited', '', R3463, 'The content would have to be converted, and conversion is not allowed.'],
  [
    'X.6.3',
    'Conversion required but not supported',
    '554',
    R3463,
    'The content would have to be converted (for example 8-bit to 7-bit) and the relay cannot do it.',
  ],
  ['X.6.4', 'Conversion with loss performed', '250', R3463, 'The message was delivered, but converting it lost some data.'],
  ['X.6.5', 'Conversion Failed', '', R3463, 'A needed conversion of the content was tried and failed.'],
  ['X.6.6', 'Message content not available', '554', ['RFC4468'], 'The content to be sent by reference could not be fetched from its remote store.'],
  [
    'X.6.7',
    'Non-ASCII addresses not permitted for that sender/recipient',
    '553, 550',
    R6531,
    'An address with non-ASCII characters was refused for this sender or recipient.',
  ],
  [
    'X.6.8',
    'UTF-8 string reply is required, but not permitted by the SMTP client',
    '252, 553, 550',
    R6531,
    'The server would need a UTF-8 reply to name the mailbox, and the client did not allow one.',
  ],
  [
    'X.6.9',
    'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected',
    '550',
    R6531,
    'A message with UTF-8 headers cannot go to some recipients, so it was refused after DATA.',
  ],
  ['X.6.10', '', '', R6531, 'A duplicate of X.6.8, deprecated by the registry.'],

  [
    'X.7.0',
    'Other or undefined security status',
    '220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550',
    R3463,
    'A security or policy reason refused the message, without more detail (sometimes on purpose).',
  ],
  [
    'X.7.1',
    'Delivery not authorized, message refused',
    '451, 454, 502, 503, 533, 550, 551',
    R3463,
    'The sender is not allowed to send to this destination: a per-host or per-recipient policy refused it.',
    {
      causes: [
        'relaying refused (sending through a server without logging in)',
        'the sending IP is on a block list',
        'a spam or content filter',
        'a recipient that accepts mail only from certain senders',
      ],
      action: 'Read the text for which policy: authenticate to relay, ask the block list for delisting, or ask the recipient to allow the sender.',
      article: 'smtp/5.7.1.md',
      scenario: 2,
    },
  ],
  ['X.7.2', 'Mailing list expansion prohibited', '550', R3463, 'The sender may not post to this mailing list.'],
  [
    'X.7.3',
    'Security conversion required but not possible',
    '',
    R3463,
    'The message would need converting between secure messaging formats, which is not possible.',
  ],
  ['X.7.4', 'Security features not supported', '504', R3463, 'The message uses security features the delivery protocol cannot support.'],
  ['X.7.5', 'Cryptographic failure', '', R3463, 'The system could not validate or decrypt the message: a needed key was missing or invalid.'],
  [
    'X.7.6',
    'Cryptographic algorithm not supported',
    '',
    R3463,
    'The system could not validate or decrypt the message: the algorithm is not supported.',
  ],
  ['X.7.7', 'Message integrity failure', '', R3463, 'The message was found altered or corrupted in transit.'],
  [
    'X.7.8',
    'Authentication credentials invalid',
    '535, 554',
    R4954,
    'SMTP AUTH failed: the user name or password was wrong or not enough.',
    { causes: ['a wrong or expired password', 'password guessing by a bot'], action: 'Check the credentials; block IPs that keep guessing.' },
  ],
  ['X.7.9', 'Authentication mechanism is too weak', '534', R4954, 'The AUTH mechanism is weaker than the server allows for this user.'],
  ['X.7.10', 'Encryption Needed', '523', R5248, 'A secure (TLS) layer is needed before this authentication mechanism can be used.'],
  [
    'X.7.11',
    'Encryption required for requested authentication mechanism',
    '524, 538',
    R4954,
    'This AUTH mechanism may be used only over an encrypted connection (kept for history; servers should not offer it then).',
  ],
  ['X.7.12', 'A password transition is needed', '422, 432', R4954, 'The user must log in once with PLAIN before this mechanism works.'],
  ['X.7.13', 'User Account Disabled', '525', R5248, 'Authentication worked, but the account is disabled until its administrator re-enables it.'],
  [
    'X.7.14',
    'Trust relationship required',
    '535, 554',
    R5248,
    'The submission server needs a configured trust with a third-party server to fetch the content.',
  ],
  [
    'X.7.15',
    'Priority Level is too low',
    '450, 550 (other 4XX or 5XX codes are allowed)',
    R6710,
    "The message's priority is below what the server accepts now.",
  ],
  [
    'X.7.16',
    'Message is too big for the specified priority',
    '552 (other 4XX or 5XX codes are allowed)',
    R6710,
    'The message is too large for the priority it asked for.',
  ],
  ['X.7.17', 'Mailbox owner has changed', '5XX', R7293, 'The mailbox changed owner since the date the sender gave (RRVS), so it is not delivered.'],
  ['X.7.18', 'Domain owner has changed', '5XX', R7293, 'The recipient domain changed owner since the date the sender gave (RRVS).'],
  [
    'X.7.19',
    'RRVS test cannot be completed',
    '5XX',
    R7293,
    'The receiver cannot check the RRVS date because it did not record when the mailbox was created.',
  ],
  [
    'X.7.20',
    'No passing DKIM signature found',
    '550',
    R7372,
    'The message carried no DKIM signature that verified.',
    {
      causes: ['no DKIM signing on the sending side', 'a signature broken by a forwarder or mailing list'],
      action: 'Set up DKIM signing for the sending domain and check it verifies.',
    },
  ],
  ['X.7.21', 'No acceptable DKIM signature found', '550', R7372, "DKIM signatures verified, but none was acceptable to the receiver's policy."],
  ['X.7.22', 'No valid author-matched DKIM signature found', '550', R7372, 'No verified DKIM signature matches the domain of the From address.'],
  [
    'X.7.23',
    'SPF validation failed',
    '550',
    ['RFC7372', 'RFC7208'],
    "The sending IP is not allowed by the sender domain's SPF record.",
    {
      causes: ['an SPF record that misses a sending service', 'a forwarded message'],
      action: "Add every legitimate sending service to the domain's SPF record.",
    },
  ],
  [
    'X.7.24',
    'SPF validation error',
    '451/550',
    ['RFC7372', 'RFC7208'],
    'Evaluating SPF ended in an error (for example a broken SPF record or too many lookups).',
  ],
  [
    'X.7.25',
    'Reverse DNS validation failed',
    '550',
    ['RFC7372'],
    "The sending IP's reverse DNS did not pass the receiver's check.",
    {
      causes: ['no PTR record for the sending IP', 'a PTR name that does not resolve back to the IP'],
      action: 'Ask whoever runs the sending IP to set a PTR record that resolves back to it.',
    },
  ],
  [
    'X.7.26',
    'Multiple authentication checks failed',
    '550',
    ['RFC7372'],
    'More than one message authentication check (SPF, DKIM, DMARC…) failed.',
    {
      causes: ['a sending domain without SPF and DKIM', 'a DMARC policy that the message does not pass', "Gmail's sender requirements"],
      action: 'Set up SPF and DKIM for the sending domain, aligned with the From domain, and publish DMARC.',
      article: 'smtp/5.7.26.md',
      scenario: 2,
    },
  ],
  [
    'X.7.27',
    'Sender address has null MX',
    '550',
    ['RFC7505'],
    "The sender's domain publishes a null MX, so a bounce could not be returned; the receiver refuses it.",
  ],
  ['X.7.28', 'Mail flood detected', '.', ['draft-levine-mailbomb-header'], 'The message looks like part of a flood of similar abusive messages.'],
  ['X.7.29', 'ARC validation failure', '550', ['RFC8617'], 'The message failed ARC validation.'],
  [
    'X.7.30',
    'REQUIRETLS support required',
    '550',
    ['RFC8689'],
    'The message demands REQUIRETLS, and none of the next servers supports it, so it could not be forwarded.',
  ],
];

export const enhancedCodes: ReadonlyMap<string, EnhancedCode> = new Map(
  rows.map(([code, title, basic, rfc, meaning, extra]) => [code.slice(2), { code, title, basic, rfc, meaning, ...extra }]),
);

/** "5.1.1" → the registry entry for X.1.1, if any. */
export function enhancedEntry(enhanced: string): EnhancedCode | undefined {
  return enhancedCodes.get(enhanced.slice(enhanced.indexOf('.') + 1));
}
