/** The knowledge base: the articles shipped in docs/, their titles, and the quick picks that open them. */
import * as vscode from 'vscode';
import { basicCodes } from '../core/smtp/basicCodes';
import { enhancedCodes } from '../core/smtp/enhancedCodes';
import { explain, parseCode } from '../core/smtp/explain';
import { explanationMarkdown } from '../core/smtp/report';
import { articleTitle, normalizeDocPath, type Article, type Report } from '../webview/protocol';

/** Folders of docs/ offered in the knowledge base, in the order the quick pick groups them. */
const sections: { folder: string; label: string }[] = [
  { folder: 'scenarios', label: 'Outage scenarios' },
  { folder: 'rules', label: 'Lint rules' },
  { folder: 'smtp', label: 'SMTP replies' },
  { folder: 'delivery', label: 'Delivery and retry defaults' },
];

export function docsRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs');
}

/** The markdown of docs/<path>, or undefined when there is no such article. `path` must come from normalizeDocPath. */
export async function readArticle(extensionUri: vscode.Uri, path: string): Promise<string | undefined> {
  const safe = normalizeDocPath(path);
  if (!safe) return undefined;
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(docsRoot(extensionUri), safe)));
  } catch {
    return undefined;
  }
}

/** Every article of the listed sections with its title, sorted by title within a section. */
export async function listArticles(extensionUri: vscode.Uri, only?: string): Promise<Article[]> {
  const found: Article[] = [];
  for (const { folder, label } of sections) {
    if (only && folder !== only) continue;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(docsRoot(extensionUri), folder));
    } catch {
      continue; // a section with no articles yet
    }
    const articles = await Promise.all(
      entries
        .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
        .map(async ([name]) => {
          const path = `${folder}/${name}`;
          const markdown = (await readArticle(extensionUri, path)) ?? '';
          return { path, title: articleTitle(markdown, path), section: label };
        }),
    );
    found.push(...articles.sort((a, b) => a.title.localeCompare(b.title)));
  }
  return found;
}

interface PickItem extends vscode.QuickPickItem {
  path?: string;
  code?: string;
}

function separator(label: string): PickItem {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

function articleItems(articles: Article[]): PickItem[] {
  const items: PickItem[] = [];
  let section = '';
  for (const article of articles) {
    if (article.section !== section) {
      section = article.section;
      items.push(separator(section));
    }
    items.push({ label: article.title, description: article.path, path: article.path });
  }
  return items;
}

/** Every basic reply code and every enhanced code of the IANA registry, from the SMTP core's tables. */
function codeItems(): PickItem[] {
  const items: PickItem[] = [separator('SMTP reply codes')];
  for (const entry of basicCodes.values()) items.push({ label: entry.code, description: entry.title, code: entry.code });
  items.push(separator('Enhanced status codes (IANA registry)'));
  for (const entry of enhancedCodes.values()) {
    // The registry writes X.1.1; the class digit a reader types is 4 or 5 (2 only for success codes).
    const code = entry.code.replace(/^X/, '5');
    items.push({ label: entry.code, description: entry.title || 'deprecated', code });
  }
  return items;
}

/** The report a chosen code opens: its explanation, then a link to its article. */
export function codeReport(code: string): Report | undefined {
  const parsed = parseCode(code);
  const explanation = parsed && explain(parsed.code ?? parsed.enhanced!, parsed.code ? parsed.enhanced : undefined);
  if (!explanation) return undefined;
  const markdown = [
    `# ${explanation.label}: ${explanation.title}`,
    '',
    explanationMarkdown(explanation, false),
    '',
    `[Read the article](${explanation.article})`,
  ].join('\n');
  return { title: `SMTP ${explanation.label}`, markdown };
}

export type KnowledgeChoice = { kind: 'article'; path: string } | { kind: 'code'; code: string };

/**
 * MX Guard: Search Knowledge Base — articles and SMTP codes in one quick pick. A code typed that is not in
 * the list (a vendor's 5.7.606, a pair such as "550 5.1.1") is offered as its own entry.
 */
export async function searchKnowledgeBase(extensionUri: vscode.Uri): Promise<KnowledgeChoice | undefined> {
  const fixed = [...articleItems(await listArticles(extensionUri)), ...codeItems()];
  const pick = vscode.window.createQuickPick<PickItem>();
  pick.placeholder = 'Search the MX Guard knowledge base: an article, or an SMTP code such as 550 or 5.7.1';
  pick.matchOnDescription = true;
  pick.items = fixed;
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    const known = fixed.some((item) => item.code === typed || item.label === typed);
    pick.items = parseCode(typed) && !known ? [{ label: typed, description: 'Explain this code', code: typed, alwaysShow: true }, ...fixed] : fixed;
  });
  const chosen = await new Promise<PickItem | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (chosen?.path) return { kind: 'article', path: chosen.path };
  if (chosen?.code) return { kind: 'code', code: chosen.code };
  return undefined;
}

/** A quick pick over articles (grouped by section); returns the chosen article's path. */
export async function pickArticle(extensionUri: vscode.Uri, placeHolder: string, only?: string): Promise<string | undefined> {
  const articles = await listArticles(extensionUri, only);
  if (articles.length === 0) {
    void vscode.window.showWarningMessage('MX Guard: the knowledge base has no articles here yet.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(articleItems(articles), { placeHolder, matchOnDescription: true });
  return chosen?.path;
}
