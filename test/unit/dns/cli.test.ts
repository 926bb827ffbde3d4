import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cliPath } from '../../paths';
import { seedZone } from './fixtures';
import { startRawServer, startZoneServer, type RunningServer } from './loopback';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without blocking this process, which serves the loopback DNS it asks. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { timeout: 15000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let server: RunningServer;
let at: string;
before(async () => {
  server = await startZoneServer(seedZone);
  at = `127.0.0.1:${server.port}`;
});
after(() => server.close());

describe('mx-guard check-domain against a loopback server', () => {
  it('json: the MX with their addresses, and the backup MX flagged', async () => {
    const run = await cli('check-domain', '--server', at, '--timeout', '2000', '--format', 'json', 'example.com');
    assert.equal(run.stderr, '');
    const result = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(result), ['domain', 'mx', 'findings', 'records']);
    assert.equal(result.domain, 'example.com');
    assert.deepEqual(result.mx, [
      {
        preference: 10,
        exchange: 'mx1.vqnow.com',
        addresses: ['192.0.2.10', '2001:db8::10'],
        provider: { id: 'vqnow', name: 'vqNow', kind: 'filtering-service' },
      },
      { preference: 20, exchange: 'rescue.mx.dnspark.net', addresses: ['198.51.100.20'] },
    ]);
    const backup = result.findings.filter((f: { ruleId: string }) => f.ruleId === 'backup-mx');
    assert.equal(backup.length, 1);
    assert.match(backup[0].message, /rescue\.mx\.dnspark\.net/);
    for (const f of result.findings) assert.deepEqual(Object.keys(f), ['ruleId', 'severity', 'message']);
    const hasError = result.findings.some((f: { severity: string }) => f.severity === 'error');
    assert.equal(run.code, hasError ? 1 : 0);
  });

  it('text: the fallback order and the backup-mx finding', async () => {
    const run = await cli('check-domain', '--server', at, 'example.com');
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `example.com (answers from ${at})`);
    assert.equal(lines[1], '  tier 1  MX 10 mx1.vqnow.com  primary (vqNow, filtering service)  192.0.2.10, 2001:db8::10');
    assert.equal(lines[2], '  tier 2  MX 20 rescue.mx.dnspark.net  backup, other operator (dnspark.net)  198.51.100.20');
    assert.ok(
      lines.some((l) => /^(warning|error)\s+backup-mx: .*rescue\.mx\.dnspark\.net/.test(l)),
      run.stdout,
    );
  });

  it('NXDOMAIN is an error-level finding: exit 1', async () => {
    const run = await cli('check-domain', '--server', at, '--format', 'json', 'nope.example');
    assert.equal(run.code, 1);
    assert.deepEqual(
      JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId),
      ['domain-nxdomain'],
    );
  });

  it('a failed lookup: exit 2 and a clear message on stderr, nothing on stdout', async () => {
    const run = await cli('check-domain', '--server', at, 'servfail.example');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `mx-guard check-domain: The MX lookup for servfail.example failed: ${at} answered SERVFAIL.\n`);
  });

  // The hang guard is generous (the case takes the 300 ms timeout plus node's start-up): it fails only on a hang.
  it('a server that never answers: exit 2 once the timeout has passed', { timeout: 60_000 }, async () => {
    const silent = await startRawServer(() => undefined);
    try {
      const run = await cli('check-domain', '--server', `127.0.0.1:${silent.port}`, '--timeout', '300', 'example.com');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /did not answer within the timeout/);
    } finally {
      await silent.close();
    }
  });

  it('usage errors: exit 2 with the reason', async () => {
    const noDomain = await cli('check-domain', '--server', at);
    assert.equal(noDomain.code, 2);
    assert.match(noDomain.stderr, /^mx-guard check-domain: name the domain to check\n/);
    const badServer = await cli('check-domain', '--server', 'dns.example', 'example.com');
    assert.equal(badServer.code, 2);
    assert.match(badServer.stderr, /host names are not accepted/);
    const badDomain = await cli('check-domain', '--server', at, 'exa mple.com');
    assert.match(badDomain.stderr, /A domain name has no spaces/);
  });
});
