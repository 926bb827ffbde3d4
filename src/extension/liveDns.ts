// PLACEHOLDER: registers published-MX checks and zone-vs-DNS comparison. Replaced by the issue that builds it.
import type * as vscode from 'vscode';

export function register(_context: vscode.ExtensionContext): void {}
