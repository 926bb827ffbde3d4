import * as mtaStsSyntax from '../../../src/core/rules/mtaStsSyntax';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const record = '_mta-sts TXT "v=STSv1; id=20160831085700Z;"';
const policy = (text: string) => ({ mail: { mtaStsPolicy: { text, source: '.well-known/mta-sts.txt' } } });
/** RFC 8461 §3.2's example policy. */
const RFC_POLICY = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmx: backupmx.example.com\nmax_age: 604800\n';

ruleTester(mtaStsSyntax, {
  valid: [
    { name: 'RFC 8461 §3.1’s example record', code: zone(...head, record) },
    { name: 'an extension field', code: zone(...head, '_mta-sts TXT "v=STSv1; id=abc123; ext=value"') },
    { name: 'RFC 8461 §3.2’s example policy', code: zone(...head, record), options: policy(RFC_POLICY) },
    { name: 'a policy with CRLF line ends', code: zone(...head, record), options: policy(RFC_POLICY.replace(/\n/g, '\r\n')) },
  ],
  invalid: [
    {
      name: 'an id with dashes (the common mistake)',
      code: zone(...head, '_mta-sts TXT "v=STSv1; id=2024-06-01"'),
      errors: [
        {
          messageId: 'record',
          data: { owner: '_mta-sts.example.com', problem: 'id=2024-06-01: 1 to 32 letters and digits' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'the wrong version and no id',
      code: zone(...head, '_mta-sts TXT "v=STSv2"'),
      errors: [
        {
          messageId: 'record',
          data: { owner: '_mta-sts.example.com', problem: 'an MTA-STS record must start with "v=STSv1;" (RFC 8461 §3.1)' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 22,
        },
        {
          messageId: 'record',
          data: { owner: '_mta-sts.example.com', problem: 'no "id=" tag: senders need it to tell when the policy changed' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'two records',
      code: zone(...head, record, '_mta-sts TXT "v=STSv1; id=2"'),
      errors: [{ messageId: 'multiple', data: { owner: '_mta-sts.example.com', count: 2 }, line: 5, column: 1, endLine: 5, endColumn: 29 }],
    },
    {
      name: 'a policy with a bad mode and max_age over a year',
      code: zone(...head, record),
      options: policy('version: STSv1\nmode: enforcing\nmx: mail.example.com\nmax_age: 99999999\n'),
      errors: [
        {
          messageId: 'policy',
          data: { source: '.well-known/mta-sts.txt', line: 2, problem: 'mode: enforcing: must be enforce, testing or none' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 44,
        },
        {
          messageId: 'policy',
          data: { source: '.well-known/mta-sts.txt', line: 4, problem: 'max_age: 99999999: seconds, at most 31557600 (one year)' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
  ],
});
