/**
 * Barracuda Email Security Gateway (Spam Firewall): "**Message you sent blocked by our bulk email filter**",
 * "Your message to: <addr> was blocked by our Spam Firewall", usually with a DSN part from the appliance.
 */
import { addressPattern } from '../textReader';
import { providerReader } from './provider';

export const barracuda = providerReader({
  id: 'barracuda',
  name: 'Barracuda Email Security Gateway',
  signs: { subject: /blocked by our bulk e-?mail filter/i, body: /blocked by (our|the) (spam firewall|bulk e-?mail filter)/i },
  layout: { recipient: [new RegExp(`^\\s*your message to:?\\s*<?(${addressPattern.source})>?`, 'i')] },
  sentences: [[/blocked by (our|the) (spam firewall|bulk e-?mail filter)/i, 'spam-detected']],
});
