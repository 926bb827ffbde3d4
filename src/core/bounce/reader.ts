import type { BounceMessage } from './message';
import type { ReasonId } from './reasons';
import { readBlocks, replyCodeIn, statusIn, type RawRecipient, type TextLayout } from './textReader';

/** One bounce format: found by its own signs (headers, subject, reporting MTA, body phrases), then read. */
export interface BounceReader {
  /** Stable id, shown as the bounce's format ("postfix", "exchange", "gmail"). */
  id: string;
  name: string;
  matches(message: BounceMessage): boolean;
  read(message: BounceMessage): RawRecipient[];
}

/** True when any pattern matches the text. */
export function anyMatch(text: string, patterns: RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}

export interface LayoutFormat {
  id: string;
  name: string;
  /** The format's own signs: any one of them marks a message as this format. */
  signs: {
    from?: RegExp;
    subject?: RegExp;
    body?: RegExp;
    header?: [name: string, value: RegExp];
    /** Matched on the delivery-status part (its Reporting-MTA names the bouncing server). */
    dsn?: RegExp;
  };
  layout?: TextLayout;
  /** The format's fixed sentences that name a reason outright (checked on a recipient's text, then on the notice). */
  sentences?: [RegExp, ReasonId][];
  /** The notice line naming the server that wrote the reply (group 1). */
  remoteMta?: RegExp;
}

/** Whether a message shows one of a format's signs. */
export function showsSigns(m: BounceMessage, signs: LayoutFormat['signs']): boolean {
  const header = signs.header && m.headers.get(signs.header[0]);
  return (
    (signs.from?.test(m.from) ?? false) ||
    (signs.subject?.test(m.subject) ?? false) ||
    (signs.body?.test(m.body) ?? false) ||
    (m.deliveryStatus !== undefined && (signs.dsn?.test(m.deliveryStatus) ?? false)) ||
    (header !== undefined && header !== null && signs.header![1].test(header))
  );
}

/** A reader for a text format described by its signs, its layout and its fixed sentences. */
export function layoutReader(format: LayoutFormat): BounceReader {
  return {
    id: format.id,
    name: format.name,
    matches: (m) => showsSigns(m, format.signs),
    read(m) {
      const remoteMta = format.remoteMta?.exec(m.body)?.[1];
      return readBlocks(m.body, format.layout).map((block) => withSentence({ ...block, ...(remoteMta ? { remoteMta } : {}) }, format.sentences));
    },
  };
}

/**
 * A recipient whose text is one of the format's fixed sentences gets that sentence's reason (its own text
 * first, then the notice's), unless it quotes a server's reply, which then speaks for itself; a status code
 * of its own also outweighs a sentence written about another recipient of the same notice.
 */
export function withSentence(block: RawRecipient, sentences: LayoutFormat['sentences']): RawRecipient {
  if (!sentences || replyCodeIn(block.diagnostic)) return block;
  const sentence =
    sentences.find(([pattern]) => pattern.test(block.diagnostic ?? '')) ??
    (statusIn(block.diagnostic) ? undefined : sentences.find(([pattern]) => pattern.test(block.context ?? '')));
  return sentence ? { ...block, reason: sentence[1] } : block;
}

/** Signs that a text is a bounce at all, for formats no reader claims and for pasted notices. */
const bounceSigns = {
  from: /mailer-daemon|postmaster|mail delivery|mail administrator|mdaemon|mail ?system/i,
  subject:
    /undeliver|undelivered|returned mail|delivery (status|failure|notification|failed|has failed|problem)|failure notice|mail delivery|could not be delivered|non remis|non distribuable|unzustellbar|nicht zugestellt|rejected|mail error|failed delivery|エラー|不達/i,
  body: /could not be delivered|couldn'?t be delivered|delivery has failed|undeliverable|permanent (error|failure)|failed permanently|was not delivered|unable to deliver|delivery to the following|remote (host|server) said|did not reach|not be delivered|following address(es)? failed|wasn'?t able to deliver|delivery (failed|failure)|returned to sender|konnte nicht zugestellt|n'a pas pu être remis|remise .{0,30}a échoué|送信できませんでした|配信できませんでした/i,
};

/** Whether a message is a bounce by the common signs (used when no format reader claims it). */
export function looksLikeBounce(m: BounceMessage): boolean {
  if (m.pasted) return bounceSigns.body.test(m.body);
  return (
    bounceSigns.from.test(m.from) || bounceSigns.subject.test(m.subject) || bounceSigns.body.test(m.body) || m.headers.has('x-failed-recipients')
  );
}
