import * as dmarcSyntax from '../../../src/core/rules/dmarcSyntax';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const problem = (p: string) => ({ owner: '_dmarc.example.com', problem: p });

ruleTester(dmarcSyntax, {
  valid: [
    // RFC 7489 §6.8 and Appendix B.
    { name: 'RFC 7489 B.2.1: p=none with rua', code: zone(...head, '_dmarc TXT "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com"') },
    {
      name: 'RFC 7489 B.2.4: a size limit and two destinations',
      code: zone(
        ...head,
        '_dmarc TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net!10m; pct=25"',
      ),
    },
    {
      name: 'every tag with a valid value',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; fo=0:d:s; rf=afrf; ri=86400; pct=100;"'),
    },
    {
      name: 'real world: a record split over strings',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=reject; " "rua=mailto:d@rua.agari.com; ruf=mailto:d@ruf.agari.com"'),
    },
  ],
  invalid: [
    {
      name: 'the issue’s zone: p=rejekt',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=rejekt"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('p=rejekt: the policy must be none, quarantine or reject'),
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'v=DMARC1 not first',
      code: zone(...head, '_dmarc TXT "p=reject; v=DMARC1"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('a DMARC record must start with "v=DMARC1" (RFC 7489 §6.4)'),
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 21,
        },
        { messageId: 'problem', data: problem('"v=" must be the first tag, and only once'), line: 4, column: 23, endLine: 4, endColumn: 31 },
      ],
    },
    {
      name: 'pct out of range, a report address without mailto:, a bad alignment, an unknown tag (a warning)',
      code: zone(...head, '_dmarc TXT "v=DMARC1; p=none; pct=200; rua=dmarc@example.com; adkim=x; rau=mailto:a@example.com"'),
      errors: [
        { messageId: 'problem', data: problem('pct=200: a percentage from 0 to 100'), line: 4, column: 35, endLine: 4, endColumn: 38 },
        {
          messageId: 'problem',
          data: problem('rua: "dmarc@example.com" is not a URI (expected mailto: or https:…)'),
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 61,
        },
        {
          messageId: 'problem',
          data: problem('adkim=x: the alignment mode must be r (relaxed) or s (strict)'),
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 70,
        },
        {
          messageId: 'problem',
          data: problem('unknown tag "rau": receivers ignore it (RFC 7489 §6.3 defines v, p, sp, adkim, aspf, fo, rf, ri, pct, rua, ruf)'),
          line: 4,
          column: 72,
          endLine: 4,
          endColumn: 96,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'no p= tag',
      code: zone(...head, '_dmarc TXT "v=DMARC1; rua=mailto:d@example.com"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('no "p=" tag: the policy (none, quarantine or reject) is required (RFC 7489 §6.3)'),
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 47,
        },
      ],
    },
  ],
});
