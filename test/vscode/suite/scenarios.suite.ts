/**
 * The Outage Scenarios panel inside a real VS Code: its commands open the panel, bad arguments are refused
 * without opening anything, and the panel serializer is registered for restoring after a reload (the reload
 * itself is driven by the UI test, test/ui/scenarios.test.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../vscodeHelpers';

const panelTitle = 'MX Guard: Outage Scenarios';

function scenarioTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('mxGuard.scenarios'));
}

async function closeScenarioTabs(): Promise<void> {
  await vscode.window.tabGroups.close(scenarioTabs());
  await waitFor(
    () => scenarioTabs().length,
    (n) => n === 0,
  );
}

suite('Outage Scenarios panel', () => {
  suiteSetup(async () => {
    // Commands are listed once the extension has activated; the other activation events may not have fired yet.
    await vscode.extensions.getExtension('mx-guard.mx-guard')?.activate();
  });
  teardown(closeScenarioTabs);

  test('the five knowledge-base commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['mxGuard.openScenarios', 'mxGuard.openArticle', 'mxGuard.openRuleDoc', 'mxGuard.showReport', 'mxGuard.searchKnowledgeBase']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });

  test('mxGuard.openScenarios opens one panel, and a second call reuses it', async () => {
    await vscode.commands.executeCommand('mxGuard.openScenarios');
    const tabs = await waitFor(scenarioTabs, (t) => t.length === 1);
    assert.equal(tabs[0].label, panelTitle);
    await vscode.commands.executeCommand('mxGuard.openScenarios', { step: 3, mta: 'postfix', outage: '2d' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(scenarioTabs().length, 1);
  });

  test('a deep link with a bad value opens nothing', async () => {
    await vscode.commands.executeCommand('mxGuard.openScenarios', { step: 9 });
    await vscode.commands.executeCommand('mxGuard.openScenarios', { mta: 'gmail' });
    await vscode.commands.executeCommand('mxGuard.openArticle', '../../package.json');
    await vscode.commands.executeCommand('mxGuard.openRuleDoc', 'Not A Rule');
    await vscode.commands.executeCommand('mxGuard.showReport', 42);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(scenarioTabs().length, 0);
  });

  test('openArticle, openRuleDoc and showReport show the knowledge view in the same panel', async () => {
    await vscode.commands.executeCommand('mxGuard.openArticle', 'scenarios/step-3.md');
    await waitFor(scenarioTabs, (t) => t.length === 1);
    await vscode.commands.executeCommand('mxGuard.openRuleDoc', 'backup-mx');
    await vscode.commands.executeCommand('mxGuard.showReport', 'Bounce explained', '# 550 5.1.1\n\nThe mailbox does not exist.');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(scenarioTabs().length, 1);
  });

  test('the panel serializer is registered for mxGuard.scenarios', () => {
    // VS Code allows one serializer per view type: a second registration fails while ours is in place.
    assert.throws(
      () => vscode.window.registerWebviewPanelSerializer('mxGuard.scenarios', { deserializeWebviewPanel: async () => undefined }),
      /already registered/,
    );
  });
});
