/** Mail.Ru (Exim underneath, with a Russian greeting first): From MAILER-DAEMON at mail.ru, Message-ID at mail.ru. */
import { eximFormat } from './exim';
import { providerReader } from './provider';

export const mailRu = providerReader({
  ...eximFormat,
  id: 'mailru',
  name: 'Mail.Ru',
  signs: {
    from: /mailer-daemon@([\w-]+\.)*mail\.ru\b/i,
    header: ['message-id', /[@.](mail\.ru|smailru\.net)>/i],
    body: /сервером mail\.ru/i,
  },
});
