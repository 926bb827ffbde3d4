import * as spfMultipleRecords from '../../../src/core/rules/spfMultipleRecords';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const long = Array.from({ length: 12 }, (_, i) => `ip4:198.51.100.${i}/32`).join(' ');

ruleTester(spfMultipleRecords, {
  valid: [
    { name: 'one SPF record and another TXT', code: zone(...head, '@ TXT "v=spf1 mx -all"', '@ TXT "google-site-verification=abc"') },
    { name: 'SPF records at two names', code: zone(...head, '@ TXT "v=spf1 mx -all"', 'www TXT "v=spf1 -all"') },
  ],
  invalid: [
    {
      name: 'a second provider’s record added beside the first: merged, the second removed',
      code: zone(...head, '@ TXT "v=spf1 include:_spf.google.com ~all"', '@ TXT "v=spf1 include:servers.mcsv.net ~all"', 'www A 192.0.2.3'),
      errors: [
        {
          messageId: 'multiple',
          data: { owner: 'example.com', count: 2 },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 45,
          fixes: ['Merge the 2 SPF records into one'],
        },
      ],
      output: zone(...head, '@ TXT "v=spf1 include:_spf.google.com include:servers.mcsv.net ~all"', 'www A 192.0.2.3'),
    },
    {
      name: 'a merged record over 255 bytes (250 + 243) is split between terms; the next record keeps the inherited owner',
      code: zone(...head, `@ TXT "v=spf1 ${long} -all"`, `@ TXT "v=spf1 ${long.replace(/198\.51\.100/g, '203.0.113')} mx -all"`, ' A 192.0.2.9'),
      errors: [
        {
          messageId: 'multiple',
          data: { owner: 'example.com', count: 2 },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 253,
          fixes: ['Merge the 2 SPF records into one'],
        },
      ],
      output: zone(...head, `@ TXT "v=spf1 ${long} " "${long.replace(/198\.51\.100/g, '203.0.113')} mx -all"`, '@ A 192.0.2.9'),
    },
  ],
});
