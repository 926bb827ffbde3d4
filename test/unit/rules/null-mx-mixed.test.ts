import * as nullMxMixed from '../../../src/core/rules/nullMxMixed';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(nullMxMixed, {
  valid: [
    { name: 'a null MX alone', code: zone(...head, '@ MX 0 .') },
    { name: 'a null MX on one name, MX on another', code: zone(...head, '@ MX 0 .', 'mail MX 10 mx1.vqnow.com.') },
  ],
  invalid: [
    {
      name: 'a null MX beside a real one',
      code: zone(...head, '@ MX 0 .', '@ MX 10 mx1.vqnow.com.'),
      errors: [{ messageId: 'mixed', data: { owner: 'example.com', count: 1 }, line: 4, column: 1, endLine: 4, endColumn: 9 }],
    },
    {
      name: 'an inherited owner and two real MX',
      code: zone(...head, 'www MX 10 mx1.vqnow.com.', '    MX 0 .', '    MX 20 mx2.vqnow.com.'),
      errors: [{ messageId: 'mixed', data: { owner: 'www.example.com', count: 2 }, line: 5, column: 5, endLine: 5, endColumn: 11 }],
    },
  ],
});
