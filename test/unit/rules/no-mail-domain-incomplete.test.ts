import * as noMailDomainIncomplete from '../../../src/core/rules/noMailDomainIncomplete';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

ruleTester(noMailDomainIncomplete, {
  valid: [
    {
      name: 'RFC 7505 with M3AAWG’s records',
      code: zone(...head, 'parked MX 0 .', 'parked TXT "v=spf1 -all"', '_dmarc.parked TXT "v=DMARC1; p=reject;"'),
    },
    { name: 'a domain that takes mail', code: zone(...head, '@ MX 10 mx.example.net.') },
  ],
  invalid: [
    {
      name: 'a null MX alone: both records are added',
      code: zone(...head, 'parked MX 0 .', 'www A 192.0.2.2'),
      errors: [
        {
          messageId: 'incomplete',
          data: { owner: 'parked.example.com', missing: 'an SPF record "v=spf1 -all" and a DMARC record with p=reject' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 14,
          fixes: ['Add a DMARC record skeleton (p=reject)', 'Add the SPF record "v=spf1 -all"'],
        },
      ],
      output: zone(...head, 'parked MX 0 .', '_dmarc.parked TXT "v=DMARC1; p=reject;"', 'www A 192.0.2.2'),
    },
    {
      name: 'SPF that still allows the MX, and DMARC p=none',
      code: zone(...head, 'parked MX 0 .', 'parked TXT "v=spf1 mx -all"', '_dmarc.parked TXT "v=DMARC1; p=none"'),
      errors: [
        {
          messageId: 'incomplete',
          data: { owner: 'parked.example.com', missing: 'an SPF record of only "v=spf1 -all" and a DMARC record with p=reject' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 14,
        },
      ],
    },
  ],
});
