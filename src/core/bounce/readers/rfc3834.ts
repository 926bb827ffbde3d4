/** Automatic replies (RFC 3834): out-of-office and vacation notices are answers, not bounces. */
import { looksLikeBounce, type BounceReader } from '../reader';
import { addressesIn } from '../textReader';

const autoReplySubject =
  /^\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheit|réponse automatique|respuesta automática|自動応答|自動返信|vacation)\b|^\s*auto:/i;

export const rfc3834: BounceReader = {
  id: 'rfc3834',
  name: 'Automatic reply (RFC 3834)',
  matches: (m) =>
    m.deliveryStatus === undefined &&
    !looksLikeBounce(m) &&
    (/auto-replied/i.test(m.headers.get('auto-submitted') ?? '') ||
      m.headers.has('x-autoreply') ||
      m.headers.has('x-autorespond') ||
      /auto_reply|autoreply/i.test(m.headers.get('precedence') ?? '') ||
      autoReplySubject.test(m.subject)),
  read: (m) => [{ recipient: addressesIn(m.from)[0], diagnostic: m.subject || m.body.slice(0, 200), reason: 'vacation' }],
};
