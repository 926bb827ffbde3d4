import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkTarget, slug } from '../../../src/webview/markdown';

test('links in articles: relative articles, anchors and web pages are followed; other schemes are not', () => {
  assert.deepEqual(linkTarget('../rules/backup-mx.md', 'scenarios/step-0.md'), { kind: 'article', path: 'rules/backup-mx.md', anchor: undefined });
  assert.deepEqual(linkTarget('../delivery/mta-defaults.md#exim', 'scenarios/step-3.md'), {
    kind: 'article',
    path: 'delivery/mta-defaults.md',
    anchor: 'exim',
  });
  assert.deepEqual(linkTarget('smtp/5.1.1.md', undefined), { kind: 'article', path: 'smtp/5.1.1.md', anchor: undefined });
  assert.deepEqual(linkTarget('#postfix', 'delivery/mta-defaults.md'), { kind: 'anchor', anchor: 'postfix' });
  assert.deepEqual(linkTarget('https://www.rfc-editor.org/rfc/rfc5321', undefined), {
    kind: 'external',
    url: 'https://www.rfc-editor.org/rfc/rfc5321',
  });
  for (const ignored of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'command:workbench.action.openSettings',
    'mailto:x@example.com',
    'data:text/html,x',
    'image.png',
  ]) {
    assert.equal(linkTarget(ignored, 'rules/x.md'), undefined, ignored);
  }
});

test('heading slugs match the anchors articles link to', () => {
  assert.equal(slug('Exchange Server'), 'exchange-server');
  assert.equal(slug("2007 figures versus today's defaults"), '2007-figures-versus-todays-defaults');
  assert.equal(slug('  Filtering service '), 'filtering-service');
});
