import * as dmarcPolicyNone from '../../../src/core/rules/dmarcPolicyNone';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(dmarcPolicyNone, {
  valid: [
    { name: 'p=reject', code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject"') },
    { name: 'sp=none alone says nothing of the domain itself', code: zone(...head, '_dmarc TXT "v=DMARC1; p=quarantine; sp=none"') },
  ],
  invalid: [
    {
      name: 'RFC 7489 B.2.1’s monitoring record',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com"'),
      errors: [{ messageId: 'none', data: { owner: '_dmarc.example.com' }, line: 4, column: 23, endLine: 4, endColumn: 29 }],
    },
  ],
});
