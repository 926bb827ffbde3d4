import * as vscode from 'vscode';
import { hoverCommands, mxHover } from '../core/editor/hovers';
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
  const at = { line: position.line, character: position.character };
  const hover = mxHover(lint.zone, at, trusted, config.get<string>('filteringService.name'), 'commands');
  if (hover === undefined) return undefined;
  const markdown = new vscode.MarkdownString(hover.markdown);
  markdown.isTrusted = { enabledCommands: hoverCommands.mx };
  return new vscode.Hover(markdown);
}
