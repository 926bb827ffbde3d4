import * as path from 'node:path';

/** The repository root, from the compiled location out/test/paths.js. */
export const repoRoot = path.resolve(__dirname, '..', '..');
/** The shared real-world corpus beside the repository (never copied into it). */
export const corpusDir = process.env.MXG_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');
