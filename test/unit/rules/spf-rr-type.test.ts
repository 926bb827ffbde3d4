import * as spfRrType from '../../../src/core/rules/spfRrType';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(spfRrType, {
  valid: [{ name: 'SPF in TXT only', code: zone(...head, '@ TXT "v=spf1 mx -all"') }],
  invalid: [
    {
      name: 'RFC 4408’s SPF type beside the TXT record',
      code: zone(...head, '@ TXT "v=spf1 mx -all"', '@ SPF "v=spf1 mx -all"'),
      errors: [{ messageId: 'obsolete', data: { owner: 'example.com', txtNote: '' }, line: 5, column: 1, endLine: 5, endColumn: 23 }],
    },
    {
      name: 'the SPF type alone',
      code: zone(...head, 'www SPF "v=spf1 -all"'),
      errors: [
        {
          messageId: 'obsolete',
          data: { owner: 'www.example.com', txtNote: ' (no TXT SPF record stands at this name yet)' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 22,
        },
      ],
    },
  ],
});
