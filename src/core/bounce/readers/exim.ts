/** Exim (and the providers that run it: Mail.ru, GMX, 1&1, MXLogic): "The following address(es) failed:". */
import { layoutReader, type LayoutFormat } from '../reader';

export const eximFormat: LayoutFormat = {
  id: 'exim',
  name: 'Exim',
  signs: {
    subject: /^mail delivery failed|^warning: message .* delayed/i,
    body: /this message was created automatically by mail delivery software|the following address\(es\) failed/i,
    header: ['x-failed-recipients', /@/],
  },
  layout: {
    start:
      /(following address\(es\) failed|could not be delivered to one or more of its\s+recipients[^\n]*|has not yet been delivered to the following[^\n]*):?/i,
    end: [/^-{3,}\s*this is a copy of (the|your) message/im, /^-{3,}\s*the body of the message is/im],
  },
  sentences: [
    [/retry time(out)? exceeded|retry time not reached for any host after a long failure period/i, 'expired'],
    [/all relevant mx records point to non-existent hosts|unrouteable address/i, 'host-unknown'],
  ],
  remoteMta: /\bhost\s+(\S+)\s+\[[\d.:a-f]+\]/i,
};

export const exim = layoutReader(eximFormat);
