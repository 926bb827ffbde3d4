/**
 * Amazon WorkMail's bounces: "X-Mailer: Amazon WorkMail" (or X-Original-Mailer), sent out through SES; the
 * delivery-status fields are written into the notice after "Technical report:".
 */
import { providerReader } from './provider';

export const amazonWorkMail = providerReader({
  id: 'amazonworkmail',
  name: 'Amazon WorkMail',
  signs: { header: ['x-original-mailer', /amazon workmail/i], body: /^technical report:\s*$/im },
  fieldsAfter: /^technical report:\s*$/im,
});
