/**
 * The test entry VS Code loads in its extension host (URL payload `extensionTestsPath`): runs every
 * compiled `suite/*.suite.js` with mocha (tdd: `suite`/`test`) and reports each test as one line
 * that the driver (vscode.test.ts) reads back from the browser.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Lines starting with this tag carry one JSON test result. */
export const resultTag = '[mxg-result]';

export interface VsCodeTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

class JsonLinesReporter {
  constructor(runner: Mocha.Runner) {
    const report = (result: VsCodeTestResult) => console.log(`${resultTag} ${JSON.stringify(result)}`);
    runner.on('pass', (test) => report({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('pending', (test) => report({ title: test.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (test, error: Error) =>
      report({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? String(error) }),
    );
  }
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, reporter: JsonLinesReporter as unknown as typeof Mocha.reporters.Base });
  const suiteDir = path.join(__dirname, process.env.MXG_VSCODE_SUITE_DIR ?? 'suite');
  const only = process.env.MXG_VSCODE_SUITES?.split(',').filter(Boolean);
  for (const name of fs.readdirSync(suiteDir).sort()) {
    if (!name.endsWith('.suite.js')) continue;
    if (only && !only.some((wanted) => name.startsWith(wanted))) continue;
    mocha.addFile(path.join(suiteDir, name));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code test(s) failed`);
}
