/**
 * The command line as users of ESLint or kzonecheck expect it: help and version, the zone-file test that
 * decides what `lint` reads, folders, skipped files, the summary, and one clean line for a file that
 * cannot be read, for every command. Each runs the bundled CLI in a scratch folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import packageJson from '../../../package.json';
import { isZoneFile, isZoneFileName } from '../../../src/core/zone/zoneFile';
import { formatExactDuration } from '../../../src/core/delivery';
import { cliPath } from '../../paths';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-cli-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd: scratch, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(relative: string, text: string): string {
  const file = path.join(scratch, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

const commandNames = ['lint', 'dump', 'explain', 'check-domain', 'simulate'];
const clean = '$TTL 300\n@ SOA ns hostmaster 1 7200 900 1209600 300\n@ NS ns\n@ MX 10 mail\nns A 192.0.2.1\nmail A 192.0.2.2\n';

test('mx-guard --help lists every command with one line, the exit codes and the docs; exit 0', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const { status, stdout } = cli(flag);
    assert.equal(status, 0, flag);
    for (const name of commandNames) assert.match(stdout, new RegExp(`^  ${name} +\\S.*$`, 'm'), `${flag}: ${name}`);
    assert.match(stdout, /^exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /m);
    assert.match(stdout, /^docs: https:\/\/github\.com\/mx-guard\/mx-guard/m);
  }
});

test('mx-guard <command> --help prints the usage and options of that command; exit 0', () => {
  const expectedOptions: Record<string, string[]> = {
    lint: ['--origin NAME', '--format FORMAT', '--config FILE'],
    dump: ['--origin NAME'],
    explain: ['--format FORMAT'],
    'check-domain': ['--server IP[:PORT]', '--timeout MS', '--format FORMAT'],
    simulate: ['--mta NAME', '--outage DURATION', '--sent-after DURATION', '--config FILE', '--format FORMAT'],
  };
  for (const name of commandNames) {
    for (const args of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
      [name, '--mta', 'x', '--help'],
    ]) {
      const { status, stdout, stderr } = cli(...args);
      assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
      assert.match(stdout, new RegExp(`^usage: mx-guard ${name} `), args.join(' '));
      for (const option of expectedOptions[name]) assert.ok(stdout.includes(`\n  ${option} `), `${name} --help names ${option}`);
      assert.match(stdout, /^exit codes: 0 /m);
    }
  }
});

test('mx-guard --version prints the version; an unknown command or a usage error says so, with exit 2', () => {
  for (const flag of ['--version', '-v']) assert.deepEqual(cli(flag), { status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  const unknown = cli('frobnicate');
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stderr, 'mx-guard: unknown command "frobnicate" (mx-guard --help lists the commands)\n');
  const usage = cli('lint', '--colour');
  assert.equal(usage.status, 2);
  assert.match(
    usage.stderr,
    /^mx-guard lint: unknown option --colour\nusage: mx-guard lint \[--origin NAME\].*\n\(mx-guard lint --help for the options\)\n$/,
  );
  const none = cli();
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^commands:/m);
});

test('the zone-file test is the editor one: the extensions and name patterns of package.json, else its first-line rule', () => {
  const zoneLanguage = packageJson.contributes.languages.find((language) => language.id === 'dns-zone')!;
  for (const extension of zoneLanguage.extensions) assert.ok(isZoneFileName(`x/y${extension}`), extension);
  assert.ok(isZoneFileName('/etc/bind/db.example.com'));
  assert.ok(isZoneFileName('EXAMPLE.ZONE'));
  for (const name of ['example.com.db', 'zone.txt', 'db', 'mydb.example', 'notes.eml', 'mail.log']) assert.ok(!isZoneFileName(name), name);
  // The first line decides for other names ($TTL, $ORIGIN, a comment naming the zone, an SOA), never for another language's files.
  for (const line of ['$TTL 300', '$ORIGIN example.com.', '; zone example.com', 'example.com. 300 IN SOA ns hostmaster 1 2 3 4 5', '@ IN MX 10 mail'])
    assert.ok(isZoneFile('example.com.db', line), line);
  for (const line of ['Return-Path: <>', 'Nov 28 09:14:02 mail postfix/smtpd[21874]: connect', '', '# $TTL 300'])
    assert.ok(!isZoneFile('example.com.db', line), line);
  assert.ok(!isZoneFile('bounce.eml', '$TTL 300'), 'an .eml file is the email language, whatever its first line');
});

test('lint DIR lints its zone files recursively, skipping node_modules and dot-folders; the summary counts files with problems', () => {
  const dir = path.join(scratch, 'zones');
  write('zones/db.example.com', clean + '@ MX 20 backup.example.net.\n');
  write('zones/sub/example.org.zone', clean);
  write('zones/sub/example.net.zone', '$TTL 300\n@ MX 70000 mail\nwww 1x A 192.0.2.1\nmail A 203.0.113.300\n');
  write('zones/legacy/old.db', '$ORIGIN old.example.\n' + clean);
  write('zones/node_modules/pkg/db.skipped', 'broken ( zone\n');
  write('zones/.git/db.skipped', 'broken ( zone\n');
  write('zones/notes/mail.log', 'Nov 28 09:20:41 mail postfix/smtp[21902]: said: 550 5.1.1 unknown\n');
  write('zones/notes/readme.txt', 'not a zone\n');
  const { status, stdout, stderr } = cli('lint', dir);
  assert.equal(stderr, '');
  assert.equal(status, 1);
  const files = [...new Set(stdout.split('\n').flatMap((line) => /^(.*?):\d+:\d+ /.exec(line)?.[1] ?? []))];
  assert.deepEqual(files.map((file) => path.relative(dir, file)).sort(), ['db.example.com', path.join('sub', 'example.net.zone')]);
  assert.match(stdout, /\n4 problems \(3 errors, 1 warning\) in 2 of 4 files\n$/);
});

test('a file named on the command line that is not a zone file is skipped with a note, unless --origin is given', () => {
  const zone = write('glob/db.example.com', clean);
  const bounce = write('glob/bounce.eml', 'Return-Path: <>\nSubject: failure\n\n550 5.1.1 unknown\n');
  const log = write('glob/mail.log', 'Nov 28 09:20:41 mail postfix/smtp[21902]: said: 550 5.1.1 unknown\n');
  const skipped = cli('lint', zone, bounce, log);
  assert.equal(skipped.status, 0, 'a skipped file does not change the exit code');
  assert.equal(
    skipped.stderr,
    `mx-guard lint: ${bounce}: skipped: not a zone file (give --origin to lint it anyway)\n` +
      `mx-guard lint: ${log}: skipped: not a zone file (give --origin to lint it anyway)\n`,
  );
  assert.equal(skipped.stdout, 'no problems in 1 file\n');
  const forced = cli('lint', '--origin', 'example.com', log);
  assert.equal(forced.stderr, '');
  assert.equal(forced.status, 1, 'linted as given: a log is full of syntax errors');
  assert.match(forced.stdout, /\[syntax\]\n.* in 1 file\n$/);
});

test('--origin with a folder is a usage error', () => {
  write('onezone/db.example.com', clean);
  const { status, stdout, stderr } = cli('lint', '--origin', 'example.com', path.join(scratch, 'onezone'));
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^mx-guard lint: --origin names one zone: it cannot go with a folder \(.*onezone\)\nusage: mx-guard lint /);
});

test('a missing file, a missing --config and an unreadable input give one clean line naming the file, for every command', () => {
  const zone = write('io/db.example.com', clean);
  const unreadable = write('io/db.secret.example', clean);
  fs.chmodSync(unreadable, 0o000);
  const canRead = (() => {
    try {
      fs.readFileSync(unreadable);
      return true; // root reads any file: the unreadable case cannot be made here
    } catch {
      return false;
    }
  })();
  const missing = path.join(scratch, 'io', 'db.missing.example');
  const cases: Array<[string[], string]> = [
    [['lint', missing], `mx-guard lint: ${missing}: no such file`],
    [['lint', '--config', 'nope.json', zone], 'mx-guard lint: cannot read --config nope.json: no such file'],
    [['dump', missing], `mx-guard dump: ${missing}: no such file`],
    [['explain', 'nope.eml'], 'mx-guard explain: nope.eml: no such file'],
    [['simulate', '--mta', 'postfix', '--config', 'nope.json'], 'mx-guard simulate: cannot read --config nope.json: no such file'],
  ];
  if (!canRead)
    cases.push(
      [['lint', unreadable], `mx-guard lint: ${unreadable}: permission denied`],
      [['dump', unreadable], `mx-guard dump: ${unreadable}: permission denied`],
      [['explain', unreadable], `mx-guard explain: ${unreadable}: permission denied`],
    );
  for (const [args, line] of cases) {
    const { status, stderr } = cli(...args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stderr, `${line}\n`, args.join(' '));
  }
  // A folder given where a file is read is named too, never a raw error object.
  const folder = cli('explain', path.join(scratch, 'io'));
  assert.equal(folder.stderr, `mx-guard explain: ${path.join(scratch, 'io')} is a directory, not a file\n`);
});

test('simulate prints exact times, names the default outage in its help, and doubles no word', () => {
  assert.equal(formatExactDuration(3 * 86400 + 28 * 60), '3 d 28 min');
  assert.equal(formatExactDuration(130688), '1 d 12 h 18 min 8 s');
  assert.equal(formatExactDuration(0), '0 s');
  const exact = cli('simulate', '--mta', 'postfix', '--outage', '3d28m');
  assert.match(exact.stdout, /^Postfix: the next hop is unreachable for 3 d 28 min from the first attempt\n/);
  assert.match(exact.stdout, /\n {2}attempt 66 {2}at 3 d 28 min 8 s +delivered\n/);
  assert.match(exact.stdout, /\noutcome: +delivered at 3 d 28 min 8 s \(260888 s\)\n/);
  assert.match(cli('simulate', '--help').stdout, /--outage DURATION .*\(default 36h\)/);
  for (const mta of ['postfix', 'exim', 'sendmail', 'qmail', 'opensmtpd', 'exchange', 'exchange-online', 'vqnow']) {
    const { stdout } = cli('simulate', '--mta', mta);
    const doubled = /\b(\w+) \1\b/i.exec(stdout);
    assert.equal(doubled, null, `${mta}: "${doubled?.[0]}"`);
  }
});
