import * as dmarcMultipleRecords from '../../../src/core/rules/dmarcMultipleRecords';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(dmarcMultipleRecords, {
  valid: [
    { name: 'one record', code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject"') },
    { name: 'another TXT beside it is not DMARC', code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject"', '_dmarc TXT "verification=abc"') },
  ],
  invalid: [
    {
      name: 'two records',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=none; rua=mailto:d@example.com"', '_dmarc TXT "v=DMARC1; p=reject"'),
      errors: [{ messageId: 'multiple', data: { owner: '_dmarc.example.com', count: 2 }, line: 5, column: 1, endLine: 5, endColumn: 32 }],
    },
  ],
});
