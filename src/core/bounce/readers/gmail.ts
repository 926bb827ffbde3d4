/**
 * Gmail's own text bounces ("Delivery to the following recipient failed permanently"), whose fixed
 * sentences name the reason when no remote server replied.
 */
import type { ReasonId } from '../reasons';
import type { BounceReader } from '../reader';
import { readBlocks } from '../textReader';

/** Gmail's sentences for failures of its own (no remote reply to quote). */
const sentences: [RegExp, ReasonId][] = [
  [/did not accept our requests to connect|could not contact dns servers|has been delayed/i, 'expired'],
  [/dns error: (domain name not found|dns server returned answer with no data)/i, 'host-unknown'],
  [/message exceeded \d+ hops/i, 'network-error'],
  [/there was a temporary problem delivering your message/i, 'system-error'],
];

export const gmail: BounceReader = {
  id: 'gmail',
  name: 'Gmail',
  matches: (m) => /delivery to the following recipients? (failed permanently|has been delayed|failed)/i.test(m.body),
  read(m) {
    return readBlocks(m.body, { start: /delivery to the following recipients? [^\n]*:/i }).map((block) => {
      const reason = sentences.find(([pattern]) => pattern.test(block.diagnostic ?? ''))?.[1];
      const remote = /the error that the other server returned was:?\s*([\s\S]*)/i.exec(block.diagnostic ?? '')?.[1];
      return { ...block, diagnostic: remote ?? block.diagnostic, ...(remote || !reason ? {} : { reason }) };
    });
  },
};
