import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as backupMx from '../../../src/core/rules/backupMx';
import { parseZone } from '../../../src/core/zone/parser';
import { ruleTester, zone } from './ruleTester';

const head = ['$TTL 3600', '@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(backupMx, {
  valid: [
    { name: 'a single MX', code: zone(...head, '@ MX 10 mx1.vqnow.com.') },
    { name: 'a backup run by the same operator', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 mx2.eu.vqnow.com.') },
    {
      name: 'a backup the user trusts',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 rescue.mx.dnspark.net.'),
      options: { trustedMxHosts: ['*.dnspark.net'] },
    },
    { name: 'two operators at equal preference (split-provider-mx says so)', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mx.other.net.') },
    { name: 'own relative hosts at two preferences', code: zone(...head, '@ MX 10 mail', '@ MX 20 mail2', 'mail A 192.0.2.2', 'mail2 A 192.0.2.3') },
    { name: 'a null MX alone', code: zone(...head, '@ MX 0 .') },
    { name: 'an address as target names no operator (mx-ip-literal says so)', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 192.0.2.25') },
    { name: 'names checked one by one', code: zone(...head, '@ MX 10 mx1.vqnow.com.', 'sub MX 20 mx.other.net.') },
  ],
  invalid: [
    {
      name: "the seed's example: filtering service primary, rescue.mx.dnspark.net secondary",
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 rescue.mx.dnspark.net.'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'rescue.mx.dnspark.net', preference: 20, operator: 'dnspark.net', primaryOperator: 'vqnow.com' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 31,
          fixes: ['Remove the backup MX rescue.mx.dnspark.net'],
        },
      ],
      output: zone(...head, '@ MX 10 mx1.vqnow.com.'),
    },
    {
      name: 'own server as backup behind a filtering service',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 50 mail', 'mail A 192.0.2.2'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'mail.example.com', preference: 50, operator: 'example.com', primaryOperator: 'vqnow.com' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 13,
          fixes: ['Remove the backup MX mail.example.com'],
        },
      ],
      output: zone(...head, '@ MX 10 mx1.vqnow.com.', 'mail A 192.0.2.2'),
    },
    {
      name: 'the next record inherits the removed one’s owner: the owner moves down',
      code: zone(...head, '@ MX 20 backup.other.net.', '   MX 10 mx1.vqnow.com.'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'backup.other.net', preference: 20, operator: 'other.net', primaryOperator: 'vqnow.com' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 26,
          fixes: ['Remove the backup MX backup.other.net'],
        },
      ],
      output: zone(...head, '@   MX 10 mx1.vqnow.com.'),
    },
    {
      name: 'a comment between the removed record and its inheritor stays',
      code: zone(...head, 'www MX 20 backup.other.net.', '; the primary', '\tMX 10 mx1.vqnow.com.'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'backup.other.net', preference: 20, operator: 'other.net', primaryOperator: 'vqnow.com' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 28,
          fixes: ['Remove the backup MX backup.other.net'],
        },
      ],
      output: zone(...head, '; the primary', 'www\tMX 10 mx1.vqnow.com.'),
    },
    {
      name: 'a backup spread over lines with ( … ) goes with its comment, and only it',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '; keep this comment', '@ MX ( 20', '       backup.other.net. ) ; old relay', 'www A 192.0.2.8'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'backup.other.net', preference: 20, operator: 'other.net', primaryOperator: 'vqnow.com' },
          line: 8,
          column: 8,
          endLine: 8,
          endColumn: 25,
          fixes: ['Remove the backup MX backup.other.net'],
        },
      ],
      output: zone(...head, '@ MX 10 mx1.vqnow.com.', '; keep this comment', 'www A 192.0.2.8'),
    },
    {
      name: 'a trust list that covers another operator does not cover this one',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 mx.backup.example.org.', '@ MX 30 relay.partner.net.'),
      options: { trustedMxHosts: ['*.example.org'] },
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'relay.partner.net', preference: 30, operator: 'partner.net', primaryOperator: 'vqnow.com' },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 27,
          fixes: ['Remove the backup MX relay.partner.net'],
        },
      ],
      output: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 mx.backup.example.org.'),
    },
    {
      name: 'private suffixes count: two customers of one host suffix are two operators',
      code: zone(...head, '@ MX 10 mx.alice.github.io.', '@ MX 20 mx.bob.github.io.'),
      errors: [
        {
          messageId: 'otherOperator',
          data: { target: 'mx.bob.github.io', preference: 20, operator: 'bob.github.io', primaryOperator: 'alice.github.io' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 26,
          fixes: ['Remove the backup MX mx.bob.github.io'],
        },
      ],
      output: zone(...head, '@ MX 10 mx.alice.github.io.'),
    },
  ],
});

test("the seed's message reads exactly as the issue words it", () => {
  const parsed = parseZone(zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 rescue.mx.dnspark.net.'), { origin: 'example.com.' });
  assert.deepEqual(
    backupMx.check(parsed, {}).map((f) => f.message),
    [
      "Backup MX rescue.mx.dnspark.net (preference 20) is run by dnspark.net, not by the primary's operator vqnow.com: mail sent straight to it skips the filtering on the primary.",
    ],
  );
});
