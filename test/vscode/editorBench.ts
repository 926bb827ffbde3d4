/**
 * `node out/test/vscode/editorBench.js`: runs test/vscode/bench/ inside VS Code on the extension as built
 * in dist/ and prints its figures (activation, latency, memory). A measurement for docs/decisions/, not a
 * test: it is not a *.test.js, so `npm test` does not run it.
 */
import { benchMissing, withBenchLock } from './codeServer';
import { runSuitesInVsCode } from './runSuites';

async function main(): Promise<void> {
  const missing = benchMissing();
  if (missing) throw new Error(missing);
  const { results, exitCode, log } = await withBenchLock(() => runSuitesInVsCode('bench'));
  for (const line of log) {
    const at = line.indexOf('[mxg-bench] ');
    if (at >= 0) console.log(line.slice(at + '[mxg-bench] '.length));
  }
  for (const result of results) console.log(`${result.state}: ${result.title} (${result.durationMs} ms)${result.error ? `\n${result.error}` : ''}`);
  process.exitCode = exitCode;
}

void main();
