/** DragonFly Mail Agent (dma): "There was an error delivering your mail to <addr>." */
import { layoutReader } from '../reader';

export const dragonfly = layoutReader({
  id: 'dragonfly',
  name: 'DragonFly Mail Agent',
  signs: { body: /this is the dragonfly mail agent/i },
  layout: {
    recipient: [/error delivering your mail to <?([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>?/i],
    end: [/^\s*original message follows\.?/im],
  },
});
