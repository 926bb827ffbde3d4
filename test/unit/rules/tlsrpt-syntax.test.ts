import * as tlsrptSyntax from '../../../src/core/rules/tlsrptSyntax';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const problem = (p: string) => ({ owner: '_smtp._tls.example.com', problem: p });

ruleTester(tlsrptSyntax, {
  valid: [
    { name: 'RFC 8460 §3.1: mailto', code: zone(...head, '_smtp._tls TXT "v=TLSRPTv1;rua=mailto:reports@example.com"') },
    { name: 'RFC 8460 §3.1: https', code: zone(...head, '_smtp._tls TXT "v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt"') },
    { name: 'two destinations', code: zone(...head, '_smtp._tls TXT "v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.net/tls"') },
  ],
  invalid: [
    {
      name: 'an address without mailto:',
      code: zone(...head, '_smtp._tls TXT "v=TLSRPTv1; rua=tls@example.com"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('rua: "tls@example.com" is not a URI (expected mailto: or https:…)'),
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'no rua, and the DMARC version by mistake',
      code: zone(...head, '_smtp._tls TXT "v=TLSRPT1"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('a TLS-RPT record must start with "v=TLSRPTv1;" (RFC 8460 §3)'),
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 26,
        },
        {
          messageId: 'problem',
          data: problem('no "rua=" tag: where reports go (mailto: or https:) is required'),
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
  ],
});
