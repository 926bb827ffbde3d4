/**
 * The pre-commit hooks of .pre-commit-hooks.yaml, installed from the working tree (`pre-commit try-repo`,
 * Debian's pre-commit) in a scratch git repository: they fail on the seed zone (its backup MX is a
 * warning, and `--max-warnings 0`; it is not laid out by `mx-guard fmt`) and pass once it is fixed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cliPath, repoRoot } from '../../paths';

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const preCommitSkip: string | false =
  preCommit.status === 0 || process.env.CI === 'true'
    ? false
    : 'pre-commit is not installed (apt-get install pre-commit: the Debian package list has it)';

test('pre-commit try-repo: the hooks fail on the seed zone and pass after the fix', { skip: preCommitSkip, timeout: 600_000 }, (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-precommit-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // The hooks are `language: system`: they run the mx-guard on PATH, here the built CLI of this tree.
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'mx-guard'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`, { mode: 0o755 });
  const repo = path.join(dir, 'zones');
  fs.mkdirSync(repo);
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    PRE_COMMIT_HOME: path.join(dir, 'cache'),
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
  const run = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: repo, env, encoding: 'utf8', timeout: 300_000 });
  const zone = path.join(repo, 'db.example.com');
  fs.copyFileSync(path.join(repoRoot, 'examples', 'db.example.com'), zone);
  assert.equal(run('git', 'init', '-q').status, 0);
  assert.equal(run('git', 'add', '.').status, 0);
  assert.equal(run('git', 'commit', '-qm', 'seed zone').status, 0);

  const failing = run('pre-commit', 'try-repo', repoRoot, '--all-files');
  assert.equal(failing.status, 1, failing.stdout + failing.stderr);
  assert.match(failing.stdout, /mx-guard lint\.+Failed/);
  assert.match(failing.stdout, /db\.example\.com:18:21 warning Backup MX rescue\.mx\.dnspark\.net .*\[backup-mx\]/);
  assert.match(failing.stdout, /mx-guard fmt\.+Failed/);

  // The fix: the backup MX goes, and the file is laid out by mx-guard fmt.
  fs.writeFileSync(zone, fs.readFileSync(zone, 'utf8').replace(/^.*rescue\.mx\.dnspark\.net.*\n/m, ''));
  assert.equal(run(path.join(bin, 'mx-guard'), 'fmt', 'db.example.com').status, 0);
  const passing = run('pre-commit', 'try-repo', repoRoot, '--all-files');
  assert.equal(passing.status, 0, passing.stdout + passing.stderr);
  assert.match(passing.stdout, /mx-guard lint\.+Passed/);
  assert.match(passing.stdout, /mx-guard fmt\.+Passed/);
});
