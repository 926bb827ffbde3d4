import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareMail, compareSerials, compareZoneWithPublished, comparisonMarkdown, type MailView } from '../../../src/core/dns/compare';
import { parseZone } from '../../../src/core/zone/parser';
import { PUBLISHED_SERIAL, seedZone } from './fixtures';
import { ANSWER_TIMEOUT_MS, startZoneServer, type RunningServer } from './loopback';

const view = (mx: [number, string][], serial?: number, addresses: [string, string[]][] = []): MailView => ({
  mx: mx.map(([preference, exchange]) => ({ preference, exchange })),
  addresses: new Map(addresses),
  serial,
});

describe('RFC 1982 serial comparison', () => {
  it('orders serials, across the wrap at 2^32', () => {
    assert.equal(compareSerials(1, 2), -1);
    assert.equal(compareSerials(2, 1), 1);
    assert.equal(compareSerials(7, 7), 0);
    assert.equal(compareSerials(0xffffffff, 0), -1);
    assert.equal(compareSerials(0, 0xffffffff), 1);
    assert.equal(compareSerials(0, 2 ** 31), undefined);
  });
});

describe('comparing the two sides', () => {
  const published = view(
    [
      [10, 'mx1.vqnow.com.'],
      [20, 'rescue.mx.dnspark.net.'],
    ],
    5,
    [['mx1.vqnow.com.', ['192.0.2.10']]],
  );

  it('in sync: same MX, same addresses, whatever the serials', () => {
    const file = view(
      [
        [20, 'RESCUE.mx.dnspark.net.'],
        [10, 'mx1.vqnow.com.'],
      ],
      4,
      [['mx1.vqnow.com.', ['192.0.2.10']]],
    );
    assert.deepEqual(compareMail('example.com', file, published), {
      domain: 'example.com',
      differences: [],
      fileSerial: 4,
      publishedSerial: 5,
      verdict: 'in-sync',
      notCompared: [],
    });
  });

  it('the backup removed in the file, serial raised: the file changed', () => {
    const result = compareMail('example.com', view([[10, 'mx1.vqnow.com.']], 6), published);
    assert.deepEqual(result.differences, [{ kind: 'mx-only-published', preference: 20, exchange: 'rescue.mx.dnspark.net.' }]);
    assert.equal(result.verdict, 'file-ahead');
  });

  it('a new MX published after the file: DNS changed', () => {
    const result = compareMail(
      'example.com',
      view([[10, 'mx1.vqnow.com.']], 4),
      view(
        [
          [10, 'mx1.vqnow.com.'],
          [5, 'new.vqnow.com.'],
        ],
        5,
      ),
    );
    assert.deepEqual(result.differences, [{ kind: 'mx-only-published', preference: 5, exchange: 'new.vqnow.com.' }]);
    assert.equal(result.verdict, 'published-ahead');
  });

  it('a changed preference and a changed address with the same serial: the serial was not raised', () => {
    const file = view(
      [
        [10, 'mx1.vqnow.com.'],
        [30, 'rescue.mx.dnspark.net.'],
      ],
      5,
      [['mx1.vqnow.com.', ['192.0.2.99']]],
    );
    const result = compareMail('example.com', file, published);
    assert.deepEqual(result.differences, [
      { kind: 'preference-changed', exchange: 'rescue.mx.dnspark.net.', file: [30], published: [20] },
      { kind: 'addresses-differ', exchange: 'mx1.vqnow.com.', onlyInFile: ['192.0.2.99'], onlyPublished: ['192.0.2.10'] },
    ]);
    assert.equal(result.verdict, 'serial-not-bumped');
  });

  it('no SOA in the file: the differences are listed, the side is unknown', () => {
    assert.equal(compareMail('example.com', view([[10, 'mx1.vqnow.com.']]), published).verdict, 'unknown');
  });
});

describe('a zone file against a loopback server', () => {
  let server: RunningServer;
  before(async () => {
    server = await startZoneServer(seedZone);
  });
  after(() => server.close());

  it('finds the backup MX still published after the file dropped it, and the file ahead by its serial', async () => {
    const text = [
      '$TTL 300',
      `@ IN SOA ns.example.com. hostmaster.example.com. ( ${PUBLISHED_SERIAL + 1} 3600 600 604800 300 )`,
      '  IN MX 10 mx1.vqnow.com.',
      'mx1.vqnow.com. IN AAAA 2001:DB8:0:0::10',
    ].join('\n');
    const zone = parseZone(text, { origin: 'example.com' });
    const result = await compareZoneWithPublished(zone, { servers: [server], timeoutMs: ANSWER_TIMEOUT_MS });
    assert.deepEqual(result, {
      domain: 'example.com',
      differences: [
        { kind: 'mx-only-published', preference: 20, exchange: 'rescue.mx.dnspark.net.' },
        { kind: 'addresses-differ', exchange: 'mx1.vqnow.com.', onlyInFile: [], onlyPublished: ['192.0.2.10'] },
      ],
      fileSerial: PUBLISHED_SERIAL + 1,
      publishedSerial: PUBLISHED_SERIAL,
      verdict: 'file-ahead',
      notCompared: [],
      server: `127.0.0.1:${server.port}`,
    });
    const markdown = comparisonMarkdown(result, 'db.example.com');
    assert.ok(markdown.includes('| MX 20 `rescue.mx.dnspark.net` | missing | present |'), markdown);
    assert.ok(
      markdown.includes(`The file's serial (${PUBLISHED_SERIAL + 1}) is newer than the published one (${PUBLISHED_SERIAL}): **the file changed**.`),
    );
  });

  it('a domain the server says does not exist: the report says so and names the server, not a missing serial', async () => {
    const text = ['$TTL 300', '@ IN SOA ns.nowhere.example. hostmaster.nowhere.example. ( 7 3600 600 604800 300 )', '  IN MX 10 mx1.vqnow.com.'].join(
      '\n',
    );
    const result = await compareZoneWithPublished(parseZone(text, { origin: 'nowhere.example' }), {
      servers: [server],
      timeoutMs: ANSWER_TIMEOUT_MS,
    });
    assert.equal(result.verdict, 'no-such-domain');
    assert.equal(result.server, `127.0.0.1:${server.port}`);
    const markdown = comparisonMarkdown(result, 'db.nowhere.example');
    assert.ok(
      markdown.includes(`**nowhere.example does not exist in published DNS**: the DNS server \`127.0.0.1:${server.port}\` answered NXDOMAIN`),
      markdown,
    );
    assert.ok(!markdown.includes('a serial is missing'), markdown);
  });
});
