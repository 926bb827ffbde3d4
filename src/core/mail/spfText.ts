/** Writing SPF records back as zone text: merging several into one, and quoting it as strings of at most 255 bytes. */
import { presentText } from '../dns/names';
import type { SpfRecord } from './spf';

/** The longest character-string (RFC 1035 §3.3). */
export const MAX_STRING_BYTES = 255;

/**
 * One record with every term of `records` once, in order, and the first record's ending (`all` or
 * `redirect`), else the first ending another one has: the merged record still ends as the domain meant.
 */
export function mergeSpfTexts(records: readonly SpfRecord[]): string {
  const terms: string[] = [];
  const seen = new Set<string>();
  let ending: string | undefined;
  let explanation: string | undefined;
  for (const record of records) {
    for (const term of record.terms) {
      if ((term.kind === 'mechanism' && term.name === 'all') || (term.kind === 'modifier' && term.name === 'redirect')) {
        ending ??= term.text;
      } else if (term.kind === 'modifier' && term.name === 'exp') {
        explanation ??= term.text;
      } else if (!seen.has(term.text.toLowerCase())) {
        seen.add(term.text.toLowerCase());
        terms.push(term.text);
      }
    }
  }
  return ['v=spf1', ...terms, ...(explanation ? [explanation] : []), ...(ending ? [ending] : [])].join(' ');
}

/**
 * The text as quoted character-strings of at most 255 bytes each, cut after a space (between terms) so
 * that no term is split; a single term longer than a string is cut where it must.
 */
export function quotedStrings(text: string): string {
  const pieces: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest, 'utf8') > MAX_STRING_BYTES) {
    const window = prefixWithin(rest, MAX_STRING_BYTES);
    const space = window.lastIndexOf(' ');
    const cut = space > 0 ? space + 1 : window.length;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces.map(presentText).join(' ');
}

/** The longest prefix of `text` whose UTF-8 form fits in `bytes`, never splitting a character. */
function prefixWithin(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (used + size > bytes) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end);
}
