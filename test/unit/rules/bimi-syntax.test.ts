import * as bimiSyntax from '../../../src/core/rules/bimiSyntax';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const problem = (p: string) => ({ owner: 'default._bimi.example.com', problem: p });

ruleTester(bimiSyntax, {
  valid: [
    {
      name: 'a logo and an evidence document',
      code: zone(...head, 'default._bimi TXT "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem"'),
    },
    { name: 'a declination: empty l= and a=', code: zone(...head, 'default._bimi TXT "v=BIMI1; l=; a=;"') },
  ],
  invalid: [
    {
      name: 'a logo over http:',
      code: zone(...head, 'default._bimi TXT "v=BIMI1; l=http://example.com/logo.svg"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('l=: "http://example.com/logo.svg": the scheme must be https'),
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'a lower-case version and no l=',
      code: zone(...head, 'default._bimi TXT "v=bimi1; a=https://example.com/vmc.pem"'),
      errors: [
        { messageId: 'problem', data: problem('a BIMI record must start with "v=BIMI1;"'), line: 4, column: 20, endLine: 4, endColumn: 27 },
        {
          messageId: 'problem',
          data: problem('no "l=" tag: the logo\'s https: URI (empty to decline)'),
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 58,
        },
      ],
    },
  ],
});
