/**
 * The Outage Scenarios panel as a user sees it, with the packaged extension in a real VS Code:
 * every step's heading, a 2-day Postfix outage in the simulator, light and dark themes, the state restored
 * after a reload (panel serializer), a hostile bounce shown as inert text, and the Get Started walkthrough
 * (each step's description, button and markdown, once its webview has loaded).
 * Screenshots go to test-results/scenarios-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { customerSummary, filteringServiceProfile, formatDuration, DAY, profileById, simulateChain } from '../../src/core/delivery';
import { fixturesDir, repoRoot } from '../paths';
import { benchTestOptions, withWorkbench, type Workbench } from './harness';

const mtaDefaultsTitle = /^# (.+)$/m.exec(fs.readFileSync(path.join(repoRoot, 'docs', 'delivery', 'mta-defaults.md'), 'utf8'))![1];

const stepHeadings = [0, 1, 2, 3, 4].map((step) => {
  const article = fs.readFileSync(path.join(repoRoot, 'docs', 'scenarios', `step-${step}.md`), 'utf8');
  return /^# (.+)$/m.exec(article)![1];
});

/** The walkthrough as package.json contributes it: each step's description, button label and markdown heading. */
const walkthrough = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).contributes.walkthroughs[0] as {
  title: string;
  steps: { id: string; title: string; description: string; media: { markdown: string } }[];
};
const walkthroughSteps = walkthrough.steps.map((step) => {
  const markdown = fs.readFileSync(path.join(repoRoot, step.media.markdown), 'utf8');
  return {
    id: step.id,
    title: step.title,
    text: step.description.split('\n')[0],
    button: /^\[([^\]]+)\]\(command:/m.exec(step.description)![1],
    heading: /^# (.+)$/m.exec(markdown)![1],
    // The first paragraph as it reads on screen: bold and code markup gone, lines joined.
    paragraph: markdown.split('\n\n')[1].replace(/[*`]/g, '').replace(/\s+/g, ' ').trim(),
  };
});

/**
 * Runs a command palette entry by its title. The palette's input starts with '>', which filling the box
 * would erase, so it is typed back; the extension's commands may take a moment to be listed on a busy machine.
 */
async function runCommandWhenListed(bench: Workbench, title: string): Promise<void> {
  const { page } = bench;
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title.replace(/^.*?: /, '') });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

async function openPanel(bench: Workbench): Promise<FrameLocator> {
  await runCommandWhenListed(bench, 'MX Guard: Open Outage Scenarios');
  const frame = bench.webview();
  await frame.locator('nav.steps vscode-button').first().waitFor({ timeout: 20_000 });
  return frame;
}

async function bodyClass(frame: FrameLocator): Promise<string> {
  return (await frame.locator('body').getAttribute('class')) ?? '';
}

test('Outage Scenarios: steps, simulator, themes, reload and a hostile bounce', benchTestOptions(), async (t) => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-scenarios-ws-'));
  fs.copyFileSync(path.join(fixturesDir, 'webview', 'xss-bounce.eml'), path.join(workspace, 'xss-bounce.eml'));
  const postfix = profileById('postfix');
  const twoDays = simulateChain('direct', postfix, filteringServiceProfile(), 2 * DAY);
  const expectedVerdict = `Postfix: delivered after ${formatDuration(twoDays.outcomeAt)}`;

  try {
    await withWorkbench({ name: 'scenarios', workspace, settings: { 'workbench.colorTheme': 'Default Light Modern' } }, async (bench) => {
      const frame = await openPanel(bench);

      await t.test('each step shows its heading', async () => {
        const shown: string[] = [];
        for (let step = 0; step <= 4; step++) {
          await frame.locator('nav.steps vscode-button').nth(step).click();
          const heading = frame.locator(`article.step[data-step="${step}"] h1`);
          await heading.waitFor();
          shown.push((await heading.textContent()) ?? '');
          if (step === 3) await bench.screenshot(`step-${step}-light`);
        }
        assert.deepEqual(shown, stepHeadings);
      });

      await t.test('a 2-day Postfix outage, in light and dark themes', async () => {
        await frame.locator('vscode-panel-tab#tab-simulator').click();
        for (const other of ['exim', 'exchange']) await frame.locator(`vscode-checkbox[data-mta="${other}"]`).click();
        await frame.locator('#outage-length input').fill('36h');
        await frame.locator('#outage-length input').fill('2d');
        const verdicts = frame.locator('.verdicts li');
        await frame.locator('.results h2', { hasText: 'outage of 2 d' }).waitFor();
        assert.deepEqual(await verdicts.allTextContents(), [expectedVerdict]);
        assert.equal(await frame.locator('table.comparison tbody tr').count(), 1);
        assert.equal(await frame.locator('svg.timeline .delivered').count(), 1);
        // Every failed attempt is drawn: alone as a line, or inside a band of retries too close to draw apart.
        const inBands = await frame
          .locator('svg.timeline .retry-band')
          .evaluateAll((bands) => bands.map((band) => Number(band.getAttribute('data-attempts'))));
        const drawn = (await frame.locator('svg.timeline .attempt').count()) + inBands.reduce((sum, n) => sum + n, 0);
        assert.equal(drawn, twoDays.legs[0].attempts.length - 1);
        assert.match(await bodyClass(frame), /vscode-light/);
        await bench.screenshot('simulator-postfix-2d-light');

        await runCommandWhenListed(bench, 'Preferences: Toggle between Light/Dark Themes');
        await frame.locator('body.vscode-dark').waitFor({ timeout: 10_000 });
        assert.deepEqual(await verdicts.allTextContents(), [expectedVerdict]);
        await bench.screenshot('simulator-postfix-2d-dark');
      });

      await t.test('Copy summary for the customer puts the plain-text summary on the clipboard', async () => {
        await bench.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bench.server.origin });
        await frame.locator('vscode-button', { hasText: 'Copy summary for the customer' }).click();
        await bench.page.locator('.notification-toast', { hasText: 'summary copied' }).waitFor({ timeout: 10_000 });
        const copied = await bench.page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, customerSummary('direct', 2 * DAY, 'vqNow', [{ sender: postfix, timeline: twoDays }]));
      });

      await t.test('the source of a default opens the MTA defaults article at its section', async () => {
        await frame.locator('table.comparison tbody tr[data-mta="postfix"] a').click();
        const article = frame.locator('.article-pane article h1');
        await article.waitFor({ timeout: 15_000 });
        assert.equal(await article.textContent(), mtaDefaultsTitle);
        assert.equal(await frame.locator('vscode-panels').getAttribute('activeid'), 'tab-knowledge');
        await frame.locator('.article-pane [data-anchor="postfix"]').waitFor();
        await frame.locator('vscode-panel-tab#tab-simulator').click();
        await frame.locator('.verdicts li').first().waitFor();
      });

      await t.test('after a reload the serializer restores the panel with its state', async () => {
        // Developer: Reload Window shuts the workbench down properly, so it saves the webview's state first
        // (a bare page reload may not finish saving before the page goes).
        const reloaded = bench.page.waitForEvent('load', { timeout: 30_000 });
        await runCommandWhenListed(bench, 'Developer: Reload Window');
        await reloaded;
        await bench.page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
        const restored = bench.webview();
        await restored.locator('.verdicts li').first().waitFor({ timeout: 30_000 });
        assert.deepEqual(await restored.locator('.verdicts li').allTextContents(), [expectedVerdict]);
        assert.equal(await restored.locator('vscode-panels').getAttribute('activeid'), 'tab-simulator');
        await bench.screenshot('restored-dark');
      });

      await t.test('a hostile bounce in the report is shown as text and runs nothing', async () => {
        await bench.openFile('xss-bounce.eml');
        await runCommandWhenListed(bench, 'MX Guard: Explain SMTP Replies in Selection');
        const report = bench.webview().locator('section.report');
        await report.waitFor({ timeout: 20_000 });
        const text = (await report.textContent()) ?? '';
        for (const payload of [
          `<img src=x onerror="document.body.dataset.xss='img'">`,
          `<svg onload="document.body.dataset.xss='svg'">`,
          '</script>',
        ]) {
          assert.ok(text.includes(payload), `the payload ${payload} is shown as text`);
        }
        const link = report.locator('a', { hasText: 'click me' });
        if ((await link.count()) > 0) {
          assert.equal(await link.getAttribute('href'), null, 'the javascript: URL was removed');
          await link.click();
        }
        assert.equal(await report.locator('script, img, svg, [onerror], [onload]').count(), 0);
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.equal(await bench.webview().locator('body').getAttribute('data-xss'), null, 'no payload ran');
        await bench.screenshot('xss-report');
      });

      await t.test('the Get Started walkthrough shows each step with its text and button, and the buttons open the samples', async () => {
        const { page } = bench;
        await runCommandWhenListed(bench, 'Welcome: Open Walkthrough...');
        await page.locator('.quick-input-widget .quick-input-box input').fill(walkthrough.title);
        await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: walkthrough.title }).waitFor();
        await page.keyboard.press('Enter');
        const titles = page.locator('.getting-started-step .step-title');
        await titles.first().waitFor({ timeout: 15_000 });
        assert.deepEqual(await titles.allTextContents(), [
          'See the backup-MX warning',
          'Hover a bounce code',
          'Open the outage scenarios',
          'Run the simulator',
        ]);

        // The step's markdown renders in a webview that loads after the step list: wait for its heading.
        const media = page.locator('.getting-started-media');
        const markdown = page.frameLocator('.getting-started-media iframe.webview.ready').frameLocator('#active-frame');
        const viewport = page.viewportSize()!;
        for (const step of walkthroughSteps) {
          await page.locator('.getting-started-step', { hasText: step.title }).click();
          const expanded = page.locator('.getting-started-step.expanded');
          assert.equal((await expanded.locator('.step-title').textContent())?.trim(), step.title);
          assert.ok((await expanded.innerText()).includes(step.text), `step "${step.title}" shows its description`);
          assert.ok(await expanded.getByRole('button', { name: step.button }).isVisible(), `step "${step.title}" shows its button`);
          const heading = markdown.locator('h1', { hasText: step.heading });
          await heading.waitFor({ timeout: 15_000 });
          assert.ok(await heading.isVisible());
          const shownText = (await markdown.locator('body').innerText()).replace(/\s+/g, ' ');
          assert.ok(shownText.includes(step.paragraph), `step "${step.title}" shows its markdown text, got: ${shownText}`);
          const box = (await media.boundingBox())!;
          assert.ok(box.width >= 300 && box.x + box.width <= viewport.width, `the markdown panel is on screen: ${JSON.stringify(box)}`);
          await bench.screenshot(`walkthrough-${step.id}`);
        }

        await page.locator('.getting-started-step', { hasText: 'Hover a bounce code' }).click();
        await page.getByRole('button', { name: 'Open the Sample Log' }).click();
        await page.locator('.editor-group-container.active .view-lines', { hasText: '550 5.1.1' }).waitFor({ timeout: 15_000 });
        await page.locator('.tabs-container .tab', { hasText: 'Walkthrough: MX Guard' }).click();
        await page.locator('.getting-started-step', { hasText: 'See the backup-MX warning' }).click();
        await page.getByRole('button', { name: 'Open the Sample Zone' }).click();
        await page.locator('.editor-group-container.active .squiggly-warning').first().waitFor({ timeout: 15_000 });
        await bench.screenshot('walkthrough-sample-zone');
      });

      await t.test('Search Knowledge Base explains a vendor code typed into it', async () => {
        await runCommandWhenListed(bench, 'MX Guard: Search Knowledge Base');
        await bench.page.locator('.quick-input-widget .quick-input-box input').fill('5.7.606');
        await bench.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Explain this code' }).waitFor();
        await bench.page.keyboard.press('Enter');
        const heading = bench.webview().locator('section.report h1').first();
        await heading.waitFor({ timeout: 15_000 });
        assert.match((await heading.textContent()) ?? '', /^5\.7\.606: Vendor-specific /);
      });

      await t.test('Exim past its cutoff: mail sent on day 5 of a 6-day outage bounces at once, with no attempt drawn', async () => {
        const panel = bench.webview();
        await panel.locator('vscode-panel-tab#tab-simulator').click();
        await panel.locator('vscode-checkbox[data-mta="exim"]').click();
        await panel.locator('vscode-checkbox[data-mta="postfix"]').click();
        await panel.locator('#outage-length input').fill('6d');
        await panel.locator('#sent-after input').fill('5d');
        await panel.locator('.results h2', { hasText: 'message sent 5 d after it began' }).waitFor({ timeout: 15_000 });
        const exim = simulateChain('direct', profileById('exim'), filteringServiceProfile(), 6 * DAY, 1, 5 * DAY);
        assert.deepEqual(exim.legs[0].attempts, [], 'the core makes no attempt');
        const verdict = panel.locator('.verdicts li[data-mta="exim"]');
        assert.equal(
          await verdict.textContent(),
          'Exim: returned to the sender at once, without a delivery attempt (past its cutoff for your server)',
        );
        assert.equal(await verdict.getAttribute('data-attempts'), '0');
        assert.match((await verdict.getAttribute('title')) ?? '', /delay_after_cutoff/);
        assert.equal(await panel.locator('svg.timeline .attempt').count(), 0);
        assert.equal(await panel.locator('svg.timeline .bounced').count(), 1);
        await bench.screenshot('simulator-exim-after-cutoff');
      });
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});
