/**
 * Articles and reports: markdown rendered by marked and sanitised by DOMPurify (marked itself does not sanitise).
 * Reports carry pasted text (bounces, DNS answers), so nothing in them may run. Three layers:
 * raw HTML in the markdown is shown as text, not parsed; DOMPurify strips scripts, event handlers and
 * javascript: URLs from what marked generates; and the page's CSP refuses any script without the nonce.
 */
import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** Links the page understands, decided when clicked: another article, a section anchor, or a web page. */
export type LinkTarget = { kind: 'article'; path: string; anchor?: string } | { kind: 'anchor'; anchor: string } | { kind: 'external'; url: string };

/** Sanitised DOM for `markdown`; headings get a `data-anchor` slug (not an id, so no text can clobber a global). */
export function renderMarkdown(markdown: string): DocumentFragment {
  const html = marked.parse(markdown) as string;
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'id', 'name'],
  });
  for (const heading of Array.from(fragment.querySelectorAll('h1, h2, h3, h4'))) heading.setAttribute('data-anchor', slug(heading.textContent ?? ''));
  // A header cell with no text heads nothing a screen reader can name: it becomes a plain cell.
  for (const empty of Array.from(fragment.querySelectorAll('th')).filter((cell) => (cell.textContent ?? '').trim() === '')) {
    const cell = document.createElement('td');
    cell.append(...Array.from(empty.childNodes));
    empty.replaceWith(cell);
  }
  for (const table of Array.from(fragment.querySelectorAll('table'))) {
    const scroller = document.createElement('div');
    scroller.className = 'table-scroll';
    table.replaceWith(scroller);
    scroller.append(table);
  }
  return fragment;
}

/** GitHub-style heading slug: lower case, punctuation dropped, spaces to dashes. */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

/** What a link in the article at `fromPath` points to, or undefined when it is nothing we follow. */
export function linkTarget(href: string, fromPath: string | undefined): LinkTarget | undefined {
  if (href.startsWith('#')) return { kind: 'anchor', anchor: decodeURIComponent(href.slice(1)) };
  if (/^https?:\/\//i.test(href)) return { kind: 'external', url: href };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined; // mailto:, command:, javascript: … are not followed
  const [file, anchor] = href.split('#');
  if (!file.endsWith('.md')) return undefined;
  const base = (fromPath ?? '').split('/').slice(0, -1);
  const parts = file.startsWith('/') ? [] : [...base];
  for (const part of file.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const path = parts.join('/').replace(/^docs\//, '');
  return { kind: 'article', path, anchor: anchor ? decodeURIComponent(anchor) : undefined };
}
