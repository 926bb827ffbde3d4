/** qmail, netqmail, notqmail and indimail: "Hi. This is the qmail-send program at …". */
import { layoutReader } from '../reader';

export const qmail = layoutReader({
  id: 'qmail',
  name: 'qmail',
  signs: { body: /this is the qmail-send program|\bqmail-send\b|i'm afraid i wasn't able to deliver your message/i },
  layout: { start: /wasn't able to deliver your message to the following addresses\.[^\n]*(\n[^\n<]*)?/i },
  sentences: [
    [/sorry, no mailbox here by that name/i, 'user-unknown'],
    [/sorry, i couldn't find any host (named|by that name)|no host by that name/i, 'host-unknown'],
    [/this message has been in the queue too long|i'm not going to try again/i, 'expired'],
    [/mailbox is full|over quota|quota exceeded/i, 'mailbox-full'],
    [/sorry, i wasn't able to establish an smtp connection|connected to .* but (the )?connection died/i, 'network-error'],
  ],
  remoteMta: /^([\w.-]+\.[a-z]{2,}|\d+\.\d+\.\d+\.\d+) does not like recipient/im,
});
