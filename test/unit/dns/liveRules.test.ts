import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { liveRules } from '../../../src/core/dns/liveRules';
import { ruleById } from '../../../src/core/rules';
import { repoRoot } from '../../paths';

it('every live-only finding has its article in docs/rules/, titled with its id, and no zone rule has the same id', () => {
  for (const id of Object.keys(liveRules)) {
    const article = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
    assert.match(article.split('\n')[0], new RegExp(`^# ${id}: \\S`), `docs/rules/${id}.md starts with its title`);
    assert.equal(ruleById.has(id), false, `${id} is also a zone rule`);
  }
});
