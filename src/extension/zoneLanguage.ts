// PLACEHOLDER: registers the dns-zone language: diagnostics, outline, folding. Replaced by the issue that builds it.
import type * as vscode from 'vscode';

export function register(_context: vscode.ExtensionContext): void {}
