// PLACEHOLDER: registers the MX fallback-order hover in zone files. Replaced by the issue that builds it.
import type * as vscode from 'vscode';

export function register(_context: vscode.ExtensionContext): void {}
