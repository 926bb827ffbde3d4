/**
 * Any other notice: recipient lines and the text under them, or, when no line names a recipient, the
 * returned message's To: with the whole notice as its text. Also what reads an NDR body pasted alone.
 */
import type { BounceReader } from '../reader';
import { addressesIn, noticeText, originalHeader, readBlocks } from '../textReader';

export const generic: BounceReader = {
  id: 'generic',
  name: 'Generic bounce notice',
  matches: () => true,
  read(m) {
    const blocks = readBlocks(m.body).filter((b) => !/^(mailer-daemon|postmaster)@/i.test(b.recipient ?? ''));
    if (blocks.length) return blocks;
    const to = m.headers.get('x-failed-recipients') ?? originalHeader(m.original, 'to');
    const notice = noticeText(m.body).trim();
    if (!notice) return [];
    const recipients = addressesIn(to);
    return (recipients.length ? recipients : [undefined]).map((recipient) => ({ recipient, diagnostic: notice, context: notice }));
  },
};
