import * as spfPermissiveAll from '../../../src/core/rules/spfPermissiveAll';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(spfPermissiveAll, {
  valid: [
    { name: '-all', code: zone(...head, '@ TXT "v=spf1 mx -all"') },
    { name: '~all', code: zone(...head, '@ TXT "v=spf1 include:_spf.google.com ~all"') },
    { name: 'a redirect instead of all (RFC 7208 §6.1)', code: zone(...head, '@ TXT "v=spf1 redirect=_spf.example.com"') },
  ],
  invalid: [
    {
      name: '+all becomes ~all',
      code: zone(...head, '@ TXT "v=spf1 mx +all"'),
      errors: [
        {
          messageId: 'passAll',
          data: { owner: 'example.com', term: '+all' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 22,
          fixes: ['Replace "+all" with "~all"'],
        },
      ],
      output: zone(...head, '@ TXT "v=spf1 mx ~all"'),
    },
    {
      name: 'a bare all is +all',
      code: zone(...head, '@ TXT "v=spf1 a all"'),
      errors: [
        {
          messageId: 'passAll',
          data: { owner: 'example.com', term: 'all' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 20,
          fixes: ['Replace "all" with "~all"'],
        },
      ],
      output: zone(...head, '@ TXT "v=spf1 a ~all"'),
    },
    {
      name: '?all is information',
      code: zone(...head, '@ TXT "v=spf1 mx ?all"'),
      errors: [{ messageId: 'neutralAll', data: { owner: 'example.com' }, line: 4, column: 18, endLine: 4, endColumn: 22, severity: 'information' }],
    },
    {
      name: 'no all and no redirect: ~all added inside the last string',
      code: zone(...head, '@ TXT "v=spf1 mx"'),
      errors: [
        { messageId: 'noAll', data: { owner: 'example.com' }, line: 4, column: 8, endLine: 4, endColumn: 17, fixes: ['End the record with "~all"'] },
      ],
      output: zone(...head, '@ TXT "v=spf1 mx ~all"'),
    },
  ],
});
