import * as dmarcReportAuthorization from '../../../src/core/rules/dmarcReportAuthorization';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const record = zone(...head, '_dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com,mailto:reports@dmarc.example.net"');
const live = (txt: Record<string, string[]>) => ({ mail: { live: { txt, voidLookups: [] } } });

ruleTester(dmarcReportAuthorization, {
  valid: [
    { name: 'no live answers: nothing to say', code: record },
    {
      name: 'RFC 7489 §7.1: the receiver publishes the authorization',
      code: record,
      options: live({ 'example.com._report._dmarc.dmarc.example.net.': ['v=DMARC1'] }),
    },
  ],
  invalid: [
    {
      name: 'the receiver has not published it',
      code: record,
      options: live({ 'example.com._report._dmarc.dmarc.example.net.': [] }),
      errors: [
        {
          messageId: 'unauthorized',
          data: { owner: '_dmarc.example.com', tag: 'rua', host: 'dmarc.example.net', name: 'example.com._report._dmarc.dmarc.example.net' },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 94,
        },
      ],
    },
  ],
});
