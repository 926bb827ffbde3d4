/**
 * DMARC records (RFC 7489 §6.3, §6.4): `v=DMARC1` first, then tags whose values the RFC lists. Tags the
 * RFC does not define are ignored by receivers, so they are reported as warnings: a typo (`rau=`) leaves
 * the domain without the reports its owner expects.
 */
import { parseMailUri, parseTagList, type TagList, type TextProblem } from './tagList';

export interface RecordProblem extends TextProblem {
  /** Set when the problem is milder than the rule's default. */
  severity?: 'warning';
}

export interface DmarcRecord {
  tags: TagList;
  problems: RecordProblem[];
  /** The policy (`p=`) in lower case, when it is one of the three. */
  policy?: 'none' | 'quarantine' | 'reject';
  /** The report addresses of `rua` and `ruf`, with the host each names. */
  reportUris: { tag: 'rua' | 'ruf'; uri: string; host: string; start: number; end: number }[];
}

/** True for a text meant as a DMARC record: it starts with `v=DMARC1` (in any case, spaces allowed around `=`). */
export function looksLikeDmarc(text: string): boolean {
  return /^\s*v\s*=\s*dmarc1\s*(;|$)/i.test(text);
}

const POLICIES = ['none', 'quarantine', 'reject'];

export function parseDmarc(text: string): DmarcRecord {
  const tags = parseTagList(text);
  const problems: RecordProblem[] = [...tags.errors];
  const record: DmarcRecord = { tags, problems, reportUris: [] };
  const first = tags.tags[0];
  if (first === undefined || first.name.toLowerCase() !== 'v' || first.value !== 'DMARC1') {
    problems.push({ message: 'a DMARC record must start with "v=DMARC1" (RFC 7489 §6.4)', start: first?.start ?? 0, end: first?.end ?? text.length });
  }
  for (const tag of tags.tags.slice(1)) {
    const name = tag.name.toLowerCase();
    const value = tag.value;
    const bad = (message: string) => problems.push({ message, start: tag.valueStart, end: tag.valueEnd });
    switch (name) {
      case 'v':
        problems.push({ message: '"v=" must be the first tag, and only once', start: tag.start, end: tag.end });
        break;
      case 'p':
      case 'sp':
        if (!POLICIES.includes(value.toLowerCase())) bad(`${name}=${value}: the policy must be none, quarantine or reject`);
        else if (name === 'p') record.policy = value.toLowerCase() as DmarcRecord['policy'];
        break;
      case 'adkim':
      case 'aspf':
        if (!/^[rs]$/i.test(value)) bad(`${name}=${value}: the alignment mode must be r (relaxed) or s (strict)`);
        break;
      case 'fo':
        if (!/^[01ds]( *: *[01ds])*$/i.test(value)) bad(`fo=${value}: failure options are 0, 1, d or s, separated by ":"`);
        break;
      case 'rf':
        if (!/^afrf( *: *afrf)*$/i.test(value)) bad(`rf=${value}: the only report format is afrf`);
        break;
      case 'pct':
        if (!/^\d{1,3}$/.test(value) || Number(value) > 100) bad(`pct=${value}: a percentage from 0 to 100`);
        break;
      case 'ri':
        if (!/^\d{1,10}$/.test(value) || Number(value) > 0xffffffff) bad(`ri=${value}: a number of seconds`);
        break;
      case 'rua':
      case 'ruf':
        readReportUris(tag.value, tag.valueStart, name, record);
        break;
      default:
        problems.push({
          message: `unknown tag "${tag.name}": receivers ignore it (RFC 7489 §6.3 defines v, p, sp, adkim, aspf, fo, rf, ri, pct, rua, ruf)`,
          start: tag.start,
          end: tag.end,
          severity: 'warning',
        });
    }
  }
  if (record.policy === undefined && !tags.tags.some((t) => t.name.toLowerCase() === 'p') && first?.value === 'DMARC1') {
    problems.push({ message: 'no "p=" tag: the policy (none, quarantine or reject) is required (RFC 7489 §6.3)', start: 0, end: text.length });
  }
  return record;
}

/** `rua`/`ruf`: URIs separated by commas, each optionally `!size` (RFC 7489 §6.4). */
function readReportUris(value: string, valueStart: number, tag: 'rua' | 'ruf', record: DmarcRecord): void {
  let at = valueStart;
  for (const part of value.split(',')) {
    const start = at + (part.length - part.trimStart().length);
    const written = part.trim();
    at += part.length + 1;
    const end = start + written.length;
    const sized = /^(.*?)(!\d+[kmgt]?)?$/i.exec(written);
    const uri = sized?.[1] ?? written;
    const parsed = parseMailUri(uri, ['mailto', 'https']);
    if ('error' in parsed) record.problems.push({ message: `${tag}: ${parsed.error}`, start, end });
    else record.reportUris.push({ tag, uri, host: parsed.host, start, end });
  }
}
