import * as cnameAndOtherData from '../../../src/core/rules/cnameAndOtherData';
import { ruleTester, zone } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(cnameAndOtherData, {
  valid: [
    { name: 'a CNAME alone', code: zone(...head, 'www CNAME ns1') },
    {
      name: 'a CNAME with its DNSSEC signature',
      code: zone(...head, 'www CNAME ns1', 'www RRSIG CNAME 13 3 300 20300101000000 20200101000000 12345 example.com. AAAA'),
    },
  ],
  invalid: [
    {
      name: "BIND's bad-cname-and-mx case: an MX beside a CNAME",
      code: zone(...head, 'bad MX 10 .', 'bad CNAME @'),
      errors: [{ messageId: 'otherData', data: { owner: 'bad.example.com', types: 'MX' }, line: 5, column: 1, endLine: 5, endColumn: 12 }],
    },
    {
      name: 'several kinds of data, in any case',
      code: zone(...head, 'Shop CNAME ns1', 'shop A 192.0.2.4', 'SHOP TXT "x"', 'shop A 192.0.2.5'),
      errors: [{ messageId: 'otherData', data: { owner: 'Shop.example.com', types: 'A, TXT' }, line: 4, column: 1, endLine: 4, endColumn: 15 }],
    },
  ],
});
