import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDomain, type DomainCheck } from '../../../src/core/dns/check';
import { LookupFailedError, MAX_TARGETS } from '../../../src/core/dns/lookup';
import { MAX_TTL } from '../../../src/core/dns/names';
import { domainReportMarkdown } from '../../../src/core/dns/report';
import { seedZone, HUGE_MX_COUNT } from './fixtures';
import DNS from 'dns2';
import { ANSWER_TIMEOUT_MS, MIXED_TIMEOUT_MS, manyMxAnswer, startRawServer, startZoneServer, type RunningServer } from './loopback';

/** For the cases where every question must time out: short, to keep the suite fast. */
const TIMEOUT_MS = 300;
/**
 * For the cases that must end without waiting for the timeout (refused, cancelled): a lookup timeout far
 * longer than the test may take, so that waiting for it is caught by the test's hang guard, not a clock.
 */
const NEVER_MS = 600_000;
/** A generous bound that fails only on a hang (these cases take milliseconds). */
const HANG_GUARD = { timeout: 60_000 };
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

let server: RunningServer;
before(async () => {
  process.on('unhandledRejection', onUnhandled);
  server = await startZoneServer(seedZone);
});
after(async () => {
  await server.close();
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled, [], 'no promise may be rejected without a handler');
});

const check = (domain: string, timeoutMs = ANSWER_TIMEOUT_MS) => checkDomain(domain, { servers: [server], timeoutMs });
const ids = (result: DomainCheck) => result.findings.map((f) => f.ruleId);
const finding = (result: DomainCheck, ruleId: string) => result.findings.find((f) => f.ruleId === ruleId);

/** Runs `work` and returns its value or what it threw. */
async function settled<T>(work: () => Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await work() };
  } catch (error) {
    return { error };
  }
}

describe('published MX through the zone model', () => {
  it("reads the seed's primary and backup, with their addresses, into MX records at the domain", async () => {
    const result = await check('example.com');
    assert.equal(result.exists, true);
    assert.deepEqual(
      result.mx.map((m) => [m.preference, m.exchange]),
      [
        [10, 'mx1.vqnow.com.'],
        [20, 'rescue.mx.dnspark.net.'],
      ],
    );
    assert.deepEqual(
      result.targets.map((t) => [t.exchange, t.status, t.addresses]),
      [
        ['mx1.vqnow.com.', 'resolved', ['192.0.2.10', '2001:db8::10']],
        ['rescue.mx.dnspark.net.', 'resolved', ['198.51.100.20']],
      ],
    );
    assert.equal(result.zone.origin, 'example.com.');
    const mx = result.zone.records.filter((r) => r.type === 'MX');
    assert.deepEqual(
      mx.map((r) => [r.owner, r.rdata.type === 'MX' && r.rdata.exchange]),
      [
        ['example.com.', 'mx1.vqnow.com.'],
        ['example.com.', 'rescue.mx.dnspark.net.'],
      ],
    );
    // Every record's range points at its own line of the generated text.
    const lines = result.zoneText.split('\n');
    for (const record of result.zone.records) {
      const line = lines[record.range.start.line];
      assert.equal(line.slice(record.range.start.character, record.range.end.character), line);
      assert.equal(line.slice(record.typeRange.start.character, record.typeRange.end.character), record.type);
    }
    assert.equal(lines[0], 'example.com. 300 IN MX 10 mx1.vqnow.com.');
    assert.deepEqual(
      ids(result).filter((id) => id !== 'backup-mx'),
      [],
      'nothing live to report',
    );
    assert.ok(server.questions.includes('example.com MX udp'));
  });

  it('flags the third-party backup MX through the backup-mx rule', async () => {
    const result = await check('example.com');
    const backup = finding(result, 'backup-mx');
    assert.ok(backup, `backup-mx among ${JSON.stringify(ids(result))}`);
    assert.equal(result.zoneText.split('\n')[backup.range.start.line], 'example.com. 300 IN MX 20 rescue.mx.dnspark.net.');
  });

  it("reports nothing for a domain whose MX are all the filtering service's", async () => {
    assert.deepEqual(ids(await check('clean.example')), []);
  });

  it('reads a null MX as the record "MX 0 ." and looks up no target', async () => {
    const result = await check('nullmx.example');
    assert.deepEqual(result.mx, [{ preference: 0, exchange: '.', ttl: 300 }]);
    assert.deepEqual(result.targets, []);
    assert.equal(result.zoneText, 'nullmx.example. 300 IN MX 0 .\n');
    assert.deepEqual(
      ids(result).filter((id) => id.startsWith('null-mx')),
      [],
      'a lone null MX at preference 0 is correct',
    );
  });

  it('models an MX target that is an alias as a CNAME record, with the addresses at the canonical name', async () => {
    const result = await check('cname.example');
    assert.equal(result.targets[0].canonical, 'mx1.vqnow.com.');
    assert.deepEqual(result.targets[0].addresses, ['192.0.2.10', '2001:db8::10']);
    const cname = result.zone.records.find((r) => r.type === 'CNAME');
    assert.deepEqual(cname && [cname.owner, cname.rdata.type === 'CNAME' && cname.rdata.target], ['mail.cname.example.', 'mx1.vqnow.com.']);
    assert.ok(ids(result).includes('mx-cname'), `mx-cname among ${JSON.stringify(ids(result))}`);
  });

  it("puts the domain's own address in the model when it has no MX (the implicit MX)", async () => {
    const result = await check('nomx.example');
    assert.deepEqual(result.implicitMx, { addresses: ['192.0.2.99'], failures: [] });
    assert.equal(result.zoneText, 'nomx.example. 300 IN A 192.0.2.99\nnomx.example. 300 IN TXT "v=spf1 a -all"\n');
    assert.ok(ids(result).includes('no-mx'), `no-mx among ${JSON.stringify(ids(result))}`);
  });
});

describe('live-only findings', () => {
  it('NXDOMAIN: an error finding, no MX, no further questions', async () => {
    const before = server.questions.length;
    const result = await check('nope.example');
    assert.equal(result.exists, false);
    assert.deepEqual(ids(result), ['domain-nxdomain']);
    assert.equal(finding(result, 'domain-nxdomain')!.severity, 'error');
    assert.match(finding(result, 'domain-nxdomain')!.message, /^nope\.example does not exist \(NXDOMAIN from 127\.0\.0\.1:\d+\)/);
    assert.deepEqual(server.questions.slice(before), ['nope.example MX udp']);
  });

  it('a backup target that does not exist: a warning, since the primary still takes mail', async () => {
    const result = await check('unresolved.example');
    const unresolved = result.findings.filter((f) => f.ruleId === 'mx-target-unresolved');
    assert.deepEqual(
      unresolved.map((f) => [f.severity, f.message]),
      [['warning', 'MX target gone.unresolved.example has no address (the name does not exist): senders skip it.']],
    );
  });

  it('the only target has no A or AAAA: an error, mail cannot be delivered', async () => {
    const result = await check('noaddress.example');
    const unresolved = finding(result, 'mx-target-unresolved')!;
    assert.equal(unresolved.severity, 'error');
    assert.equal(
      unresolved.message,
      'MX target gone.noaddress.example has no address (the name has no A or AAAA record), and no other MX target has one: mail to noaddress.example cannot be delivered.',
    );
  });

  it('SERVFAIL on a target: lookup-failed naming the server and the questions', async () => {
    const result = await check('target-servfail.example');
    const failed = finding(result, 'lookup-failed')!;
    assert.equal(failed.severity, 'warning');
    assert.match(
      failed.message,
      /^Looking up MX target broken\.target-servfail\.example failed \(A: 127\.0\.0\.1:\d+ answered SERVFAIL; AAAA: .* answered SERVFAIL; CNAME: .* answered SERVFAIL\)/,
    );
    assert.equal(result.targets[1].status, 'failed');
    assert.ok(!ids(result).includes('mx-target-unresolved'), 'a failed lookup is not evidence that the name has no address');
  });

  it('a target whose questions are never answered: lookup-failed after the timeout, not a hang', async () => {
    const value = await check('target-silent.example', MIXED_TIMEOUT_MS);
    assert.match(finding(value, 'lookup-failed')!.message, /A: 127\.0\.0\.1:\d+ did not answer within the timeout/);
  });

  it('a truncated UDP answer is fetched in full over TCP, and said so', async () => {
    const result = await check('truncated.example');
    assert.equal(result.mx.length, 10);
    assert.ok(server.questions.includes('truncated.example MX udp'));
    assert.ok(server.questions.includes('truncated.example MX tcp'));
    const truncated = finding(result, 'answer-truncated')!;
    assert.equal(truncated.severity, 'information');
    assert.match(truncated.message, /^The MX answer for truncated\.example did not fit in one UDP datagram and was read again over TCP/);
  });

  it(`a huge answer (${HUGE_MX_COUNT} MX) is read whole, and only the first ${MAX_TARGETS} targets are looked up`, async () => {
    const value = await checkDomain('huge.example', { servers: [server], timeoutMs: ANSWER_TIMEOUT_MS });
    assert.equal(value.mx.length, HUGE_MX_COUNT);
    assert.equal(value.targets.length, MAX_TARGETS);
    assert.equal(value.skippedTargets, HUGE_MX_COUNT - MAX_TARGETS);
    assert.equal(
      finding(value, 'too-many-mx-targets')!.message,
      `huge.example lists ${HUGE_MX_COUNT} MX targets; only the first ${MAX_TARGETS} were looked up. Senders try only a few (Postfix: 5 addresses by default).`,
    );
  });

  it('hostile names and TTLs are escaped and clamped wherever they are shown', async () => {
    const result = await check('hostile.example');
    const evil = result.mx[1].exchange;
    assert.equal(evil, 'evil\\007\\027\\09131m\\096\\042\\091x\\093\\(y\\).hostile.example.'.replace('\\042', '*'));
    assert.equal(result.mx[0].ttl, MAX_TTL);
    const shown = [result.zoneText, domainReportMarkdown(result), ...result.findings.map((f) => f.message)].join('\n');
    // eslint-disable-next-line no-control-regex -- control characters are what this assertion looks for
    assert.doesNotMatch(shown, /[\x00-\x08\x0b-\x1f\x7f]/, 'no control character reaches the user');
    assert.ok(!domainReportMarkdown(result).includes('](y)'), 'no markdown link can be smuggled in a name');
  });

  it('a TTL of 2^32 - 1 on the wire is clamped to 2^31 - 1 (RFC 2181 §8)', async () => {
    const raw = await startRawServer((query) => manyMxAnswer(DNS.Packet.parse(query), 1, 0xffffffff));
    try {
      const result = await checkDomain('example.com', { servers: [raw], timeoutMs: ANSWER_TIMEOUT_MS });
      assert.deepEqual(result.mx, [{ preference: 10, exchange: 'mx0.example.com.', ttl: MAX_TTL }]);
      assert.equal(result.zoneText.split('\n')[0], `example.com. ${MAX_TTL} IN MX 10 mx0.example.com.`);
    } finally {
      await raw.close();
    }
  });

  it('options.rules can turn a live finding off or change its severity', async () => {
    const off = await checkDomain('nope.example', { servers: [server], timeoutMs: ANSWER_TIMEOUT_MS, rules: { 'domain-nxdomain': 'off' } });
    assert.deepEqual(ids(off), []);
    const hint = await checkDomain('truncated.example', { servers: [server], timeoutMs: ANSWER_TIMEOUT_MS, rules: { 'answer-truncated': 'hint' } });
    assert.equal(finding(hint, 'answer-truncated')!.severity, 'hint');
  });
});

describe('lookup failures end with a clear error within the timeout', () => {
  /** `timeoutMs`: short where the case must time out, generous where an answer (a bad one) does come. */
  async function failure(servers: { address: string; port: number }[], domain: string, timeoutMs: number) {
    const { value, error } = await settled(() => checkDomain(domain, { servers, timeoutMs }));
    assert.equal(value, undefined);
    assert.ok(error instanceof LookupFailedError, `a LookupFailedError, not ${String(error)}`);
    return error.message;
  }

  it('SERVFAIL on the MX question', async () => {
    assert.match(
      await failure([server], 'servfail.example', ANSWER_TIMEOUT_MS),
      /^The MX lookup for servfail\.example failed: 127\.0\.0\.1:\d+ answered SERVFAIL\.$/,
    );
  });

  it('a server that never answers', async () => {
    const silent = await startRawServer(() => undefined);
    try {
      assert.match(
        await failure([silent], 'example.com', TIMEOUT_MS),
        /^The MX lookup for example\.com failed: 127\.0\.0\.1:\d+ did not answer within the timeout\.$/,
      );
      assert.equal(silent.questions.length, 1);
    } finally {
      await silent.close();
    }
  });

  it('nothing listening at the port: refused at once, without waiting for the timeout', HANG_GUARD, async () => {
    const gone = await startRawServer(() => undefined);
    await gone.close();
    const { error } = await settled(() => checkDomain('example.com', { servers: [gone], timeoutMs: NEVER_MS }));
    assert.match(String(error), /refused the query: no DNS server listens there/);
  });

  it('garbage instead of an answer', async () => {
    const garbage = await startRawServer(() => Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'));
    try {
      assert.match(
        await failure([garbage], 'example.com', TIMEOUT_MS),
        /did not answer within the timeout; it sent only a packet with another message id, which is not a DNS answer to this query\.$/,
      );
    } finally {
      await garbage.close();
    }
  });

  it('a reply with the right id whose records cannot be decoded (a 70-octet label)', async () => {
    const malformed = await startRawServer((query) => {
      const question = query.subarray(12);
      const header = Buffer.from([query[0], query[1], 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0]);
      const label = Buffer.concat([Buffer.from([70]), Buffer.alloc(70, 0x61), Buffer.from([0])]);
      const rdata = Buffer.concat([Buffer.from([0, 10]), label]);
      const record = Buffer.concat([Buffer.from([0xc0, 0x0c, 0, 15, 0, 1, 0xff, 0xff, 0xff, 0xff, 0, rdata.length]), rdata]);
      return Buffer.concat([header, question, record]);
    });
    try {
      assert.match(
        await failure([malformed], 'example.com', ANSWER_TIMEOUT_MS),
        /127\.0\.0\.1:\d+ sent a malformed answer: some of its records could not be decoded\.$/,
      );
    } finally {
      await malformed.close();
    }
  });

  it('a header that announces more records than the packet holds', async () => {
    const liar = await startRawServer((query) =>
      Buffer.concat([Buffer.from([query[0], query[1], 0x81, 0x80, 0, 1, 0xff, 0xff, 0, 0, 0, 0]), query.subarray(12)]),
    );
    try {
      assert.match(
        await failure([liar], 'example.com', ANSWER_TIMEOUT_MS),
        /sent a malformed answer: its header announces 65535 answers in \d+ bytes, which cannot hold them\.$/,
      );
    } finally {
      await liar.close();
    }
  });

  it('a failing server is passed over for the next one, as the system resolver does', async () => {
    const silent = await startRawServer(() => undefined);
    try {
      const result = await checkDomain('example.com', { servers: [silent, server], timeoutMs: MIXED_TIMEOUT_MS });
      assert.equal(result.server, `127.0.0.1:${server.port}`);
    } finally {
      await silent.close();
    }
  });

  it('cancelling stops the lookup at once, without waiting for the timeout', HANG_GUARD, async () => {
    const silent = await startRawServer(() => undefined);
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const { error } = await settled(() => checkDomain('example.com', { servers: [silent], timeoutMs: NEVER_MS, signal: controller.signal }));
      assert.match(String(error), /cancelled/);
    } finally {
      await silent.close();
    }
  });
});
