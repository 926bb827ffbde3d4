/**
 * Property test of every quick fix and of fix-all on generated MX-heavy zones: a fix changes only the
 * text inside its edit ranges (checked against an independent edit applier that splits lines as VS Code
 * does), the result parses with no new problem, and no record or comment survives the fix unless the
 * fix was about it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lintText } from '../../../src/core/lint';
import { applyFixes, compatibleFixes, firstFixes, fixAll } from '../../../src/core/rules/fixAll';
import type { Fix, Position, TextEdit } from '../../../src/core/types';
import type { ParsedZone } from '../../../src/core/zone/model';
import { checkProperty } from './fuzz';
import { fixRegressions } from './regressions';

const options = { origin: 'example.com.', trustedMxHosts: ['*.vqnow.com'] };

const owner = fc.constantFrom('@', '@', 'www', 'sub', 'Sub', '', '', 'example.com.');
const target = fc.constantFrom('mx', 'mx.example.com.', 'mail.example.net', 'backup.other.org.', 'mx.vqnow.com.', '.', '192.0.2.1', 'alias', 'gone');
const mx = fc
  .record({ owner, ttl: fc.constantFrom('', '300 ', 'IN ', '300 IN '), pref: fc.constantFrom('0', '10', '10', '20', '30'), target })
  .map(({ owner: o, ttl, pref, target: t }) => `${o}\t${ttl}MX ${pref} ${t}`);
const other = fc.constantFrom(
  'mx A 192.0.2.1',
  'mx AAAA 2001:db8::1',
  'alias CNAME mx',
  'www A 192.0.2.2',
  '@ TXT "v=spf1 -all ; not a comment"',
  'sub NS ns.other.org.',
);
/** A line: a record, sometimes spread over `( … )`, with or without a trailing comment; or a comment line. */
const line = fc
  .oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        record: fc.oneof(mx, other),
        comment: fc.option(fc.constantFrom('; keep me', '; mx-guard-disable-next-line backup-mx'), { nil: undefined }),
        paren: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('; a comment line', '; mx-guard-disable-next-line duplicate-mx', '') },
  )
  .map((l) => {
    if (typeof l === 'string') return l;
    const fields = l.record.split(' ');
    const record = l.paren && fields.length > 2 ? `${fields.slice(0, -1).join(' ')} (\n\t${fields[fields.length - 1]} )` : l.record;
    return record + (l.comment === undefined ? '' : ' ' + l.comment);
  });
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');
const fixZone = fc
  .record({ lines: fc.array(line, { minLength: 1, maxLength: 14 }), eol })
  .map(({ lines, eol: e }) => `$TTL 300${e}@ SOA ns hostmaster 1 2 3 4 5${e}${lines.join(e)}${e}`.replace(/\n/g, e));

/** Line starts and content lengths, with lines split as VS Code splits them: at CRLF, LF and lone CR. */
function vscodeLines(text: string): Array<{ start: number; length: number }> {
  const lines: Array<{ start: number; length: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lines.push({ start, length: i - start });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lines.push({ start, length: text.length - start });
  return lines;
}

function offsetOf(lines: Array<{ start: number; length: number }>, position: Position, textLength: number): number {
  if (position.line >= lines.length) return textLength;
  const line = lines[position.line];
  return line.start + Math.min(position.character, line.length);
}

/** Applies one fix's edits as an editor would; also returns the offset spans the edits replaced. */
function applyIndependently(text: string, edits: readonly TextEdit[]): { text: string; spans: Array<[number, number]> } {
  const lines = vscodeLines(text);
  const spans = edits.map((e) => ({
    start: offsetOf(lines, e.range.start, text.length),
    end: offsetOf(lines, e.range.end, text.length),
    newText: e.newText,
  }));
  spans.sort((a, b) => b.start - a.start);
  let result = text;
  for (const s of spans) result = result.slice(0, s.start) + s.newText + result.slice(s.end);
  return { text: result, spans: spans.map((s) => [s.start, s.end]) };
}

/** A record as DNS sees it (the text form of owner, TTL, class, type and rdata), for multiset comparisons. */
function recordKeys(zone: ParsedZone): string[] {
  return zone.records
    .filter((r) => r.file === undefined)
    .map(
      (r) =>
        `${r.owner.toLowerCase()} ${r.ttl} ${r.rrclass} ${r.type} ${JSON.stringify(r.rdata, (k, v) => (k.endsWith('Range') || k.endsWith('Written') ? undefined : v))}`,
    );
}

/** Removes each of `removed` once from `list`; fails when one is missing. */
function minus(list: string[], removed: string[]): string[] {
  const rest = [...list];
  for (const item of removed) {
    const i = rest.indexOf(item);
    assert.ok(i >= 0, `expected ${item} in the list`);
    rest.splice(i, 1);
  }
  return rest;
}

function assertContainsAll(after: string[], expected: string[], what: string): void {
  const rest = [...after];
  for (const item of expected) {
    const i = rest.indexOf(item);
    assert.ok(i >= 0, `${what}: "${item}" was dropped`);
    rest.splice(i, 1);
  }
}

/** The records and comments of the document whose lines any edit touches: what a fix may legitimately change. */
function touchedByEdits(zone: ParsedZone, edits: readonly TextEdit[]): { records: string[]; comments: string[] } {
  const touches = (first: number, last: number) =>
    edits.some((e) => e.range.start.line <= last && first <= Math.max(e.range.start.line, e.range.end.line - (e.range.end.character === 0 ? 1 : 0)));
  const keys = recordKeys(zone);
  const own = zone.records.filter((r) => r.file === undefined);
  const records = own.flatMap((r, i) => (touches(r.range.start.line, r.range.end.line) ? [keys[i]] : []));
  const comments = zone.comments.filter((c) => c.file === undefined && touches(c.range.start.line, c.range.end.line)).map((c) => c.text);
  return { records, comments };
}

function problemMessages(zone: ParsedZone): string[] {
  return zone.problems.map((p) => p.message);
}

/** Checks one fix on `text`: only its ranges change, the result parses, nothing it was not about is lost. */
function checkFix(text: string, zone: ParsedZone, fix: Fix): void {
  const mine = applyIndependently(text, fix.edits);
  assert.equal(applyFixes(text, [fix]).text, mine.text, `fix "${fix.title}": applyFixes differs from an editor applying the same edits`);
  // Outside the replaced spans the text is byte-identical.
  const ordered = [...mine.spans].sort((a, b) => a[0] - b[0]);
  const prefixEnd = ordered[0][0];
  assert.equal(mine.text.slice(0, prefixEnd), text.slice(0, prefixEnd));
  const lastEnd = ordered[ordered.length - 1][1];
  assert.equal(mine.text.slice(mine.text.length - (text.length - lastEnd)), text.slice(lastEnd));

  const after = lintText(mine.text, options).zone;
  assertContainsAll(problemMessages(zone), problemMessages(after), `fix "${fix.title}" added a problem`);
  const touched = touchedByEdits(zone, fix.edits);
  assertContainsAll(recordKeys(after), minus(recordKeys(zone), touched.records), `fix "${fix.title}"`);
  assertContainsAll(
    after.comments.map((c) => c.text),
    minus(
      zone.comments.filter((c) => c.file === undefined).map((c) => c.text),
      touched.comments,
    ),
    `fix "${fix.title}"`,
  );
  if (/^Remove /.test(fix.title)) assert.equal(after.records.length, zone.records.length - 1, `fix "${fix.title}" should remove exactly one record`);
  else if (/^Merge the \d+ /.test(fix.title)) {
    const merged = Number(/^Merge the (\d+) /.exec(fix.title)?.[1]);
    assert.equal(after.records.length, zone.records.length - merged + 1, `fix "${fix.title}" should leave one record of ${merged}`);
  } else if (fix.manual === true) assert.equal(after.records.length, zone.records.length + 1, `fix "${fix.title}" should add exactly one record`);
  else assert.equal(after.records.length, zone.records.length, `fix "${fix.title}" should keep every record`);
}

/**
 * Fix-all, pass by pass (a pass's fixes can reveal new findings, as in ESLint): in each pass only the
 * records and comments on lines its fixes touch may go, and no new problem appears. The passes end
 * where fixAll ends.
 */
function checkFixAll(text: string): void {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const { zone, findings } = lintText(current, options);
    const fixes = compatibleFixes(current, firstFixes(findings));
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes).text;
    const after = lintText(next, options).zone;
    const touched = touchedByEdits(
      zone,
      fixes.flatMap((f) => f.edits),
    );
    assertContainsAll(problemMessages(zone), problemMessages(after), `fix-all pass ${pass + 1} added a problem`);
    assertContainsAll(recordKeys(after), minus(recordKeys(zone), touched.records), `fix-all pass ${pass + 1}`);
    assertContainsAll(
      after.comments.map((c) => c.text),
      minus(
        zone.comments.filter((c) => c.file === undefined).map((c) => c.text),
        touched.comments,
      ),
      `fix-all pass ${pass + 1}`,
    );
    current = next;
  }
  assert.equal(fixAll(text, options).text, current);
}

function checkAllFixes(text: string): void {
  const { zone, findings } = lintText(text, options);
  for (const finding of findings) for (const fix of finding.fixes ?? []) checkFix(text, zone, fix);
  checkFixAll(text);
}

test('every quick fix and fix-all on generated MX zones: only its ranges change, still parses, nothing else is lost', (t) => {
  let fixesSeen = 0;
  checkProperty(t, 'fixes on generated zones', fixZone, (text) => {
    fixesSeen += lintText(text, options).findings.reduce((n, f) => n + (f.fixes?.length ?? 0), 0);
    checkAllFixes(text);
  });
  t.diagnostic(`${fixesSeen} fixes checked`);
  assert.ok(fixesSeen > 0);
});

test('fix cases found by earlier fuzz runs stay fixed', () => {
  for (const { text } of fixRegressions) checkAllFixes(text);
});
