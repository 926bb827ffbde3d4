/** The Get Started walkthrough's own commands: open its shipped samples as untitled copies, so that the user can edit them freely. */
import * as vscode from 'vscode';

const samples: { command: string; file: string; language: string; wrap?: boolean }[] = [
  { command: 'mxGuard.walkthrough.openSampleZone', file: 'sample.zone', language: 'dns-zone' },
  { command: 'mxGuard.walkthrough.openSampleLog', file: 'sample-mail.log', language: 'log', wrap: true },
];

export function register(context: vscode.ExtensionContext): void {
  for (const sample of samples) {
    context.subscriptions.push(
      vscode.commands.registerCommand(sample.command, async () => {
        const uri = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', sample.file);
        const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const document = await vscode.workspace.openTextDocument({ language: sample.language, content });
        await vscode.window.showTextDocument(document, { preview: false });
        // Log lines are long and the codes to hover sit at their end: wrap them, in this editor only.
        if (sample.wrap && vscode.workspace.getConfiguration('editor', document).get<string>('wordWrap') === 'off') {
          await vscode.commands.executeCommand('editor.action.toggleWordwrap');
        }
      }),
    );
  }
}
