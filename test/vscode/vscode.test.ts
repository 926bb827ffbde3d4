/**
 * Runs the mocha suites of test/vscode/suite/ inside a real VS Code (code-server in Chromium), with
 * the extension loaded un-installed from the repository (extensionDevelopmentPath), and reports
 * every mocha test as a node:test subtest so that the run's summary counts them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../paths';
import { benchTestOptions, withBenchLock } from './codeServer';
import { runSuitesInVsCode } from './runSuites';

test('extension tests inside VS Code', benchTestOptions(), async (t) => {
  assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'extension.js')), 'dist/extension.js is missing: run node scripts/build.mjs');
  const { results, exitCode, log } = await withBenchLock(() => runSuitesInVsCode());

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
