import * as vscode from 'vscode';
import { mailHover } from '../core/mail/hover';
import { lintDocument } from './zoneDiagnostics';
import { zoneSelector } from './zoneLanguage';

/**
 * On an SPF, DMARC, DKIM or MTA-STS record in a zone file: each term or tag explained, the SPF lookup
 * count and include tree, the DKIM key's algorithm and size. The text is built in core.
 */
export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(zoneSelector, { provideHover }));
}

function provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const lint = lintDocument(document);
  if (!lint) return undefined;
  const text = mailHover(lint.zone, { line: position.line, character: position.character });
  return text === undefined ? undefined : new vscode.Hover(new vscode.MarkdownString(text));
}
