import * as vscode from 'vscode';
import { fixAllAction, LEARN_COMMAND, quickFixActions, TRUST_COMMAND, type PlannedAction } from '../core/editor/codeActions';
import type { Fix } from '../core/types';
import { lintDocument } from './zoneDiagnostics';
import { toRange, zoneSelector } from './zoneLanguage';

/**
 * Quick fixes for MX Guard's diagnostics, and "fix all" as a source action. A thin layer: the actions
 * are planned in core (src/core/editor/codeActions.ts, shared with the language server); this file
 * only turns them into VS Code's code actions and runs the two that are not text edits (trust a host,
 * learn more).
 */
export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('mxGuard');

let extensionUri: vscode.Uri;

export function register(context: vscode.ExtensionContext): void {
  extensionUri = context.extensionUri;
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      zoneSelector,
      { provideCodeActions },
      {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind],
      },
    ),
    vscode.commands.registerCommand(TRUST_COMMAND, trustHost),
    vscode.commands.registerCommand(LEARN_COMMAND, learnMore),
  );
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'mx-guard') return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

function toWorkspaceEdit(document: vscode.TextDocument, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const fix of fixes) {
    for (const textEdit of fix.edits) edit.replace(document.uri, document.validateRange(toRange(textEdit.range)), textEdit.newText);
  }
  return edit;
}

function toCodeAction(document: vscode.TextDocument, planned: PlannedAction<vscode.Diagnostic>): vscode.CodeAction {
  const action = new vscode.CodeAction(planned.title, planned.kind === 'fixAll' ? fixAllKind : vscode.CodeActionKind.QuickFix);
  if (planned.fixes) action.edit = toWorkspaceEdit(document, planned.fixes);
  if (planned.command) action.command = { ...planned.command, title: planned.title };
  if (planned.diagnostic) action.diagnostics = [planned.diagnostic];
  if (planned.isPreferred !== undefined) action.isPreferred = planned.isPreferred;
  return action;
}

function provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const lint = lintDocument(document);
  if (!lint) return [];
  const view = {
    text: document.getText(),
    lineText: (line: number) => document.lineAt(line).text,
    eol: document.eol === vscode.EndOfLine.CRLF ? ('\r\n' as const) : ('\n' as const),
  };
  if (context.only?.contains(fixAllKind) || context.only?.intersects(fixAllKind)) {
    return fixAllAction<vscode.Diagnostic>(view, lint.findings).map((planned) => toCodeAction(document, planned));
  }
  const diagnostics = context.diagnostics.flatMap((diagnostic) => {
    const ruleId = ruleIdOf(diagnostic);
    return ruleId === undefined ? [] : [{ ruleId, range: diagnostic.range, ref: diagnostic }];
  });
  return quickFixActions(view, lint.findings, lint.zone.records, diagnostics).map((planned) => toCodeAction(document, planned));
}

/** Adds a host pattern to `mxGuard.trustedMxHosts` in the workspace settings (user settings when no folder is open). */
async function trustHost(pattern: unknown): Promise<void> {
  if (typeof pattern !== 'string' || pattern.trim() === '') return;
  const config = vscode.workspace.getConfiguration('mxGuard');
  const inWorkspace = vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 0;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('trustedMxHosts');
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(pattern)) return;
  try {
    await config.update('trustedMxHosts', [...current, pattern], target);
    vscode.window.setStatusBarMessage(`MX Guard: ${pattern} is trusted in ${inWorkspace ? 'workspace' : 'user'} settings`, 5000);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `MX Guard could not update mxGuard.trustedMxHosts: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Opens the rule's article in the knowledge view, or its markdown preview when that view is not available. */
async function learnMore(ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string') return;
  try {
    await vscode.commands.executeCommand('mxGuard.openRuleDoc', ruleId);
  } catch {
    const article = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
    await vscode.commands
      .executeCommand('markdown.showPreview', article)
      .then(undefined, () => vscode.window.showErrorMessage(`MX Guard could not open ${article.fsPath}.`));
  }
}
