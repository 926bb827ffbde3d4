/**
 * The code actions on MX Guard's diagnostics, as plain data for both faces (the VS Code extension and
 * the language server): every quick fix of a finding, "trust this host", "fix all of this kind",
 * "disable for this line", "learn more", and "fix all" as a source action. Every text edit comes
 * from the findings' own fixes; a face only turns these into its editor's code actions.
 */
import { trustPatternFor } from '../mx/operator';
import { compatibleFixes, firstFixes } from '../rules/fixAll';
import { suppressionFix } from '../rules/suppression';
import type { Finding, Fix, Range } from '../types';
import type { ZoneRecord } from '../zone/model';

export const TRUST_COMMAND = 'mxGuard.rules.trustHost';
export const LEARN_COMMAND = 'mxGuard.rules.learnMore';

/** Rules whose findings name a target another operator runs, so that trusting it is a way out. */
const TRUSTABLE = new Set(['backup-mx', 'split-provider-mx']);

/** A diagnostic of the editor, with what the actions need of it; `ref` is the face's own object, handed back. */
export interface ActionDiagnostic<D> {
  ruleId: string;
  range: Range;
  ref: D;
}

export interface PlannedAction<D> {
  title: string;
  kind: 'quickfix' | 'fixAll';
  /** Applied together (already limited to those that do not overlap). */
  fixes?: Fix[];
  command?: { command: string; arguments: unknown[] };
  diagnostic?: D;
  isPreferred?: boolean;
}

export interface DocumentView {
  text: string;
  lineText(line: number): string;
  eol: '\n' | '\r\n';
}

/** "Fix all MX Guard problems": the first fix of every finding of the document itself, or nothing when none has a fix. */
export function fixAllAction<D>(document: DocumentView, findings: readonly Finding[]): PlannedAction<D>[] {
  const fixes = firstFixes(findings);
  return fixes.length === 0 ? [] : [{ title: 'Fix all MX Guard problems', kind: 'fixAll', fixes: compatibleFixes(document.text, fixes) }];
}

/**
 * The quick fixes for the given diagnostics. A diagnostic is matched to its finding by rule and start;
 * a finding of an `$INCLUDE`d file is shown on the `$INCLUDE` line, and its fixes belong in that file,
 * so it gets none here.
 */
export function quickFixActions<D>(
  document: DocumentView,
  findings: readonly Finding[],
  records: readonly ZoneRecord[],
  diagnostics: readonly ActionDiagnostic<D>[],
): PlannedAction<D>[] {
  const own = findings.filter((f) => f.file === undefined);
  const actions: PlannedAction<D>[] = [];
  const fixAction = (title: string, fixes: readonly Fix[], diagnostic?: D): PlannedAction<D> => ({
    title,
    kind: 'quickfix',
    fixes: compatibleFixes(document.text, fixes),
    ...(diagnostic === undefined ? {} : { diagnostic }),
  });
  for (const { ruleId, range, ref } of diagnostics) {
    const finding = own.find(
      (f) => f.ruleId === ruleId && f.range.start.line === range.start.line && f.range.start.character === range.start.character,
    );
    if (!finding) continue;
    for (const [i, fix] of (finding.fixes ?? []).entries()) actions.push({ ...fixAction(fix.title, [fix], ref), isPreferred: i === 0 });
    if (TRUSTABLE.has(ruleId)) {
      const pattern = trustPatternAt(records, finding);
      if (pattern !== undefined) {
        const title = `Trust ${pattern} (same filtering pipeline)`;
        actions.push({ title, kind: 'quickfix', command: { command: TRUST_COMMAND, arguments: [pattern] }, diagnostic: ref });
      }
    }
    const sameKind = firstFixes(own, new Set([ruleId]));
    if (sameKind.length > 1) actions.push(fixAction(`Fix all ${ruleId} problems`, sameKind));
    const line = range.start.line;
    actions.push(fixAction(`Disable ${ruleId} for this line`, [suppressionFix(ruleId, line, document.lineText(line), document.eol)], ref));
    const learn = `Learn more about ${ruleId}`;
    actions.push({ title: learn, kind: 'quickfix', command: { command: LEARN_COMMAND, arguments: [ruleId] }, diagnostic: ref });
  }
  return actions;
}

/** "*.dnspark.net": for a finding on an MX target, the pattern that covers its operator's hosts. */
function trustPatternAt(records: readonly ZoneRecord[], finding: Finding): string | undefined {
  const record = records.find(
    (r) =>
      r.file === undefined &&
      r.rdata.type === 'MX' &&
      r.rdata.exchangeRange.start.line === finding.range.start.line &&
      r.rdata.exchangeRange.start.character === finding.range.start.character,
  );
  return record?.rdata.type === 'MX' ? trustPatternFor(record.rdata.exchange) : undefined;
}
