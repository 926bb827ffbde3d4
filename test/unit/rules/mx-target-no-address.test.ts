import * as mxTargetNoAddress from '../../../src/core/rules/mxTargetNoAddress';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(mxTargetNoAddress, {
  valid: [
    { name: 'an A record', code: zone(...head, '@ MX 10 mail', 'mail A 192.0.2.2') },
    { name: 'an AAAA record', code: zone(...head, '@ MX 10 mail', 'mail AAAA 2001:db8::2') },
    { name: 'a target outside the zone', code: zone(...head, '@ MX 10 mx1.vqnow.com.') },
    { name: 'a target below a delegation', code: zone(...head, '@ MX 10 mx.branch', 'branch NS ns.branch-office.net.') },
    { name: 'a wildcard answers for the target', code: zone(...head, '@ MX 10 mx.hosts', '*.hosts A 192.0.2.7') },
    { name: 'an alias (mx-cname says so)', code: zone(...head, '@ MX 10 mx', 'mx CNAME ns1') },
    { name: 'a missing trailing dot (mx-missing-trailing-dot says so)', code: zone(...head, '@ MX 10 mail.example.net') },
    { name: 'an address as target (mx-ip-literal says so)', code: zone(...head, '@ MX 10 192.0.2.1') },
    { name: 'a null MX', code: zone(...head, '@ MX 0 .') },
  ],
  invalid: [
    {
      name: 'a target with only a TXT record',
      code: zone(...head, '@ MX 10 mail', 'mail TXT "mail server"'),
      errors: [{ messageId: 'noAddress', data: { target: 'mail.example.com' }, line: 4, column: 9, endLine: 4, endColumn: 13 }],
    },
    {
      name: 'a target that does not exist, absolute, on another owner',
      code: zone(...head, 'shop MX 20 smtp.example.com.'),
      errors: [{ messageId: 'noAddress', data: { target: 'smtp.example.com' }, line: 4, column: 12, endLine: 4, endColumn: 29 }],
    },
    {
      name: 'an empty non-terminal is no address, and a wildcard does not cover it',
      code: zone(...head, '* A 192.0.2.7', 'a.b MX 10 b', 'x.a.b A 192.0.2.8'),
      errors: [{ messageId: 'noAddress', data: { target: 'b.example.com' }, line: 5, column: 11, endLine: 5, endColumn: 12 }],
    },
  ],
});
