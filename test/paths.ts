import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The repository root: the nearest folder above the compiled test holding MX Guard's package.json and
 * tsconfig.json (tsc copies package.json into its output folder when code imports it; never tsconfig.json).
 */
function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const isRoot = fs.existsSync(path.join(dir, 'tsconfig.json'));
      if (isRoot && JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'mx-guard') return dir;
    } catch {
      // no package.json here: keep walking up
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export const repoRoot = findRepoRoot();
/** The shared real-world corpus beside the repository (never copied into it). */
export const corpusDir = process.env.MXG_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/**
 * Whether the corpus tests run. Without the corpus they are skipped with this reason, except under CI=true,
 * where CI always has it: there the tests run and fail on the missing files, and corpusPresence.test.ts says why.
 */
export const corpusSkip: string | false =
  fs.existsSync(corpusDir) || process.env.CI === 'true' ? false : `the shared corpus is absent (${corpusDir}; set MXG_CORPUS to its folder)`;

/** A file of the corpus, by its path inside it. */
export const corpusFile = (...parts: string[]): string => path.join(corpusDir, ...parts);
