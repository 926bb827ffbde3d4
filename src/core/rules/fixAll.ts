import type { Finding, Fix, Position, TextEdit } from '../types';
import { lintText, type LintTextOptions } from '../lint';

/**
 * Offsets of each line's start, so that positions turn into string offsets in O(1). Lines end at CRLF,
 * LF or a lone CR, as the parser and VS Code count them.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0a || c === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/** A position's offset; a line past the end is the end of the text, a column past a line's end is that end (before its line break). */
function offsetAt(text: string, starts: number[], position: Position): number {
  if (position.line >= starts.length) return text.length;
  const start = starts[position.line];
  let end = position.line + 1 < starts.length ? starts[position.line + 1] - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
  return Math.min(start + position.character, end);
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Edits that merely touch count as overlapping too: text inserted where another edit ends could otherwise be glued to the wrong line. */
function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The fixes that can be applied together, in order: a fix is left out when one of its edits would
 * touch an edit of a fix already taken (as ESLint does in one pass).
 */
export function compatibleFixes(text: string, fixes: readonly Fix[]): Fix[] {
  const starts = lineStarts(text);
  const taken: OffsetEdit[] = [];
  const accepted: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits.map((e: TextEdit) => ({
      start: offsetAt(text, starts, e.range.start),
      end: offsetAt(text, starts, e.range.end),
      newText: e.newText,
    }));
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    accepted.push(fix);
  }
  return accepted;
}

/** Applies whole fixes to `text` (those `compatibleFixes` keeps). Returns the new text and how many fixes were applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const starts = lineStarts(text);
  const accepted = compatibleFixes(text, fixes);
  const edits = accepted
    .flatMap((fix) => fix.edits)
    .map((e) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: result, applied: accepted.length };
}

/** The first fix of every fixable finding of the linted document itself (of the given rules, or of all). */
export function firstFixes(findings: readonly Finding[], onlyRules?: ReadonlySet<string>): Fix[] {
  const fixes: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => !f.manual);
    if (fix && finding.file === undefined && (!onlyRules || onlyRules.has(finding.ruleId))) fixes.push(fix);
  }
  return fixes;
}

/** Upper bound on lint-and-fix passes, as in ESLint: fixes that keep producing new findings stop here. */
const MAX_PASSES = 10;

/**
 * "Fix all": applies the first fix of every fixable finding (of the given rules, or of all), then
 * lints again and repeats while fixes that overlapped an earlier one remain.
 */
export function fixAll(text: string, options: LintTextOptions, onlyRules?: ReadonlySet<string>): { text: string; applied: number } {
  let current = text;
  let total = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(current, firstFixes(lintText(current, options).findings, onlyRules));
    if (applied === 0) break;
    current = next;
    total += applied;
  }
  return { text: current, applied: total };
}
