import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clampTtl, hostName, MAX_TTL, normalizeDomain, presentName, presentText } from '../../../src/core/dns/names';
import { chooseServers, dnsSettingValue, parseServer, parseTimeout } from '../../../src/core/dns/servers';

describe('presenting untrusted names', () => {
  it('keeps ordinary host names and writes the root as a dot', () => {
    assert.equal(presentName('mx1.vqnow.com'), 'mx1.vqnow.com.');
    assert.equal(presentName(''), '.');
    assert.equal(hostName('mx1.vqnow.com.'), 'mx1.vqnow.com');
    assert.equal(hostName('.'), '.');
  });

  it('escapes control characters, zone-file specials, markdown and non-ASCII octets', () => {
    assert.equal(presentName('a\x00b\x1b[c.example'), 'a\\000b\\027\\091c.example.');
    assert.equal(presentName('we"ird(;)@$\\.example'), 'we\\"ird\\(\\;\\)\\@\\$\\\\.example.');
    assert.equal(presentName('`x`|<y>.example'), '\\096x\\096\\124\\060y\\062.example.');
    assert.equal(presentName('\xe9t\xe9.example'), '\\233t\\233.example.');
  });

  it('quotes TXT strings with every non-printable byte escaped', () => {
    assert.equal(presentText('v=spf1 -all'), '"v=spf1 -all"');
    assert.equal(presentText('a"b\\c\x07é'), '"a\\"b\\\\c\\007\\195\\169"');
  });

  it('clamps TTLs to 2^31 - 1 and reads nonsense as 0', () => {
    assert.equal(clampTtl(0xffffffff), MAX_TTL);
    assert.equal(clampTtl(3600), 3600);
    assert.equal(clampTtl(-5), 0);
    assert.equal(clampTtl(Number.NaN), 0);
  });
});

describe('reading the domain a user typed', () => {
  const cases: [string, ReturnType<typeof normalizeDomain>][] = [
    ['example.com', { domain: 'example.com' }],
    ['  Example.COM.  ', { domain: 'example.com' }],
    ['postmaster@Example.com', { domain: 'example.com' }],
    ['bücher.example', { domain: 'xn--bcher-kva.example' }],
    ['', { error: 'Enter a domain name, for example example.com.' }],
    ['exa mple.com', { error: 'A domain name has no spaces.' }],
    ['a..b', { error: 'A domain name has no empty labels (no ".." and no leading dot).' }],
    ['-bad.example', { error: '"-bad" is not a host-name label: use letters, digits and inner hyphens.' }],
    ['x'.repeat(64) + '.example', { error: `The label "${'x'.repeat(20)}…" is 64 characters long; DNS allows 63.` }],
    [Array(64).fill('abc').join('.'), { error: 'The name is 255 characters long; DNS allows 253.' }],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input), () => assert.deepEqual(normalizeDomain(input), expected));
  }
});

describe('choosing the DNS server', () => {
  it('reads IP, IP:PORT, IPv6 and [IPv6]:PORT', () => {
    assert.deepEqual(parseServer('127.0.0.1'), { address: '127.0.0.1', port: 53 });
    assert.deepEqual(parseServer('127.0.0.1:5353'), { address: '127.0.0.1', port: 5353 });
    assert.deepEqual(parseServer('::1'), { address: '::1', port: 53 });
    assert.deepEqual(parseServer('[::1]:5353'), { address: '::1', port: 5353 });
  });

  it('refuses host names and bad ports', () => {
    assert.match((parseServer('dns.example:53') as { error: string }).error, /host names are not accepted/);
    assert.match((parseServer('127.0.0.1:70000') as { error: string }).error, /"70000" is not a port number/);
    assert.match((parseServer('127.0.0.1:') as { error: string }).error, /"" is not a port number/);
  });

  it('uses the configured server alone when there is one', () => {
    let asked = false;
    const servers = chooseServers({ configured: '127.0.0.1:5300', systemServers: () => ((asked = true), ['10.0.0.1']) });
    assert.deepEqual(servers, [{ address: '127.0.0.1', port: 5300 }]);
    assert.equal(asked, false);
  });

  it("defaults to the system's resolvers, in their order", () => {
    assert.deepEqual(chooseServers({ configured: '', systemServers: () => ['10.0.0.1', '[fd00::53]:5353'] }), [
      { address: '10.0.0.1', port: 53 },
      { address: 'fd00::53', port: 5353 },
    ]);
  });

  it('never falls back to a public resolver: with no system resolver it stops and says what to set', () => {
    assert.deepEqual(chooseServers({ systemServers: () => [] }), {
      error: 'No DNS resolver is configured on this system. Set mxGuard.dns.server (or pass --server IP[:PORT]) to choose one.',
    });
  });

  it("an untrusted workspace's own settings cannot redirect the queries", () => {
    const fromWorkspace = '203.0.113.9';
    assert.equal(dnsSettingValue(fromWorkspace, { defaultValue: '', globalValue: '127.0.0.1:5300' }, false), '127.0.0.1:5300');
    assert.equal(dnsSettingValue(fromWorkspace, { defaultValue: '' }, false), '');
    assert.equal(dnsSettingValue('127.0.0.1:5300', { defaultValue: '', globalValue: '127.0.0.1:5300' }, true), '127.0.0.1:5300');
  });

  it('reads the timeout within 100-60000 ms', () => {
    assert.equal(parseTimeout(undefined), 5000);
    assert.equal(parseTimeout('250'), 250);
    assert.match((parseTimeout('50') as { error: string }).error, /from 100 to 60000 \(got "50"\)/);
    assert.match((parseTimeout('1s') as { error: string }).error, /got "1s"/);
  });
});
