import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cliPath, repoRoot } from '../../paths';

function lint(cwd: string, ...args: string[]): { status: number | null; findings: Array<[string, string]>; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, 'lint', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  const findings = result.stdout
    ? (JSON.parse(result.stdout) as Array<{ ruleId: string; severity: string }>).map((f) => [f.ruleId, f.severity] as [string, string])
    : [];
  return { status: result.status, findings, stderr: result.stderr };
}

test('without --config, lint reads the .mx-guard.json found upward from each file; --no-config and --config override it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-project-'));
  fs.mkdirSync(path.join(dir, 'zones', 'deeper'), { recursive: true });
  const zone = path.join(dir, 'zones', 'deeper', 'db.example.com');
  fs.copyFileSync(path.join(repoRoot, 'examples', 'db.example.com'), zone);
  assert.deepEqual(lint(dir, zone).findings, [['backup-mx', 'warning']]);

  fs.writeFileSync(path.join(dir, '.mx-guard.json'), JSON.stringify({ rules: { 'backup-mx': 'error' } }));
  const configured = lint(dir, zone);
  assert.deepEqual(configured.findings, [['backup-mx', 'error']]);
  assert.equal(configured.status, 1);
  assert.deepEqual(lint(dir, '--no-config', zone).findings, [['backup-mx', 'warning']]);
  const explicit = path.join(dir, 'other.json');
  fs.writeFileSync(explicit, JSON.stringify({ trustedMxHosts: ['*.dnspark.net'] }));
  assert.deepEqual(lint(dir, '--config', explicit, zone).findings, []);

  // The nearest file wins.
  fs.writeFileSync(path.join(dir, 'zones', '.mx-guard.json'), JSON.stringify({ rules: { 'backup-mx': 'off' } }));
  assert.deepEqual(lint(dir, zone).findings, []);

  fs.writeFileSync(path.join(dir, 'zones', '.mx-guard.json'), '{ "rule": {} }');
  const broken = lint(dir, zone);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /zones\/\.mx-guard\.json: unknown key "rule"/);
});
