/**
 * The editor path as a user meets it, measured inside VS Code (not run by `npm test`; see
 * test/vscode/editorBench.ts): activation, open → first diagnostics, keystroke → diagnostics on zones of
 * 5,000 and 100,000 lines, and the memory of the extension host and of any language server it started.
 * Each figure is printed as one `[mxg-bench]` JSON line; nothing here asserts a time.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { openDocument } from '../vscodeHelpers';

const keystrokes = 9;

function report(figure: string, value: unknown): void {
  console.log(`[mxg-bench] ${JSON.stringify({ figure, value })}`);
}

/** `lines` lines of hosts, then an MX set whose backup runs under the same registrable domain as the primary. */
function zoneOf(lines: number): string {
  const text = ['$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1'];
  for (let i = 0; text.length < lines - 2; i++) text.push(`host${i} IN A 10.${(i >> 8) & 255}.${i & 255}.1`);
  text.push('@ IN MX 10 mx1.filter.example.org.', '@ IN MX 20 mx2.filter.example.org.');
  return text.join('\n') + '\n';
}

const hasBackupMx = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).some((d) => typeof d.code === 'object' && d.code.value === 'backup-mx');

/** Milliseconds from `act` until the document's diagnostics satisfy `done` (checked on each change of them). */
async function timeUntil(uri: vscode.Uri, done: () => boolean, act: () => Thenable<unknown>, timeoutMs = 60_000): Promise<number> {
  const start = performance.now();
  const reached = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics not there after ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString()) || !done()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(performance.now() - start);
    });
  });
  await act();
  return reached;
}

/** Resident memory in MB of this extension host and of the Node processes it started (a language server). */
function memoryMB(): { host: number; children: number } {
  const rss = (pid: string) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  let children = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (ppid === String(process.pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.js')) children += rss(pid);
    } catch {
      // The process ended while it was read.
    }
  }
  return { host: Math.round(rss(String(process.pid))), children: Math.round(children) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

suite('editor path bench', () => {
  test('activation, first diagnostics, keystrokes, memory', async function () {
    this.timeout(600_000);
    const extension = vscode.extensions.getExtension('mx-guard.mx-guard');
    assert.ok(extension, 'the extension is not loaded');
    report('memory before activation (MB)', memoryMB());
    report('active before the bench', extension.isActive);
    const activation = performance.now();
    await extension.activate();
    report('activate() (ms)', Math.round(performance.now() - activation));

    const workspace = process.env.MXG_TEST_WORKSPACE ?? '';
    for (const lines of [5_000, 100_000]) {
      const file = path.join(workspace, `db.bench${lines}.example`);
      fs.writeFileSync(file, zoneOf(lines).replace('mx2.filter.example.org.', 'mx2.filter.example.orh.'));
      let opening: vscode.TextDocument | undefined;
      const opened = await timeUntil(
        vscode.Uri.file(file),
        () => hasBackupMx(vscode.Uri.file(file)),
        async () => (opening = await openDocument(file)),
      );
      assert.ok(opening);
      const document = opening;
      report(`${lines} lines: open → diagnostics (ms)`, Math.round(opened));
      const mxLine = document.lineCount - 2;
      const at = document.lineAt(mxLine).text.lastIndexOf('orh.') + 2;
      const latencies: number[] = [];
      for (let i = 0; i < keystrokes; i++) {
        const backupAfter = i % 2 === 1;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(mxLine, at, mxLine, at + 1), backupAfter ? 'h' : 'g');
        latencies.push(
          await timeUntil(
            document.uri,
            () => hasBackupMx(document.uri) === backupAfter,
            () => vscode.workspace.applyEdit(edit),
          ),
        );
      }
      report(`${lines} lines: keystroke → diagnostics (ms), median/min/max of ${keystrokes}`, [
        Math.round(median(latencies)),
        Math.round(Math.min(...latencies)),
        Math.round(Math.max(...latencies)),
      ]);
      report(`${lines} lines: memory (MB)`, memoryMB());
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
