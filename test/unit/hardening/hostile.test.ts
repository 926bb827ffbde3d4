/**
 * Hostile files: each ends with a clear message that says where, in bounded memory, never a crash or a
 * hang. No test here asserts a time: the runner's --test-timeout (scripts/test.mjs) catches a hang. Big
 * files are generated into a temp folder at test time, never committed.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { lintText } from '../../../src/core/lint';
import type { Problem } from '../../../src/core/zone/model';
import { createFileIncludeReader } from '../../../src/core/zone/fileInclude';
import { MAX_GENERATED_RECORDS, MAX_GENERATED_TOTAL } from '../../../src/core/zone/generate';
import { MAX_INCLUDE_DEPTH, MAX_INCLUDED_FILES, parseZone } from '../../../src/core/zone/parser';
import { cliPath } from '../../paths';
import { toolSkip } from '../../tools';

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-hostile-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Lints `text` and returns its only problem, checking it is an error at the expected line with a short message. */
function onlyProblem(text: string, line: number, what: string, options: { fileName?: string } = {}): Problem {
  const { zone } = lintText(text, { origin: 'example.com.', ...options, include: createFileIncludeReader() });
  const own = zone.problems.filter((p) => p.file === undefined);
  assert.equal(
    own.length,
    1,
    `${what}: expected one problem, got ${own.length}: ${own
      .slice(0, 3)
      .map((p) => p.message)
      .join(' | ')}`,
  );
  assert.equal(own[0].severity, 'error');
  assert.equal(own[0].range.start.line, line, `${what}: problem at line ${own[0].range.start.line}`);
  assert.ok(own[0].message.length < 300, `${what}: a ${own[0].message.length}-character message`);
  return own[0];
}

/** Writes a zone of `bytes` bytes of A records (plus an MX) to a temp file, in 1 MB chunks. */
function writeBigZone(name: string, bytes: number): string {
  const file = path.join(tmp, name);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\n@ NS ns\n@ MX 10 ns\nns A 192.0.2.1\n');
  let written = 0;
  for (let i = 0; written < bytes;) {
    let chunk = '';
    while (chunk.length < 1 << 20) chunk += `host${i++} IN A 192.0.2.1\n`;
    fs.writeSync(fd, chunk);
    written += chunk.length;
  }
  fs.closeSync(fd);
  return file;
}

/** The tests that measure the CLI's peak memory need GNU time. */
const timeSkip = toolSkip('/usr/bin/time', 'time');

/** Runs a command to its end; returns its exit code and output, whatever the code (the timeout is a hang guard). */
async function runToEnd(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { maxBuffer: 64 << 20, timeout: 180_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Runs the CLI under /usr/bin/time -v with a bounded heap; returns its exit code, output and peak memory. */
async function cliWithMemory(
  heapMb: number,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string; maxRssMb: number; seconds: number }> {
  const start = Date.now();
  const { code, stdout, stderr } = await runToEnd('/usr/bin/time', ['-v', process.execPath, `--max-old-space-size=${heapMb}`, cliPath, ...args]);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  assert.ok(rss, `no memory figure from /usr/bin/time: ${stderr.slice(-500)}`);
  return {
    code,
    stdout,
    stderr: stderr.slice(0, stderr.indexOf('\tCommand being timed')).replace(/^Command exited with non-zero status \d+\n/m, ''),
    maxRssMb: Number(rss[1]) / 1024,
    seconds: (Date.now() - start) / 1000,
  };
}

test('a 200 MB zone: the CLI ends with a clear message in bounded memory, never "heap out of memory"', { skip: timeSkip }, async (t) => {
  const file = writeBigZone('big.zone', 200 * 1024 * 1024);
  const result = await cliWithMemory(1024, ['lint', '--origin', 'example.com', file]);
  t.diagnostic(
    `200 MB zone, heap 1024 MB: exit ${result.code}, ${result.seconds.toFixed(1)} s, peak RSS ${result.maxRssMb.toFixed(0)} MB: ${result.stderr.trim()}`,
  );
  fs.rmSync(file);
  assert.equal(result.code, 2);
  assert.match(
    result.stderr,
    new RegExp(
      `^mx-guard lint: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is 20[01] MB; linting it needs about \\d+ MB of memory, more than the \\d+ MB this Node\\.js process may use`,
    ),
  );
  assert.doesNotMatch(result.stderr, /heap out of memory|FATAL/);
  assert.ok(result.maxRssMb < 300, `peak RSS ${result.maxRssMb} MB`);
});

test('a 10 MB zone is linted in full under a 1 GB heap', { skip: timeSkip }, async (t) => {
  const file = writeBigZone('ten.zone', 10 * 1024 * 1024);
  const result = await cliWithMemory(1024, ['lint', '--origin', 'example.com', file]);
  t.diagnostic(`10 MB zone, heap 1024 MB: exit ${result.code}, ${result.seconds.toFixed(1)} s, peak RSS ${result.maxRssMb.toFixed(0)} MB`);
  fs.rmSync(file);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, 'no problems in 1 file\n');
  assert.ok(result.maxRssMb < 1400, `peak RSS ${result.maxRssMb} MB`);
});

test('a 1 MB single line: one problem at its line, with a short message', () => {
  const mb = 1 << 20;
  assert.match(
    onlyProblem('a'.repeat(mb) + ' 300 A 192.0.2.1\n', 0, '1 MB owner').message,
    /^bad owner name: label longer than 63 characters in name "a{60}…" \(1048576 characters\)$/,
  );
  assert.match(
    onlyProblem('$TTL 300\n@ MX 10 ' + 'b'.repeat(mb) + '\n', 1, '1 MB MX target').message,
    /^MX exchange: label longer than 63 characters/,
  );
  assert.match(onlyProblem('$TTL 300\n@ TXT "' + 'c'.repeat(mb) + '"\n', 1, '1 MB TXT string').message, /^text string longer than 255 bytes/);
  assert.match(onlyProblem('$TTL 300\n@ TXT "' + 'd'.repeat(mb) + '\n', 1, '1 MB unterminated string').message, /^unterminated quoted string/);
  assert.match(onlyProblem('$TTL 300\n' + 'x '.repeat(mb / 2) + '\n', 1, '1 MB of fields').message, /^unknown record type "x"$/);
  // A 1 MB line of valid strings is a record, not a problem.
  const { zone } = lintText('$TTL 300\n@ TXT ' + '"abc" '.repeat(mb / 6) + '\n', { origin: 'example.com.' });
  assert.equal(zone.records.length, 1);
  assert.equal(zone.records[0].rdataTokens.length, Math.floor(mb / 6));
});

test('100,000 nested-looking parentheses: one problem each, or one record when balanced', () => {
  const n = 100_000;
  assert.equal(onlyProblem('$TTL 300\n@ TXT ' + '('.repeat(n) + '\n', 1, 'open').message, 'unterminated parenthesis: "(" is never closed');
  assert.equal(onlyProblem('$TTL 300\n@ TXT "a" ' + ')'.repeat(n) + '\n', 1, 'close').message, 'unbalanced ")" without an opening "("');
  assert.equal(onlyProblem('$TTL 300\n' + '@ TXT ( "a"\n'.repeat(n), 1, 'open on every line').range.start.character, 6);
  const { zone } = lintText('$TTL 300\n@ TXT ' + '('.repeat(n) + '"a"' + ')'.repeat(n) + '\n', { origin: 'example.com.' });
  assert.deepEqual(zone.problems, []);
  assert.deepEqual(
    zone.records.map((r) => r.rdata),
    [{ type: 'TXT', strings: ['a'] }],
  );
});

test('an $INCLUDE cycle, and runaway includes, end with a problem at the $INCLUDE', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'cycle-'));
  fs.writeFileSync(path.join(dir, 'a.zone'), '$TTL 300\n@ MX 10 mx\n$INCLUDE b.inc\n');
  fs.writeFileSync(path.join(dir, 'b.inc'), 'mx A 192.0.2.1\n$INCLUDE a.zone\n');
  const aPath = path.join(dir, 'a.zone');
  const zone = parseZone(fs.readFileSync(aPath, 'utf8'), { origin: 'example.com.', fileName: aPath, include: createFileIncludeReader() });
  assert.deepEqual(
    zone.problems.map((p) => [p.file, p.range.start.line, p.message]),
    [[path.join(dir, 'b.inc'), 1, `$INCLUDE "a.zone" includes itself (cycle: ${aPath} -> ${path.join(dir, 'b.inc')} -> ${aPath})`]],
  );
  assert.equal(zone.records.length, 2);

  // A cycle through a symbolic link has another name each time round: the depth limit ends it.
  fs.symlinkSync(path.join(dir, 'loop.inc'), path.join(dir, 'link.inc'));
  fs.writeFileSync(path.join(dir, 'loop.inc'), 'x A 192.0.2.2\n$INCLUDE link.inc\n');
  fs.writeFileSync(path.join(dir, 'sym.zone'), '$TTL 300\n$INCLUDE loop.inc\n');
  const symPath = path.join(dir, 'sym.zone');
  const viaLink = parseZone(fs.readFileSync(symPath, 'utf8'), { origin: 'example.com.', fileName: symPath, include: createFileIncludeReader() });
  assert.equal(viaLink.problems.length, 1);
  assert.match(viaLink.problems[0].message, /includes itself|nests deeper than 16 files/);

  // Ten includes per file, seventeen levels deep: 10^16 reads without a bound on files per zone.
  for (let level = 0; level <= MAX_INCLUDE_DEPTH; level++) {
    fs.writeFileSync(path.join(dir, `fan${level}.inc`), `$INCLUDE fan${level + 1}.inc\n`.repeat(10));
  }
  fs.writeFileSync(path.join(dir, `fan${MAX_INCLUDE_DEPTH + 1}.inc`), 'x A 192.0.2.3\n');
  const fanPath = path.join(dir, 'fan0.inc');
  const fan = parseZone(fs.readFileSync(fanPath, 'utf8'), { origin: 'example.com.', fileName: fanPath, include: createFileIncludeReader() });
  assert.ok(fan.problems.some((p) => p.message.endsWith(`was not read: this zone already includes ${MAX_INCLUDED_FILES} files`)));
});

test('$INCLUDE of /dev/zero, of a directory, and outside the allowed folder: refused with a message', () => {
  const root = fs.mkdtempSync(path.join(tmp, 'root-'));
  const outside = fs.mkdtempSync(path.join(tmp, 'outside-'));
  fs.writeFileSync(path.join(outside, 'secret.inc'), 'x A 192.0.2.9\n');
  fs.mkdirSync(path.join(root, 'dir'));
  fs.symlinkSync(path.join(outside, 'secret.inc'), path.join(root, 'link.inc'));
  const zonePath = path.join(root, 'db.example.com');
  const include = createFileIncludeReader({ allowedRoot: root });
  const problemFor = (target: string) => {
    const zone = parseZone(`$TTL 300\n$INCLUDE ${target}\n`, { origin: 'example.com.', fileName: zonePath, include });
    assert.equal(zone.records.length, 0);
    assert.equal(zone.problems.length, 1);
    assert.equal(zone.problems[0].range.start.line, 1);
    return zone.problems[0].message;
  };
  assert.equal(problemFor('/dev/zero'), '$INCLUDE "/dev/zero": /dev/zero is not a regular file');
  assert.equal(problemFor('dir'), `$INCLUDE "dir": ${path.join(root, 'dir')} is a directory, not a file`);
  assert.equal(
    problemFor(path.join(outside, 'secret.inc')),
    `$INCLUDE "${path.join(outside, 'secret.inc')}": ${path.join(outside, 'secret.inc')} is outside the allowed folder ${fs.realpathSync(root)}`,
  );
  assert.equal(
    problemFor('../' + path.basename(outside) + '/secret.inc'),
    `$INCLUDE "../${path.basename(outside)}/secret.inc": ${path.join(outside, 'secret.inc')} is outside the allowed folder ${fs.realpathSync(root)}`,
  );
  // A link inside the folder that points out of it is outside too.
  assert.equal(problemFor('link.inc'), `$INCLUDE "link.inc": ${path.join(root, 'link.inc')} is outside the allowed folder ${fs.realpathSync(root)}`);
});

test('the CLI reports an $INCLUDE of /dev/zero at its line and exits 1', async () => {
  const file = path.join(tmp, 'devzero.example.com.zone');
  fs.writeFileSync(file, '$TTL 300\n@ MX 10 mx\nmx A 192.0.2.1\n$INCLUDE /dev/zero\n');
  const result = await runToEnd(process.execPath, [cliPath, 'lint', file]);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, `${file}:4:10 error $INCLUDE "/dev/zero": /dev/zero is not a regular file [syntax]\n1 problem (1 error) in 1 file\n`);
});

test('$GENERATE of 2^31 records, huge widths and too many directives: bounded, with an error', () => {
  const range = onlyProblem('$TTL 300\n$GENERATE 0-2147483647 host$ A 10.0.0.1\n', 1, '2^31 records');
  assert.equal(range.message, `$GENERATE range "0-2147483647" makes 2147483648 records; at most ${MAX_GENERATED_RECORDS} are allowed per directive`);
  assert.equal(range.range.start.character, 10);
  assert.match(onlyProblem('$TTL 300\n$GENERATE 0-4294967296 host$ A 10.0.0.1\n', 1, 'past 2^32').message, /numbers must be at most 2147483647/);
  // These widths once threw "Invalid string length" and looped for ever.
  assert.equal(
    onlyProblem('$TTL 300\n$GENERATE 0-1 h${0,999999999,d} A 10.0.0.1\n', 1, 'width').message,
    'width 999999999 in $GENERATE template "${0,999999999,d}" is above 255',
  );
  assert.match(
    onlyProblem('$TTL 300\n$GENERATE 0-1 h${0,99999999999999999999,n} A 10.0.0.1\n', 1, 'nibble width').message,
    /^width 99999999999999999999 /,
  );
  const many = MAX_GENERATED_TOTAL / MAX_GENERATED_RECORDS + 1;
  const { zone } = lintText('$TTL 300\n' + '$GENERATE 0-65535 h$ A 10.0.0.1\n'.repeat(many), { origin: 'example.com.' });
  assert.equal(zone.records.length, MAX_GENERATED_TOTAL);
  assert.deepEqual(
    zone.problems.map((p) => [p.range.start.line, p.message]),
    [
      [
        many,
        `$GENERATE range "0-65535" would bring the records made by $GENERATE to ${MAX_GENERATED_TOTAL + MAX_GENERATED_RECORDS}; at most ${MAX_GENERATED_TOTAL} are allowed per zone`,
      ],
    ],
  );
});

test('NUL bytes, invalid UTF-8 and lone CRs', async () => {
  const nul = onlyProblem('$TTL 300\n@ A 192.0.2.1\nwww\u0000 A 192.0.2.2\nmail A 192.0.2.3\n', 2, 'NUL');
  assert.equal(nul.message, 'binary data (a NUL byte): this is not a zone file; reading stopped here');
  assert.equal(nul.range.start.character, 3);

  // Lone CRs end lines (as in VS Code): every record and finding is on its own line.
  const cr = lintText('$TTL 300\r@ MX 10 mail\rmail A 192.0.2.1\r@ MX 20 backup.example.net.\r', { origin: 'example.com.' });
  assert.deepEqual(cr.zone.problems, []);
  assert.deepEqual(
    cr.zone.records.map((r) => r.range.start.line),
    [1, 2, 3],
  );
  assert.deepEqual(
    cr.findings.map((f) => [f.ruleId, f.range.start.line]),
    [['backup-mx', 3]],
  );

  // Invalid UTF-8 from the CLI: decoded as U+FFFD, linted, no crash.
  const file = path.join(tmp, 'latin1.example.com.zone');
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('$TTL 300\n@ MX 10 mail\nmail A 192.0.2.1\n; caf'),
      Buffer.from([0xe9, 0xff, 0xfe]),
      Buffer.from('\nh\xff A 192.0.2.2\n', 'latin1'),
    ]),
  );
  const result = await runToEnd(process.execPath, [cliPath, 'lint', '--format', 'json', file]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), []);
});
