/**
 * GMX and mail.com: the X-GMX-Antispam header, From MAILER-DAEMON at gmx; each failed address in quotes, then
 * "SMTP error from remote server after RCPT command:", "host: …" and the reply, or "Reason:" and GMX's own text.
 */
import { addressPattern } from '../textReader';
import { providerReader } from './provider';

export const gmx = providerReader({
  id: 'gmx',
  name: 'GMX / mail.com',
  signs: { header: ['x-gmx-antispam', /.?/], from: /mailer-daemon@([\w-]+\.)*(gmx\.[a-z]+|mail\.com)\b/i },
  layout: {
    start: /following address(es)?\s+failed:?/i,
    end: [/^-{3}\s*the header of the original message is following/im],
    recipient: [new RegExp(`^\\s*["<](${addressPattern.source})[">]:?\\s*$`)],
  },
  sentences: [[/delivery retry timeout exceeded/i, 'expired']],
  remoteMta: /^\s*host:\s*([\w.-]+)/im,
});
