/**
 * Google Groups refusing a post (in any of its languages): the group may not exist, or the sender may not
 * post to it. The notice names no server reply; the refused recipient is the group (X-Failed-Recipients).
 */
import type { BounceReader } from '../reader';
import { addressesIn, originalHeader } from '../textReader';

export const googleGroups: BounceReader = {
  id: 'googlegroups',
  name: 'Google Groups',
  matches: (m) =>
    /googlegroups\.com/i.test(m.headers.get('x-failed-recipients') ?? '') || (/groups\.google\.com/i.test(m.body) && /google/i.test(m.from)),
  read(m) {
    const groups = addressesIn(m.headers.get('x-failed-recipients') ?? originalHeader(m.original, 'to'));
    const notice = m.body.split(/^-{3,}\s*original message/im)[0].trim();
    return groups.map((recipient) => ({ recipient, diagnostic: notice, reason: 'sender-rejected' as const }));
  },
};
