/** The Get Started walkthrough's own commands: open its shipped samples as untitled copies, so that the user can edit them freely. */
import * as vscode from 'vscode';

const samples: { command: string; file: string; language: string }[] = [
  { command: 'mxGuard.walkthrough.openSampleZone', file: 'sample.zone', language: 'dns-zone' },
  { command: 'mxGuard.walkthrough.openSampleLog', file: 'sample-mail.log', language: 'log' },
];

export function register(context: vscode.ExtensionContext): void {
  for (const sample of samples) {
    context.subscriptions.push(
      vscode.commands.registerCommand(sample.command, async () => {
        const uri = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', sample.file);
        const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const document = await vscode.workspace.openTextDocument({ language: sample.language, content });
        await vscode.window.showTextDocument(document, { preview: false });
      }),
    );
  }
}
