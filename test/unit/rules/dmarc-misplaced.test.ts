import * as dmarcMisplaced from '../../../src/core/rules/dmarcMisplaced';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(dmarcMisplaced, {
  valid: [
    { name: 'at _dmarc', code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject"') },
    { name: 'a report authorization record (RFC 7489 §7.1)', code: zone(...head, 'example.org._report._dmarc TXT "v=DMARC1"') },
  ],
  invalid: [
    {
      name: 'at the apex: the record is added at _dmarc',
      code: zone(...head, '@ TXT "v=DMARC1; p=reject"', 'www A 192.0.2.2'),
      errors: [
        {
          messageId: 'misplaced',
          data: { owner: 'example.com', expected: '_dmarc.example.com' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 27,
          fixes: ['Add this record at _dmarc.example.com'],
        },
      ],
      output: zone(...head, '@ TXT "v=DMARC1; p=reject"', '_dmarc TXT "v=DMARC1; p=reject"', 'www A 192.0.2.2'),
    },
    {
      name: 'at a misspelt name',
      code: zone(...head, '_dmark TXT "v=DMARC1; p=none"'),
      errors: [
        {
          messageId: 'misplaced',
          data: { owner: '_dmark.example.com', expected: '_dmarc._dmark.example.com' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 30,
          fixes: ['Add this record at _dmarc._dmark.example.com'],
        },
      ],
      output: zone(...head, '_dmark TXT "v=DMARC1; p=none"', '_dmarc._dmark TXT "v=DMARC1; p=none"'),
    },
  ],
});
