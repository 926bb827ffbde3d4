import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDomain, type DomainCheck } from '../../../src/core/dns/check';
import { MAX_SPF_QUESTIONS } from '../../../src/core/dns/mailLookup';
import { RFC6376_KEY } from '../rules/mailFixtures';
import { ANSWER_TIMEOUT_MS, MIXED_TIMEOUT_MS, startZoneServer, type FakeZone, type RecordData, type RunningServer } from './loopback';

/**
 * check-domain's mail records against a loopback DNS server and a loopback HTTPS server whose CA and
 * certificate this test makes (valid from now, for two days), including hostile answers: an include
 * loop, a chain of 10,000 includes, a huge TXT answer, a policy server that never answers.
 */

const CHAIN = 10_000;
const POLICY = 'version: STSv1\nmode: enforce\nmx: mx1.mail.example\nmax_age: 86400\n';

const txt = (...strings: string[]): RecordData => ({ type: 'TXT', strings });
const records: FakeZone['records'] = {
  'mail.example': [
    { type: 'MX', preference: 10, exchange: 'mx1.mail.example' },
    { type: 'MX', preference: 20, exchange: 'mx2.mail.example' },
    txt('v=spf1 include:a.mail.example -all'),
  ],
  'mx1.mail.example': [{ type: 'A', address: '192.0.2.1' }],
  'mx2.mail.example': [{ type: 'A', address: '192.0.2.2' }],
  'a.mail.example': [txt('v=spf1 include:b.mail.example -all')],
  'b.mail.example': [txt('v=spf1 include:a.mail.example -all')],
  '_dmarc.mail.example': [txt('v=DMARC1; p=none; rua=mailto:r@reports.example.net')],
  '_mta-sts.mail.example': [txt('v=STSv1; id=20240601')],
  'mta-sts.mail.example': [{ type: 'A', address: '127.0.0.1' }],
  'sel._domainkey.mail.example': [txt(`v=DKIM1; p=${RFC6376_KEY}`)],
  'chain.example': [{ type: 'MX', preference: 10, exchange: 'mx1.mail.example' }, txt('v=spf1 include:c0.chain.example -all')],
  'huge.example': [
    { type: 'MX', preference: 10, exchange: 'mx1.mail.example' },
    txt('v=spf1 a:gone1.huge.example a:gone2.huge.example mx:gone3.huge.example -all'),
    txt(...Array.from({ length: 200 }, () => 'x'.repeat(255))),
  ],
};
for (let i = 0; i < CHAIN; i++) records[`c${i}.chain.example`] = [txt(`v=spf1 include:c${i + 1}.chain.example -all`)];

let dns: RunningServer;
let dir: string;
let ca: Buffer;
let key: Buffer;
let cert: Buffer;

/** A CA and a server certificate for mta-sts.mail.example, made with openssl for this run only. */
function makeCertificates(): void {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-mta-sts-'));
  const at = (name: string) => path.join(dir, name);
  const run = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  run(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    at('ca.key'),
    '-out',
    at('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=MX Guard test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=keyCertSign',
  );
  run('req', ...ec, '-keyout', at('server.key'), '-out', at('server.csr'), '-subj', '/CN=mta-sts.mail.example');
  fs.writeFileSync(at('ext.cnf'), 'subjectAltName=DNS:mta-sts.mail.example\n');
  run(
    'x509',
    '-req',
    '-in',
    at('server.csr'),
    '-CA',
    at('ca.pem'),
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('server.pem'),
    '-days',
    '2',
    '-extfile',
    at('ext.cnf'),
  );
  ca = fs.readFileSync(at('ca.pem'));
  key = fs.readFileSync(at('server.key'));
  cert = fs.readFileSync(at('server.pem'));
}

/** An HTTPS server on 127.0.0.1 that answers each request with `handle`, or never when it returns false. */
async function startPolicyServer(
  handle: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean | void,
) {
  const server = https.createServer({ key, cert }, (request, response) => {
    if (handle(request, response) === false) return;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

before(async () => {
  makeCertificates();
  dns = await startZoneServer({ records });
});
after(async () => {
  await dns.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ids = (check: DomainCheck) => check.findings.map((f) => f.ruleId);
const finding = (check: DomainCheck, id: string) => check.findings.find((f) => f.ruleId === id);

describe('check-domain: mail authentication records', () => {
  it('reads the records, follows an include loop to its end, fetches the policy with a verified certificate', async () => {
    const policy = await startPolicyServer((request, response) => {
      assert.equal(request.headers.host, 'mta-sts.mail.example');
      response.writeHead(200, { 'content-type': 'text/plain' }).end(POLICY);
    });
    try {
      const check = await checkDomain('mail.example', {
        servers: [dns],
        timeoutMs: ANSWER_TIMEOUT_MS,
        dkimSelectors: ['sel'],
        policyFetch: { port: policy.port, ca },
      });
      assert.deepEqual(check.mailRecords, {
        spf: 'v=spf1 include:a.mail.example -all',
        dmarc: 'v=DMARC1; p=none; rua=mailto:r@reports.example.net',
        mtaSts: 'v=STSv1; id=20240601',
        tlsRpt: undefined,
        bimi: undefined,
        dkim: [{ selector: 'sel', record: `v=DKIM1; p=${RFC6376_KEY}` }],
      });
      assert.match(
        finding(check, 'spf-too-many-lookups')!.message,
        /includes itself through mail\.example → include:a\.mail\.example → include:b\.mail\.example → include:a\.mail\.example/,
      );
      // The policy lists mx1 only: mx2 is not covered, an error in enforce mode.
      const notCovered = finding(check, 'mta-sts-mx-not-covered')!;
      assert.equal(notCovered.severity, 'error');
      assert.match(notCovered.message, /^MX mx2\.mail\.example is not matched/);
      assert.equal(finding(check, 'dkim-weak-key')!.severity, 'warning');
      assert.match(finding(check, 'dmarc-report-authorization')!.message, /mail\.example\._report\._dmarc\.reports\.example\.net/);
      assert.ok(ids(check).includes('dmarc-policy-none'));
      assert.ok(!ids(check).includes('mta-sts-policy-unavailable'));
    } finally {
      await policy.close();
    }
  });

  it('a certificate from an unknown CA: the policy is unavailable, a warning, and the check goes on', async () => {
    const policy = await startPolicyServer((_request, response) => void response.writeHead(200).end(POLICY));
    try {
      const check = await checkDomain('mail.example', { servers: [dns], timeoutMs: ANSWER_TIMEOUT_MS, policyFetch: { port: policy.port } });
      const unavailable = finding(check, 'mta-sts-policy-unavailable')!;
      assert.equal(unavailable.severity, 'warning');
      assert.match(unavailable.message, /the certificate does not verify/);
      assert.ok(!ids(check).includes('mta-sts-mx-not-covered'));
    } finally {
      await policy.close();
    }
  });

  it('a redirect is not followed', async () => {
    const policy = await startPolicyServer((_request, response) => void response.writeHead(301, { location: 'https://example.org/' }).end());
    try {
      const check = await checkDomain('mail.example', { servers: [dns], timeoutMs: ANSWER_TIMEOUT_MS, policyFetch: { port: policy.port, ca } });
      assert.match(finding(check, 'mta-sts-policy-unavailable')!.message, /redirects \(301\)/);
    } finally {
      await policy.close();
    }
  });

  it('a policy server that stalls: unavailable once the timeout has passed, no hang', async () => {
    const policy = await startPolicyServer(() => false);
    try {
      const started = performance.now();
      const check = await checkDomain('mail.example', { servers: [dns], timeoutMs: MIXED_TIMEOUT_MS, policyFetch: { port: policy.port, ca } });
      assert.match(finding(check, 'mta-sts-policy-unavailable')!.message, new RegExp(`no complete answer within ${MIXED_TIMEOUT_MS} ms`));
      // A hang guard far above the expected time, not a timing assertion.
      assert.ok(performance.now() - started < 60_000);
    } finally {
      await policy.close();
    }
  });

  it(`a chain of ${CHAIN} includes: at most ${MAX_SPF_QUESTIONS} questions follow it, and the overflow is named`, async () => {
    const before = dns.questions.length;
    const check = await checkDomain('chain.example', { servers: [dns], timeoutMs: ANSWER_TIMEOUT_MS });
    const asked = dns.questions.slice(before).filter((q) => /\.chain\.example TXT/.test(q) && /^c\d+/.test(q));
    assert.ok(asked.length <= MAX_SPF_QUESTIONS, `${asked.length} questions`);
    assert.match(
      finding(check, 'spf-too-many-lookups')!.message,
      /^SPF at chain\.example needs at least \d+ DNS lookups.*→ include:c9\.chain\.example → include:c10\.chain\.example\. /,
    );
  });

  it('a huge TXT answer (over TCP) and three void lookups', async () => {
    const check = await checkDomain('huge.example', { servers: [dns], timeoutMs: ANSWER_TIMEOUT_MS });
    assert.match(
      finding(check, 'spf-void-lookups')!.message,
      /3 of its lookups return nothing \(a:gone1\.huge\.example, a:gone2\.huge\.example, mx:gone3\.huge\.example\)/,
    );
    // The 51 KB answer was cut over UDP and read again over TCP; the SPF record beside it is still read.
    assert.ok(dns.questions.includes('huge.example TXT tcp'), dns.questions.filter((q) => q.startsWith('huge')).join(', '));
    assert.equal(check.mailRecords.spf, 'v=spf1 a:gone1.huge.example a:gone2.huge.example mx:gone3.huge.example -all');
  });
});
