import * as dkimSyntax from '../../../src/core/rules/dkimSyntax';
import { mailHead as head, quotedChunks, RFC6376_KEY, RFC8463_KEY, rsaKey } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const problem = (owner: string, p: string) => ({ owner, problem: p });

ruleTester(dkimSyntax, {
  valid: [
    { name: 'RFC 6376 Appendix C: the brisbane key', code: zone(...head, `brisbane._domainkey TXT "v=DKIM1; p=${RFC6376_KEY}"`) },
    { name: 'RFC 8463 A.2: an Ed25519 key', code: zone(...head, `brisbane._domainkey TXT "v=DKIM1; k=ed25519; p=${RFC8463_KEY}"`) },
    {
      name: 'a 2048-bit key over two strings',
      code: zone(...head, `s2048._domainkey TXT ( "v=DKIM1; k=rsa; h=sha256; " ${quotedChunks('p=' + rsaKey(2048))} )`),
    },
    { name: 'a revoked key (dkim-revoked’s concern)', code: zone(...head, 'old._domainkey TXT "v=DKIM1; p="') },
  ],
  invalid: [
    {
      name: 'p= cut short and not base64',
      code: zone(...head, 'sel._domainkey TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GN!!"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('sel._domainkey.example.com', 'p= is not base64 (A-Z, a-z, 0-9, + and /, with = padding to a multiple of 4)'),
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 69,
        },
      ],
    },
    {
      name: 'base64 that is no key, and an unknown k=',
      code: zone(...head, 'sel._domainkey TXT "k=dsa; p=Zm9vYmFy"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('sel._domainkey.example.com', 'k=dsa: unknown key type (rsa, RFC 6376; ed25519, RFC 8463)'),
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 26,
        },
        {
          messageId: 'problem',
          data: problem('sel._domainkey.example.com', 'p= does not hold an RSA public key'),
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'v= not first, and no p=',
      code: zone(...head, 'sel._domainkey TXT "k=rsa; v=DKIM1"'),
      errors: [
        {
          messageId: 'problem',
          data: problem('sel._domainkey.example.com', '"v=" must be the first tag (RFC 6376 §3.6.1)'),
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 35,
        },
        {
          messageId: 'problem',
          data: problem('sel._domainkey.example.com', 'no "p=" tag: the public key is required (RFC 6376 §3.6.1); an empty p= revokes the key'),
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'an RSA key under k=ed25519',
      code: zone(...head, `sel._domainkey TXT "k=ed25519; p=${RFC6376_KEY}"`),
      errors: [
        {
          messageId: 'problem',
          data: problem('sel._domainkey.example.com', 'p= holds an RSA key, but k=ed25519'),
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 250,
        },
      ],
    },
  ],
});
