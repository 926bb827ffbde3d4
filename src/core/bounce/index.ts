/**
 * Reads a bounce: finds its format by the format's own signs, takes out each failed recipient with the
 * server's words, status and reply code, and gives each a reason and a hard/soft verdict. ARF reports and
 * auto-replies are recognised as what they are, not as bounces.
 */
import { classify, reasonOfText, type Classification } from './classify';
import { readMessage } from './message';
import { matchProvider, type ProviderReply } from './providers';
import { looksLikeBounce, type BounceReader } from './reader';
import { readers } from './readers';
import { generic } from './readers/generic';
import { isHard, type ReasonId } from './reasons';
import { commandIn, replyCodeIn, statusIn, type RawRecipient } from './textReader';

/** A notice's own statement that the sender gave up after retrying: the message expired, whatever the last error was. */
const expiryStatement =
  /(delivery|delevery) to the following recipients? was aborted after|could not deliver for the last \d|after multiple retries|been in the queue too long|could not be delivered for \d+ (hours|days)|was not delivered .{0,40}(after|within) \d+ (hours|days)|i'm not going to try again/i;

export interface BounceRecipient {
  recipient?: string;
  action?: string;
  status?: string;
  replyCode?: string;
  remoteMta?: string;
  diagnostic?: string;
  reason: ReasonId;
  hard: boolean;
  decidedBy: Classification['decidedBy'] | 'format';
  /** The reason the status or reply code alone gives, where the text says otherwise. */
  codeReason?: ReasonId;
  /** The large receiver's own meaning of this reply, when the remote host and text match its table. */
  provider?: ProviderReply;
  source: 'dsn' | 'bounce-text';
}

export interface BounceReport {
  kind: 'bounce' | 'feedback-report' | 'auto-reply';
  /** The reader that understood it ("rfc3464", "exim", "exchange", ...). */
  format: string;
  formatName: string;
  subject?: string;
  reportingMta?: string;
  recipients: BounceRecipient[];
}

function recipientOf(raw: RawRecipient, source: BounceRecipient['source']): BounceRecipient {
  const status = raw.status ?? statusIn(raw.diagnostic);
  const replyCode = raw.replyCode ?? replyCodeIn(raw.diagnostic);
  const command = raw.command ?? commandIn(raw.diagnostic);
  let classification: Omit<Classification, 'decidedBy'> & { decidedBy: BounceRecipient['decidedBy'] } = classify({
    status,
    replyCode,
    text: raw.diagnostic,
    action: raw.action,
    command,
  });
  if (raw.reason) classification = { reason: raw.reason, decidedBy: 'format' };
  else if (raw.context && expiryStatement.test(raw.context))
    classification = { reason: 'expired', decidedBy: 'text', codeReason: classification.reason };
  else if (classification.decidedBy !== 'text' && classification.decidedBy !== 'action') {
    const fromContext = reasonOfText(raw.context);
    if (fromContext)
      classification = {
        reason: fromContext,
        decidedBy: 'text',
        ...(classification.decidedBy !== 'none' ? { codeReason: classification.reason } : {}),
      };
  }
  // Words that name nothing are still a failure someone must read (sisimai's "on hold"); no words at all is undetermined.
  if (classification.decidedBy === 'none' && raw.diagnostic?.trim()) classification = { reason: 'on-hold', decidedBy: 'none' };
  const provider = matchProvider(raw.remoteMta, raw.diagnostic, status);
  const reason = provider?.reason && classification.decidedBy !== 'format' ? provider.reason : classification.reason;
  return {
    recipient: raw.recipient,
    action: raw.action,
    status,
    replyCode,
    remoteMta: raw.remoteMta,
    diagnostic: raw.diagnostic?.replace(/\s+/g, ' ').trim(),
    reason,
    hard: isHard(reason),
    decidedBy: reason === classification.reason ? classification.decidedBy : 'text',
    ...(classification.codeReason && classification.codeReason !== reason ? { codeReason: classification.codeReason } : {}),
    ...(provider ? { provider } : {}),
    source,
  };
}

/** The bounce in a raw message or a pasted notice, or undefined when the text is no bounce. Never throws. */
export function readBounce(raw: string): Promise<BounceReport | undefined> {
  return readBounceAt(raw, 0);
}

async function readBounceAt(raw: string, depth: number): Promise<BounceReport | undefined> {
  const message = await readMessage(raw);
  let reader: BounceReader | undefined;
  let found: RawRecipient[] = [];
  for (const candidate of readers) {
    if (!candidate.matches(message)) continue;
    found = candidate.read(message);
    if (found.length) {
      reader = candidate;
      break;
    }
  }
  // A bounce forwarded as an attachment (by a user or a gateway): the attached bounce is the one to read.
  if (!reader && message.original && depth === 0) {
    const inner = await readBounceAt(message.original, depth + 1);
    if (inner?.kind === 'bounce' && inner.format !== generic.id) return inner;
  }
  if (!reader && looksLikeBounce(message)) {
    found = generic.read(message);
    if (found.length) reader = generic;
  }
  if (!reader) return undefined;
  const kind = reader.id === 'arf' ? 'feedback-report' : reader.id === 'rfc3834' ? 'auto-reply' : 'bounce';
  return {
    kind,
    format: reader.id,
    formatName: reader.name,
    subject: message.subject || undefined,
    reportingMta: found.find((r) => r.remoteMta)?.remoteMta,
    recipients: found.map((r) => recipientOf(r, r.fromDsn ? 'dsn' : 'bounce-text')),
  };
}
