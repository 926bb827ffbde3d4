/**
 * The SOA serial in VS Code: `soa-serial-not-bumped` against git's HEAD with its quick fix, the
 * "Bump SOA Serial" command, and the bump on save (`mxGuard.soa.bumpOnSave`).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { serialGreater } from '../../../src/core/soa/serial';
import { openDocument, waitFor } from '../vscodeHelpers';

const zone = ['$TTL 3600', '@ IN SOA ns1 hostmaster 2026010100 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1', ''].join('\n');

const serialOf = (document: vscode.TextDocument) => Number(/SOA\s+\S+\s+\S+\s+(\d+)/.exec(document.getText())?.[1]);
const notBumped = (document: vscode.TextDocument) =>
  vscode.languages.getDiagnostics(document.uri).filter((d) => typeof d.code === 'object' && d.code.value === 'soa-serial-not-bumped');

/** A zone committed in a fresh git repository inside the test workspace. */
function committedZone(): string {
  const repo = path.join(process.env.MXG_TEST_WORKSPACE ?? '', 'soa-repo');
  fs.mkdirSync(repo, { recursive: true });
  const file = path.join(repo, 'db.soa.example');
  fs.writeFileSync(file, zone);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args]);
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'zone');
  return file;
}

async function appendRecord(document: vscode.TextDocument, line: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(document.lineCount - 1, 0), `${line}\n`);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

suite('SOA serial', () => {
  test('a change without a new serial is reported against HEAD; its quick fix and the command bump it', async function () {
    this.timeout(60_000);
    const document = await openDocument(committedZone());
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      () => document.languageId === 'dns-zone',
    );
    assert.deepEqual(notBumped(document), [], 'the committed zone itself is not reported');

    await appendRecord(document, 'www IN A 192.0.2.80');
    const [diagnostic] = await waitFor(
      () => notBumped(document),
      (list) => list.length === 1,
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.match(diagnostic.message, /HEAD/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const bump = actions.find((action) => action.title.startsWith('Bump SOA serial 2026010100 → '));
    assert.ok(bump?.edit, `no bump among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(bump.edit));
    const fixed = serialOf(document);
    assert.ok(serialGreater(fixed, 2026010100), `serial ${fixed}`);
    await waitFor(
      () => notBumped(document),
      (list) => list.length === 0,
    );

    await vscode.commands.executeCommand('mxGuard.soa.bumpSerial');
    assert.ok(serialGreater(serialOf(document), fixed), `the command left serial ${serialOf(document)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('with mxGuard.soa.bumpOnSave, each save of a changed zone bumps the serial once', async function () {
    this.timeout(60_000);
    // Outside git: the serial is compared with the text as opened, then as last saved.
    const file = path.join(process.env.MXG_TEST_WORKSPACE ?? '', 'db.save.example');
    fs.writeFileSync(file, zone);
    const document = await openDocument(file);
    const settings = vscode.workspace.getConfiguration('mxGuard');
    await settings.update('soa.bumpOnSave', true, vscode.ConfigurationTarget.Global);
    try {
      await appendRecord(document, 'www IN A 192.0.2.80');
      assert.ok(await document.save());
      const first = serialOf(document);
      assert.ok(serialGreater(first, 2026010100), `the save left serial ${first}`);
      assert.equal(fs.readFileSync(file, 'utf8'), document.getText(), 'the bump is part of the save');
      await appendRecord(document, 'mail IN A 192.0.2.25');
      assert.ok(await document.save());
      assert.ok(serialGreater(serialOf(document), first), `the second save left serial ${serialOf(document)}`);
    } finally {
      await settings.update('soa.bumpOnSave', undefined, vscode.ConfigurationTarget.Global);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
