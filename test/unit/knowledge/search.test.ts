import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isKnowledgeArticle } from '../../../src/core/knowledge/articles';
import { knowledgeIndexJson, loadKnowledgeIndex, searchKnowledge, tokenize } from '../../../src/core/knowledge/search';
import { basicCodes } from '../../../src/core/smtp/basicCodes';
import { enhancedCodes } from '../../../src/core/smtp/enhancedCodes';
import { repoRoot } from '../../paths';

const docsDir = path.join(repoRoot, 'docs');
/** Every article of the repository's docs/, found as the build finds them: by walking the folder. */
const articles = (fs.readdirSync(docsDir, { recursive: true }) as string[])
  .map((name) => name.split(path.sep).join('/'))
  .filter(isKnowledgeArticle)
  .map((articlePath) => ({ path: articlePath, markdown: fs.readFileSync(path.join(docsDir, articlePath), 'utf8') }));
const index = loadKnowledgeIndex(knowledgeIndexJson(articles));
const paths = (query: string) => searchKnowledge(index, query).map((hit) => hit.path ?? hit.code);

test('the index holds every article of docs/ but the decision records, and every SMTP code', () => {
  assert.ok(articles.length > 0);
  assert.equal(index.documentCount, articles.length + basicCodes.size + enhancedCodes.size);
  assert.ok(!articles.some((article) => article.path.startsWith('decisions/')));
  assert.equal(isKnowledgeArticle('decisions/webview-toolkit.md'), false);
  assert.equal(isKnowledgeArticle('bounces/greylisting.md'), true, 'a folder added later is searched too');
});

test('a word in an article body finds it, best matches first, with prefix and near-miss matching', () => {
  const mentioning = articles.filter((article) => /greylist/i.test(article.markdown)).map((article) => article.path);
  assert.ok(mentioning.length > 0, 'some article mentions greylisting');
  for (const query of ['greylisting', 'greylist', 'greylistng']) {
    const found = paths(query);
    for (const articlePath of mentioning) assert.ok(found.includes(articlePath), `"${query}" finds ${articlePath}: ${found.join(', ')}`);
  }
  const hits = searchKnowledge(index, 'greylisting');
  assert.deepEqual(
    hits.map((hit) => hit.score),
    hits.map((hit) => hit.score).sort((a, b) => b - a),
  );
  assert.deepEqual(searchKnowledge(index, 'zzqqxxj'), []);
});

test('codes are found as typed, and every word of a query must match', () => {
  assert.deepEqual(tokenize('550 5.1.1 user-unknown.'), ['550', '5.1.1', 'user', 'unknown']);
  assert.equal(paths('5.1.1')[0], '5.1.1', 'the code itself ranks first');
  assert.ok(paths('550').includes('550'));
  const both = searchKnowledge(index, 'backup filter');
  assert.ok(both.length > 0 && both.length < searchKnowledge(index, 'filter').length);
  assert.equal(searchKnowledge(index, 'backup filter')[0].path, 'rules/backup-mx.md');
});

test(
  'the build ships the index of every article docs/ holds now',
  { skip: !fs.existsSync(path.join(repoRoot, 'dist', 'knowledge-index.json')) && 'not built' },
  () => {
    const shipped = loadKnowledgeIndex(fs.readFileSync(path.join(repoRoot, 'dist', 'knowledge-index.json'), 'utf8'));
    assert.equal(shipped.documentCount, index.documentCount);
    for (const article of articles) assert.ok(shipped.has(`article:${article.path}`), article.path);
  },
);
