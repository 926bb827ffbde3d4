/** Bounces written by iCloud Mail itself (From: MAILER-DAEMON at icloud.com, me.com or mac.com; Reporting-MTA at icloud.com). */
import { postfixFormat } from './postfix';
import { providerReader } from './provider';

export const apple = providerReader({
  id: 'apple',
  name: 'iCloud Mail',
  signs: { from: /mailer-daemon@([\w-]+\.)*(icloud|me|mac)\.com\b/i, dsn: /^reporting-mta:\s*dns;\s*([\w-]+\.)*(icloud|apple)\.com\s*$/im },
  layout: postfixFormat.layout,
  remoteMta: postfixFormat.remoteMta,
});
