/**
 * The extension's page as the marketplace and VS Code show it: the README's screenshots are taken here, in a light
 * theme, into test-results/marketplace-*.png (`npm run screenshots` copies them to media/screenshots/), and the
 * installed extension's page in VS Code must show every image the README names, from the address vsce gives it (the
 * repository's raw files: the page allows https images only). See docs/decisions/webview-accessibility.md.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/core/lint';
import { repoRoot } from '../paths';
import { benchTestOptions, withWorkbench, type Workbench } from './harness';

const zoneFile = 'db.example.com';
/** The README's images, in the order it shows them. */
const readmeImages = [...fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
/** Where vsce points the README's relative images: the raw files of the repository package.json names, at HEAD. */
const imagesBaseUrl = `${(JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url.replace(/\.git$/, '')}/raw/HEAD`;

function trackedByGit(file: string): boolean {
  try {
    return execFileSync('git', ['ls-files', '--error-unmatch', '--', file], { cwd: repoRoot, stdio: 'pipe' }).length > 0;
  } catch {
    return false;
  }
}

/** A PNG's width in pixels, from its IHDR chunk. */
function pngWidth(file: string): number {
  return fs.readFileSync(file).readUInt32BE(16);
}

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

    await t.test("the installed extension's page shows every image of the README, from the repository's web address", async () => {
      assert.ok(readmeImages.length >= 4, `the README shows the screenshots: ${readmeImages.join(', ')}`);
      // VS Code's extension page allows only https: and data: images (its CSP), and vsce rewrites a relative
      // image link to the repository's raw address: the page asks GitHub for each screenshot. Here, offline,
      // GitHub's answers come from this checkout's files (only those git tracks, as GitHub has only those).
      const served: string[] = [];
      await page.context().route(`${imagesBaseUrl}/**`, async (route) => {
        const file = route
          .request()
          .url()
          .slice(imagesBaseUrl.length + 1);
        if (!trackedByGit(file)) return route.fulfill({ status: 404, body: `${file} is not in the repository` });
        served.push(file);
        return route.fulfill({ status: 200, contentType: 'image/png', body: fs.readFileSync(path.join(repoRoot, file)) });
      });
      // The palette, not Ctrl+Shift+X: the keys would go to the simulator's webview, which has the focus.
      await runCommandWhenListed(bench, 'View: Show Extensions');
      await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'MX Guard' }).first().click();
      // Webview frames sit in the workbench's overlay, not inside the editor: take the one on screen.
      const readme = page.locator('iframe.webview.ready:visible').contentFrame().frameLocator('#active-frame');
      await readme.locator('h1', { hasText: 'MX Guard' }).first().waitFor({ timeout: 30_000 });
      const images = readme.locator('img');
      await images.first().waitFor({ timeout: 15_000 });
      const shown = await images.evaluateAll((nodes) =>
        Promise.all(
          (nodes as HTMLImageElement[]).map((image) =>
            image.decode().then(
              () => ({ src: image.src, width: image.naturalWidth, onScreenWidth: image.getBoundingClientRect().width }),
              () => ({ src: image.src, width: 0, onScreenWidth: 0 }),
            ),
          ),
        ),
      );
      const policy = await readme.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      t.diagnostic(`the extension page's policy: ${policy}`);
      t.diagnostic(`images on the extension page: ${JSON.stringify(shown)}; served: ${served.join(', ')}`);
      assert.deepEqual(
        shown.map((image) => image.src),
        readmeImages.map((file) => `${imagesBaseUrl}/${file}`),
        "every README image, at the repository's raw address",
      );
      for (const [index, image] of shown.entries()) {
        assert.equal(image.width, pngWidth(path.join(repoRoot, readmeImages[index])), `${image.src} shows the repository's file`);
        assert.ok(image.onScreenWidth > 0, `${image.src} takes room on the page`);
      }
      await images.first().scrollIntoViewIfNeeded();
      await bench.screenshot('extension-page');
    });
  });
});
