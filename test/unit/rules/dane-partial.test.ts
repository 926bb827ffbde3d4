import * as danePartial from '../../../src/core/rules/danePartial';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const hash = '8f7a0cde2f41d7b5a2b2e4c0e7a5e4b1f1c5d6a9e3b7c2d4f8a1b6c9e0d3f2a7';
const hosts = ['mx1 A 192.0.2.11', 'mx2 A 192.0.2.12'];

ruleTester(danePartial, {
  valid: [
    {
      name: 'every MX with TLSA',
      code: zone(...head, '@ MX 10 mx1', '@ MX 20 mx2', ...hosts, `_25._tcp.mx1 TLSA 3 1 1 ${hash}`, `_25._tcp.mx2 TLSA 3 1 1 ${hash}`),
    },
    { name: 'no TLSA at all', code: zone(...head, '@ MX 10 mx1', '@ MX 20 mx2', ...hosts) },
    {
      name: 'a backup outside the zone is not judged',
      code: zone(...head, '@ MX 10 mx1', '@ MX 20 backup.example.net.', ...hosts, `_25._tcp.mx1 TLSA 3 1 1 ${hash}`),
    },
  ],
  invalid: [
    {
      name: 'the backup without TLSA',
      code: zone(...head, '@ MX 10 mx1', '@ MX 20 mx2', ...hosts, `_25._tcp.mx1 TLSA 3 1 1 ${hash}`),
      errors: [
        { messageId: 'partial', data: { host: 'mx2.example.com', protected: 'mx1.example.com' }, line: 5, column: 9, endLine: 5, endColumn: 12 },
      ],
    },
  ],
});
