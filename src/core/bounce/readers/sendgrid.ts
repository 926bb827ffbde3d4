/** SendGrid: "This is an automatically generated message from SendGrid." then "addr:reply". */
import { layoutReader } from '../reader';

export const sendgrid = layoutReader({
  id: 'sendgrid',
  name: 'SendGrid',
  signs: { body: /automatically generated message from sendgrid/i, from: /sendgrid/i },
  layout: { start: /(intended recipients?|could not be delivered)[^\n]*\.?/i },
});
