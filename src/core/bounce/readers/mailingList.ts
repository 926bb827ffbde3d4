/** Mailing list managers' own errors (fml, Mailman, majordomo): loop alerts and refused posts. */
import { layoutReader } from '../reader';

export const mailingList = layoutReader({
  id: 'mailing-list',
  name: 'Mailing list manager',
  signs: { header: ['x-mlserver', /.?/], subject: /^loop alert|duplicated message-id|post(ing)? (to|by) .* (requires approval|rejected)/i },
  layout: { recipient: [/in <([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>/i] },
  sentences: [[/loop alert|duplicated message-id/i, 'system-error']],
});
