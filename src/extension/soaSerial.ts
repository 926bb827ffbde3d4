/**
 * The SOA serial in VS Code: "Bump SOA serial" as a command and as a code action on the SOA record, and the
 * bump added on save when `mxGuard.soa.bumpOnSave` is on. Planned in core (src/core/editor/serialReference.ts,
 * shared with the language server); `soa-serial-not-bumped` itself comes with the diagnostics.
 */
import * as vscode from 'vscode';
import { BUMP_SERIAL_COMMAND, bumpOnSaveEdit, bumpSerialAction } from '../core/editor/serialReference';
import { bumpSerialEdit, bumpTitle } from '../core/soa/serial';
import { documentSerialBaseline, readDocumentZone } from './zoneDiagnostics';
import { toRange, zoneSelector } from './zoneLanguage';

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(BUMP_SERIAL_COMMAND, bumpSerial),
    vscode.languages.registerCodeActionsProvider(
      zoneSelector,
      { provideCodeActions },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite] },
    ),
    vscode.workspace.onWillSaveTextDocument((event) => {
      const { document } = event;
      if (document.languageId !== 'dns-zone' || !vscode.workspace.getConfiguration('mxGuard', document).get<boolean>('soa.bumpOnSave', false)) return;
      const zone = readDocumentZone(document);
      const edit = zone && bumpOnSaveEdit(zone, documentSerialBaseline(document), new Date());
      if (edit) event.waitUntil(Promise.resolve([new vscode.TextEdit(toRange(edit.range), edit.newText)]));
    }),
  );
}

/** Bumps the serial of the given document (a URI string, as the language server's command takes), else of the active editor's. */
async function bumpSerial(uri?: unknown): Promise<void> {
  const document =
    typeof uri === 'string' ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
  const zone = document?.languageId === 'dns-zone' ? readDocumentZone(document) : undefined;
  const bump = zone && bumpSerialEdit(zone, new Date());
  if (!document || !bump) {
    void vscode.window.showInformationMessage('MX Guard: open a zone file with an SOA record to bump its serial.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, toRange(bump.edit.range), bump.edit.newText);
  if (await vscode.workspace.applyEdit(edit)) vscode.window.setStatusBarMessage(`MX Guard: ${bumpTitle(bump.bump)}`, 5000);
}

function provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const zone = readDocumentZone(document);
  const diagnostic = context.diagnostics.find(
    (d) => d.source === 'mx-guard' && typeof d.code === 'object' && d.code.value === 'soa-serial-not-bumped',
  );
  const planned = zone && bumpSerialAction(zone, range.start.line, range.end.line, diagnostic !== undefined, new Date());
  if (!planned) return [];
  const action = new vscode.CodeAction(planned.title, planned.quickFix ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.RefactorRewrite);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, toRange(planned.edit.range), planned.edit.newText);
  if (diagnostic) {
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
  }
  return [action];
}
