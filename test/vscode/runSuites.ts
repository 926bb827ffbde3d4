/** Runs mocha files inside a real VS Code (code-server in Chromium) and reads their results back from the browser. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../paths';
import { openBrowser, startCodeServer } from './codeServer';
import { resultTag, type VsCodeTestResult } from './index';

const testIndex = path.join(__dirname, 'index.js');
const runTimeoutMs = 240_000;

/**
 * Runs the compiled mocha files of test/vscode/<suiteDir>/ in one VS Code: each test's result, the exit code
 * and the rest of the log. The suites get a scratch folder as their workspace; the extension host inherits
 * the server's environment (`env` adds to it).
 */
export async function runSuitesInVsCode(
  suiteDir = 'suite',
  env: Record<string, string> = {},
): Promise<{ results: VsCodeTestResult[]; exitCode: number; log: string[] }> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-vscode-ws-'));
  const server = await startCodeServer({ env: { ...env, MXG_TEST_WORKSPACE: workspace, MXG_VSCODE_SUITE_DIR: suiteDir } });
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
