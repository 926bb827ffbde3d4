// PLACEHOLDER: registers quick fixes and fix-all for rule findings. Replaced by the issue that builds it.
import type * as vscode from 'vscode';

export function register(_context: vscode.ExtensionContext): void {}
