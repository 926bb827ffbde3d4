/**
 * Script injection into the MX Guard webview, in a real VS Code (code-server) in Chromium, through
 * every path that reaches it: a rendered article, pasted bounce text (the explain report), a domain
 * name from a DNS answer (the live report), a setting value (`mxGuard.filteringService.name`) and a
 * message posted to the webview. Each payload would set a marker, log a line and fetch from a loopback
 * HTTP server if it ran; none may. The CSP is read from the served HTML.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { ANSWER_TIMEOUT_MS, startZoneServer } from '../unit/dns/loopback';
import { benchTestOptions, withWorkbench, type Workbench } from './harness';

/** What a payload does if it runs: a marker on the body, a console line, a request to the trap server. */
function payloads(where: string, trap: string): string[] {
  const run = `document.body.dataset.xss='${where}';console.log('MXG-XSS-RAN ${where}');fetch('${trap}/run-${where}')`;
  return [
    `<img src="${trap}/img-${where}" onerror="${run}">`,
    `<svg onload="${run}"><circle r="1"/></svg>`,
    `<a href="javascript:${run}">click me ${where}</a>`,
    `[md link ${where}](javascript:${encodeURIComponent(run)})`,
    `</script><script>${run}</script>`,
    `<iframe src="${trap}/iframe-${where}"></iframe>`,
    `![md image ${where}](${trap}/md-img-${where})`,
    `<link rel="stylesheet" href="${trap}/css-${where}">`,
    `<div style="background:url(${trap}/style-${where})">styled ${where}</div>`,
  ];
}

/** A loopback HTTP server that records every request: anything fetched from a payload shows up here. */
async function startTrap(): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Types into the open quick input (a quick pick or an input box), waits for a row when asked, and accepts. */
async function answerQuickInput(bench: Workbench, text: string, row?: string): Promise<void> {
  const input = bench.page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(text);
  if (row) await bench.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: row }).waitFor({ timeout: 10_000 });
  await bench.page.keyboard.press('Enter');
}

/** Nothing ran in the webview: no marker, no element that could run or fetch, no inline handler. */
async function assertInert(frame: FrameLocator, where: string): Promise<void> {
  // A handler would run at once when the node is inserted; give a late one a moment anyway.
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(await frame.locator('body').getAttribute('data-xss'), null, `${where}: a payload ran`);
  // VS Code's own API script and the extension's stylesheet are the page's; anything else is not.
  const active = frame.locator(
    'script:not(#_vscodeApiScript):not([src*="/dist/webview.js"]), iframe, object, embed, link[rel=stylesheet]:not([href*="/media/scenarios.css"]), [onerror], [onload], [onclick], [style*="url("], a[href^="javascript:" i]',
  );
  const found = await active.evaluateAll((nodes) => nodes.map((node) => node.outerHTML.slice(0, 200)));
  assert.deepEqual(found, [], `${where}: an active element survived sanitising`);
}

/** The directives of the CSP meta tag the panel serves. */
async function servedCsp(frame: FrameLocator): Promise<Map<string, string[]>> {
  const content = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(content, 'the webview HTML has a CSP meta tag');
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );
}

test('webview: no injected script runs and nothing is fetched, through every path; the CSP is strict', benchTestOptions(), async (t) => {
  const trap = await startTrap();
  const hostileName = `<img src=${trap.url}/setting-img onerror="document.body.dataset.xss='setting'">vq`;
  const dns = await startZoneServer({
    records: {
      'xss.example': [
        { type: 'MX', preference: 10, exchange: `<img src=x onerror=alert(1)>.xss.example` },
        { type: 'MX', preference: 20, exchange: '[x](javascript:alert(1)).evil.example' },
      ],
    },
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-xss-ws-'));
  // A DSN as pasted from a mail client: the payloads sit in every field the report quotes.
  const [img, svg, link, , script] = payloads('bounce', trap.url);
  const bounce = [
    'From: MAILER-DAEMON@example.net',
    'Subject: Undelivered Mail <img src=x onerror=alert(1)>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    `<kijitora@example.jp>: host mx.example.jp said: 550 5.1.1 ${img} ${link}`,
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net`<img src=x onerror=alert(2)>`',
    '',
    `Final-Recipient: rfc822; ${img}@example.jp`,
    'Action: failed',
    'Status: 5.1.1',
    `Remote-MTA: dns; ${svg}`,
    `Diagnostic-Code: smtp; 550 5.1.1 ${link} | ${script} unknown`,
    '',
    '--b--',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(workspace, 'pasted-bounce.txt'), bounce);
  const consoleRuns: string[] = [];

  try {
    await withWorkbench(
      {
        name: 'xss',
        workspace,
        settings: {
          'mxGuard.filteringService.name': hostileName,
          'mxGuard.dns.server': `${dns.address}:${dns.port}`,
          'mxGuard.dns.timeoutMs': ANSWER_TIMEOUT_MS,
        },
      },
      async (bench) => {
        bench.page.on('console', (message) => {
          if (message.text().includes('MXG-XSS-RAN')) consoleRuns.push(message.text());
          if (message.type() === 'error') t.diagnostic(`console error: ${message.text().slice(0, 300)}`);
        });
        bench.page.on('pageerror', (error) => t.diagnostic(`page error: ${error.message.slice(0, 300)}`));
        // The machine-scoped DNS setting is read from the server's machine settings in a remote window.
        const machine = path.join(bench.server.profileDir, 'user-data', 'Machine');
        fs.mkdirSync(machine, { recursive: true });
        fs.writeFileSync(
          path.join(machine, 'settings.json'),
          JSON.stringify({ 'mxGuard.dns.server': `${dns.address}:${dns.port}`, 'mxGuard.dns.timeoutMs': ANSWER_TIMEOUT_MS }),
        );

        await t.test('a setting value: the filtering service name is shown as text', async () => {
          // The first command may not be listed yet on a busy machine: try again after a miss.
          for (let attempt = 1; ; attempt++) {
            try {
              await bench.runCommand('MX Guard: Open Outage Scenarios');
              break;
            } catch (error) {
              if (attempt === 3) throw error;
              await bench.page.keyboard.press('Escape');
            }
          }
          const frame = bench.webview();
          await frame.locator('nav.steps vscode-button').first().waitFor({ timeout: 20_000 });
          await frame.locator('vscode-panel-tab#tab-simulator').click();
          await frame.locator('.results h2').first().waitFor({ timeout: 15_000 });
          const text = (await frame.locator('body').textContent()) ?? '';
          assert.ok(text.includes(hostileName), 'the hostile name is shown literally');
          await assertInert(frame, 'setting');
          await bench.screenshot('setting');
        });

        await t.test('the CSP served with the panel allows only its own nonce-bearing script', async () => {
          const frame = bench.webview();
          const csp = await servedCsp(frame);
          assert.deepEqual(csp.get('default-src'), ["'none'"]);
          const scriptSrc = csp.get('script-src') ?? [];
          assert.equal(scriptSrc.length, 1);
          assert.match(scriptSrc[0], /^'nonce-[A-Za-z0-9+/]{22,}={0,2}'$/);
          const nonce = scriptSrc[0].slice("'nonce-".length, -1);
          for (const [name, values] of csp) {
            for (const value of values) {
              assert.ok(
                !["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:'].includes(value) ||
                  (name === 'img-src' && value === 'data:'),
                `${name} allows ${value}`,
              );
              assert.ok(!value.startsWith('http://127.0.0.1'), `${name} allows the loopback`);
            }
          }
          assert.ok(!csp.has('connect-src') && !csp.has('frame-src'), 'no connect-src or frame-src beyond default-src');
          // The browser hides a nonce attribute once parsed; the element's nonce property keeps it. VS Code's own
          // API script is placed by VS Code before the page's CSP applies.
          const scripts = await frame
            .locator('script:not(#_vscodeApiScript)')
            .evaluateAll((nodes) => nodes.map((node) => ({ src: node.getAttribute('src'), nonce: (node as HTMLScriptElement).nonce })));
          assert.equal(scripts.length, 1, JSON.stringify(scripts));
          assert.equal(scripts[0].nonce, nonce);
          assert.match(scripts[0].src ?? '', /\/dist\/webview\.js$/);
        });

        await t.test('a rendered article from docs/', async () => {
          // An article as the extension reads it: a file in the installed extension's docs/rules.
          const extensions = path.join(bench.server.profileDir, 'extensions');
          const installed = fs.readdirSync(extensions).find((name) => name.startsWith('mx-guard.mx-guard-'));
          assert.ok(installed, `the installed extension in ${extensions}`);
          fs.writeFileSync(
            path.join(extensions, installed, 'docs', 'rules', 'zz-xss-probe.md'),
            `# XSS probe article\n\n${payloads('article', trap.url).join('\n\n')}\n`,
          );
          await bench.runCommand('MX Guard: Open Rule Documentation');
          await answerQuickInput(bench, 'XSS probe article', 'XSS probe article');
          const frame = bench.webview();
          await frame.locator('.article-pane article h1', { hasText: 'XSS probe article' }).waitFor({ timeout: 15_000 });
          await frame
            .locator('.article-pane a', { hasText: 'click me article' })
            .click()
            .catch(() => undefined);
          await frame
            .locator('.article-pane a', { hasText: 'md link article' })
            .click()
            .catch(() => undefined);
          await assertInert(frame, 'article');
          await bench.screenshot('article');
        });

        await t.test('pasted bounce text in the explain report', async () => {
          await bench.openFile('pasted-bounce.txt');
          await bench.runCommand('MX Guard: Explain SMTP Replies in Selection');
          const frame = bench.webview();
          const report = frame.locator('section.report');
          await report.waitFor({ timeout: 20_000 }).catch(async (error) => {
            await bench.screenshot('bounce-failure');
            throw error;
          });
          await report.locator('h1, h2, h3').first().waitFor();
          await report
            .locator('a', { hasText: 'click me' })
            .first()
            .click({ timeout: 2000 })
            .catch(() => undefined);
          const text = (await report.textContent()) ?? '';
          assert.ok(
            text.includes(`svg onload="document.body.dataset.xss='bounce'`) && text.includes('Bounce: RFC 3464 delivery status notification'),
            `the DSN's fields reach the report as text: ${text.slice(0, 300)}`,
          );
          await assertInert(frame, 'bounce');
          await bench.screenshot('bounce');
        });

        await t.test('a domain name from a DNS answer in the live report', async () => {
          await bench.runCommand("MX Guard: Check a Domain's Published MX");
          await answerQuickInput(bench, 'xss.example');
          const frame = bench.webview();
          const report = frame.locator('section.report', { hasText: 'xss.example' });
          await report.waitFor({ timeout: 20_000 });
          const text = (await report.textContent()) ?? '';
          assert.ok(text.includes('\\060img'), `the answer's markup is shown escaped: ${text.slice(0, 300)}`);
          await assertInert(frame, 'dns');
          await bench.screenshot('dns');
        });

        await t.test('messages posted to the webview', async () => {
          const frame = bench.webview();
          const hostile = payloads('message', trap.url).join('\n\n');
          const messages = [
            { type: 'report', report: { title: hostile, markdown: hostile } },
            { type: 'report', report: { title: 'Posted report', markdown: `# ${hostile}\n\n${hostile}` } },
            { type: 'article', path: '../../etc/passwd<img src=x onerror=alert(1)>', markdown: hostile },
            { type: 'link', link: { step: '<img src=x onerror=alert(1)>', mta: '<svg onload=alert(1)>', outage: '</script>' }, tab: 'knowledge' },
          ];
          const post = (data: unknown) =>
            frame.locator('body').evaluate((_, message) => window.dispatchEvent(new MessageEvent('message', { data: message })), data);
          await post(messages[0]);
          await frame.locator('section.report', { hasText: 'click me message' }).waitFor({ timeout: 10_000 });
          await assertInert(frame, 'message: report with a hostile title');
          await post(messages[1]);
          await frame
            .locator('section.report', { hasText: 'Posted report' })
            .waitFor({ timeout: 10_000 })
            .catch(() => undefined);
          await assertInert(frame, 'message: report');
          for (const data of messages.slice(2)) await post(data);
          await assertInert(frame, 'message: article and link');
          await bench.screenshot('message');
        });

        await t.test('nothing was fetched and no payload logged a line', () => {
          assert.deepEqual(trap.hits, []);
          assert.deepEqual(consoleRuns, []);
        });
      },
    );
  } finally {
    await dns.close();
    await trap.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});
