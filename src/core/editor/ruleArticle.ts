import type { RuleMeta } from '../rules/rule';

/** Where the project's articles are published: the docs folder of its repository. */
const DOCS_BASE = 'https://github.com/mx-guard/mx-guard/blob/main/';

/** An article of docs/ (`smtp/550.md`) on the web. */
export function articleUrl(article: string): string {
  return `${DOCS_BASE}docs/${article}`;
}

/** A rule's article on the web, for clients that cannot open the knowledge view (SARIF, the language server). */
export function ruleArticleUrl(meta: Pick<RuleMeta, 'docs'>): string {
  return DOCS_BASE + meta.docs;
}
