/**
 * Runs the mocha suites of test/vscode/suite/ inside a real VS Code (code-server in Chromium), with
 * the extension loaded un-installed from the repository (extensionDevelopmentPath), and reports
 * every mocha test as a node:test subtest so that the run's summary counts them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../paths';
import { benchTestOptions, openBrowser, startCodeServer, withBenchLock } from './codeServer';
import { resultTag, type VsCodeTestResult } from './index';

const testIndex = path.join(__dirname, 'index.js');
const runTimeoutMs = 240_000;

test('extension tests inside VS Code', benchTestOptions(), async (t) => {
  assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'extension.js')), 'dist/extension.js is missing: run node scripts/build.mjs');
  const { results, exitCode, log } = await withBenchLock(runSuitesInVsCode);

  for (const result of results) {
    await t.test(result.title, { skip: result.state === 'pending' }, (subtest) => {
      subtest.diagnostic(`took ${result.durationMs} ms in VS Code`);
      if (result.state === 'failed') assert.fail(result.error ?? 'failed');
    });
  }
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.filter((r) => r.state === 'failed').length;
  t.diagnostic(`${results.length} tests ran in VS Code: ${passed} passed, ${failed} failed`);
  console.log(`VS Code suite: ${results.length} tests ran in VS Code (${passed} passed, ${failed} failed)`);
  assert.ok(results.length > 0, `no test ran in VS Code; its log:\n${log.join('\n')}`);
  assert.equal(exitCode, 0, `VS Code's test run exited with ${exitCode}; its log:\n${log.join('\n')}`);
});

async function runSuitesInVsCode(): Promise<{ results: VsCodeTestResult[]; exitCode: number; log: string[] }> {
  // The suites get a scratch folder as their workspace; the extension host inherits the server's env.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-vscode-ws-'));
  const server = await startCodeServer({ env: { MXG_TEST_WORKSPACE: workspace } });
  const browser = await openBrowser();
  const log: string[] = [];
  const results: VsCodeTestResult[] = [];
  try {
    const exitCode = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`VS Code tests did not finish in ${runTimeoutMs / 1000} s; log:\n${log.join('\n')}\n${server.output()}`)),
        runTimeoutMs,
      );
      // VS Code calls these two globals when a test run is driven from outside (as @vscode/test-web does).
      void browser.page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
        const tagAt = line.indexOf(resultTag);
        if (tagAt >= 0) results.push(JSON.parse(line.slice(tagAt + resultTag.length)) as VsCodeTestResult);
        else log.push(`[${type}] ${line}`);
      });
      void browser.page.exposeFunction('codeAutomationExit', (code: number) => {
        clearTimeout(timer);
        resolve(code);
      });
      browser.page
        .goto(
          server.urlFor(workspace, [
            ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
            ['extensionTestsPath', server.remoteUri(testIndex)],
          ]),
        )
        .catch(reject);
    });
    return { results, exitCode, log };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
