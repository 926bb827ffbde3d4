/** The knowledge base's articles: which files under docs/ are articles, their sections, titles and plain text. */

/** Folders of docs/ with a label of their own, in the order they are listed; other folders follow, named after themselves. */
const knownSections: [folder: string, label: string][] = [
  ['scenarios', 'Outage scenarios'],
  ['rules', 'Lint rules'],
  ['smtp', 'SMTP replies'],
  ['delivery', 'Delivery and retry defaults'],
];
/** Why the project chose what it did: for its developers, not for users of the knowledge base. */
const internalFolders = ['decisions'];

/** Whether a path under docs/ is a knowledge-base article. */
export function isKnowledgeArticle(path: string): boolean {
  return path.endsWith('.md') && path.includes('/') && !internalFolders.includes(path.split('/')[0]);
}

export function sectionLabel(folder: string): string {
  const known = knownSections.find(([name]) => name === folder);
  if (known) return known[1];
  const words = folder.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Sort key of a section: the known ones first, in their order, then the others by name. */
export function sectionRank(folder: string): string {
  const at = knownSections.findIndex(([name]) => name === folder);
  return at >= 0 ? String(at) : `~${folder}`;
}

/** An article's title: its first `# ` line, else its file name. */
export function articleTitle(markdown: string, path: string): string {
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  return heading ? heading[1] : (path.split('/').pop() ?? path).replace(/\.md$/, '');
}

/** Markdown as the words a reader sees: link targets, markup and table rules dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\|?[\s:|-]+\|?$/gm, '')
    .replace(/[*_`|]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}
