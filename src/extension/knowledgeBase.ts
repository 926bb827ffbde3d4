/** The knowledge base: the articles shipped in docs/, their titles, and the quick picks that open them. */
import * as vscode from 'vscode';
import { basicCodes } from '../core/smtp/basicCodes';
import { enhancedCodes } from '../core/smtp/enhancedCodes';
import { explain, parseCode } from '../core/smtp/explain';
import { explanationMarkdown } from '../core/smtp/report';
import { articleTitle, isKnowledgeArticle, sectionLabel, sectionRank } from '../core/knowledge/articles';
import type { KnowledgeHit } from '../core/knowledge/search';
import { normalizeDocPath, type Article, type Report } from '../webview/protocol';

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

/** Every article under docs/ (each folder a section, known ones first), sorted by title within a section. */
export async function listArticles(extensionUri: vscode.Uri, only?: string): Promise<Article[]> {
  const root = docsRoot(extensionUri);
  const folders = (await vscode.workspace.fs.readDirectory(root))
    .filter(([name, type]) => type === vscode.FileType.Directory && (!only || name === only))
    .map(([name]) => name)
    .sort((a, b) => sectionRank(a).localeCompare(sectionRank(b)));
  const found: Article[] = [];
  for (const folder of folders) {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, folder));
    const articles = await Promise.all(
      entries
        .filter(([name, type]) => type === vscode.FileType.File && isKnowledgeArticle(`${folder}/${name}`))
        .map(async ([name]) => {
          const path = `${folder}/${name}`;
          const markdown = (await readArticle(extensionUri, path)) ?? '';
          return { path, title: articleTitle(markdown, path), section: sectionLabel(folder) };
        }),
    );
    found.push(...articles.sort((a, b) => a.title.localeCompare(b.title)));
  }
  return found;
}

/** The search index built with the extension (dist/knowledge-index.json), as JSON text. */
export async function readKnowledgeIndex(extensionUri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'knowledge-index.json')));
}

/** The search module (and MiniSearch with it) is loaded when the knowledge base is first searched, not at activation. */
function loadSearch(): typeof import('../core/knowledge/search') {
  return require('../core/knowledge/search') as typeof import('../core/knowledge/search');
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

function hitItem(hit: KnowledgeHit): PickItem {
  return {
    label: hit.title,
    description: hit.path ?? hit.section,
    detail: hit.summary,
    alwaysShow: true,
    ...(hit.path ? { path: hit.path } : { code: hit.code }),
  };
}

/**
 * MX Guard: Search Knowledge Base — a full-text search over every article and SMTP code, ranked, with prefix and
 * near-miss matching; with nothing typed, the articles by section and the codes. A code typed that is not in
 * the list (a vendor's 5.7.606, a pair such as "550 5.1.1") is offered as its own entry.
 */
export async function searchKnowledgeBase(extensionUri: vscode.Uri): Promise<KnowledgeChoice | undefined> {
  const fixed = [...articleItems(await listArticles(extensionUri)), ...codeItems()];
  const search = loadSearch();
  const index = search.loadKnowledgeIndex(await readKnowledgeIndex(extensionUri));
  const pick = vscode.window.createQuickPick<PickItem>();
  pick.placeholder = 'Search the MX Guard knowledge base: words such as greylisting, or an SMTP code such as 550 or 5.7.1';
  pick.matchOnDescription = true;
  pick.items = fixed;
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    if (typed === '') {
      pick.items = fixed;
      return;
    }
    const hits = search.searchKnowledge(index, typed).map(hitItem);
    const known = hits.some((item) => item.code === typed || item.label.split(' ')[0] === typed);
    const asCode: PickItem[] = parseCode(typed) && !known ? [{ label: typed, description: 'Explain this code', code: typed, alwaysShow: true }] : [];
    pick.items = [...asCode, ...hits];
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
