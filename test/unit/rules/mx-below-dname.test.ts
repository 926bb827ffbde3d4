import * as mxBelowDname from '../../../src/core/rules/mxBelowDname';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(mxBelowDname, {
  valid: [
    { name: 'a DNAME elsewhere', code: zone(...head, 'old DNAME example.net.', '@ MX 10 mail', 'mail A 192.0.2.2') },
    { name: 'the DNAME owner itself is not below it', code: zone(...head, 'old DNAME example.net.', 'old A 192.0.2.2', '@ MX 10 old') },
  ],
  invalid: [
    {
      name: 'a target under a DNAME',
      code: zone(...head, 'old DNAME example.net.', '@ MX 10 mail.old'),
      errors: [
        {
          messageId: 'belowDname',
          data: { target: 'mail.old.example.com', dname: 'old.example.com', dnameTarget: 'example.net' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
  ],
});
