// CI always has the shared corpus (MXG_CORPUS, default ../shared/corpus): there its absence fails the run
// with this one clear line, instead of the corpus tests skipping as they do in a fresh clone.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { corpusDir } from '../paths';

test('the shared corpus is present under CI', { skip: process.env.CI !== 'true' && 'only under CI=true' }, () => {
  assert.ok(fs.existsSync(corpusDir), `CI=true but the shared corpus is absent (${corpusDir}; set MXG_CORPUS to its folder)`);
});
