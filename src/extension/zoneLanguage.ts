import * as vscode from 'vscode';
import { zoneFoldingRanges } from '../core/editor/folding';
import { zoneSymbols, type ZoneSymbol } from '../core/editor/symbols';
import { isZoneFile } from '../core/zone/zoneFile';
import { register as registerDiagnostics, lintDocument } from './zoneDiagnostics';

/** The `dns-zone` language: diagnostics as you type, the Outline by owner, and folding of `( … )`. */
export const zoneSelector: vscode.DocumentSelector = { language: 'dns-zone' };

export function register(context: vscode.ExtensionContext): void {
  registerDiagnostics(context);
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(zoneSelector, { provideDocumentSymbols }, { label: 'MX Guard' }),
    vscode.languages.registerFoldingRangeProvider(zoneSelector, { provideFoldingRanges }),
    vscode.workspace.onDidOpenTextDocument(adoptZoneFile),
  );
  vscode.workspace.textDocuments.forEach(adoptZoneFile);
}

/**
 * A file opened as plain text that passes the zone-file test `mx-guard lint` uses (a `.txt` whose first line
 * is `$TTL 300`) becomes a dns-zone document, so that the editor and the CLI agree on what a zone is.
 */
function adoptZoneFile(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file') return;
  if (isZoneFile(document.fileName, document.lineAt(0).text)) void vscode.languages.setTextDocumentLanguage(document, 'dns-zone');
}

function provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
  const result = lintDocument(document);
  return result ? zoneSymbols(result.zone).map(toDocumentSymbol) : [];
}

const symbolKinds: Record<ZoneSymbol['kind'], vscode.SymbolKind> = {
  owner: vscode.SymbolKind.Namespace,
  record: vscode.SymbolKind.Field,
  directive: vscode.SymbolKind.Key,
};

function toDocumentSymbol(symbol: ZoneSymbol): vscode.DocumentSymbol {
  const documentSymbol = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail,
    symbolKinds[symbol.kind],
    toRange(symbol.range),
    toRange(symbol.selectionRange),
  );
  documentSymbol.children = symbol.children.map(toDocumentSymbol);
  return documentSymbol;
}

function provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
  return zoneFoldingRanges(document.getText()).map(
    (fold) => new vscode.FoldingRange(fold.startLine, fold.endLine, fold.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined),
  );
}

export function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
