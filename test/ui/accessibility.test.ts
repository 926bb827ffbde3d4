/**
 * The Outage Scenarios panel audited as users of every theme meet it, in one VS Code session: axe-core injected
 * into the webview's frame on every tab and every step in Light Modern, Dark Modern, High Contrast and High Contrast
 * Light; code visible in the high-contrast themes; the chart from 10 minutes to the longest give-up time; an invalid
 * or too long outage; where the focus goes after each action; the knowledge search; the narrow layout; the
 * compare command against a server that answers NXDOMAIN; the walkthrough's sample log with word wrap off.
 * The audit's figures go to test-results/accessibility-axe.json; screenshots to test-results/accessibility-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Frame, FrameLocator } from 'playwright-core';
import {
  DAY,
  HOUR,
  filteringServiceProfile,
  formatDuration,
  longestGiveUp,
  outageTooLong,
  profileById,
  simulateChain,
  type MtaId,
} from '../../src/core/delivery';
import { startZoneServer, type RunningServer } from '../unit/dns/loopback';
import { repoRoot } from '../paths';
import { benchTestOptions, resultsDir, withWorkbench, type Workbench } from './harness';

const themes = [
  { name: 'Default Light Modern', id: 'light', body: 'body.vscode-light' },
  { name: 'Default Dark Modern', id: 'dark', body: 'body.vscode-dark' },
  { name: 'Default High Contrast', id: 'hc', body: 'body.vscode-high-contrast:not(.vscode-high-contrast-light)' },
  { name: 'Default High Contrast Light', id: 'hc-light', body: 'body.vscode-high-contrast-light' },
] as const;

/** The simulator's senders when the panel opens (the default state). */
const defaultSenders: MtaId[] = ['postfix', 'exim', 'exchange'];
const greylistingArticles = ['smtp/450.md', 'smtp/451.md', 'smtp/class-4.md'];
const articleTitle = (docPath: string) => /^# (.+)$/m.exec(fs.readFileSync(path.join(repoRoot, 'docs', docPath), 'utf8'))![1];

/**
 * Switches to `theme` with the palette's toggles, in the order of `themes`: Light Modern → Dark Modern (light/dark
 * toggle) → High Contrast (high contrast toggle) → High Contrast Light (light/dark toggle, which stays in high contrast).
 * (The theme picker's list is not usable here: it waits for a marketplace that the offline bench does not have.)
 */
async function useTheme(bench: Workbench, theme: (typeof themes)[number]): Promise<void> {
  const toggle: Record<string, string | undefined> = {
    light: undefined,
    dark: 'Preferences: Toggle between Light/Dark Themes',
    hc: 'Preferences: Toggle High Contrast Theme',
    'hc-light': 'Preferences: Toggle between Light/Dark Themes',
  };
  const command = toggle[theme.id];
  if (command) await runCommandWhenListed(bench, command);
  await bench.webview().locator(theme.body).waitFor({ timeout: 15_000 });
}

/** Runs a palette command, retried while a busy machine has not listed the extension's commands yet. */
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

/** The webview's content frame as a Frame (to evaluate in), with axe-core loaded into it. */
async function frameWithAxe(view: FrameLocator): Promise<Frame> {
  const body = await view.locator('body').elementHandle();
  const frame = await body!.ownerFrame();
  if (!frame) throw new Error('the webview has no content frame');
  // The webview's CSP refuses a script tag without its nonce: evaluate the library's source instead.
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(`${source}\n;window.axe = axe; true`);
  return frame;
}

interface AxeItem {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

interface Audit {
  theme: string;
  view: string;
  violations: number;
  contrastToReview: number;
  otherToReview: number;
  problems: string[];
}

async function audit(frame: Frame, theme: string, view: string): Promise<Audit> {
  const result = (await frame.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations', 'incomplete'],
    }),
  )) as { violations: AxeItem[]; incomplete: AxeItem[] };
  const describe = (kind: string, item: AxeItem) =>
    `${kind} ${item.id} (${item.impact}): ${item.help} at ${item.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('; ')}`;
  const contrast = result.incomplete.filter((item) => item.id === 'color-contrast');
  return {
    theme,
    view,
    violations: result.violations.reduce((sum, item) => sum + item.nodes.length, 0),
    contrastToReview: contrast.reduce((sum, item) => sum + item.nodes.length, 0),
    otherToReview: result.incomplete.filter((item) => item.id !== 'color-contrast').reduce((sum, item) => sum + item.nodes.length, 0),
    problems: [...result.violations.map((item) => describe('violation', item)), ...contrast.map((item) => describe('to review', item))],
  };
}

/** Each inline code and code block in view whose text colour equals its background (the background it shows through to). */
async function invisibleCode(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const background = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    return Array.from(document.querySelectorAll('code, pre'))
      .filter((node) => (node as HTMLElement).offsetParent !== null)
      .filter((node) => getComputedStyle(node).color === background(node))
      .map((node) => `${node.tagName} "${(node.textContent ?? '').slice(0, 40)}" colour ${getComputedStyle(node).color}`);
  });
}

async function selectTab(view: FrameLocator, tab: 'scenarios' | 'simulator' | 'knowledge'): Promise<void> {
  await view.locator(`vscode-panel-tab#tab-${tab}`).click();
  await view.locator(`vscode-panels[activeid="tab-${tab}"]`).waitFor();
}

async function setOutage(view: FrameLocator, text: string): Promise<void> {
  await view.locator('#outage-length input').fill(text);
}

/** What the test needs to know about the chart, read from its SVG. */
async function chartFacts(frame: Frame): Promise<{
  ticks: { text: string; x: number; width: number }[];
  attemptLines: number;
  bands: { attempts: number; label: string }[];
  outside: number;
}> {
  return frame.evaluate(() => {
    const chart = document.querySelector('svg.timeline') as SVGSVGElement;
    const width = chart.viewBox.baseVal.width;
    const ticks = Array.from(chart.querySelectorAll<SVGTextElement>('text.tick')).map((tick) => {
      const box = tick.getBBox();
      return { text: tick.textContent ?? '', x: box.x, width: box.width };
    });
    const bands = Array.from(chart.querySelectorAll('g.retry-band')).map((band) => ({
      attempts: Number(/^(\d+) attempts/.exec(band.querySelector('title')?.textContent ?? '')?.[1] ?? 0),
      label: band.querySelector('text')?.textContent ?? '',
    }));
    const outside = Array.from(chart.querySelectorAll<SVGGraphicsElement>('line, path, circle, g.retry-band rect')).filter((node) => {
      const box = node.getBBox();
      return box.x < 0 || box.x + box.width > width + 0.5;
    }).length;
    return { ticks, attemptLines: chart.querySelectorAll('line.attempt').length, bands, outside };
  });
}

test(
  'Outage Scenarios: axe in four themes, code in high contrast, chart lengths, errors, focus, search, narrow layout, NXDOMAIN, sample log',
  benchTestOptions(),
  async (t) => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-a11y-ws-'));
    fs.writeFileSync(
      path.join(workspace, 'nowhere.example.zone'),
      ['$ORIGIN nowhere.example.', '$TTL 300', '@ IN SOA ns1 hostmaster ( 7 3600 600 604800 300 )', '  IN MX 10 mx1.vqnow.com.', ''].join('\n'),
    );
    const dns: RunningServer = await startZoneServer({ records: {} });
    const audits: Audit[] = [];
    try {
      const settings = {
        'workbench.colorTheme': themes[0].name,
        'editor.wordWrap': 'off',
        'mxGuard.dns.server': `127.0.0.1:${dns.port}`,
      };
      await withWorkbench({ name: 'accessibility', workspace, settings }, async (bench) => {
        const { page } = bench;
        await runCommandWhenListed(bench, 'MX Guard: Open Outage Scenarios');
        const view = bench.webview();
        await view.locator('nav.steps vscode-button').first().waitFor({ timeout: 60_000 });
        const frame = await frameWithAxe(view);

        await t.test('axe finds no violation and no contrast to review on every tab and step, in four themes', async () => {
          for (const theme of themes) {
            await useTheme(bench, theme);
            await selectTab(view, 'scenarios');
            for (let step = 0; step <= 4; step++) {
              await view.locator('nav.steps vscode-button').nth(step).click();
              await view.locator(`article.step[data-step="${step}"] h1`).waitFor();
              audits.push(await audit(frame, theme.id, `step ${step}`));
              if (theme.id.startsWith('hc')) assert.deepEqual(await invisibleCode(frame), [], `code visible in ${theme.name}, step ${step}`);
            }
            await selectTab(view, 'simulator');
            await view.locator('svg.timeline').waitFor();
            audits.push(await audit(frame, theme.id, 'simulator'));
            await setOutage(view, 'abc');
            await view.locator('.stale-note').waitFor();
            audits.push(await audit(frame, theme.id, 'simulator, invalid length'));
            await setOutage(view, '2d');
            await view.locator('.results:not(.stale) h2', { hasText: 'outage of 2 d' }).waitFor();
            await selectTab(view, 'knowledge');
            await view.locator('.article-list a', { hasText: articleTitle('rules/backup-mx.md') }).click();
            await view.locator('.article-pane h1', { hasText: articleTitle('rules/backup-mx.md') }).waitFor();
            audits.push(await audit(frame, theme.id, 'knowledge, backup-mx article'));
            if (theme.id.startsWith('hc')) assert.deepEqual(await invisibleCode(frame), [], `code visible in ${theme.name}, backup-mx article`);
            await view.locator('#knowledge-search input').fill('greylisting');
            await view.locator('.search-results li').first().waitFor();
            audits.push(await audit(frame, theme.id, 'knowledge, search results'));
            await view.locator('#knowledge-search input').fill('');
            await bench.screenshot(`knowledge-${theme.id}`);
            fs.writeFileSync(path.join(resultsDir, 'accessibility-axe.json'), JSON.stringify(audits, null, 2));
          }
          for (const theme of themes) {
            const mine = audits.filter((a) => a.theme === theme.id);
            t.diagnostic(
              `${theme.name}: ${mine.length} views, ${mine.reduce((s, a) => s + a.violations, 0)} violations, ` +
                `${mine.reduce((s, a) => s + a.contrastToReview, 0)} contrast items to review, ${mine.reduce((s, a) => s + a.otherToReview, 0)} other items to review`,
            );
          }
          assert.equal(audits.length, themes.length * 9);
          assert.deepEqual(
            audits.flatMap((a) => a.problems.map((problem) => `${a.theme}, ${a.view}: ${problem}`)),
            [],
          );
          await runCommandWhenListed(bench, 'Preferences: Toggle High Contrast Theme');
          await view.locator('body:not(.vscode-high-contrast):not(.vscode-high-contrast-light)').waitFor({ timeout: 15_000 });
        });

        await t.test('the chart reads at 10 min, 36 h, 5 d and the longest give-up time', async () => {
          await selectTab(view, 'simulator');
          const relay = filteringServiceProfile();
          for (const seconds of [10 * 60, 36 * HOUR, 5 * DAY, longestGiveUp()]) {
            await setOutage(view, `${seconds / 60}m`);
            await view.locator('.results h2', { hasText: `outage of ${formatDuration(seconds)}` }).waitFor();
            const facts = await chartFacts(frame);
            const label = formatDuration(seconds);
            assert.ok(facts.ticks.length >= 2 && facts.ticks.length <= 10, `${label}: ${facts.ticks.length} ticks`);
            facts.ticks.slice(1).forEach((tick, i) => {
              const previous = facts.ticks[i];
              assert.ok(previous.x + previous.width + 4 <= tick.x, `${label}: tick "${previous.text}" and "${tick.text}" do not overlap`);
            });
            const failed = defaultSenders
              .map((id) => simulateChain('direct', profileById(id), relay, seconds).legs[0].attempts.filter((a) => !a.delivered).length)
              .reduce((a, b) => a + b, 0);
            assert.equal(facts.attemptLines + facts.bands.reduce((s, b) => s + b.attempts, 0), failed, `${label}: every failed attempt is drawn`);
            assert.equal(facts.outside, 0, `${label}: nothing drawn outside the chart`);
            for (const band of facts.bands) assert.match(band.label, /^every \d/, `${label}: the band says how often`);
            if (seconds === 36 * HOUR)
              assert.ok(
                facts.bands.some((b) => b.label === 'every 10 min'),
                `36 h: Exchange's retries are a band "every 10 min"`,
              );
            await bench.screenshot(`chart-${label.replace(/\s+/g, '')}`);
          }
        });

        await t.test('an invalid or too long length says why under the field and marks the results out of date', async () => {
          const error = view.locator('#outage-length-error');
          const heading = view.locator('.results h2');
          await setOutage(view, '2d');
          await view.locator('.results:not(.stale) h2', { hasText: 'outage of 2 d' }).waitFor();
          for (const [typed, message] of [
            ['abc', 'Type a length of at least a minute, such as 90m, 36h, 2d or 1d12h.'],
            ['0', 'Type a length of at least a minute, such as 90m, 36h, 2d or 1d12h.'],
            ['9d', outageTooLong(9 * DAY)!],
          ]) {
            await setOutage(view, typed);
            await view.locator('.results.stale .stale-note').waitFor();
            assert.ok(await error.isVisible(), `${typed}: the error is shown`);
            assert.equal(await error.textContent(), message);
            assert.equal(await view.locator('#outage-length').getAttribute('aria-invalid'), 'true');
            assert.match((await view.locator('.stale-note').textContent()) ?? '', /^Out of date: these results are for the last valid length, 2 d\./);
            assert.match((await heading.textContent()) ?? '', /outage of 2 d$/);
          }
          await bench.screenshot('invalid-length');
          await setOutage(view, '12h');
          await view.locator('.results:not(.stale) h2', { hasText: 'outage of 12 h' }).waitFor();
          assert.equal(await error.isVisible(), false);
          assert.equal(await view.locator('.stale-note').count(), 0);
          assert.equal(await frame.evaluate(() => (document.getElementById('outage-preset') as HTMLElement & { value: string }).value), '12h');
          await setOutage(view, '13h');
          await view.locator('.results h2', { hasText: 'outage of 13 h' }).waitFor();
          assert.equal(
            await frame.evaluate(() => (document.getElementById('outage-preset') as HTMLElement & { value: string }).value),
            '',
            'Common lengths says "other"',
          );
        });

        await t.test('the focus after each action: a step, Simulate this outage, an article, a search result', async () => {
          const focused = () =>
            frame.evaluate(() => {
              const active = document.activeElement as HTMLElement | null;
              return `${active?.tagName.toLowerCase()}|${active?.getAttribute('aria-current') ?? ''}|${(active?.textContent ?? '').trim().slice(0, 80)}`;
            });
          await selectTab(view, 'scenarios');
          await view.locator('nav.steps vscode-button').nth(3).click();
          await view.locator('article.step[data-step="3"] h1').waitFor();
          assert.match(await focused(), /^vscode-button\|step\|3 · /);
          await view.locator('vscode-button', { hasText: 'Simulate this outage' }).click();
          await view.locator('vscode-panels[activeid="tab-simulator"]').waitFor();
          await page.waitForTimeout(300);
          assert.match(await focused(), /^h2\|\|Sender → your server \(down\), outage of /);

          await selectTab(view, 'knowledge');
          const list = view.locator('.article-list');
          await list.evaluate((node) => (node.scrollTop = node.scrollHeight));
          const scrolled = await list.evaluate((node) => node.scrollTop);
          const target = view.locator('.article-list [data-path] a').last();
          const title = (await target.textContent()) ?? '';
          await target.click();
          await view.locator('.article-pane h1', { hasText: title }).waitFor();
          await page.waitForTimeout(300);
          assert.equal(await focused(), `h1||${title}`);
          assert.ok(Math.abs((await list.evaluate((node) => node.scrollTop)) - scrolled) <= 1, 'the list kept its scroll position');
          assert.ok(scrolled > 0, 'the list was scrolled (it is longer than the pane)');

          await view.locator('#knowledge-search input').fill('greylisting');
          const results = view.locator('.search-results li');
          await results.first().waitFor();
          const found = await results.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id));
          t.diagnostic(`"greylisting" finds: ${found.join(', ')}`);
          for (const docPath of greylistingArticles) assert.ok(found.includes(`article:${docPath}`), `greylisting finds ${docPath}`);
          await view.locator(`.search-results li[data-id="article:smtp/450.md"] a`).click();
          await view.locator('.article-pane h1', { hasText: articleTitle('smtp/450.md') }).waitFor();
          await page.waitForTimeout(300);
          assert.equal(await focused(), `h1||${articleTitle('smtp/450.md')}`);
          assert.equal(await results.count(), found.length, 'the results stay listed');
          await bench.screenshot('search-greylisting');
          await view.locator('#knowledge-search input').fill('');
        });

        await t.test('narrow: the article comes first, and nothing is wider than the panel', async () => {
          const viewport = page.viewportSize()!;
          await runCommandWhenListed(bench, 'View: Close Primary Side Bar');
          await page.setViewportSize({ width: 560, height: viewport.height });
          try {
            await page.waitForTimeout(500);
            const layout = await frame.evaluate(() => {
              const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
              return {
                width: window.innerWidth,
                scrollWidth: document.documentElement.scrollWidth,
                article: box('.article-pane').top,
                list: box('.article-list').top,
              };
            });
            t.diagnostic(`narrow webview: ${JSON.stringify(layout)}`);
            assert.ok(layout.width >= 400 && layout.width < 640, `the webview is narrow: ${layout.width} px`);
            assert.ok(layout.article < layout.list, 'the article is above the list');
            assert.ok(layout.scrollWidth <= layout.width, 'no sideways scrolling');
            await bench.screenshot('narrow');
          } finally {
            await page.setViewportSize(viewport);
          }
        });

        await t.test(
          'Compare Zone File against a server that answers NXDOMAIN says the domain does not exist, and which server said so',
          async () => {
            await bench.openFile('nowhere.example.zone');
            await runCommandWhenListed(bench, 'MX Guard: Compare Zone File with Published DNS');
            const report = bench.webview().locator('section.report');
            await report.waitFor({ timeout: 20_000 });
            const text = ((await report.textContent()) ?? '').replace(/\s+/g, ' ');
            assert.ok(text.includes(`nowhere.example does not exist in published DNS: the DNS server 127.0.0.1:${dns.port} answered NXDOMAIN`), text);
            assert.ok(!text.includes('a serial is missing'), text);
            await bench.screenshot('compare-nxdomain');
          },
        );

        await t.test('the walkthrough opens its sample log wrapped, with word wrap off in the settings', async () => {
          await runCommandWhenListed(bench, 'Welcome: Open Walkthrough...');
          await page.locator('.quick-input-widget .quick-input-box input').fill('Get Started with MX Guard');
          await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Get Started with MX Guard' }).waitFor();
          await page.keyboard.press('Enter');
          await page.locator('.getting-started-step', { hasText: 'Hover a bounce code' }).click();
          await page.getByRole('button', { name: 'Open the Sample Log' }).click();
          const lines = page.locator('.editor-group-container.active .view-lines');
          await lines.filter({ hasText: '452 4.2.2' }).waitFor({ timeout: 15_000 });
          // With word wrap off a log line runs far past the editor's right edge; wrapped, the part holding the code fits.
          const placement = await page.evaluate(() => {
            const editor = document.querySelector('.editor-group-container.active .monaco-editor')!.getBoundingClientRect();
            const lines = Array.from(document.querySelectorAll('.editor-group-container.active .view-lines .view-line'));
            const line = lines.find((node) => (node.textContent ?? '').replace(/\u00a0/g, ' ').includes('452 4.2.2'));
            if (!line) return null;
            const range = document.createRange();
            range.selectNodeContents(line);
            return { right: range.getBoundingClientRect().right, editorRight: editor.right };
          });
          assert.ok(placement && placement.right <= placement.editorRight, `452 4.2.2 is on screen: ${JSON.stringify(placement)}`);
          await bench.screenshot('sample-log-wrapped');
        });
      });
    } finally {
      await dns.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  },
);
