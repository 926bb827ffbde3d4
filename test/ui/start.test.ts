/**
 * `npm start` as a newcomer uses it: the printed URL serves VS Code with MX Guard active on examples/, the first
 * start in a new profile opens the sample zone (the risky backup MX is flagged) with the Problems panel listing it,
 * and Ctrl+C stops the server cleanly.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/core/lint';
import { repoRoot } from '../paths';
import { openBrowser } from '../vscode/codeServer';
import { benchTestOptions, quickOpen, resultsDir, withBenchLock } from './harness';

/** The sample zone's backup-mx finding, as the Problems panel lists it. */
function backupMxMessage(): string {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', 'db.example.com'), 'utf8');
  const finding = lintText(text, { origin: 'example.com', fileName: 'db.example.com' }).findings.find((f) => f.ruleId === 'backup-mx');
  assert.ok(finding, 'the sample zone has its backup-mx finding');
  return finding.message;
}

test('npm start serves VS Code with MX Guard on the samples, and Ctrl+C stops it', benchTestOptions(), async (t) => {
  await withBenchLock(async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-start-profile-'));
    // --no-build: the test run has built dist/ already, and others may be reading it.
    const start = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--profile', profile], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stdout.on('data', (d) => (output += d));
    start.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        // A hang guard: the URL came after 73 s on a first start alone, and well past 90 s with both cores busy.
        const timer = setTimeout(() => reject(new Error(`no URL printed within 10 min:\n${output}`)), 600_000);
        const look = () => {
          const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        };
        start.stdout.on('data', look);
        void exited.then((code) => reject(new Error(`npm start exited with ${code} before printing a URL:\n${output}`)));
      });
      t.diagnostic(`npm start printed ${url}`);
      assert.equal(decodeURIComponent(new URL(url).searchParams.get('folder') ?? ''), path.join(repoRoot, 'examples'));

      const browser = await openBrowser();
      try {
        const { page } = browser;
        await page.goto(url);
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
        // A new profile: the sample zone is open, and the Problems panel lists its backup MX, without the user doing anything.
        await page.locator('.tab.active', { hasText: 'db.example.com' }).waitFor();
        assert.match(output, /It opens db\.example\.com, whose backup MX is flagged/);
        const problemRow = page.locator('.markers-panel .monaco-list-row', { hasText: backupMxMessage() });
        await problemRow.first().waitFor({ timeout: 30_000 });
        assert.ok(await problemRow.first().isVisible(), 'the Problems panel is open with the backup MX row');
        await quickOpen(page, 'db.example.com');
        const squiggle = page.locator('.editor-group-container.active .squiggly-warning');
        await squiggle.first().waitFor({ timeout: 20_000 });
        assert.equal(await squiggle.count(), 1, 'one warning squiggle: the backup MX');
        fs.mkdirSync(resultsDir, { recursive: true });
        await page.screenshot({ path: path.join(resultsDir, 'start-backup-mx.png') });
      } finally {
        await browser.close();
      }

      const port = new URL(url).port;
      start.kill('SIGINT');
      assert.equal(await exited, 0, `npm start exits 0 on Ctrl+C:\n${output}`);
      await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'nothing answers on the port any more');
    } finally {
      if (start.exitCode === null && start.signalCode === null) {
        // Ctrl+C first, so that start.mjs takes its code-server down with it.
        start.kill('SIGINT');
        const timer = setTimeout(() => start.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
