import * as spfTooManyLookups from '../../../src/core/rules/spfTooManyLookups';
import { mailHead as head } from './mailFixtures';
import { ruleTester, zone } from './ruleTester';

const includes = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `include:s${i + from}.example`).join(' ');

ruleTester(spfTooManyLookups, {
  valid: [
    { name: 'exactly 10 lookups', code: zone(...head, `@ TXT "v=spf1 a mx ${includes(8)} -all"`) },
    {
      name: 'ip4 and ip6 cost nothing',
      code: zone(...head, `@ TXT "v=spf1 ${Array.from({ length: 12 }, (_, i) => `ip4:192.0.2.${i}`).join(' ')} -all"`),
    },
    { name: 'terms after all are never evaluated (RFC 7208 §5.1)', code: zone(...head, `@ TXT "v=spf1 mx -all ${includes(11)}"`) },
    { name: 'a redirect beside all is ignored (RFC 7208 §6.1)', code: zone(...head, `@ TXT "v=spf1 ${includes(9)} redirect=_spf.example.com -all"`) },
    { name: 'two SPF records are spf-multiple-records’ concern', code: zone(...head, `@ TXT "v=spf1 ${includes(11)} -all"`, '@ TXT "v=spf1 -all"') },
  ],
  invalid: [
    {
      name: 'the issue’s zone: 11 includes outside the zone, each counted as at least one',
      code: zone(...head, `@ TXT "v=spf1 ${includes(11)} -all"`),
      errors: [
        {
          messageId: 'tooMany',
          data: { owner: 'example.com', count: 'at least 11', chain: 'example.com → include:s10.example' },
          line: 4,
          column: 205,
          endLine: 4,
          endColumn: 224,
        },
      ],
    },
    {
      name: 'counted through an include the zone answers: the message names the chain',
      code: zone(...head, '@ TXT "v=spf1 a mx include:_spf.example.com -all"', `_spf TXT "v=spf1 ${includes(8)} ~all"`),
      errors: [
        {
          messageId: 'tooMany',
          data: { owner: 'example.com', count: 'at least 11', chain: 'example.com → include:_spf.example.com → include:s7.example' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'with live answers the outside includes are counted fully',
      code: zone(...head, '@ TXT "v=spf1 include:spf.example.net -all"'),
      options: { mail: { live: { txt: { 'spf.example.net.': [`v=spf1 ${includes(10)} ~all`] }, voidLookups: [] } } },
      errors: [
        {
          messageId: 'tooMany',
          data: { owner: 'example.com', count: 'at least 11', chain: 'example.com → include:spf.example.net → include:s9.example' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'an include loop inside the zone: each record on it is reported',
      code: zone(
        ...head,
        '@ TXT "v=spf1 include:a.example.com -all"',
        'a TXT "v=spf1 include:b.example.com -all"',
        'b TXT "v=spf1 include:a.example.com -all"',
      ),
      errors: [
        {
          messageId: 'loop',
          data: { owner: 'example.com', chain: 'example.com → include:a.example.com → include:b.example.com → include:a.example.com' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 36,
        },
        {
          messageId: 'loop',
          data: { owner: 'a.example.com', chain: 'a.example.com → include:b.example.com → include:a.example.com' },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 36,
        },
        {
          messageId: 'loop',
          data: { owner: 'b.example.com', chain: 'b.example.com → include:a.example.com → include:b.example.com' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 36,
        },
      ],
    },
  ],
});
