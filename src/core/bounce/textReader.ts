/**
 * Reading a human-readable bounce notice: where the notice ends and the returned message begins, which
 * lines name a failed recipient, and the text that says why. Format readers describe their layout with
 * these pieces; the generic reader uses the defaults.
 */
import type { ReasonId } from './reasons';

/** One failed recipient as a reader found it, before classification. */
export interface RawRecipient {
  recipient?: string;
  /** The server's words for this recipient. */
  diagnostic?: string;
  status?: string;
  replyCode?: string;
  remoteMta?: string;
  action?: string;
  /** The SMTP command the failing reply answered (RCPT, MAIL, DATA, HELO, CONNECT), when the bounce says. */
  command?: string;
  /** The whole notice, read for a reason when the recipient's own text names none. */
  context?: string;
  /** Set by a reader whose format's fixed sentences name the reason outright (Gmail, Google Groups, carriers). */
  reason?: ReasonId;
  /** Read from delivery-status fields (RFC 3464), not from the notice's prose. */
  fromDsn?: boolean;
}

export const addressPattern = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/;
const address = addressPattern.source;

/** Lines where the notice ends and a copy of the returned message (or its headers) begins. */
export const originalMessageMarkers: RegExp[] = [
  /^\s*-{2,}.{0,20}(original|copy of|unsent|returned|rejected|undelivered|undeliverable|your) (message|mail)/im,
  /^\s*-{2,}.{0,40}(message|header|headers|body) (follows|text)/im,
  /^\s*-{2,}.{0,30}(header|headers) of (the )?(original|returned|your)/im,
  /^-+ ?below this line is a copy of the message/im,
  /^\s*original (mail|message) (as follows|follows)/im,
  /^\s*below is a copy of the original message/im,
  /^\s*-{2,}\s*(元のメッセージ|以下、元)/im,
];

/** The notice without the returned message that some MTAs append inline. */
export function noticeText(body: string, markers: RegExp[] = []): string {
  let end = body.length;
  for (const marker of [...markers, ...originalMessageMarkers]) {
    const match = marker.exec(body);
    if (match && match.index < end && match.index > 0) end = match.index;
  }
  return body.slice(0, end);
}

/** Lines that name a failed recipient: group 1 is the address. */
export const recipientLines: RegExp[] = [
  new RegExp(`^\\s*(?:[*-]\\s+)?<(${address})>:?\\s*$`),
  new RegExp(`^\\s*(?:[*-]\\s+)?"?(${address})"?:?\\s*$`),
  new RegExp(`^\\s*<?(${address})>?\\s+on\\s+\\S.*$`, 'i'),
  new RegExp(`^\\s*<?(${address})>?\\s+[[(].*[\\])]\\s*$`),
  new RegExp(`^\\s*<?(${address})>?\\s*(?:\\(.*\\))?:\\s*\\S.*$`),
  new RegExp(`could not be delivered to:?\\s*<?(${address})>?`, 'i'),
  new RegExp(
    `^\\s*(?:failed recipient|recipient address|original recipient|final recipient|recipient|destinataire|empfänger|adresse)\\s*:\\s*<?(?:rfc822;\\s*)?(${address})>?`,
    'i',
  ),
  new RegExp(`^\\s*(?:delivery to|delivery has failed to these recipients or groups:?|your message to)\\s+<?(${address})>?`, 'i'),
];

export interface TextLayout {
  /** The per-recipient part begins after the first match (the lines before it are the greeting). */
  start?: RegExp;
  /** Where the notice ends, besides the usual "original message" markers. */
  end?: RegExp[];
  /** Lines that name a recipient; group 1 is the address. Default: recipientLines. */
  recipient?: RegExp[];
  /** Lines dropped from a recipient's text (the format's boilerplate). */
  noise?: RegExp;
}

/** Splits a notice into recipient blocks: each recipient's text runs to the next recipient line. */
export function readBlocks(body: string, layout: TextLayout = {}): RawRecipient[] {
  const notice = noticeText(body, layout.end);
  let text = notice;
  if (layout.start) {
    const start = layout.start.exec(notice);
    if (start) text = notice.slice(start.index + start[0].length);
  }
  const patterns = layout.recipient ?? recipientLines;
  const lines = text.split(/\r?\n/);
  const found: { recipient: string; lines: string[] }[] = [];
  for (const line of lines) {
    const match = patterns.map((p) => p.exec(line)).find((m) => m);
    if (match) {
      const rest = line.slice(match.index + match[0].indexOf(match[1]) + match[1].length).replace(/^>?:?\s*/, '');
      const known = found.find((f) => f.recipient.toLowerCase() === match[1].toLowerCase());
      if (known) known.lines.push(rest);
      else found.push({ recipient: match[1], lines: [rest] });
      continue;
    }
    if (found.length && !(layout.noise && layout.noise.test(line))) found[found.length - 1].lines.push(line);
  }
  const context = notice.trim();
  return found.map((f) => ({ recipient: f.recipient, diagnostic: f.lines.join('\n').trim(), context }));
}

/** The first enhanced status code in a text ("5.1.1"), not part of a version or an IP address. */
export function statusIn(text: string | undefined): string | undefined {
  return text?.match(/(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/)?.[1];
}

/** The first SMTP reply code in a text: at a line start, after "said:", or before an enhanced code. */
export function replyCodeIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return (
    text.match(/(?:^|said:|reply:|error:|smtp;|<<<|\n|\s)\s*([245][0-5]\d)(?:[ -]|$)(?=\s*(?:[245]\.\d|<|\S))/)?.[1] ??
    text.match(/\b([245][0-5]\d)[ -][245]\.\d{1,3}\.\d{1,3}\b/)?.[1]
  );
}

/** Addresses of a header ("To: A <a@x>, b@y"). */
export function addressesIn(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(new RegExp(address, 'g'))].map((m) => m[0]);
}

/** A header of the returned message (its To:, for bounces that do not repeat the recipient). */
export function originalHeader(original: string | undefined, name: string): string | undefined {
  if (!original) return undefined;
  const head = original.split(/\r?\n\r?\n/, 1)[0];
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return match?.[1].replace(/\s+/g, ' ').trim();
}

/** The command a failing reply answered, as Exim, Postfix and others write it ("after RCPT TO", "in reply to end of DATA command", "SMTP command: DATA"). */
export function commandIn(text: string | undefined): string | undefined {
  const match =
    /\b(?:(?:after|in reply to)\s+|smtp command\W*)(RCPT TO|MAIL FROM|end of data|DATA|initial connection|HELO|EHLO|pipelined DATA|RCPT)\b/i.exec(
      text ?? '',
    );
  if (!match) return undefined;
  const said = match[1].toUpperCase();
  return said.includes('DATA')
    ? 'DATA'
    : said.startsWith('RCPT')
      ? 'RCPT'
      : said.startsWith('MAIL')
        ? 'MAIL'
        : said.includes('CONNECTION')
          ? 'CONNECT'
          : 'HELO';
}
