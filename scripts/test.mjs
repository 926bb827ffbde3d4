// `npm test`: build, type-check and compile the tests, then run every compiled *.test.js with node's test runner.
// `npm test -- unit` runs only the fast suites (unit and corpus), without VS Code or a browser.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const onlyFast = process.argv.includes('unit');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run(process.execPath, ['scripts/build.mjs']);
rmSync('out', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);

function testFiles(dir) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(testFiles(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

const suites = onlyFast ? ['unit', 'corpus'] : ['unit', 'corpus', 'vscode', 'ui'];
const files = suites.flatMap((s) => {
  try {
    return testFiles(join('out', 'test', s));
  } catch {
    return [];
  }
});
try {
  // The one hang guard of the suite: no test asserts a time, but a test that has not ended after 20 minutes
  // (ten times the slowest, a VS Code suite waiting for the bench's lock) is stopped and fails.
  run(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=1200000', ...files]);
} catch {
  process.exit(1);
}
