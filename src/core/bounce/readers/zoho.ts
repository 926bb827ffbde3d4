/** Zoho Mail: "addr Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 …" on one line. */
import { layoutReader } from '../reader';

export const zoho = layoutReader({
  id: 'zoho',
  name: 'Zoho Mail',
  signs: { from: /zoho/i, header: ['x-zohomail', /.?/], body: /error_code\s*:\s*\d/i },
  layout: {
    start: /could not be delivered to one or more of its recipients[^\n]*/i,
    recipient: [/^\s*<?([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>?(?:\s|,|$)/],
  },
});
