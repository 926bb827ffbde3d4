import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cliPath, repoRoot } from '../../paths';

const git = spawnSync('git', ['--version']);
const gitSkip: string | false = git.status === 0 || process.env.CI === 'true' ? false : 'git is not installed';

test('lint --git-base REF: a changed zone whose serial was not bumped; --max-warnings N', { skip: gitSkip }, (t) => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-gitbase-'));
  t.after(() => fs.rmSync(repo, { recursive: true, force: true }));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const run = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: repo, env, encoding: 'utf8' });
  const zone = path.join(repo, 'db.example.com');
  const seed = fs.readFileSync(path.join(repoRoot, 'examples', 'db.example.com'), 'utf8');
  fs.writeFileSync(zone, seed);
  run('git', 'init', '-q');
  run('git', 'add', '.');
  run('git', 'commit', '-qm', 'seed');
  const lint = (...args: string[]) => {
    const result = run(process.execPath, cliPath, 'lint', '--format', 'json', ...args, 'db.example.com');
    return { status: result.status, ids: (JSON.parse(result.stdout) as Array<{ ruleId: string; line: number }>).map((f) => `${f.ruleId}:${f.line}`) };
  };
  assert.deepEqual(lint('--git-base', 'HEAD'), { status: 0, ids: ['backup-mx:18'] });
  assert.deepEqual(lint('--max-warnings', '1'), { status: 0, ids: ['backup-mx:18'] });
  assert.deepEqual(lint('--max-warnings', '0'), { status: 1, ids: ['backup-mx:18'] });

  fs.writeFileSync(zone, seed.replace('rescue.mx.dnspark.net.', 'mx2.vqnow.com.'));
  assert.deepEqual(lint('--git-base', 'HEAD'), { status: 0, ids: ['soa-serial-not-bumped:8'] });
  assert.deepEqual(lint(), { status: 0, ids: [] }, 'without --git-base there is nothing to compare with');
  fs.writeFileSync(zone, seed.replace('rescue.mx.dnspark.net.', 'mx2.vqnow.com.').replace('2026112801', '2026112802'));
  assert.deepEqual(lint('--git-base', 'HEAD'), { status: 0, ids: [] });
  assert.equal(run(process.execPath, cliPath, 'lint', '--max-warnings', 'x', 'db.example.com').status, 2);
});
