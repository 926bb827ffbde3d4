/**
 * A zone in a virtual workspace (here a file system registered by the test, as a remote repository's would
 * be): its `$INCLUDE`d file is fetched through VS Code's file system API and linted with it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../vscodeHelpers';

const scheme = 'mxg-virtual';
const files = new Map<string, string>([
  ['/zones/db.example.com', '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE mx.inc\n'],
  ['/zones/mx.inc', '@ IN MX 10 mx1.vqnow.com.\n@ IN MX 20 rescue.mx.dnspark.net.\n'],
]);

/** Read-only files held in memory. */
const provider: vscode.FileSystemProvider = {
  onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
  watch: () => new vscode.Disposable(() => undefined),
  stat(uri) {
    const text = files.get(uri.path);
    if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: Buffer.byteLength(text) };
  },
  readFile(uri) {
    const text = files.get(uri.path);
    if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return new TextEncoder().encode(text);
  },
  readDirectory: () => [],
  createDirectory: () => undefined,
  writeFile: (uri) => {
    throw vscode.FileSystemError.NoPermissions(uri);
  },
  delete: (uri) => {
    throw vscode.FileSystemError.NoPermissions(uri);
  },
  rename: (uri) => {
    throw vscode.FileSystemError.NoPermissions(uri);
  },
};

suite('virtual workspace', () => {
  test('an $INCLUDEd file is read through the workspace file system and its finding shown on the $INCLUDE line', async () => {
    const registration = vscode.workspace.registerFileSystemProvider(scheme, provider, { isReadonly: true });
    try {
      const uri = vscode.Uri.from({ scheme, path: '/zones/db.example.com' });
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, 'dns-zone');
      const [backup] = await waitFor(
        () => vscode.languages.getDiagnostics(uri).filter((d) => typeof d.code === 'object' && d.code.value === 'backup-mx'),
        (list) => list.length === 1,
      );
      assert.equal(backup.range.start.line, 4, 'on the $INCLUDE line');
      assert.match(backup.message, /^mx\.inc:2:/);
      assert.equal(backup.relatedInformation?.[0].location.uri.toString(), vscode.Uri.from({ scheme, path: '/zones/mx.inc' }).toString());
      assert.deepEqual(
        vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error),
        [],
        'no error for the include while it was fetched',
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
    }
  });
});
