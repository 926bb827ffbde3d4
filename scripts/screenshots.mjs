// `npm run screenshots`: the README's screenshots, taken by the marketplace UI test in a light theme (into
// test-results/), copied to media/screenshots/. Test runs never write tracked files; only this command does.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['scripts/build.mjs']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);
let failed = false;
try {
  run(process.execPath, ['--test', 'out/test/ui/marketplace.test.js']);
} catch {
  // The last check (the installed page shows the images) fails while git does not track them yet: copy, then run again.
  failed = true;
}
const shots = ['problems-quick-fix', 'mx-hover', 'smtp-hover', 'simulator'];
mkdirSync('media/screenshots', { recursive: true });
const taken = new Set(readdirSync('test-results'));
for (const shot of shots) {
  if (!taken.has(`marketplace-${shot}.png`)) throw new Error(`test-results/marketplace-${shot}.png was not taken`);
  copyFileSync(`test-results/marketplace-${shot}.png`, `media/screenshots/${shot}.png`);
  console.log(`media/screenshots/${shot}.png`);
}
if (failed) console.log('The marketplace test failed before the copy: `git add media/screenshots`, then run `npm run screenshots` again.');
