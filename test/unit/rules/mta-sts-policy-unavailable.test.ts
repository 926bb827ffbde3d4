import * as mtaStsPolicyUnavailable from '../../../src/core/rules/mtaStsPolicyUnavailable';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const record = '_mta-sts TXT "v=STSv1; id=20160831085700Z;"';
const source = 'https://mta-sts.example.com/.well-known/mta-sts.txt';

ruleTester(mtaStsPolicyUnavailable, {
  valid: [
    { name: 'no fetch attempted', code: zone(...head, record) },
    { name: 'the policy was had', code: zone(...head, record), options: { mail: { mtaStsPolicy: { text: 'version: STSv1\n', source } } } },
    { name: 'no record announces a policy', code: zone(...head), options: { mail: { mtaStsPolicy: { error: 'connection refused', source } } } },
  ],
  invalid: [
    {
      name: 'the fetch failed',
      code: zone(...head, record),
      options: { mail: { mtaStsPolicy: { error: 'the certificate does not verify (CERT_HAS_EXPIRED)', source } } },
      errors: [
        {
          messageId: 'unavailable',
          data: { source, error: 'the certificate does not verify (CERT_HAS_EXPIRED)' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
  ],
});
