/**
 * SMTP reply codes explained on hover (languages from `mxGuard.hover.languages`), and the
 * `mxGuard.explainSelection` bounce explainer. A thin face over src/core/smtp.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findReplies, replyAt } from '../core/smtp/detect';
import { explain } from '../core/smtp/explain';
import { explainMessage, explanationMarkdown, lineVerdict, messageMarkdown, verdictMarkdown, type ExplainedMessage } from '../core/smtp/report';
import { guidesFor } from '../core/delivery/guides';
import { commandLink } from '../core/editor/commandLink';
import { filteringServiceForHover } from './filteringService';

const defaultLanguages = ['log', 'plaintext', 'markdown', 'email'];
/** The hover's links may run only these commands (and only with the arguments written into them). */
const linkCommands = ['mxGuard.openArticle', 'mxGuard.openScenarios'];
/** Larger texts are not explained in one go: the report would be unreadable and slow to render. */
const maxExplainChars = 5 * 1024 * 1024;

const hoverProvider: vscode.HoverProvider = {
  provideHover(document, position) {
    // Detection works line by line, so one line is all a hover needs, whatever the file's size.
    const line = document.lineAt(position.line).text;
    const reply = replyAt(findReplies(line), 0, position.character);
    if (!reply) return undefined;
    const explanation = explain(reply.code ?? reply.enhanced!, reply.code ? reply.enhanced : undefined)!;
    const related = guidesFor(reply.code, reply.enhanced)
      .map((guide) => `[${guide.title}](${commandLink('mxGuard.openArticle', guide.article)})`)
      .join(' · ');
    // A failure leads with its reason and hard/soft verdict (the line's words first, then its codes).
    const verdict = explanation.class === 'success' ? '' : `${verdictMarkdown(lineVerdict(line, reply), explanation.title)}\n\n---\n\n`;
    const markdown = new vscode.MarkdownString(
      verdict + explanationMarkdown(explanation, true, filteringServiceForHover()) + (related ? `\n\nSee also: ${related}` : ''),
    );
    markdown.isTrusted = { enabledCommands: linkCommands };
    const { start, end } = reply.range;
    return new vscode.Hover(markdown, new vscode.Range(position.line, start.character, position.line, end.character));
  },
};

async function showReport(title: string, result: ExplainedMessage, lineOffset: number): Promise<void> {
  try {
    // The knowledge view shows the title itself.
    await vscode.commands.executeCommand('mxGuard.showReport', title, messageMarkdown(title, result, { heading: false, lineOffset }));
  } catch {
    // The knowledge view is not available: a markdown preview of an untitled document will do.
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: messageMarkdown(title, result, { lineOffset }) });
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  }
}

async function explainSelection(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('MX Guard: open a log, a bounce or a transcript first, then explain its SMTP replies.');
    return;
  }
  const { document, selection } = editor;
  const whole = selection.isEmpty;
  const text = whole ? document.getText() : document.getText(selection);
  if (text.length > maxExplainChars) {
    void vscode.window.showWarningMessage(
      `MX Guard: the text is too large to explain at once (${Math.round(text.length / 1048576)} MB); select a part of it.`,
    );
    return;
  }
  const result = await explainMessage(text);
  const name = document.isUntitled ? 'untitled text' : path.basename(document.fileName);
  const title = `SMTP replies in ${whole ? name : `the selection of ${name}`}`;
  if (!result.report && result.replies.length === 0) {
    void vscode.window.showInformationMessage(`MX Guard: no SMTP reply code or enhanced status code found in ${whole ? name : 'the selection'}.`);
    return;
  }
  await showReport(title, result, whole ? 0 : selection.start.line);
}

export function register(context: vscode.ExtensionContext): void {
  let registration: vscode.Disposable | undefined;
  const registerHover = () => {
    registration?.dispose();
    const languages = vscode.workspace.getConfiguration('mxGuard').get<string[]>('hover.languages', defaultLanguages);
    registration = vscode.languages.registerHoverProvider(
      languages.map((language) => ({ language })),
      hoverProvider,
    );
  };
  registerHover();
  context.subscriptions.push(
    { dispose: () => void registration?.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('mxGuard.hover.languages')) registerHover();
    }),
    vscode.commands.registerCommand('mxGuard.explainSelection', explainSelection),
  );
}
