/** The Courier mail server's delivery status notification text. */
import { layoutReader } from '../reader';

export const courier = layoutReader({
  id: 'courier',
  name: 'Courier',
  signs: { body: /running the courier mail server|courier mail server at/i },
  layout: { start: /(could not be delivered to the following recipients?|has not been delivered to the following recipients?)[^\n]*/i },
  remoteMta: /^<<<\s*\d{3}[ -]([\w.-]+\.[a-z]{2,})/im,
});
