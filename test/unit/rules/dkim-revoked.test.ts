import * as dkimRevoked from '../../../src/core/rules/dkimRevoked';
import { mailHead as head, RFC6376_KEY } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(dkimRevoked, {
  valid: [{ name: 'a key', code: zone(...head, `brisbane._domainkey TXT "v=DKIM1; p=${RFC6376_KEY}"`) }],
  invalid: [
    {
      name: 'an empty p= (RFC 6376 §3.6.1)',
      code: zone(...head, 'old._domainkey TXT "v=DKIM1; k=rsa; p="'),
      errors: [{ messageId: 'revoked', data: { owner: 'old._domainkey.example.com' }, line: 4, column: 37, endLine: 4, endColumn: 39 }],
    },
  ],
});
