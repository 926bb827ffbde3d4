import * as vscode from 'vscode';
import { trustPatternFor } from '../core/mx/operator';
import { compatibleFixes, firstFixes } from '../core/rules/fixAll';
import { suppressionFix } from '../core/rules/suppression';
import type { Finding, Fix } from '../core/types';
import type { ZoneRecord } from '../core/zone/model';
import { lintDocument } from './zoneDiagnostics';
import { toRange, zoneSelector } from './zoneLanguage';

/**
 * Quick fixes for MX Guard's diagnostics, and "fix all" as a source action. A thin layer: every text
 * edit comes from the findings' own fixes, computed in core; this file only turns them into
 * VS Code's code actions and adds the two actions that are not text edits (trust a host, learn more).
 */
export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('mxGuard');
const TRUST_COMMAND = 'mxGuard.rules.trustHost';
const LEARN_COMMAND = 'mxGuard.rules.learnMore';

let extensionUri: vscode.Uri;

/** Rules whose findings name a target another operator runs, so that trusting it is a way out. */
const TRUSTABLE = new Set(['backup-mx', 'split-provider-mx']);

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

function fixAction(
  document: vscode.TextDocument,
  title: string,
  kind: vscode.CodeActionKind,
  fixes: readonly Fix[],
  diagnostics?: vscode.Diagnostic[],
): vscode.CodeAction {
  const action = new vscode.CodeAction(title, kind);
  action.edit = toWorkspaceEdit(document, compatibleFixes(document.getText(), fixes));
  if (diagnostics) action.diagnostics = diagnostics;
  return action;
}

function provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const lint = lintDocument(document);
  if (!lint) return [];
  const own = lint.findings.filter((f) => f.file === undefined);
  if (context.only?.contains(fixAllKind) || context.only?.intersects(fixAllKind)) {
    const fixes = firstFixes(own);
    return fixes.length === 0 ? [] : [fixAction(document, 'Fix all MX Guard problems', fixAllKind, fixes)];
  }
  const actions: vscode.CodeAction[] = [];
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  for (const diagnostic of context.diagnostics) {
    const ruleId = ruleIdOf(diagnostic);
    if (ruleId === undefined) continue;
    const finding = own.find(
      (f) =>
        f.ruleId === ruleId && f.range.start.line === diagnostic.range.start.line && f.range.start.character === diagnostic.range.start.character,
    );
    // A finding of an $INCLUDEd file is shown on the $INCLUDE line: its fixes and comments belong in that file.
    if (!finding) continue;
    for (const [i, fix] of (finding.fixes ?? []).entries()) {
      const action = fixAction(document, fix.title, vscode.CodeActionKind.QuickFix, [fix], [diagnostic]);
      action.isPreferred = i === 0;
      actions.push(action);
    }
    if (TRUSTABLE.has(ruleId)) {
      const trust = trustAction(lint.zone.records, finding, diagnostic);
      if (trust) actions.push(trust);
    }
    const sameKind = firstFixes(own, new Set([ruleId]));
    if (sameKind.length > 1) actions.push(fixAction(document, `Fix all ${ruleId} problems`, vscode.CodeActionKind.QuickFix, sameKind));
    const line = diagnostic.range.start.line;
    actions.push(
      fixAction(
        document,
        `Disable ${ruleId} for this line`,
        vscode.CodeActionKind.QuickFix,
        [suppressionFix(ruleId, line, document.lineAt(line).text, eol)],
        [diagnostic],
      ),
    );
    const learn = new vscode.CodeAction(`Learn more about ${ruleId}`, vscode.CodeActionKind.QuickFix);
    learn.command = { command: LEARN_COMMAND, title: learn.title, arguments: [ruleId] };
    learn.diagnostics = [diagnostic];
    actions.push(learn);
  }
  return actions;
}

/** "Trust *.dnspark.net": for a finding on an MX target, the pattern that covers its operator's hosts. */
function trustAction(records: readonly ZoneRecord[], finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
  const record = records.find(
    (r) =>
      r.file === undefined &&
      r.rdata.type === 'MX' &&
      r.rdata.exchangeRange.start.line === finding.range.start.line &&
      r.rdata.exchangeRange.start.character === finding.range.start.character,
  );
  if (!record || record.rdata.type !== 'MX') return undefined;
  const pattern = trustPatternFor(record.rdata.exchange);
  const action = new vscode.CodeAction(`Trust ${pattern} (same filtering pipeline)`, vscode.CodeActionKind.QuickFix);
  action.command = { command: TRUST_COMMAND, title: action.title, arguments: [pattern] };
  action.diagnostics = [diagnostic];
  return action;
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
