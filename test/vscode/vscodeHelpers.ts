/** Helpers for mocha suites that run inside VS Code (test/vscode/suite/*.suite.ts). */
import * as vscode from 'vscode';

/** Opens a file in an editor and returns its document. */
export async function openDocument(fsPath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(fsPath));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Polls `read` until `done` accepts its value, and returns that value. Diagnostics and providers
 * answer after activation and debouncing, so a test waits for the state rather than a fixed time.
 */
export async function waitFor<T>(read: () => T | Thenable<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
