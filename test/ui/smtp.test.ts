/**
 * SMTP replies as a user sees them, with the packaged extension: the hover over "550" in a Postfix
 * log, and the bounce explainer's report in the knowledge view. Screenshots go to test-results/smtp-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fixturesDir } from '../paths';
import { benchTestOptions, withWorkbench, type Workbench } from './harness';

/**
 * Runs a palette command by title. The leading ">" is typed too, because filling the palette's input
 * replaces the ">" that F1 put there (and the palette then searches files); retried while a loaded
 * machine has not listed the extension's commands yet.
 */
async function runCommandWhenListed(bench: Workbench, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await bench.runCommand(`>${title}`);
    } catch (error) {
      if (attempt === 3) throw error;
      await bench.page.keyboard.press('Escape');
    }
  }
}

test('hover over 550 in a Postfix log, then explain the whole log', benchTestOptions(), async (t) => {
  // A workspace holding our fixture's four Postfix lines (lines 1 and 4: 550 5.1.1 rejects), as maillog.log.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-smtp-ui-'));
  const lines = fs
    .readFileSync(path.join(fixturesDir, 'smtp', 'logs', 'postfix-rejects.log'), 'utf8')
    .trimEnd()
    .split('\n');
  assert.match(lines[0], /: 550 5\.1\.1 <info@example\.com>: Recipient address rejected/);
  fs.writeFileSync(path.join(workspace, 'maillog.log'), lines.join('\n') + '\n');
  // A bounce of our own (test/fixtures/bounces): a Postfix DSN for an unknown user.
  fs.copyFileSync(path.join(fixturesDir, 'bounces', 'postfix-dsn.eml'), path.join(workspace, 'bounce.eml'));
  try {
    await withWorkbench({ name: 'smtp', workspace, settings: { 'editor.wordWrap': 'on' } }, async (bench) => {
      await bench.openFile('maillog.log');
      const hover = await bench.hover('550');
      t.diagnostic(`hover:\n${hover}`);
      assert.match(hover, /550 5\.1\.1 — Mailbox unavailable \(permanent\): Bad destination mailbox address · permanent failure \(5xx\)/);
      assert.match(hover, /What happens next: The sender does not retry/);
      assert.match(hover, /Usual causes: a typing mistake in the user name/);
      assert.match(hover, /What to do: Check the spelling/);
      // The reason and the hard/soft verdict lead; an unknown mailbox links no invalid-domain scenario (issue 21).
      assert.match(hover, /^\s*Bounce reason: user unknown · hard bounce \(the address itself is bad\)/);
      assert.ok(hover.indexOf('Bounce reason') < hover.indexOf('550 5.1.1 — Mailbox unavailable'), 'the verdict comes first');
      assert.match(hover, /Article · RFC 5321, RFC 3463/);
      assert.doesNotMatch(hover, /invalid domain/);
      await bench.screenshot('hover-550');

      await bench.page.mouse.move(5, 5);
      await runCommandWhenListed(bench, 'MX Guard: Explain SMTP Replies in Selection');
      const report = bench.webview();
      await report.getByText('SMTP replies in maillog.log').first().waitFor({ timeout: 15_000 });
      await report.getByText('550 5.1.1', { exact: true }).first().waitFor();
      // Lines 1 and 4 of maillog.log hold the two 550 5.1.1 rejects (lines 2 and 3 have no code).
      await report.getByText('On lines 1, 4.', { exact: true }).waitFor();
      await bench.screenshot('explain-report');

      // The bounce view: the recipient's reason and verdict at the top of its section.
      await bench.openFile('bounce.eml');
      await runCommandWhenListed(bench, 'MX Guard: Explain SMTP Replies in Selection');
      const bounceView = bench.webview();
      await bounceView.getByText('SMTP replies in bounce.eml').first().waitFor({ timeout: 15_000 });
      await bounceView.getByText('Bounce: RFC 3464 delivery status notification', { exact: true }).waitFor();
      await bounceView.getByText('bob@example.org: user unknown · hard bounce (the address itself is bad)', { exact: true }).waitFor();
      await bench.screenshot('bounce-report');
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});
