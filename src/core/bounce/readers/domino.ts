/** HCL (IBM, Lotus) Domino and older Lotus Notes SMTP MTA: "was not delivered to: … because: …", "Failure Reasons". */
import { layoutReader } from '../reader';

export const domino = layoutReader({
  id: 'domino',
  name: 'Domino / Lotus Notes',
  signs: {
    body: /was not delivered to:[\s\S]{0,300}because:|-{3,}\s*failure reasons\s*-{3,}|domino directory|public name & address book/i,
    subject: /^delivery status notification \(failure\)$|^undeliverable message$/i,
  },
  layout: {
    start: /was not delivered to:|-{3,}\s*failure reasons\s*-{3,}/i,
    end: [/^-{3,}\s*returned message\s*-{3,}/im],
    noise: /^\s*because:\s*$/i,
  },
  sentences: [
    [/not listed in (the )?(domino directory|public name & address book)/i, 'user-unknown'],
    [/maximum hop count exceeded/i, 'network-error'],
  ],
});
