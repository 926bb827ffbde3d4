import * as duplicateMx from '../../../src/core/rules/duplicateMx';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(duplicateMx, {
  valid: [
    { name: 'same target at two preferences', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 mx1.vqnow.com.') },
    { name: 'same MX on two names', code: zone(...head, '@ MX 10 mx1.vqnow.com.', 'www MX 10 mx1.vqnow.com.') },
  ],
  invalid: [
    {
      name: 'the same record twice, written differently',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '; again', 'example.com. 600 IN MX 10 MX1.vqnow.com.', 'www A 192.0.2.5'),
      errors: [
        {
          messageId: 'duplicate',
          data: { owner: 'example.com', preference: 10, target: 'MX1.vqnow.com', where: 'line 4' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 41,
          fixes: ['Remove the duplicate MX 10 MX1.vqnow.com'],
        },
      ],
      output: zone(...head, '@ MX 10 mx1.vqnow.com.', '; again', 'www A 192.0.2.5'),
    },
  ],
});
