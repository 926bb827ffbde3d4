import * as noMx from '../../../src/core/rules/noMx';
import { ruleTester, zone } from './ruleTester';

const soa = '@ IN SOA ns1 hostmaster 1 3600 600 86400 300';
const head = [soa, '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(noMx, {
  valid: [
    { name: 'an apex with MX', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ TXT "v=spf1 mx -all"') },
    { name: 'an apex that shows no sign of mail', code: zone(...head, '@ A 192.0.2.10', 'www A 192.0.2.10') },
    { name: 'a file with nothing at the apex (an included fragment)', code: zone('mail A 192.0.2.3') },
    { name: 'a null MX is an MX', code: zone(...head, '@ MX 0 .', '@ TXT "v=spf1 -all"') },
  ],
  invalid: [
    {
      name: 'SPF and a mail host but no MX: the A record is the implicit MX',
      code: zone(...head, '@ A 192.0.2.10', '@ TXT "v=spf1 a -all"', 'mail A 192.0.2.11'),
      errors: [
        {
          messageId: 'implicitMx',
          data: { apex: 'example.com', evidence: 'an SPF record, a host named mail' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 45,
          severity: 'information',
        },
      ],
    },
    {
      name: 'DMARC and DKIM but neither MX nor address',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject"', 'sel1._domainkey TXT "v=DKIM1; p=MIGf"'),
      errors: [
        {
          messageId: 'noRoute',
          data: { apex: 'example.com', evidence: 'a DMARC record, a DKIM key' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 45,
          severity: 'information',
        },
      ],
    },
  ],
});
