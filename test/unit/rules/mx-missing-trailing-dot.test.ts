import * as mxMissingTrailingDot from '../../../src/core/rules/mxMissingTrailingDot';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(mxMissingTrailingDot, {
  valid: [
    { name: 'a bare label', code: zone(...head, '@ MX 10 mail', 'mail A 192.0.2.2') },
    { name: 'an absolute name', code: zone(...head, '@ MX 10 mail.example.net.') },
    { name: 'a relative name under a private label', code: zone(...head, '@ MX 10 mail.internal', 'mail.internal A 192.0.2.2') },
    { name: 'a relative name that exists in the zone', code: zone(...head, '@ MX 10 mail.com', 'mail.com A 192.0.2.2') },
    { name: 'an IP address (mx-ip-literal says so)', code: zone(...head, '@ MX 10 192.0.2.1') },
  ],
  invalid: [
    {
      name: 'another domain written without its dot',
      code: zone(...head, '@ MX 10 mail.example.net'),
      errors: [
        {
          messageId: 'originAppended',
          data: { written: 'mail.example.net', absolute: 'mail.example.net.example.com' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 25,
          fixes: ['Add the trailing dot: mail.example.net.'],
        },
      ],
      output: zone(...head, '@ MX 10 mail.example.net.'),
    },
    {
      name: 'the zone’s own name written in full without its dot, in a ( … ) record',
      code: zone(...head, '@ MX ( 10', '       mx.example.com ) ; primary'),
      errors: [
        {
          messageId: 'originAppended',
          data: { written: 'mx.example.com', absolute: 'mx.example.com.example.com' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 22,
          fixes: ['Add the trailing dot: mx.example.com.'],
        },
      ],
      output: zone(...head, '@ MX ( 10', '       mx.example.com. ) ; primary'),
    },
  ],
});
