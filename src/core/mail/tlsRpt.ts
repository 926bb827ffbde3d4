/** TLS-RPT records (RFC 8460 §3): `v=TLSRPTv1; rua=` with mailto: or https: URIs, separated by commas. */
import type { RecordProblem } from './dmarc';
import { parseMailUri, parseTagList, tagNamed } from './tagList';

export function looksLikeTlsRpt(text: string): boolean {
  return /^\s*v\s*=\s*TLSRPTv1\s*(;|$)/i.test(text);
}

export function tlsRptProblems(text: string): RecordProblem[] {
  const tags = parseTagList(text);
  const problems: RecordProblem[] = [...tags.errors];
  const first = tags.tags[0];
  if (first === undefined || first.name !== 'v' || first.value !== 'TLSRPTv1') {
    problems.push({
      message: 'a TLS-RPT record must start with "v=TLSRPTv1;" (RFC 8460 §3)',
      start: first?.start ?? 0,
      end: first?.end ?? text.length,
    });
  }
  const rua = tagNamed(tags, 'rua');
  if (rua === undefined) {
    problems.push({ message: 'no "rua=" tag: where reports go (mailto: or https:) is required', start: 0, end: text.length });
    return problems;
  }
  let at = rua.valueStart;
  for (const part of rua.value.split(',')) {
    const start = at + (part.length - part.trimStart().length);
    const uri = part.trim();
    at += part.length + 1;
    const parsed = parseMailUri(uri, ['mailto', 'https']);
    if ('error' in parsed) problems.push({ message: `rua: ${parsed.error}`, start, end: start + uri.length });
  }
  return problems;
}
