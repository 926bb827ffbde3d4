import * as mxCname from '../../../src/core/rules/mxCname';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(mxCname, {
  valid: [
    { name: 'a target with an address', code: zone(...head, '@ MX 10 mail', 'mail A 192.0.2.2') },
    { name: 'an alias outside the zone is not ours to see', code: zone(...head, '@ MX 10 mail.example.net.') },
    { name: 'a CNAME elsewhere in the zone', code: zone(...head, '@ MX 10 mail', 'mail A 192.0.2.2', 'www CNAME mail') },
  ],
  invalid: [
    {
      name: 'a relative target that is an alias',
      code: zone(...head, '@ MX 10 mx', 'mx CNAME mail.example.com.', 'mail A 192.0.2.2'),
      errors: [
        { messageId: 'alias', data: { target: 'mx.example.com', canonical: 'mail.example.com' }, line: 4, column: 9, endLine: 4, endColumn: 11 },
      ],
    },
    {
      name: 'an absolute target in another case',
      code: zone(...head, 'shop MX 10 MX.Example.COM.', 'mx CNAME ghs.example.net.'),
      errors: [
        { messageId: 'alias', data: { target: 'MX.Example.COM', canonical: 'ghs.example.net' }, line: 4, column: 12, endLine: 4, endColumn: 27 },
      ],
    },
  ],
});
