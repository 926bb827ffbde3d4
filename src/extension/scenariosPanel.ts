/** The host side of the "MX Guard: Outage Scenarios" webview: one panel, its HTML and CSP, and its messages. */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import {
  applyLink,
  defaultPanelState,
  parsePanelState,
  parseWebviewMessage,
  stepNumbers,
  type HostMessage,
  type PanelState,
  type Report,
  type ScenarioLink,
  type StepNumber,
} from '../webview/protocol';
import { readFilteringService } from './filteringService';
import { codeReport, listArticles, readArticle, readKnowledgeIndex } from './knowledgeBase';

export const viewType = 'mxGuard.scenarios';
const title = 'MX Guard: Outage Scenarios';

/** What to show once the panel is up. */
export type PanelRequest = { kind: 'link'; link: ScenarioLink } | { kind: 'article'; path: string } | { kind: 'report'; report: Report };

export class ScenariosPanel {
  private static current: ScenariosPanel | undefined;
  private ready = false;
  private readonly pending: HostMessage[] = [];

  /** Reveals the panel (creating it if needed) and shows `request` in it. */
  static show(extensionUri: vscode.Uri, request: PanelRequest): ScenariosPanel {
    if (!ScenariosPanel.current) {
      const panel = vscode.window.createWebviewPanel(viewType, title, vscode.ViewColumn.Active, ScenariosPanel.options(extensionUri));
      ScenariosPanel.current = new ScenariosPanel(panel, extensionUri, initialState(request));
    } else {
      ScenariosPanel.current.panel.reveal();
      ScenariosPanel.current.handle(request);
    }
    return ScenariosPanel.current;
  }

  /** Used by the serializer after a reload: the saved state comes from the webview, so it is validated. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, savedState: unknown): void {
    panel.webview.options = ScenariosPanel.options(extensionUri);
    ScenariosPanel.current?.panel.dispose();
    ScenariosPanel.current = new ScenariosPanel(panel, extensionUri, parsePanelState(savedState));
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      enableFindWidget: true,
      // Only the bundled script and the stylesheet are loaded; articles arrive as text in messages.
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly startState: PanelState,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.html = this.html();
    panel.webview.onDidReceiveMessage((raw) => this.receive(raw));
    panel.onDidDispose(() => {
      if (ScenariosPanel.current === this) ScenariosPanel.current = undefined;
    });
    // A hidden webview is destroyed (its context is not retained) and reloads when shown again: until it
    // says 'ready' once more, messages wait here instead of being lost.
    panel.onDidChangeViewState(() => {
      if (!panel.visible) this.ready = false;
    });
    const settingsWatch = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('mxGuard.filteringService')) this.post({ type: 'settings', filteringService: filteringServiceSettings() });
    });
    panel.onDidDispose(() => {
      settingsWatch.dispose();
    });
  }

  private handle(request: PanelRequest): void {
    switch (request.kind) {
      case 'link':
        this.post({ type: 'link', link: request.link });
        break;
      case 'article':
        void this.sendArticle(request.path);
        break;
      case 'report':
        this.post({ type: 'report', report: request.report });
        break;
    }
  }

  private post(message: HostMessage): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending.push(message);
  }

  private async sendArticle(path: string): Promise<void> {
    const markdown = await readArticle(this.extensionUri, path);
    if (markdown === undefined) {
      void vscode.window.showErrorMessage(`MX Guard: there is no article docs/${path} in the knowledge base.`);
      return;
    }
    this.post({ type: 'article', path, markdown });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) return; // not ours or malformed: ignored, never acted on
    switch (message.type) {
      case 'ready':
        await this.sendInit();
        break;
      case 'openArticle':
        await this.sendArticle(message.path);
        break;
      case 'openCode': {
        const report = codeReport(message.code);
        if (report) this.post({ type: 'report', report });
        break;
      }
      case 'openExternal':
        void vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        break;
      case 'copy':
        try {
          await vscode.env.clipboard.writeText(message.text);
          void vscode.window.showInformationMessage('MX Guard: summary copied to the clipboard.');
        } catch (error) {
          void vscode.window.showErrorMessage(`MX Guard: could not copy the summary: ${error instanceof Error ? error.message : String(error)}`);
        }
        break;
    }
  }

  private async sendInit(): Promise<void> {
    const steps = await Promise.all(
      stepNumbers.map(async (step: StepNumber) => {
        const path = `scenarios/step-${step}.md`;
        return {
          step,
          path,
          markdown: (await readArticle(this.extensionUri, path)) ?? `# Step ${step}\n\nThis article is missing from the extension.`,
        };
      }),
    );
    const [articles, searchIndex] = await Promise.all([listArticles(this.extensionUri), readKnowledgeIndex(this.extensionUri)]);
    const state = this.startState;
    const init: HostMessage = {
      type: 'init',
      state,
      filteringService: filteringServiceSettings(),
      steps,
      articles,
      searchIndex,
    };
    void this.panel.webview.postMessage(init);
    this.ready = true;
    for (const message of this.pending.splice(0)) void this.panel.webview.postMessage(message);
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'scenarios.css'));
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta property="csp-nonce" content="${nonce}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${title}</title>
</head>
<body>
<main id="app" aria-live="polite"><p>Loading…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}

const filteringServiceSettings = readFilteringService;

function initialState(request: PanelRequest): PanelState {
  switch (request.kind) {
    case 'link':
      return applyLink(defaultPanelState, request.link);
    case 'article':
      return { ...defaultPanelState, tab: 'knowledge', articlePath: request.path };
    case 'report':
      return { ...defaultPanelState, tab: 'knowledge', report: request.report };
  }
}
