import * as splitProviderMx from '../../../src/core/rules/splitProviderMx';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(splitProviderMx, {
  valid: [
    { name: 'one operator at the lowest preference', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mx2.vqnow.com.') },
    { name: 'another operator at a higher preference (backup-mx says so)', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 mx.other.net.') },
    {
      name: 'a trusted host beside the primary',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 in.mailrelay.example.org.'),
      options: { trustedMxHosts: ['in.mailrelay.example.org'] },
    },
    { name: 'case does not make another operator', code: zone(...head, '@ MX 5 MX1.VQNOW.COM.', '@ MX 5 mx2.vqnow.com.') },
  ],
  invalid: [
    {
      name: 'two operators share the lowest preference',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mail.example.net.'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'mail.example.net', preference: 10, primary: 'mx1.vqnow.com', operator: 'example.net', primaryOperator: 'vqnow.com' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'the first-listed host is the reference, even when trusted',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mail', 'mail A 192.0.2.9'),
      options: { trustedMxHosts: ['*.vqnow.com'] },
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'mail.example.com', preference: 10, primary: 'mx1.vqnow.com', operator: 'example.com', primaryOperator: 'vqnow.com' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 13,
        },
      ],
    },
  ],
});
