import { possessive } from '../../../src/core/mx/operator';
import * as splitProviderMx from '../../../src/core/rules/splitProviderMx';
import { multiDomainProviders, otherOperatorHost } from './providerSets';
import { ruleTester, zone, type InvalidCase, type ValidCase } from './ruleTester';

const head = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

ruleTester(splitProviderMx, {
  valid: [
    { name: 'one operator at the lowest preference', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mx2.vqnow.com.') },
    { name: 'another operator at a higher preference (backup-mx says so)', code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 20 mx.other.net.') },
    {
      name: 'a trusted host beside the primary',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 in.mailrelay.example.org.'),
      options: { trustedMxHosts: ['in.mailrelay.example.org'] },
    },
    { name: 'case does not make another operator', code: zone(...head, '@ MX 5 MX1.VQNOW.COM.', '@ MX 5 mx2.vqnow.com.') },
  ],
  invalid: [
    {
      name: 'two operators share the lowest preference',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mail.example.net.'),
      errors: [
        {
          messageId: 'otherOperator',
          data: {
            target: 'mail.example.net',
            preference: 10,
            primary: 'mx1.vqnow.com',
            operator: 'example.net',
            primaryOperator: 'vqNow',
            primaryFiltering: "vqNow's",
          },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'the first-listed host is the reference, even when trusted',
      code: zone(...head, '@ MX 10 mx1.vqnow.com.', '@ MX 10 mail', 'mail A 192.0.2.9'),
      options: { trustedMxHosts: ['*.vqnow.com'] },
      errors: [
        {
          messageId: 'otherOperator',
          data: {
            target: 'mail.example.com',
            preference: 10,
            primary: 'mx1.vqnow.com',
            operator: 'example.com',
            primaryOperator: 'vqNow',
            primaryFiltering: "vqNow's",
          },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 13,
        },
      ],
    },
  ],
});

const mx = (preference: number, host: string) => `@ MX ${preference} ${host}.`;

function splitFinding(line: number, preference: number, target: string, primary: string, operator: string, primaryOperator: string) {
  const column = `@ MX ${preference} `.length + 1;
  return {
    messageId: 'otherOperator',
    data: { target, preference, primary, operator, primaryOperator, primaryFiltering: possessive(primaryOperator) },
    line,
    column,
    endLine: line,
    endColumn: column + target.length + 1,
  };
}

ruleTester(splitProviderMx, {
  valid: [
    {
      name: 'Microsoft 365 on both its MX domains at one preference',
      code: zone(...head, mx(0, 'contoso-com.o-v1.mx.microsoft'), mx(0, 'contoso-com.mail.protection.outlook.com')),
    },
    {
      name: 'SpamExperts global and regional hosts at one preference',
      code: zone(...head, mx(10, 'mx.spamexperts.com'), mx(10, 'filter10.antispamcloud.com')),
    },
  ],
  invalid: [
    {
      name: 'Google Workspace and Microsoft 365 at one preference: two providers',
      code: zone(...head, mx(1, 'smtp.google.com'), mx(1, 'contoso-com.mail.protection.outlook.com')),
      errors: [splitFinding(5, 1, 'contoso-com.mail.protection.outlook.com', 'smtp.google.com', 'Microsoft 365', 'Google Workspace')],
    },
  ],
});

// Every catalogue provider whose documented hosts span registrable domains, all at one preference.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
for (const { entry, hosts } of multiDomainProviders()) {
  const lines = hosts.map((host) => mx(10, host));
  valid.push({ name: `${entry.name}: its documented set at one preference`, code: zone(...head, ...lines) });
  invalid.push({
    name: `${entry.name}: its documented set, and another operator's host beside it`,
    code: zone(...head, ...lines, mx(10, otherOperatorHost)),
    errors: [splitFinding(head.length + hosts.length + 1, 10, otherOperatorHost, hosts[0], 'isp.example', entry.name)],
  });
}
ruleTester(splitProviderMx, { valid, invalid });
