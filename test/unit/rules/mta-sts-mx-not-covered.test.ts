import * as mtaStsMxNotCovered from '../../../src/core/rules/mtaStsMxNotCovered';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const record = '_mta-sts TXT "v=STSv1; id=20160831085700Z;"';
const mxs = ['@ MX 10 mail.example.com.', '@ MX 20 mx2.example.net.', '@ MX 30 backup.example.org.'];
const policy = (mode: string) => ({
  mail: {
    mtaStsPolicy: {
      text: `version: STSv1\nmode: ${mode}\nmx: mail.example.com\nmx: *.example.net\nmax_age: 604800\n`,
      source: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
    },
  },
});
const data = (mode: string, consequence: string) => ({
  host: 'backup.example.org',
  source: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
  patterns: 'mail.example.com, *.example.net',
  mode,
  consequence,
});

ruleTester(mtaStsMxNotCovered, {
  valid: [
    { name: 'no policy given: nothing to compare', code: zone(...head, record, ...mxs) },
    { name: 'every MX covered; a wildcard covers one label', code: zone(...head, record, mxs[0], mxs[1]), options: policy('enforce') },
    { name: 'mode none', code: zone(...head, record, ...mxs), options: policy('none') },
    { name: 'no _mta-sts record: the policy is not announced', code: zone(...head, ...mxs), options: policy('enforce') },
  ],
  invalid: [
    {
      name: 'enforce: a backup MX left out of the policy is an error',
      code: zone(...head, record, ...mxs),
      options: policy('enforce'),
      errors: [
        {
          messageId: 'notCovered',
          data: data('enforce', 'refuse to deliver to it: mail that falls back to it is deferred, then bounced'),
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 28,
          severity: 'error',
        },
      ],
    },
    {
      name: 'testing: a warning; *.example.net does not cover a.b.example.net',
      code: zone(...head, record, mxs[0], '@ MX 20 a.b.example.net.', mxs[2]),
      options: policy('testing'),
      errors: [
        {
          messageId: 'notCovered',
          data: { ...data('testing', 'deliver to it but report the failure'), host: 'a.b.example.net' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 25,
          severity: 'warning',
        },
        {
          messageId: 'notCovered',
          data: data('testing', 'deliver to it but report the failure'),
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 28,
          severity: 'warning',
        },
      ],
    },
  ],
});
