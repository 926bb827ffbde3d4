import * as soaSerialNotBumped from '../../../src/core/rules/soaSerialNotBumped';
import { ruleTester, zone } from './ruleTester';

const soa = '@ IN SOA ns1 hostmaster 2026112801 3600 600 86400 300';
const changed = { revision: 'origin/main', serial: 2026112801, changed: true };

ruleTester(soaSerialNotBumped, {
  valid: [
    { name: 'no baseline (not compared with git)', code: zone(soa) },
    { name: 'unchanged zone, same serial', code: zone(soa), options: { serialBaseline: { ...changed, changed: false } } },
    {
      name: 'changed zone, serial bumped',
      code: zone('@ IN SOA ns1 hostmaster 2026120300 3600 600 86400 300'),
      options: { serialBaseline: changed },
    },
    {
      name: 'changed zone, serial wrapped around past 4294967295 (greater in RFC 1982)',
      code: zone('@ IN SOA ns1 hostmaster 0 3600 600 86400 300'),
      options: { serialBaseline: { ...changed, serial: 4294967295 } },
    },
  ],
  invalid: [
    {
      name: 'changed zone, same serial',
      code: zone(soa),
      options: { serialBaseline: changed },
      errors: [
        {
          messageId: 'notBumped',
          data: { revision: 'origin/main', serial: 2026112801, old: 2026112801 },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 35,
          severity: 'information',
        },
      ],
    },
    {
      name: 'changed zone, serial lowered',
      code: zone('@ IN SOA ns1 hostmaster 2026010100 3600 600 86400 300'),
      options: { serialBaseline: changed },
      errors: [
        {
          messageId: 'notBumped',
          data: { revision: 'origin/main', serial: 2026010100, old: 2026112801 },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 35,
        },
      ],
    },
  ],
});
