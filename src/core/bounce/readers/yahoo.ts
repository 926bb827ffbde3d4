/** Yahoo Mail (and AOL): "Sorry, we were unable to deliver your message to the following address." */
import { layoutReader } from '../reader';

export const yahoo = layoutReader({
  id: 'yahoo',
  name: 'Yahoo Mail',
  signs: { body: /sorry, we were unable to deliver your message to the following address/i, from: /yahoo|aol\.com/i },
  layout: { start: /unable to deliver your message to the following address(es)?\.?/i },
  remoteMta: /remote host said:.*?\b([\w-]+(?:\.[\w-]+)*\.yahoo(?:dns)?\.(?:com|net))\b/i,
});
