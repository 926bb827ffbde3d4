import * as spfPtr from '../../../src/core/rules/spfPtr';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(spfPtr, {
  valid: [
    { name: 'no ptr', code: zone(...head, '@ TXT "v=spf1 mx a -all"') },
    { name: 'a name that merely contains ptr', code: zone(...head, '@ TXT "v=spf1 include:ptr.example.net -all"') },
  ],
  invalid: [
    {
      name: 'RFC 7208 §5.5’s mechanism, removed with its space',
      code: zone(...head, '@ TXT "v=spf1 ptr mx -all"'),
      errors: [
        { messageId: 'ptr', data: { owner: 'example.com', term: 'ptr' }, line: 4, column: 15, endLine: 4, endColumn: 18, fixes: ['Remove "ptr"'] },
      ],
      output: zone(...head, '@ TXT "v=spf1 mx -all"'),
    },
    {
      name: 'ptr:domain with a qualifier, at the start of a second string',
      code: zone(...head, '@ TXT "v=spf1 mx " "?ptr:example.org -all"'),
      errors: [
        {
          messageId: 'ptr',
          data: { owner: 'example.com', term: '?ptr:example.org' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 37,
          fixes: ['Remove "?ptr:example.org"'],
        },
      ],
      output: zone(...head, '@ TXT "v=spf1 mx " " -all"'),
    },
  ],
});
