import * as mxIpLiteral from '../../../src/core/rules/mxIpLiteral';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(mxIpLiteral, {
  valid: [
    { name: 'a host name', code: zone(...head, '@ MX 10 mail.example.net.') },
    { name: 'a number-like name that is not an address', code: zone(...head, '@ MX 10 192.0.2.300.example.net.') },
    { name: 'leading zeros are not an address to BIND either', code: zone(...head, '@ MX 10 010.1.2.3') },
  ],
  invalid: [
    {
      name: 'a relative IPv4 address',
      code: zone(...head, '@ MX 10 192.0.2.25'),
      errors: [{ messageId: 'address', data: { written: '192.0.2.25' }, line: 4, column: 9, endLine: 4, endColumn: 19 }],
    },
    {
      name: 'an absolute IPv4 address',
      code: zone(...head, '@ MX 10 192.0.2.25.'),
      errors: [{ messageId: 'address', data: { written: '192.0.2.25.' }, line: 4, column: 9, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'an IPv6 address',
      code: zone(...head, '@ MX 10 2001:db8::25'),
      errors: [{ messageId: 'address', data: { written: '2001:db8::25' }, line: 4, column: 9, endLine: 4, endColumn: 21 }],
    },
  ],
});
