// PLACEHOLDER: registers SMTP reply-code hovers and the bounce explainer. Replaced by the issue that builds it.
import type * as vscode from 'vscode';

export function register(_context: vscode.ExtensionContext): void {}
