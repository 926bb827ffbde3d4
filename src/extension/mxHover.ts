import * as vscode from 'vscode';
import { commandLink } from '../core/editor/commandLink';
import { mxFallbackHover } from '../core/mx/zoneFallback';
import { mxLimitsNote } from '../core/delivery/guides';
import { lintDocument } from './zoneDiagnostics';
import { zoneSelector } from './zoneLanguage';

/**
 * On an MX record in a zone file: the fallback order a sending server follows for that name, with
 * each host's operator and role (primary, backup, same pipeline). The text is built in core.
 */
export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(zoneSelector, { provideHover }));
}

function provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const lint = lintDocument(document);
  if (!lint) return undefined;
  const config = vscode.workspace.getConfiguration('mxGuard', document);
  const trusted = config.get<string[]>('trustedMxHosts', []);
  const text = mxFallbackHover(
    lint.zone,
    { line: position.line, character: position.character },
    trusted,
    config.get<string>('filteringService.name'),
  );
  if (text === undefined) return undefined;
  const ruleLink = commandLink('mxGuard.openRuleDoc', 'backup-mx');
  const scenarioLink = commandLink('mxGuard.openScenarios', { step: 0 });
  const markdown = new vscode.MarkdownString(
    `${text}\n\n${mxLimitsNote()}\n\n[Why a backup MX can bypass the filter](${ruleLink}) · [What senders do when the primary is down](${scenarioLink})`,
  );
  markdown.isTrusted = { enabledCommands: ['mxGuard.openRuleDoc', 'mxGuard.openScenarios'] };
  return new vscode.Hover(markdown);
}
