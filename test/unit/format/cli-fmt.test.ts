import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cliPath, repoRoot } from '../../paths';

function fmt(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, 'fmt', ...args], { encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seed = fs.readFileSync(path.join(repoRoot, 'examples', 'db.example.com'), 'utf8');

test('fmt --check exits 1 and names a file that would change, and 0 once it is formatted in place', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-fmt-'));
  const file = path.join(dir, 'db.example.com');
  fs.writeFileSync(file, seed);
  const before = fmt(['--check', file]);
  assert.equal(before.status, 1);
  assert.equal(before.stdout, `${file}: would be reformatted\n`);
  assert.equal(fs.readFileSync(file, 'utf8'), seed, '--check writes nothing');
  assert.equal(fmt([file]).status, 0);
  const formatted = fs.readFileSync(file, 'utf8');
  assert.notEqual(formatted, seed);
  assert.deepEqual(fmt(['--check', file]), { status: 0, stdout: '', stderr: '' });
  // The dump, the records' meaning, is the same.
  const dump = (file: string) => spawnSync(process.execPath, [cliPath, 'dump', file], { encoding: 'utf8' }).stdout;
  assert.equal(dump(file), dump(path.join(repoRoot, 'examples', 'db.example.com')));
  assert.ok(dump(file).includes('rescue.mx.dnspark.net.'));
});

test('fmt - reads standard input and writes the result; a syntax error is refused with its place (exit 2)', () => {
  const out = fmt(['--origin', 'example.com', '-'], '$TTL 1h\nwww IN A 192.0.2.1\n');
  assert.equal(out.status, 0);
  assert.equal(out.stdout, '$TTL 1h\n' + 'www'.padEnd(32) + 'IN'.padEnd(8) + 'A'.padEnd(8) + '192.0.2.1\n');
  const bad = fmt(['--origin', 'example.com', '-'], '$TTL 1h\nwww IN MX 70000 mx.example.net.\n');
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^mx-guard fmt: -:2:11: not formatted: .*preference 70000/);
  assert.equal(fmt([]).status, 2);
});
