/**
 * Full-text search over the knowledge base: every article in docs/ (rules, scenarios, SMTP replies, delivery
 * defaults and any folder added later) and every SMTP reply and enhanced status code the core explains.
 * The index is built once, at build time (scripts/build.mjs writes dist/knowledge-index.json), and loaded by
 * the extension's quick pick and by the webview's search box, which rank with the same options.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { basicCodes } from '../smtp/basicCodes';
import { enhancedCodes } from '../smtp/enhancedCodes';
import { articleTitle, isKnowledgeArticle, plainText, sectionLabel } from './articles';

export interface KnowledgeEntry {
  id: string;
  kind: 'article' | 'code';
  title: string;
  section: string;
  /** The article under docs/ (articles only). */
  path?: string;
  /** The code to explain, e.g. "550" or "5.1.1" (codes only). */
  code?: string;
  /** A sentence or two shown under the title in results. */
  summary: string;
  /** The searchable text (not stored in the index). */
  text: string;
}

export type KnowledgeHit = Omit<KnowledgeEntry, 'text'> & { score: number };

function firstParagraph(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/).find((block) => !/^\s*(#|```|\||>|[-*] )/.test(block) && block.trim() !== '') ?? '';
  const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
  return text.length > 180 ? `${text.slice(0, 177).replace(/\s+\S*$/, '')}…` : text;
}

export function articleEntry(path: string, markdown: string): KnowledgeEntry {
  return {
    id: `article:${path}`,
    kind: 'article',
    title: articleTitle(markdown, path),
    section: sectionLabel(path.split('/')[0]),
    path,
    summary: firstParagraph(markdown),
    text: `${path.replace(/\.md$/, '')} ${plainText(markdown)}`,
  };
}

/** Every basic reply code and every enhanced code of the IANA registry, from the SMTP core's tables. */
export function codeEntries(): KnowledgeEntry[] {
  const entries: KnowledgeEntry[] = [];
  for (const entry of basicCodes.values()) {
    entries.push({
      id: `code:${entry.code}`,
      kind: 'code',
      title: `${entry.code} ${entry.title}`,
      section: 'SMTP reply codes',
      code: entry.code,
      summary: entry.meaning,
      text: [entry.meaning, ...entry.causes, entry.action].join(' '),
    });
  }
  for (const entry of enhancedCodes.values()) {
    // The registry writes X.1.1; the class digit a reader types is 4 or 5 (2 only for success codes).
    const detail = entry.code.slice(2);
    entries.push({
      id: `code:${entry.code}`,
      kind: 'code',
      title: `${entry.code} ${entry.title || 'deprecated'}`,
      section: 'Enhanced status codes (IANA registry)',
      code: `5.${detail}`,
      summary: entry.meaning,
      text: [`4.${detail} 5.${detail}`, entry.meaning, ...(entry.causes ?? []), entry.action ?? ''].join(' '),
    });
  }
  return entries;
}

/** Words, numbers and dotted codes ("5.1.1" stays one term); hyphens and other punctuation split. */
export function tokenize(text: string): string[] {
  return text.split(/(?:[^\p{L}\p{N}.]|\.(?!\p{N})|(?<!\p{N})\.)+/u).filter((term) => term !== '');
}

const indexOptions: Options<KnowledgeEntry> = {
  fields: ['title', 'code', 'text'],
  storeFields: ['kind', 'title', 'section', 'path', 'code', 'summary'],
  tokenize,
};

/** Prefix matching for what is being typed, and one typo in four letters for words of five letters or more. */
const searchOptions: SearchOptions = {
  boost: { title: 4, code: 6 },
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.25 : false),
  combineWith: 'AND',
};

/** The index of the given articles and of every SMTP code, as the JSON that ships in the .vsix. */
export function knowledgeIndexJson(articles: { path: string; markdown: string }[]): string {
  const search = new MiniSearch<KnowledgeEntry>(indexOptions);
  search.addAll([...articles.filter((a) => isKnowledgeArticle(a.path)).map((a) => articleEntry(a.path, a.markdown)), ...codeEntries()]);
  return JSON.stringify(search);
}

export type KnowledgeIndex = MiniSearch<KnowledgeEntry>;

export function loadKnowledgeIndex(json: string): KnowledgeIndex {
  return MiniSearch.loadJSON<KnowledgeEntry>(json, indexOptions);
}

/** The best matches for `query`, best first: every word must match (as typed, as a prefix, or nearly). */
export function searchKnowledge(index: KnowledgeIndex, query: string, limit = 50): KnowledgeHit[] {
  return index
    .search(query, searchOptions)
    .slice(0, limit)
    .map((result) => ({
      id: String(result.id),
      kind: result.kind as KnowledgeEntry['kind'],
      title: result.title as string,
      section: result.section as string,
      path: result.path as string | undefined,
      code: result.code as string | undefined,
      summary: result.summary as string,
      score: result.score,
    }));
}
