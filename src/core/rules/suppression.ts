import type { Finding, Fix } from '../types';
import type { Comment, ParsedZone } from '../zone/model';

/**
 * Inline suppression comments:
 * - `; mx-guard-disable-next-line <id>[, <id>]` silences those rules on the next line, and on every
 *   line of a `( … )` record that starts there;
 * - `; mx-guard-disable <id>` … `; mx-guard-enable <id>` silences them in between (to the end of the
 *   file without an enable). Without ids, a comment applies to every rule.
 */
type Kind = 'disable-next-line' | 'disable' | 'enable';

interface Directive {
  kind: Kind;
  /** Rule ids, or empty for every rule. */
  ids: string[];
  line: number;
}

const DIRECTIVE = /^;*\s*mx-guard-(disable-next-line|disable|enable)\b(.*)$/;

function readDirective(comment: Comment): Directive | undefined {
  const match = DIRECTIVE.exec(comment.text.trim());
  if (!match) return undefined;
  const ids = match[2].split(/[\s,]+/).filter((id) => id !== '');
  return { kind: match[1] as Kind, ids, line: comment.range.start.line };
}

/** Line spans (first..last) in which one rule, or every rule (`*`), is silenced in one file. */
type Spans = Map<string, Array<[number, number]>>;

function addSpan(spans: Spans, ids: string[], first: number, last: number): void {
  for (const id of ids.length === 0 ? ['*'] : ids) {
    const list = spans.get(id) ?? [];
    list.push([first, last]);
    spans.set(id, list);
  }
}

function spansOfFile(comments: Comment[], recordEnds: Map<number, number>): Spans {
  const spans: Spans = new Map();
  const open = new Map<string, number>();
  const directives = comments.map(readDirective).filter((d): d is Directive => d !== undefined);
  directives.sort((a, b) => a.line - b.line);
  for (const directive of directives) {
    const keys = directive.ids.length === 0 ? ['*'] : directive.ids;
    if (directive.kind === 'disable-next-line') {
      const next = directive.line + 1;
      addSpan(spans, directive.ids, next, recordEnds.get(next) ?? next);
    } else if (directive.kind === 'disable') {
      for (const key of keys) if (!open.has(key)) open.set(key, directive.line);
    } else {
      for (const key of keys) {
        const start = open.get(key);
        if (start === undefined) continue;
        addSpan(spans, key === '*' ? [] : [key], start, directive.line);
        open.delete(key);
      }
    }
  }
  for (const [key, start] of open) addSpan(spans, key === '*' ? [] : [key], start, Number.POSITIVE_INFINITY);
  return spans;
}

function within(spans: Array<[number, number]> | undefined, line: number): boolean {
  return spans !== undefined && spans.some(([first, last]) => line >= first && line <= last);
}

/** Drops the findings that a suppression comment in their own file silences. */
export function applySuppressions(zone: ParsedZone, findings: Finding[]): Finding[] {
  const commentsByFile = new Map<string | undefined, Comment[]>();
  for (const comment of zone.comments) {
    if (!comment.text.includes('mx-guard-')) continue;
    const list = commentsByFile.get(comment.file) ?? [];
    list.push(comment);
    commentsByFile.set(comment.file, list);
  }
  if (commentsByFile.size === 0) return findings;
  const spansByFile = new Map<string | undefined, Spans>();
  for (const [file, comments] of commentsByFile) {
    const recordEnds = new Map<number, number>();
    for (const record of zone.records) {
      if (record.file === file) recordEnds.set(record.range.start.line, record.range.end.line);
    }
    spansByFile.set(file, spansOfFile(comments, recordEnds));
  }
  return findings.filter((finding) => {
    const spans = spansByFile.get(finding.file);
    if (!spans) return true;
    const line = finding.range.start.line;
    return !within(spans.get('*'), line) && !within(spans.get(finding.ruleId), line);
  });
}

/**
 * The "disable for this line" fix: a suppression comment on its own line above `line`, indented
 * like it. `lineText` is that line's text; `eol` the document's line break.
 */
export function suppressionFix(ruleId: string, line: number, lineText: string, eol = '\n'): Fix {
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return {
    title: `Disable ${ruleId} for this line`,
    edits: [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}; mx-guard-disable-next-line ${ruleId}${eol}` },
    ],
  };
}
