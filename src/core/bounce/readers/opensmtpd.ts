/** OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." with "addr: reason" lines. */
import { layoutReader } from '../reader';

export const opensmtpd = layoutReader({
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  signs: { body: /this is the mailer-daemon, please do not reply to this e-?mail/i },
  layout: {
    start: /(following list of recipients|delivery of a message for the following recipients?)[^\n]*:/i,
    end: [/^\s*below is a copy of the original message/im],
  },
  sentences: [
    [/delivery time expired|message expired/i, 'expired'],
    [/no mx found for domain|invalid domain name|domain not found/i, 'host-unknown'],
    [/network error on destination mxs?/i, 'network-error'],
  ],
});
