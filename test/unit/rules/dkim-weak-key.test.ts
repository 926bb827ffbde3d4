import * as dkimWeakKey from '../../../src/core/rules/dkimWeakKey';
import { mailHead as head, quotedChunks, RFC6376_KEY, RFC8463_KEY, rsaKey } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const key512 = rsaKey(512);

ruleTester(dkimWeakKey, {
  valid: [
    { name: 'a 2048-bit key', code: zone(...head, `s2048._domainkey TXT ( "v=DKIM1; " ${quotedChunks('p=' + rsaKey(2048))} )`) },
    { name: 'RFC 8463: an Ed25519 key has no RSA size', code: zone(...head, `ed._domainkey TXT "v=DKIM1; k=ed25519; p=${RFC8463_KEY}"`) },
  ],
  invalid: [
    {
      name: 'RFC 6376 Appendix C’s 1024-bit key: a warning (RFC 8301 §3.2 SHOULD)',
      code: zone(...head, `brisbane._domainkey TXT "v=DKIM1; p=${RFC6376_KEY}"`),
      errors: [
        {
          messageId: 'short',
          data: { owner: 'brisbane._domainkey.example.com', bits: 1024 },
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 253,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a 512-bit key: an error (RFC 8301 §3.2 MUST NOT accept)',
      code: zone(...head, `s512._domainkey TXT "v=DKIM1; p=${key512}"`),
      errors: [
        {
          messageId: 'tooShort',
          data: { owner: 's512._domainkey.example.com', bits: 512 },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 33 + key512.length,
          severity: 'error',
        },
      ],
    },
  ],
});
