import * as spfSplitString from '../../../src/core/rules/spfSplitString';
import * as spfSyntax from '../../../src/core/rules/spfSyntax';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const joined = zone(...head, '@ TXT "v=spf1 include:_spf.google.com" "include:servers.mcsv.net ~all"');

ruleTester(spfSplitString, {
  valid: [
    {
      name: 'a space at the end of the first string',
      code: zone(...head, '@ TXT "v=spf1 include:_spf.google.com " "include:servers.mcsv.net ~all"'),
    },
    { name: 'a space at the start of the next string', code: zone(...head, '@ TXT "v=spf1 ip4:192.0.2.1" " ip4:192.0.2.2 -all"') },
    { name: 'an include name that runs on on purpose', code: zone(...head, '@ TXT "v=spf1 include:_sp" "f.google.com ~all"') },
    { name: 'a qualifier at the end of a string', code: zone(...head, '@ TXT "v=spf1 mx ~" "all"') },
  ],
  invalid: [
    {
      name: 'two includes glued together: the joined name parses, yet both halves were terms',
      code: joined,
      errors: [
        {
          messageId: 'joined',
          data: {
            owner: 'example.com',
            before: 'include:_spf.google.com',
            after: 'include:servers.mcsv.net',
            joined: 'include:_spf.google.cominclude:servers.mcsv.net',
          },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 65,
          fixes: ['Add a space between the strings'],
        },
      ],
      output: zone(...head, '@ TXT "v=spf1 include:_spf.google.com " "include:servers.mcsv.net ~all"'),
    },
    {
      name: 'two addresses glued into one that does not parse',
      code: zone(...head, '@ TXT "v=spf1 ip4:192.0.2.1" "ip4:192.0.2.2 -all"'),
      errors: [
        {
          messageId: 'joined',
          data: { owner: 'example.com', before: 'ip4:192.0.2.1', after: 'ip4:192.0.2.2', joined: 'ip4:192.0.2.1ip4:192.0.2.2' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 44,
          fixes: ['Add a space between the strings'],
        },
      ],
      output: zone(...head, '@ TXT "v=spf1 ip4:192.0.2.1 " "ip4:192.0.2.2 -all"'),
    },
  ],
});

// One broken joined term is one finding: spf-syntax leaves it to this rule.
ruleTester(spfSyntax, {
  valid: [{ name: 'a term broken by a join is spf-split-string’s', code: zone(...head, '@ TXT "v=spf1 ip4:192.0.2.1" "ip4:192.0.2.2 -all"') }],
  invalid: [],
});
