import * as nullMxPreference from '../../../src/core/rules/nullMxPreference';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(nullMxPreference, {
  valid: [
    { name: 'MX 0 .', code: zone(...head, '@ MX 0 .') },
    { name: 'a preference on a real MX', code: zone(...head, '@ MX 10 mx1.vqnow.com.') },
  ],
  invalid: [
    {
      name: 'a null MX at 10',
      code: zone(...head, '@ 300 IN MX 10 .'),
      errors: [
        {
          messageId: 'nonZero',
          data: { owner: 'example.com', preference: 10 },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 15,
          fixes: ['Set the null MX preference to 0'],
        },
      ],
      output: zone(...head, '@ 300 IN MX 0 .'),
    },
  ],
});
