/**
 * The dns-zone language inside a real VS Code: diagnostics, Outline, folding and file association,
 * on our own zones (examples/ and test/fixtures/editor). Runs in the extension host (see test/vscode/README.md).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintText } from '../../../src/core/lint';
import { fixturesDir, repoRoot } from '../../paths';
import { openDocument, waitFor } from '../vscodeHelpers';

const editorZone = (name: string) => path.join(fixturesDir, 'editor', name);

suite('dns-zone language', () => {
  test('a BIND-named file db.example.com is a dns-zone document', async () => {
    const document = await openDocument(path.join(repoRoot, 'examples', 'db.example.com'));
    assert.equal(document.languageId, 'dns-zone');
  });

  test('a .db file whose first line is $TTL is a dns-zone document', async () => {
    const document = await openDocument(editorZone('empty-ttl.db'));
    assert.equal(document.languageId, 'dns-zone');
  });

  test('syntax diagnostics of empty-ttl.db: the empty $TTL and the TTL taken from the SOA', async () => {
    const document = await openDocument(editorZone('empty-ttl.db'));
    const diagnostics = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length > 0,
    );
    assert.deepEqual(
      diagnostics.map((d) => [codeValue(d), d.severity, d.source, rangeOf(d.range)]),
      [
        ['syntax', vscode.DiagnosticSeverity.Error, 'mx-guard', [0, 0, 0, 4]],
        ['syntax', vscode.DiagnosticSeverity.Warning, 'mx-guard', [1, 3, 1, 6]],
      ],
    );
    assert.match(diagnostics[0].message, /\$TTL/);
    // The messages are the core's own, unchanged by the editor layer.
    const core = lintText(document.getText(), { origin: 'example.com', fileName: document.uri.fsPath });
    assert.deepEqual(
      diagnostics.map((d) => d.message),
      core.findings.map((f) => f.message),
    );
  });

  test('a diagnostic links to its rule article in the knowledge view', async () => {
    const document = await openDocument(editorZone('generate-range.db'));
    const [diagnostic] = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length > 0,
    );
    assert.deepEqual(rangeOf(diagnostic.range), [6, 10, 6, 15]);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'syntax');
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'mxGuard.openRuleDoc');
    assert.deepEqual(JSON.parse(code.target.query), ['syntax']);
  });

  test('rule findings appear beside syntax findings: the risky backup MX of the sample zone', async () => {
    const document = await openDocument(path.join(repoRoot, 'examples', 'db.example.com'));
    const diagnostics = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length > 0,
    );
    const backup = diagnostics.find((d) => codeValue(d) === 'backup-mx');
    assert.ok(backup, `no backup-mx diagnostic among ${diagnostics.map(codeValue).join(', ')}`);
    assert.equal(document.getText(backup.range), 'rescue.mx.dnspark.net.');
  });

  test('a mistake in an $INCLUDEd file is shown on the $INCLUDE line, linked to its place', async () => {
    const workspace = process.env.MXG_TEST_WORKSPACE;
    assert.ok(workspace, 'the driver sets MXG_TEST_WORKSPACE');
    const hosts = path.join(workspace, 'hosts.db');
    fs.writeFileSync(hosts, 'www 1x IN A 192.0.2.80\n');
    const main = path.join(workspace, 'inc.example.com.zone');
    fs.writeFileSync(main, '$TTL 1h\n@ IN SOA ns1 host 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE hosts.db\n');
    const document = await openDocument(main);
    const diagnostics = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length > 0,
    );
    assert.deepEqual(
      diagnostics.map((d) => [codeValue(d), rangeOf(d.range), d.message.split(': ')[0]]),
      [['syntax', [4, 0, 4, 17], 'hosts.db:1:5']],
    );
    const [related] = diagnostics[0].relatedInformation ?? [];
    assert.equal(related?.location.uri.fsPath, hosts);
    assert.deepEqual(rangeOf(related.location.range), [0, 4, 0, 6]);

    // Fixing and saving the included file clears the finding in the zone that includes it.
    const included = await openDocument(hosts);
    const fix = new vscode.WorkspaceEdit();
    fix.replace(included.uri, new vscode.Range(0, 4, 0, 6), '1h');
    assert.ok(await vscode.workspace.applyEdit(fix));
    assert.ok(await included.save());
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length === 0,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('document symbols of soa-group.db: owners relative to the origin, records as children', async () => {
    const document = await openDocument(editorZone('soa-group.db'));
    const symbols = await waitFor(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => (s?.length ?? 0) > 0,
    );
    assert.deepEqual(
      symbols.map((s) => [s.name, s.range.start.line, s.range.end.line, s.children.map((c) => `${c.name} ${c.detail}`)]),
      [
        ['$TTL', 0, 0, []],
        ['@', 1, 8, ['SOA ns admin 2026120301 7200 900 1209600 600', 'NS ns']],
        ['ns', 9, 9, ['A 192.0.2.53']],
        ['web', 10, 10, ['A 192.0.2.80']],
        ['*.dyn', 11, 11, ['TXT "any name below dyn"']],
      ],
    );
  });

  test('folding ranges of soa-group.db: the SOA ( … ) group', async () => {
    const document = await openDocument(editorZone('soa-group.db'));
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.deepEqual(
      folds.map((f) => [f.start, f.end, f.kind]),
      [[1, 7, undefined]],
    );
  });

  test('diagnostics follow edits (debounced) and clear when the mistake is fixed', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'dns-zone',
      content: '$TTL 1h\n@ IN SOA ns host 1 2 3 4 5\n  IN NS ns\nns IN A 192.0.2.1\n',
    });
    await vscode.window.showTextDocument(document);
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length === 0,
    );
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(3, 3, 3, 3), '1x ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const broken = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length > 0,
    );
    assert.deepEqual(
      broken.map((d) => [codeValue(d), rangeOf(d.range)]),
      [['syntax', [3, 3, 3, 5]]],
    );
    await vscode.commands.executeCommand('undo');
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.length === 0,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('typing within the lines of a long zone: after each edit the diagnostics are those of a full lint', async () => {
    // Long enough for the re-parse after an edit to rejoin the previous one (docs/decisions/incremental-parse.md).
    const hosts = (from: number) => Array.from({ length: 150 }, (_, i) => `h${from + i} IN A 192.0.2.${1 + i}`);
    const lines = [
      '$ORIGIN example.com.',
      '$TTL 1h',
      '@ IN SOA ns host 1 2 3 4 5',
      '  IN NS ns',
      'ns IN A 192.0.2.1',
      ...hosts(0),
      '$ORIGIN a.example.com.',
      ...hosts(150),
      '$ORIGIN example.com.',
      '@ IN MX 10 mx1.vqnow.com.',
      '  IN MX 20 rescue.mx.dnspark.net.',
      '',
    ];
    const document = await vscode.workspace.openTextDocument({ language: 'dns-zone', content: lines.join('\n') });
    await vscode.window.showTextDocument(document);
    const fullLint = () =>
      lintText(document.getText(), { origin: 'example.com' }).findings.map((f) =>
        [f.ruleId, f.message, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character].join(' '),
      );
    const shown = (d: vscode.Diagnostic[]) => d.map((x) => [codeValue(x), x.message, ...rangeOf(x.range)].join(' '));
    const address = 80;
    const octet = lines[address].lastIndexOf('.') + 1;
    const origin = lines.indexOf('$ORIGIN a.example.com.');
    const edits: Array<[vscode.Range, string, (d: vscode.Diagnostic[]) => boolean]> = [
      // An address made bad, then mended (the length changes each time).
      [new vscode.Range(address, octet, address, octet + 2), 'xy', (d) => d.some((x) => codeValue(x) === 'syntax')],
      [new vscode.Range(address, octet, address, octet + 2), '7', (d) => !d.some((x) => codeValue(x) === 'syntax')],
      // An $ORIGIN in the middle moved out of the zone, then back: every owner after it changes.
      [new vscode.Range(origin, 8, origin, 22), 'b.example.org.', (d) => d.length > 100],
      [new vscode.Range(origin, 8, origin, 22), 'a.example.com.', (d) => d.length < 100],
    ];
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri),
      (d) => d.some((x) => codeValue(x) === 'backup-mx'),
    );
    for (const [range, text, settled] of edits) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, range, text);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const diagnostics = await waitFor(
        () => vscode.languages.getDiagnostics(document.uri),
        (d) => settled(d) && shown(d).join('\n') === fullLint().join('\n'),
      );
      assert.deepEqual(shown(diagnostics), fullLint(), `after "${text}" at ${range.start.line}:${range.start.character}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a file above mxGuard.maxFileSizeMB is not linted, and the diagnostic says why', async () => {
    const workspace = process.env.MXG_TEST_WORKSPACE;
    assert.ok(workspace, 'the driver sets MXG_TEST_WORKSPACE');
    const big = path.join(workspace, 'big.zone');
    const line = 'host IN A 192.0.2.1 ; padding padding padding padding padding\n';
    fs.writeFileSync(big, '$TTL 1h\n' + 'bad 1x IN A 192.0.2.1\n' + line.repeat(Math.ceil((1.2 * 1024 * 1024) / line.length)));
    const config = vscode.workspace.getConfiguration('mxGuard');
    await config.update('maxFileSizeMB', 1, vscode.ConfigurationTarget.Global);
    try {
      const document = await openDocument(big);
      const diagnostics = await waitFor(
        () => vscode.languages.getDiagnostics(document.uri),
        (d) => d.length > 0,
      );
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
      assert.match(diagnostics[0].message, /^Not linted: this file is 1\.2 MB, above the mxGuard\.maxFileSizeMB limit of 1 MB/);
    } finally {
      await config.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

function codeValue(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function rangeOf(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}
