/**
 * Sendmail's own text (without a DSN part, as V5 and V8 write it): the session transcript (">>> RCPT To:",
 * "<<< 550 …") and the summary lines ("550 <addr>... User unknown"). The transcript also tells which
 * command a reply answered, which the DSN reader uses.
 */
import type { BounceReader } from '../reader';
import { addressPattern, noticeText, readBlocks, type RawRecipient } from '../textReader';

export interface TranscriptReply {
  reply: string;
  /** The SMTP command the reply answered: RCPT, MAIL, DATA, HELO, CONNECT. */
  command?: string;
  host?: string;
}

const summaryLine = new RegExp(`^\\s*([245]\\d\\d)\\s+<?(${addressPattern.source})>?\\.\\.\\.\\s*(.*)$`);
/** Summary texts that only say the conversation failed; the server's own reply is in the transcript above. */
const genericSummary = /remote protocol error|service unavailable|^\s*$|deferred|i\/o error/i;

/** The replies of a transcript, by the address they name; replies naming none are listed in order. */
export function readTranscript(notice: string): { byAddress: Map<string, TranscriptReply>; all: TranscriptReply[] } {
  const byAddress = new Map<string, TranscriptReply>();
  const all: TranscriptReply[] = [];
  let command: string | undefined;
  let host: string | undefined;
  for (const line of notice.split(/\r?\n/)) {
    const talking = /^\s*(?:\.\.\.\s*)?while talking to ([^\s:]+):?/i.exec(line);
    if (talking) {
      host = talking[1].replace(/\.$/, '');
      command = 'CONNECT';
      continue;
    }
    const sent = /^\s*>>>\s*(\S+)(?:\s+(\S+))?/.exec(line);
    if (sent) {
      const verb = sent[1].toUpperCase();
      command = verb === '.' ? 'DATA' : verb === 'EHLO' ? 'HELO' : verb;
      continue;
    }
    const received = /^\s*<<<\s*(.*)$/.exec(line);
    if (received) {
      // Pipelining: after ">>> DATA" come the RCPT replies first; only the last reply answers DATA itself.
      const previous = all[all.length - 1];
      if (previous && previous.command === command && command === 'DATA') previous.command = 'RCPT';
      const reply: TranscriptReply = { reply: received[1], command, host };
      all.push(reply);
      const address = addressPattern.exec(received[1])?.[0];
      if (address && !byAddress.has(address.toLowerCase())) byAddress.set(address.toLowerCase(), reply);
    }
  }
  return { byAddress, all };
}

export const sendmail: BounceReader = {
  id: 'sendmail',
  name: 'Sendmail',
  matches: (m) => /-{3,}\s*transcript of session follows/i.test(m.body) || /^returned mail:/i.test(m.subject.trim()),
  read(m) {
    const notice = noticeText(m.body);
    const { byAddress, all } = readTranscript(notice);
    const found: RawRecipient[] = [];
    const seen = new Set<string>();
    const add = (recipient: string, summary: string, replyBefore: TranscriptReply | undefined) => {
      if (seen.has(recipient.toLowerCase())) return;
      seen.add(recipient.toLowerCase());
      const own = byAddress.get(recipient.toLowerCase());
      const reply = own ?? (genericSummary.test(summary) ? replyBefore : undefined);
      found.push({ recipient, diagnostic: reply?.reply ?? summary, remoteMta: reply?.host, command: reply?.command, context: notice });
    };
    let replyIndex = 0;
    let lastReply: TranscriptReply | undefined;
    for (const line of notice.split(/\r?\n/)) {
      if (/^\s*<<</.test(line)) lastReply = all[replyIndex++];
      const summary = summaryLine.exec(line);
      if (summary) add(summary[2], `${summary[1]} ${summary[3]}`, lastReply);
    }
    // Sendmail 8: "----- The following addresses had permanent fatal errors -----", each address with "(reason: …)".
    for (const block of readBlocks(notice, {
      start: /following addresses had (permanent fatal|transient non-fatal|permanent delivery) errors\s*-*/i,
    }))
      if (block.recipient) add(block.recipient, block.diagnostic ?? '', undefined);
    return found;
  },
};
