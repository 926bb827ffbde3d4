import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyLink,
  articleTitle,
  defaultPanelState,
  normalizeDocPath,
  parsePanelState,
  parseScenarioLink,
  parseWebviewMessage,
} from '../../../src/webview/protocol';

test('article paths stay inside docs/', () => {
  assert.equal(normalizeDocPath('smtp/class-5.md'), 'smtp/class-5.md');
  assert.equal(normalizeDocPath('docs/rules/backup-mx.md#why'), 'rules/backup-mx.md');
  assert.equal(normalizeDocPath('./scenarios/step-3.md'), 'scenarios/step-3.md');
  for (const bad of [
    '../package.json',
    'rules/../../x.md',
    '/etc/passwd.md',
    'rules\\x.md',
    'rules/x.txt',
    'C:/x.md',
    'rules/.hidden.md/..',
    42,
    undefined,
    '',
  ]) {
    assert.equal(normalizeDocPath(bad), undefined, String(bad));
  }
});

test('article titles come from the first "# " line', () => {
  assert.equal(articleTitle('intro\n# Backup MX bypasses the filter\n## more', 'rules/backup-mx.md'), 'Backup MX bypasses the filter');
  assert.equal(articleTitle('no heading', 'rules/backup-mx.md'), 'backup-mx');
});

test('webview messages are validated before use', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'openArticle', path: 'rules/no-mx.md' }), { type: 'openArticle', path: 'rules/no-mx.md' });
  assert.equal(parseWebviewMessage({ type: 'openArticle', path: '../../secret.md' }), undefined);
  assert.deepEqual(parseWebviewMessage({ type: 'openExternal', url: 'https://www.rfc-editor.org/rfc/rfc5321' }), {
    type: 'openExternal',
    url: 'https://www.rfc-editor.org/rfc/rfc5321',
  });
  assert.equal(parseWebviewMessage({ type: 'openExternal', url: 'javascript:alert(1)' }), undefined);
  assert.equal(parseWebviewMessage({ type: 'openExternal', url: 'file:///etc/passwd' }), undefined);
  assert.equal(parseWebviewMessage({ type: 'openExternal', url: 'command:workbench.action.terminal.new' }), undefined);
  assert.equal(parseWebviewMessage({ type: 'copy', text: 5 }), undefined);
  assert.equal(parseWebviewMessage({ type: 'copy', text: 'x'.repeat(1_000_001) }), undefined);
  assert.equal(parseWebviewMessage({ type: 'runCommand', command: 'x' }), undefined);
  assert.equal(parseWebviewMessage('ready'), undefined);
  assert.equal(parseWebviewMessage(null), undefined);
});

test('deep links: step, MTA and outage are checked', () => {
  assert.deepEqual(parseScenarioLink(undefined), { link: {} });
  assert.deepEqual(parseScenarioLink({ step: 3, mta: 'postfix', outage: '2d', extra: 1 }), { link: { step: 3, mta: 'postfix', outage: '2d' } });
  assert.deepEqual(parseScenarioLink({ step: '4' }), { link: { step: 4 } });
  assert.ok('error' in parseScenarioLink({ step: 5 }));
  assert.ok('error' in parseScenarioLink({ mta: 'gmail' }));
  assert.ok('error' in parseScenarioLink({ outage: 'soon' }));
  assert.ok('error' in parseScenarioLink('step 3'));
});

test('saved state is restored field by field; damage falls back to defaults', () => {
  const saved = {
    tab: 'simulator',
    step: 4,
    simulator: { mtas: ['exim', 'nope', 'exim'], outage: '36h', chain: 'server-down', sentAfter: '3d' },
    articlePath: 'rules/no-mx.md',
  };
  assert.deepEqual(parsePanelState(saved), {
    tab: 'simulator',
    step: 4,
    simulator: { mtas: ['exim'], outage: '36h', chain: 'server-down', sentAfter: '3d' },
    articlePath: 'rules/no-mx.md',
    report: undefined,
  });
  assert.deepEqual(
    parsePanelState({ tab: 'evil', step: 9, simulator: { mtas: 'postfix', outage: '<img>', chain: 1, sentAfter: 'later' }, articlePath: '../x.md' }),
    {
      ...defaultPanelState,
      articlePath: undefined,
      report: undefined,
    },
  );
  assert.deepEqual(parsePanelState(undefined), defaultPanelState);
});

test('following a deep link sets the step, the simulator and the tab', () => {
  assert.deepEqual(applyLink(defaultPanelState, { step: 3, mta: 'postfix', outage: '2d' }), {
    ...defaultPanelState,
    tab: 'simulator',
    step: 3,
    simulator: { mtas: ['postfix'], outage: '2d', chain: 'direct', sentAfter: '0' },
  });
  assert.deepEqual(applyLink(defaultPanelState, { step: 4 }), {
    ...defaultPanelState,
    tab: 'scenarios',
    step: 4,
    simulator: { ...defaultPanelState.simulator, chain: 'server-down' },
  });
  // The filtering service is not a sender to pick: it means the path through it.
  assert.deepEqual(applyLink(defaultPanelState, { mta: 'vqnow', outage: '40h' }).simulator, {
    mtas: defaultPanelState.simulator.mtas,
    outage: '40h',
    chain: 'server-down',
    sentAfter: '0',
  });
  assert.deepEqual(defaultPanelState.simulator.mtas, ['postfix', 'exim', 'exchange'], 'the default state is not changed');
});
