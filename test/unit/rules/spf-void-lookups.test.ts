import * as spfVoidLookups from '../../../src/core/rules/spfVoidLookups';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const record = zone(...head, '@ TXT "v=spf1 a:old1.example.com a:old2.example.com mx:gone.example.net include:x.example.org -all"');
const live = (voidLookups: string[]) => ({ mail: { live: { txt: {}, voidLookups } } });

ruleTester(spfVoidLookups, {
  valid: [
    { name: 'no live answers: nothing to say', code: record },
    { name: 'two void lookups are allowed', code: record, options: live(['a:old1.example.com.', 'a:old2.example.com.']) },
  ],
  invalid: [
    {
      name: 'three void lookups',
      code: record,
      options: live(['a:old1.example.com.', 'a:old2.example.com.', 'mx:gone.example.net.']),
      errors: [
        {
          messageId: 'voids',
          data: { owner: 'example.com', count: 3, terms: 'a:old1.example.com, a:old2.example.com, mx:gone.example.net' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 100,
        },
      ],
    },
  ],
});
