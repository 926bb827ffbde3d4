/**
 * Mimecast's own notices ("[Postmaster] Email Delivery Failure"): each address and each line of the problem on
 * a line of its own after "-- ", with the reply Mimecast got under "Additional information follows".
 */
import { addressPattern } from '../textReader';
import { providerReader } from './provider';

export const mimecast = providerReader({
  id: 'mimecast',
  name: 'Mimecast',
  signs: {
    subject: /\[postmaster\] email delivery failure/i,
    header: ['message-id', /\.mimecast\.lan>/i],
    body: /an email that you attempted to send to the following address could not be delivered/i,
  },
  layout: {
    start: /could not be delivered:?/i,
    recipient: [new RegExp(`^\\s*--\\s+<?(${addressPattern.source})>?\\s*$`)],
  },
  sentences: [[/recipient email address is possibly incorrect/i, 'user-unknown']],
});
