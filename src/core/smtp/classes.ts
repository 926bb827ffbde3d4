/**
 * What the first digit of a reply code (RFC 5321 §4.2.1) or the class and subject of an enhanced
 * status code (RFC 3463 §2) say on their own. Explanations are the project's own words.
 */

export type ReplyClass = 'success' | 'intermediate' | 'temporary' | 'permanent';

export interface ClassInfo {
  label: string;
  /** What the sending server does after a reply of this class. */
  next: string;
  /** Article under docs/. */
  article: string;
}

/** Postfix's default give-up time (maximal_queue_lifetime = 5d, see docs/smtp/sources.md). */
const temporaryNext =
  'The sender keeps the message in its queue and will retry on its own schedule; Postfix by default for up to 5 days, ' +
  'Exim until 4 days after the receiving host first failed (later mail for that host then bounces at once), Exchange Server 2 days. ' +
  'Only when that time runs out does the sender get a bounce.';

export const replyClasses: Record<ReplyClass, ClassInfo> = {
  success: {
    label: 'success (2xx)',
    next: 'Nothing to do: the server accepted this step and the conversation goes on.',
    article: 'smtp/class-2.md',
  },
  intermediate: {
    label: 'intermediate (3xx)',
    next: 'The server waits for more from the client (the message text after DATA, or the next AUTH step).',
    article: 'smtp/class-2.md',
  },
  temporary: {
    label: 'temporary failure (4xx)',
    next: temporaryNext,
    article: 'smtp/class-4.md',
  },
  permanent: {
    label: 'permanent failure (5xx)',
    next: 'The sender does not retry this message to this recipient: it returns it to its author at once with a bounce (a DSN).',
    article: 'smtp/class-5.md',
  },
};

/** RFC 5321 §4.2.1: the first digit of a basic reply code. */
export function classOfReply(code: string): ReplyClass | undefined {
  switch (code[0]) {
    case '2':
      return 'success';
    case '3':
      return 'intermediate';
    case '4':
      return 'temporary';
    case '5':
      return 'permanent';
    default:
      return undefined;
  }
}

/** RFC 3463 §2: the class of an enhanced code is 2, 4 or 5. */
export function classOfEnhanced(code: string): ReplyClass | undefined {
  return code[0] === '3' ? undefined : classOfReply(code);
}

/** RFC 5321 §4.2.1: the second digit of a basic reply code (6-9 are unassigned). */
export const replyCategories: Record<string, string> = {
  '0': 'syntax',
  '1': 'information',
  '2': 'connection',
  '3': 'unspecified',
  '4': 'unspecified',
  '5': 'mail system',
};

export interface SubjectInfo {
  name: string;
  summary: string;
  causes: string[];
  action: string;
  article: string;
}

/** RFC 3463 §2: the subject of an enhanced code (its middle number). */
export const subjects: Record<string, SubjectInfo> = {
  '0': {
    name: 'other or undefined',
    summary: 'The server gives no detail beyond whether the failure is temporary or permanent.',
    causes: ['a problem the server chose not to classify', 'a vendor code without a registered meaning'],
    action: "Read the text after the code: it is the only detail the server gives. Check the receiving side's logs if you run it.",
    article: 'smtp/subject-0.md',
  },
  '1': {
    name: 'addressing',
    summary: 'Something about the sender or recipient address: its syntax, or whether it exists.',
    causes: ['a typing mistake in the address', 'a mailbox that was deleted', 'a domain that does not exist or accepts no mail'],
    action: 'Check the address with the recipient by another channel, and correct it before sending again.',
    article: 'smtp/subject-1.md',
  },
  '2': {
    name: 'mailbox',
    summary: 'The address is right, but the mailbox itself cannot take the message now (full, disabled, size limit).',
    causes: ['a mailbox over its quota', 'an account that was suspended', 'a per-mailbox size limit'],
    action: 'Tell the recipient by another channel; they must make room or have the account re-enabled.',
    article: 'smtp/subject-2.md',
  },
  '3': {
    name: 'mail system',
    summary: 'The receiving mail system as a whole is the problem: storage, load, configuration or size limits.',
    causes: ['a full disk or spool on the receiving server', 'a server being shut down or overloaded', 'a message over the system-wide size limit'],
    action: 'If you run the receiving server, check disk space, load and its configuration; otherwise wait or contact its postmaster.',
    article: 'smtp/subject-3.md',
  },
  '4': {
    name: 'network and routing',
    summary: 'The message could not be routed or carried to the next hop: DNS, connections, loops, or time.',
    causes: ['an MX host that is down or unreachable', 'a DNS lookup failure', 'a routing loop', 'a message that stayed too long in a queue'],
    action: "Check the recipient domain's MX records and that its mail servers answer on port 25 (MX Guard: Check a Domain's Published MX).",
    article: 'smtp/subject-4.md',
  },
  '5': {
    name: 'mail delivery protocol',
    summary: 'The SMTP conversation itself went wrong: a bad command, arguments, order, or too many recipients.',
    causes: ['a misbehaving or misconfigured client', 'a command sent out of order', 'too many recipients in one transaction'],
    action: 'Look at the SMTP transcript; the client software or its configuration must change.',
    article: 'smtp/subject-5.md',
  },
  '6': {
    name: 'message content or media',
    summary: 'The content of the message is the problem: its media type, encoding, or a conversion it needs.',
    causes: ['content the next hop cannot carry (8-bit, UTF-8 headers)', 'a conversion that failed or is forbidden'],
    action: 'Resend in a simpler form (plain text, fewer or smaller attachments), or ask the recipient what they accept.',
    article: 'smtp/subject-6.md',
  },
  '7': {
    name: 'security or policy',
    summary: 'A security or policy check refused the message: authentication, relaying, reputation, SPF, DKIM or DMARC.',
    causes: [
      'the sending IP is on a block list',
      'SPF, DKIM or DMARC checks failed',
      'relaying without authentication',
      'wrong SMTP AUTH credentials',
      'a content filter judged the message to be spam',
    ],
    action:
      "Read the text after the code for the check that failed. Fix the sender's SPF/DKIM/DMARC records, ask for delisting, or authenticate before relaying.",
    article: 'smtp/subject-7.md',
  },
};
