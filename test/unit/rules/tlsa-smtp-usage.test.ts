import * as tlsaSmtpUsage from '../../../src/core/rules/tlsaSmtpUsage';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const hash = '8f7a0cde2f41d7b5a2b2e4c0e7a5e4b1f1c5d6a9e3b7c2d4f8a1b6c9e0d3f2a7';

ruleTester(tlsaSmtpUsage, {
  valid: [
    { name: 'RFC 7672 §3.1.1: DANE-EE 3 1 1', code: zone(...head, `_25._tcp.mx TLSA 3 1 1 ${hash}`) },
    { name: 'DANE-TA 2 0 1', code: zone(...head, `_25._tcp.mx TLSA 2 0 1 ${hash}`) },
    { name: 'PKIX-EE for HTTPS is not SMTP’s concern', code: zone(...head, `_443._tcp.www TLSA 1 1 1 ${hash}`) },
  ],
  invalid: [
    {
      name: 'PKIX-EE for SMTP',
      code: zone(...head, `_25._tcp.mx TLSA 1 1 1 ${hash}`),
      errors: [
        { messageId: 'pkix', data: { owner: '_25._tcp.mx.example.com', usage: 1, name: 'PKIX-EE' }, line: 4, column: 18, endLine: 4, endColumn: 19 },
      ],
    },
    {
      name: 'PKIX-TA',
      code: zone(...head, `_25._tcp.mx TLSA 0 0 1 ${hash}`),
      errors: [
        { messageId: 'pkix', data: { owner: '_25._tcp.mx.example.com', usage: 0, name: 'PKIX-TA' }, line: 4, column: 18, endLine: 4, endColumn: 19 },
      ],
    },
  ],
});
