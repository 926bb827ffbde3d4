/**
 * Answers from the network are untrusted: whatever octets a name holds, and whatever TTL an answer
 * carries, what the user sees (the report, the CLI's text and JSON, the zone text the rules read) is
 * escaped printable ASCII and clamped numbers. Complements test/unit/dns with property tests over every
 * octet and a loopback server sending full-length hostile labels.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { checkDomain } from '../../../src/core/dns/check';
import { MAX_TTL, presentName, presentText } from '../../../src/core/dns/names';
import { domainReportMarkdown } from '../../../src/core/dns/report';
import { parseName } from '../../../src/core/zone/names';
import { cliPath } from '../../paths';
import { ANSWER_TIMEOUT_MS, startZoneServer, type RunningServer } from '../dns/loopback';
import { checkProperty } from './fuzz';

/** One char per octet, as dns2 hands labels over. */
const octets = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 255 }), { minLength: min, maxLength: max }).map((bytes) => String.fromCharCode(...bytes));
const wireName = fc.array(octets(1, 63), { minLength: 1, maxLength: 4 });

/** Printable ASCII only, and in a name only letters, digits, a few safe marks, dots and backslash escapes. */
const PRESENTED_NAME = /^(?:(?:[A-Za-z0-9\-_*/+=]|\\[.\\"();@$]|\\\d{3})+\.)+$/;

test('presentName: any octets become an escaped printable name that the zone parser reads back', (t) => {
  checkProperty(t, 'hostile wire names', wireName, (labels) => {
    // A dot inside a label cannot be told from a separator once dns2 has joined the labels; keep them out here.
    const clean = labels.map((l) => l.replace(/\./g, '-'));
    const presented = presentName(clean.join('.'));
    assert.match(presented, PRESENTED_NAME);
    const parsed = parseName(presented, '.');
    assert.ok('name' in parsed, `the parser rejects ${presented}: ${'error' in parsed ? parsed.error : ''}`);
  });
});

test('presentText: any string becomes a quoted printable TXT string', (t) => {
  checkProperty(t, 'hostile TXT strings', fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
    assert.match(presentText(text), /^"(?:[ !#-[\]-~]|\\["\\]|\\\d{3})*"$/);
  });
});

// Full-length labels of control characters, terminal escapes and markup, a 4 × 63-octet name, and TTLs past 2^31.
const htmlLabel = ('<img src=x onerror=alert(1)>' + '\x1b]0;pwn\x07' + '\u0000\u202e').padEnd(63, '\x7f');
const longName = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'hostile'].join('.');
let server: RunningServer;
before(async () => {
  server = await startZoneServer({
    records: {
      'hostile.example': [
        { type: 'MX', preference: 10, exchange: `${htmlLabel}.hostile.example`, ttl: 0xffffffff },
        { type: 'MX', preference: 65535, exchange: longName, ttl: 0x80000000 },
        { type: 'TXT', strings: ['<script>alert(1)</script>\x1b[2J'] },
      ],
      [`${htmlLabel}.hostile.example`.toLowerCase()]: [{ type: 'A', address: '192.0.2.1' }],
    },
  });
});
after(() => server.close());

// eslint-disable-next-line no-control-regex -- control characters are what these tests look for
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

test('a loopback answer with full-length hostile labels and huge TTLs: escaped and clamped everywhere it is shown', async () => {
  const result = await checkDomain('hostile.example', { servers: [server], timeoutMs: ANSWER_TIMEOUT_MS });
  assert.deepEqual(
    result.mx.map((mx) => mx.ttl),
    [MAX_TTL, MAX_TTL],
  );
  for (const mx of result.mx) assert.match(mx.exchange, PRESENTED_NAME);
  assert.equal(result.mx[1].exchange, longName + '.');
  const shown = [result.zoneText, domainReportMarkdown(result), ...result.findings.map((f) => f.message)].join('\n');
  assert.doesNotMatch(shown, CONTROL);
  assert.ok(!shown.includes('<img') && !shown.includes('<script'), 'no markup from an answer reaches the report');

  const at = `${server.address}:${server.port}`;
  for (const format of ['text', 'json']) {
    const run = await promisify(execFile)(process.execPath, [
      cliPath,
      'check-domain',
      '--server',
      at,
      '--timeout',
      '3000',
      '--format',
      format,
      'hostile.example',
    ]).catch((error: { stdout: string; stderr: string }) => error);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, CONTROL, `${format} output holds a control character`);
    assert.ok(!run.stdout.includes('<img'), `${format} output holds the raw markup`);
    if (format === 'json') assert.equal(JSON.parse(run.stdout).mx.length, 2);
  }
});
