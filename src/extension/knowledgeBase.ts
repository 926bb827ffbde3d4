/** The knowledge base: the articles shipped in docs/, their titles, and the quick picks that open them. */
import * as vscode from 'vscode';
import { articleTitle, normalizeDocPath, type Article } from '../webview/protocol';

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

export interface ArticleEntry extends Article {
  section: string;
}

/** Every article of the listed sections with its title, sorted by title within a section. */
export async function listArticles(extensionUri: vscode.Uri, only?: string): Promise<ArticleEntry[]> {
  const found: ArticleEntry[] = [];
  for (const { folder, label } of sections) {
    if (only && folder !== only) continue;
    let entries: [string, vscode.FileType][] = [];
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
}

/** A quick pick over articles (grouped by section); returns the chosen article's path. */
export async function pickArticle(extensionUri: vscode.Uri, placeHolder: string, only?: string): Promise<string | undefined> {
  const articles = await listArticles(extensionUri, only);
  if (articles.length === 0) {
    void vscode.window.showWarningMessage('MX Guard: the knowledge base has no articles here yet.');
    return undefined;
  }
  const items: PickItem[] = [];
  let section = '';
  for (const article of articles) {
    if (article.section !== section) {
      section = article.section;
      items.push({ label: section, kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({ label: article.title, description: article.path, path: article.path });
  }
  const chosen = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return chosen?.path;
}
