/**
 * BIMI assertion records (draft-brand-indicators-for-message-identification §4.2): `v=BIMI1`, then `l=`
 * (the logo, an https: URI to an SVG) and `a=` (the evidence document, an https: URI); both may be
 * empty, which declines to publish a logo.
 */
import type { RecordProblem } from './dmarc';
import { parseMailUri, parseTagList, tagNamed } from './tagList';

export function looksLikeBimi(text: string): boolean {
  return /^\s*v\s*=\s*BIMI1\s*(;|$)/i.test(text);
}

export function bimiProblems(text: string): RecordProblem[] {
  const tags = parseTagList(text);
  const problems: RecordProblem[] = [...tags.errors];
  const first = tags.tags[0];
  if (first === undefined || first.name !== 'v' || first.value !== 'BIMI1') {
    problems.push({ message: 'a BIMI record must start with "v=BIMI1;"', start: first?.start ?? 0, end: first?.end ?? text.length });
  }
  if (tagNamed(tags, 'l') === undefined)
    problems.push({ message: 'no "l=" tag: the logo\'s https: URI (empty to decline)', start: 0, end: text.length });
  for (const name of ['l', 'a']) {
    const tag = tagNamed(tags, name);
    if (tag === undefined || tag.value === '') continue;
    for (const uri of tag.value.split(',')) {
      const parsed = parseMailUri(uri.trim(), ['https']);
      if ('error' in parsed) problems.push({ message: `${name}=: ${parsed.error}`, start: tag.valueStart, end: tag.valueEnd });
    }
  }
  return problems;
}
