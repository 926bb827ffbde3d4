import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { possessive } from '../../../src/core/mx/operator';
import * as backupMx from '../../../src/core/rules/backupMx';
import { parseZone } from '../../../src/core/zone/parser';
import { multiDomainProviders, otherOperatorHost } from './providerSets';
import { ruleTester, zone, type InvalidCase, type ValidCase } from './ruleTester';

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
          data: { target: 'rescue.mx.dnspark.net', preference: 20, primaryOperator: 'vqNow', primaryFiltering: "vqNow's" },
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
          data: { target: 'mail.example.com', preference: 50, primaryOperator: 'vqNow', primaryFiltering: "vqNow's" },
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
          data: { target: 'backup.other.net', preference: 20, primaryOperator: 'vqNow', primaryFiltering: "vqNow's" },
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
          data: { target: 'backup.other.net', preference: 20, primaryOperator: 'vqNow', primaryFiltering: "vqNow's" },
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
          data: { target: 'backup.other.net', preference: 20, primaryOperator: 'vqNow', primaryFiltering: "vqNow's" },
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
          data: { target: 'relay.partner.net', preference: 30, primaryOperator: 'vqNow', primaryFiltering: "vqNow's" },
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
          data: { target: 'mx.bob.github.io', preference: 20, primaryOperator: 'alice.github.io', primaryFiltering: "alice.github.io's" },
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
      "Backup MX rescue.mx.dnspark.net (preference 20) is not run by vqNow, which runs your primary MX: mail sent straight to it skips vqNow's filtering.",
    ],
  );
});

const mx = (preference: number, host: string) => `@ MX ${preference} ${host}.`;

/** A finding of this rule on the MX line at `line` (1-based) written by `mx`. */
function backupFinding(line: number, preference: number, target: string, primaryOperator: string, primaryFiltering: string) {
  const column = `@ MX ${preference} `.length + 1;
  return {
    messageId: 'otherOperator',
    data: { target, preference, primaryOperator, primaryFiltering },
    line,
    column,
    endLine: line,
    endColumn: column + target.length + 1,
    fixes: [`Remove the backup MX ${target}`],
  };
}

const spamExperts = [mx(10, 'mx.spamexperts.com'), mx(20, 'fallbackmx.spamexperts.eu'), mx(30, 'lastmx.spamexperts.net')];
const googleLegacy = [
  mx(1, 'aspmx.l.google.com'),
  mx(5, 'alt1.aspmx.l.google.com'),
  mx(5, 'alt2.aspmx.l.google.com'),
  mx(10, 'aspmx2.googlemail.com'),
  mx(10, 'aspmx3.googlemail.com'),
];
const microsoftMove = [mx(0, 'contoso-com.o-v1.mx.microsoft'), mx(10, 'contoso-com.mail.protection.outlook.com')];

// The MX sets of issue 17, as the providers document them: one operator each, across registrable domains.
ruleTester(backupMx, {
  valid: [
    { name: 'SpamExperts: mx.spamexperts.com, fallbackmx.spamexperts.eu, lastmx.spamexperts.net', code: zone(...head, ...spamExperts) },
    { name: 'Google Workspace, legacy: aspmx.l.google.com, alt1/alt2, aspmx2/aspmx3.googlemail.com', code: zone(...head, ...googleLegacy) },
    { name: 'Microsoft 365 during the move to DNSSEC MX', code: zone(...head, ...microsoftMove) },
    { name: 'Google Workspace, current: smtp.google.com alone', code: zone(...head, mx(1, 'smtp.google.com')) },
    {
      name: 'a trusted backup stays trusted when the catalogue names another provider for it',
      code: zone(...head, ...spamExperts, mx(40, 'aspmx.l.google.com')),
      options: { trustedMxHosts: ['*.google.com'] },
    },
  ],
  invalid: [
    {
      name: 'SpamExperts, then a relay of another operator: the relay only',
      code: zone(...head, ...spamExperts, mx(30, otherOperatorHost)),
      errors: [backupFinding(8, 30, otherOperatorHost, 'SpamExperts', "SpamExperts'")],
      output: zone(...head, ...spamExperts),
    },
    {
      name: 'Google Workspace, legacy, then a relay of another operator: the relay only',
      code: zone(...head, ...googleLegacy, mx(20, otherOperatorHost)),
      errors: [backupFinding(10, 20, otherOperatorHost, 'Google Workspace', "Google Workspace's")],
      output: zone(...head, ...googleLegacy),
    },
    {
      name: 'Microsoft 365 behind SpamExperts: Microsoft is another operator',
      code: zone(...head, mx(10, 'mx.spamexperts.com'), mx(20, 'contoso-com.mail.protection.outlook.com')),
      errors: [backupFinding(6, 20, 'contoso-com.mail.protection.outlook.com', 'SpamExperts', "SpamExperts'")],
      output: zone(...head, mx(10, 'mx.spamexperts.com')),
    },
    {
      name: 'a trusted primary is named after the filtering-service setting',
      code: zone(...head, mx(10, 'in.filter.example'), mx(20, otherOperatorHost)),
      options: { trustedMxHosts: ['*.filter.example'], filteringServiceName: 'Acme Filter' },
      errors: [backupFinding(6, 20, otherOperatorHost, 'Acme Filter', "Acme Filter's")],
      output: zone(...head, mx(10, 'in.filter.example')),
    },
    {
      name: 'the seed: vqNow named as the primary’s operator',
      code: zone(...head, mx(10, 'mx1.vqnow.com'), mx(20, 'rescue.mx.dnspark.net')),
      errors: [backupFinding(6, 20, 'rescue.mx.dnspark.net', 'vqNow', "vqNow's")],
      output: zone(...head, mx(10, 'mx1.vqnow.com')),
    },
  ],
});

// Every catalogue provider whose documented hosts span registrable domains: each host a backup of the first.
const documented = multiDomainProviders();
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
for (const { entry, hosts } of documented) {
  const lines = hosts.map((host, i) => mx(10 * (i + 1), host));
  const last = 10 * (hosts.length + 1);
  valid.push({ name: `${entry.name}: its documented set (${hosts.length} hosts)`, code: zone(...head, ...lines) });
  invalid.push({
    name: `${entry.name}: its documented set, then another operator's host`,
    code: zone(...head, ...lines, mx(last, otherOperatorHost)),
    errors: [backupFinding(head.length + hosts.length + 1, last, otherOperatorHost, entry.name, possessive(entry.name))],
    output: zone(...head, ...lines),
  });
}
ruleTester(backupMx, { valid, invalid });

test('the catalogue holds providers whose documented hosts span registrable domains (the tables above are not empty)', () => {
  assert.ok(documented.length >= 3, documented.map((d) => d.entry.id).join(', '));
});

test("the issue's message for a relay behind SpamExperts", () => {
  const parsed = parseZone(zone(...head, mx(10, 'mx.spamexperts.com'), mx(30, 'relay.isp.example')), { origin: 'example.com.' });
  assert.deepEqual(
    backupMx.check(parsed, {}).map((f) => f.message),
    [
      "Backup MX relay.isp.example (preference 30) is not run by SpamExperts, which runs your primary MX: mail sent straight to it skips SpamExperts' filtering.",
    ],
  );
});
