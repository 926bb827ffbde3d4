/**
 * A zone above the background threshold (1,000,000 characters) is linted in the worker thread: its
 * diagnostics arrive, quick fixes work from them, and an edit is linted again.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { openDocument, waitFor } from '../vscodeHelpers';

/** About 1.3 million characters of hosts, then an MX set whose backup is run by another operator. */
function largeZone(): string {
  const lines = ['$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1'];
  for (let i = 0; i < 50_000; i++) lines.push(`host${i} IN A 10.${(i >> 8) & 255}.${i & 255}.1`);
  lines.push('@ IN MX 10 mx1.filter.example.org.', '@ IN MX 20 rescue.mx.dnspark.net.');
  return lines.join('\n') + '\n';
}

suite('large zone files', () => {
  test('are linted in the background, with quick fixes, and again after an edit', async function () {
    this.timeout(60_000);
    const file = path.join(process.env.MXG_TEST_WORKSPACE ?? '', 'db.large.example');
    const text = largeZone();
    assert.ok(text.length > 1_000_000, `the zone has only ${text.length} characters`);
    fs.writeFileSync(file, text);
    const document = await openDocument(file);
    const mxLine = document.lineCount - 2;
    const findings = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'mx-guard'),
      (list) => list.length > 0,
      30_000,
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}; all diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => [d.source, d.message]))}, language ${document.languageId}`,
      );
    });
    assert.deepEqual(
      findings.map((d) => [typeof d.code === 'object' ? d.code.value : d.code, d.range.start.line]),
      [['backup-mx', mxLine]],
      findings.map((d) => d.message).join(' | '),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, findings[0].range);
    assert.ok(
      actions.some((action) => /backup/i.test(action.title)),
      `no quick fix for the backup MX: ${actions.map((a) => a.title).join(' | ')}`,
    );

    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(mxLine).range, '@ IN MX 20 mx2.filter.example.org.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'mx-guard'),
      (list) => list.length === 0,
      30_000,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
