/**
 * The extension's page as the marketplace and VS Code show it: the README's screenshots are taken here, in a light
 * theme, into test-results/marketplace-*.png (`npm run screenshots` copies them to media/screenshots/), and the
 * installed extension's page in VS Code must show every image the README names (vsce must not have rewritten their
 * relative links to a web address this offline VS Code cannot reach).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/core/lint';
import { repoRoot } from '../paths';
import { benchTestOptions, withWorkbench, type Workbench } from './harness';

const zoneFile = 'db.example.com';
/** The README's images, in the order it shows them. */
const readmeImages = [...fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);

async function runCommandWhenListed(bench: Workbench, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await bench.runCommand(title);
    } catch (error) {
      if (attempt === 3) throw error;
      await bench.page.keyboard.press('Escape');
    }
  }
}

test('marketplace: the README screenshots, and the installed extension page shows them', benchTestOptions(), async (t) => {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', zoneFile), 'utf8');
  const backup = lintText(text, { origin: 'example.com', fileName: zoneFile }).findings.find((f) => f.ruleId === 'backup-mx');
  assert.ok(backup, 'the sample zone has its backup-mx finding');
  const { line, character } = backup.range.start;

  await withWorkbench({ name: 'marketplace', settings: { 'workbench.colorTheme': 'Default Light Modern' } }, async (bench) => {
    const { page } = bench;
    const shots: string[] = [];

    await t.test('the Problems row and its quick fix', async () => {
      await bench.openFile(zoneFile);
      await page.locator('.editor-group-container.active .squiggly-warning').first().waitFor({ timeout: 15_000 });
      assert.ok((await bench.problems()).some((row) => row.includes(backup.message)));
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget .quick-input-box input').fill(`:${line + 1}:${character + 1}`);
      await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: `${line + 1}` }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: `Ln ${line + 1}, Col ${character + 1}` }).waitFor();
      await page.keyboard.press('Control+Period');
      await page.locator('.action-widget .monaco-list-row', { hasText: 'Remove the backup MX' }).waitFor({ timeout: 10_000 });
      shots.push(await bench.screenshot('problems-quick-fix'));
      await page.keyboard.press('Escape');
    });

    await t.test('the MX hover', async () => {
      assert.match(await bench.hover('rescue.mx.dnspark.net.'), /Try 2/);
      shots.push(await bench.screenshot('mx-hover'));
      await page.mouse.move(5, 5);
    });

    await t.test('an SMTP hover', async () => {
      await bench.openFile('postfix-mail.log');
      assert.match(await bench.hover('550'), /550 5\.1\.1/);
      shots.push(await bench.screenshot('smtp-hover'));
      await page.mouse.move(5, 5);
    });

    await t.test('the Outage Scenarios simulator', async () => {
      await runCommandWhenListed(bench, 'MX Guard: Open Outage Scenarios');
      const view = bench.webview();
      await view.locator('vscode-panel-tab#tab-simulator').click();
      await view.locator('#outage-length input').fill('2d');
      await view.locator('.results h2', { hasText: 'outage of 2 d' }).waitFor({ timeout: 20_000 });
      shots.push(await bench.screenshot('simulator'));
      t.diagnostic(`screenshots: ${shots.map((shot) => path.basename(shot)).join(', ')}`);
    });

    // Known to fail (issue 22, open): the extension page of this offline code-server loads none of the README's
    // relative images (width 0); vsce's default rewrite would point them at the repository's https address, which
    // an offline VS Code cannot reach. Kept as a todo so that the run shows it until an image source that loads is found.
    await t.test(
      "the installed extension's page shows every image of the README",
      { todo: 'relative README images load with width 0 in offline code-server' },
      async () => {
        assert.ok(readmeImages.length >= 4, `the README shows the screenshots: ${readmeImages.join(', ')}`);
        // The palette, not Ctrl+Shift+X: the keys would go to the simulator's webview, which has the focus.
        await runCommandWhenListed(bench, 'View: Show Extensions');
        await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'MX Guard' }).first().click();
        // Webview frames sit in the workbench's overlay, not inside the editor: take the one on screen.
        const readme = page.locator('iframe.webview.ready:visible').contentFrame().frameLocator('#active-frame');
        await readme.locator('h1', { hasText: 'MX Guard' }).first().waitFor({ timeout: 30_000 });
        const images = readme.locator('img[src*="screenshots"]');
        await images.first().waitFor({ timeout: 15_000 });
        const loaded = await images.evaluateAll((nodes) =>
          Promise.all(
            (nodes as HTMLImageElement[]).map((image) =>
              image.decode().then(
                () => ({ src: image.getAttribute('src') ?? '', width: image.naturalWidth }),
                () => ({ src: image.getAttribute('src') ?? '', width: 0 }),
              ),
            ),
          ),
        );
        t.diagnostic(`images on the extension page: ${JSON.stringify(loaded)}`);
        assert.equal(loaded.length, readmeImages.filter((src) => src.includes('screenshots')).length);
        for (const image of loaded) assert.ok(image.width > 0, `${image.src} is shown`);
        assert.ok(
          loaded.every((image) => !/^https?:/.test(image.src)),
          'the links stayed relative to the installed extension',
        );
        await bench.screenshot('extension-page');
      },
    );
  });
});
