import * as spfSyntax from '../../../src/core/rules/spfSyntax';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const problem = (p: string) => ({ owner: 'example.com', problem: p });

ruleTester(spfSyntax, {
  valid: [
    // RFC 7208 Appendix A: the example records.
    { name: 'RFC 7208 A: v=spf1 +mx a:colo.example.com/28 -all', code: zone(...head, '@ TXT "v=spf1 +mx a:colo.example.com/28 -all"') },
    { name: 'RFC 7208 A.1: ip4 and ip6 with CIDR lengths', code: zone(...head, '@ TXT "v=spf1 ip4:192.0.2.128/28 ip6:2001:db8::/32 -all"') },
    { name: 'RFC 7208 A.4: macros in exists', code: zone(...head, '@ TXT "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all"') },
    { name: 'RFC 7208 A.1: a dual CIDR length', code: zone(...head, '@ TXT "v=spf1 a:example.org/24//64 mx//128 -all"') },
    { name: 'real world: Google Workspace', code: zone(...head, '@ TXT "v=spf1 include:_spf.google.com ~all"') },
    {
      name: 'redirect and exp modifiers, and an unknown modifier',
      code: zone(...head, '@ TXT "v=spf1 redirect=_spf.example.com exp=explain._spf.%{d} foo-bar=x"'),
    },
    { name: 'an include name that runs on into the next string', code: zone(...head, '@ TXT "v=spf1 include:_sp" "f.google.com ~all"') },
    { name: 'a TXT record that is not SPF', code: zone(...head, '@ TXT "google-site-verification=abc"') },
  ],
  invalid: [
    {
      name: 'an unknown mechanism (the issue’s zone)',
      code: zone(...head, '@ TXT "v=spf1 include:_spf.google.com inlcude:x.example -all"'),
      errors: [
        {
          messageId: 'term',
          data: problem('unknown mechanism "inlcude" (RFC 7208 §5: all, include, a, mx, ptr, ip4, ip6, exists)'),
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'a CIDR length out of range, a bad macro letter, a name without a top label',
      code: zone(...head, '@ TXT "v=spf1 ip4:192.0.2.0/33 exists:%{q}.example.com include:mail ~all"'),
      errors: [
        {
          messageId: 'term',
          data: problem('ip4:192.0.2.0/33: bad CIDR length (0 to 32, no leading zero)'),
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 31,
        },
        { messageId: 'term', data: problem('exists:%{q}.example.com: unknown macro letter "q"'), line: 4, column: 32, endLine: 4, endColumn: 55 },
        {
          messageId: 'term',
          data: problem('include:mail: "mail" is not a domain name (it needs a dot and a top label)'),
          line: 4,
          column: 56,
          endLine: 4,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a qualifier on a modifier, and redirect twice',
      code: zone(...head, '@ TXT "v=spf1 -redirect=a.example redirect=b.example redirect=c.example"'),
      errors: [
        { messageId: 'term', data: problem('"-redirect=a.example": a modifier takes no qualifier'), line: 4, column: 15, endLine: 4, endColumn: 34 },
        {
          messageId: 'term',
          data: problem('"redirect=" may appear only once in a record (RFC 7208 §6)'),
          line: 4,
          column: 54,
          endLine: 4,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'a macro letter allowed only in explanations, and a zero count',
      code: zone(...head, '@ TXT "v=spf1 exists:%{c}.example.com exists:%{d0}.example.com -all"'),
      errors: [
        {
          messageId: 'term',
          data: problem('exists:%{c}.example.com: macro letter "c" is allowed only in explanation texts (RFC 7208 §7.2)'),
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 38,
        },
        {
          messageId: 'term',
          data: problem('exists:%{d0}.example.com: macro "%{d0}": the number of parts must be at least 1'),
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'v=spf1 not first',
      code: zone(...head, 'www TXT "include:_spf.example.net v=spf1 -all"'),
      errors: [{ messageId: 'versionNotFirst', data: { owner: 'www.example.com' }, line: 4, column: 10, endLine: 4, endColumn: 46 }],
    },
    {
      name: 'an escaped tab is one character of the term, and its place is where it was written',
      code: zone(...head, '@ TXT "v=spf1 a:x\\009y.example -all"'),
      errors: [
        {
          messageId: 'term',
          data: problem('a:x\ty.example: character "\\t" is not allowed'),
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
  ],
});
