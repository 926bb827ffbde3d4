/** Yandex.Mail (Postfix underneath): X-Yandex-* headers, From MAILER-DAEMON at yandex, "the mail system at host yandex.ru". */
import { postfixFormat } from './postfix';
import { providerReader } from './provider';

export const yandex = providerReader({
  ...postfixFormat,
  id: 'yandex',
  name: 'Yandex.Mail',
  signs: {
    header: ['x-yandex-uniq', /.?/],
    from: /mailer-daemon@([\w-]+\.)*yandex\.[a-z]+\b/i,
    body: /this is the mail system at host ([\w-]+\.)*yandex\.[a-z]+/i,
  },
});
