/**
 * Microsoft Exchange 2003-2019 and Microsoft 365 non-delivery reports, in English, German and French:
 * the recipient list, then "Diagnostic information for administrators" with the server's reply.
 */
import { layoutReader } from '../reader';

export const exchange = layoutReader({
  id: 'exchange',
  name: 'Microsoft Exchange / Microsoft 365 NDR',
  signs: {
    header: ['x-ms-exchange-message-is-ndr', /.?/],
    subject: /^(undeliverable|unzustellbar|non remis|non distribuable):/i,
    body: /did not reach the following recipient|delivery has failed to these recipients|couldn't be delivered|diagnostic information for administrators|diagnoseinformationen für administratoren|informations de diagnostic pour les administrateurs|fehler bei der zustellung an diese empfänger|la remise à ces destinataires|msexch:ims/i,
  },
  layout: {
    end: [/^\s*(original message headers|ursprüngliche nachrichtenkopfzeilen|en-têtes de message d'origine|en-têtes du message d'origine)\s*:?/im],
    recipient: [
      /^\s*<?([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>?(?:\s+on\s+.*)?\s*$/,
      /^\s*your message to\s+([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)\s+couldn't be delivered/i,
    ],
  },
  sentences: [
    [
      /the recipient name is not recognized|e-mail account does not exist at the organization|wasn't found at|couldn't be found|konnte nicht gefunden werden|introuvable|n'a pas été trouvée/i,
      'user-unknown',
    ],
    [/mailbox (is )?full|mailbox quota|postfach .{0,20}voll|boîte aux lettres .{0,20}pleine/i, 'mailbox-full'],
    [/destination server .{0,40}could not be found in (the )?domain name service|destination e-?mail system is unknown or invalid/i, 'host-unknown'],
    [/could not deliver the message in the time limit specified|message expired|queue\.expired/i, 'expired'],
    [/caused the message to bounce between two servers|loop/i, 'network-error'],
    [/delivery was refused|not permitted to send/i, 'filtered'],
  ],
  remoteMta: /^\s*(?:generating server|receiving server|generierender server|serveur de génération)\s*:\s*(\S+)/im,
});
