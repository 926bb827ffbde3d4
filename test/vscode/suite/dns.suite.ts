/**
 * The live DNS commands inside a real VS Code, against a dns2 server that this suite starts on
 * 127.0.0.1: mxGuard.dns.server points the extension at it, so no packet leaves loopback.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Comparison } from '../../../src/core/dns/compare';
import type { CheckDomainResult } from '../../../src/extension/liveDns';
import { PUBLISHED_SERIAL, seedZone } from '../../unit/dns/fixtures';
import { startZoneServer, type RunningServer } from '../../unit/dns/loopback';
import { openDocument, waitFor } from '../vscodeHelpers';

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('mxGuard.scenarios'));
}

suite('Live DNS commands', () => {
  let server: RunningServer;
  const dnsConfig = () => vscode.workspace.getConfiguration('mxGuard.dns');

  suiteSetup(async () => {
    server = await startZoneServer(seedZone);
    await dnsConfig().update('server', `127.0.0.1:${server.port}`, vscode.ConfigurationTarget.Global);
    await dnsConfig().update('timeoutMs', 2000, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await dnsConfig().update('server', undefined, vscode.ConfigurationTarget.Global);
    await dnsConfig().update('timeoutMs', undefined, vscode.ConfigurationTarget.Global);
    await server.close();
  });
  teardown(async () => {
    await vscode.window.tabGroups.close(reportTabs());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Check a Domain asks the configured loopback server, flags the backup MX and opens the report', async () => {
    const result = await vscode.commands.executeCommand<CheckDomainResult | undefined>('mxGuard.checkDomain', 'Example.COM');
    assert.ok(result, 'the command returns its result');
    assert.equal(result.domain, 'example.com');
    const backup = result.findings.find((f) => f.ruleId === 'backup-mx');
    assert.ok(backup, JSON.stringify(result.findings));
    assert.match(backup.message, /rescue\.mx\.dnspark\.net/);
    assert.match(backup.message, /not run by vqNow, which runs your primary MX/);
    assert.ok(server.questions.includes('example.com MX udp'), server.questions.join(', '));
    await waitFor(reportTabs, (tabs) => tabs.length === 1);
  });

  test('a failed lookup shows no report and returns nothing', async () => {
    const result = await vscode.commands.executeCommand('mxGuard.checkDomain', 'servfail.example');
    assert.equal(result, undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(reportTabs().length, 0);
  });

  test('Compare Zone File says the file dropped the backup MX and is ahead by its serial', async () => {
    // A folder of its own, so that no other suite's files are touched; the file name gives the origin.
    const folder = fs.mkdtempSync(path.join(process.env.MXG_TEST_WORKSPACE ?? os.tmpdir(), 'dns-compare-'));
    const file = path.join(folder, 'db.example.com');
    fs.writeFileSync(
      file,
      [
        `$TTL 300`,
        `@ IN SOA ns.example.com. hostmaster.example.com. ( ${PUBLISHED_SERIAL + 1} 3600 600 604800 300 )`,
        `  IN MX 10 mx1.vqnow.com.`,
        '',
      ].join('\n'),
    );
    const document = await openDocument(file);
    await waitFor(
      () => document.languageId,
      (id) => id === 'dns-zone',
    );
    const comparison = await vscode.commands.executeCommand<Comparison | undefined>('mxGuard.compareZone');
    assert.ok(comparison, 'the command returns the comparison');
    assert.equal(comparison.verdict, 'file-ahead');
    assert.deepEqual(comparison.differences, [{ kind: 'mx-only-published', preference: 20, exchange: 'rescue.mx.dnspark.net.' }]);
    await waitFor(reportTabs, (tabs) => tabs.length === 1);
  });
});
