/** Postfix's notice when no DSN part is attached: "<addr>: host mx[ip] said: 550 … (in reply to RCPT TO command)". */
import { layoutReader, type LayoutFormat } from '../reader';

export const postfixFormat: LayoutFormat = {
  id: 'postfix',
  name: 'Postfix',
  signs: { body: /this is the mail system at host|^the mail system$/im },
  layout: { start: /^\s*the mail system\s*$/im },
  remoteMta: /\bhost\s+([\w.-]+)\[[\d.:a-f]+\]\s+said:/i,
};

export const postfix = layoutReader(postfixFormat);
