// PLACEHOLDER: registers the Outage Scenarios and knowledge webview. Replaced by the issue that builds it.
import type * as vscode from 'vscode';

export function register(_context: vscode.ExtensionContext): void {}
