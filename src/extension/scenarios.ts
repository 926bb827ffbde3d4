/** Registers the Outage Scenarios panel, its serializer, and the knowledge-base commands other features call. */
import * as vscode from 'vscode';
import { maxTextLength, normalizeDocPath, parseScenarioLink } from '../webview/protocol';
import { codeReport, pickArticle, searchKnowledgeBase } from './knowledgeBase';
import { ScenariosPanel, viewType, type PanelRequest } from './scenariosPanel';
import * as walkthrough from './walkthrough';

export function register(context: vscode.ExtensionContext): void {
  walkthrough.register(context);
  const uri = context.extensionUri;
  const show = (request: PanelRequest) => ScenariosPanel.show(uri, request);
  const refuse = (message: string) => void vscode.window.showErrorMessage(`MX Guard: ${message}`);

  context.subscriptions.push(
    vscode.commands.registerCommand('mxGuard.openScenarios', (raw?: unknown) => {
      const parsed = parseScenarioLink(raw);
      if ('error' in parsed) return refuse(parsed.error);
      show({ kind: 'link', link: parsed.link });
    }),
    vscode.commands.registerCommand('mxGuard.openArticle', (docPath?: unknown) => {
      const path = normalizeDocPath(docPath);
      if (!path) return refuse(`not an article path: ${JSON.stringify(docPath)} (expected e.g. "smtp/class-5.md")`);
      show({ kind: 'article', path });
    }),
    vscode.commands.registerCommand('mxGuard.openRuleDoc', async (ruleId?: unknown) => {
      if (ruleId === undefined) {
        const path = await pickArticle(uri, 'Open the documentation of a lint rule', 'rules');
        if (path) show({ kind: 'article', path });
        return;
      }
      if (typeof ruleId !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId)) return refuse(`not a rule id: ${JSON.stringify(ruleId)}`);
      show({ kind: 'article', path: `rules/${ruleId}.md` });
    }),
    vscode.commands.registerCommand('mxGuard.showReport', (reportTitle?: unknown, markdown?: unknown) => {
      if (typeof reportTitle !== 'string' || typeof markdown !== 'string') return refuse('a report needs a title and markdown text.');
      if (markdown.length > maxTextLength) return refuse(`the report is too large to show (${markdown.length} characters).`);
      show({ kind: 'report', report: { title: reportTitle.slice(0, 200), markdown } });
    }),
    vscode.commands.registerCommand('mxGuard.searchKnowledgeBase', async () => {
      const choice = await searchKnowledgeBase(uri);
      if (choice?.kind === 'article') show({ kind: 'article', path: choice.path });
      else if (choice?.kind === 'code') {
        const report = codeReport(choice.code);
        if (report) show({ kind: 'report', report });
        else refuse(`not an SMTP code: ${choice.code}`);
      }
    }),
    vscode.window.registerWebviewPanelSerializer(viewType, {
      async deserializeWebviewPanel(panel, state) {
        ScenariosPanel.revive(panel, uri, state);
      },
    }),
  );
}
