import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Finding, Severity } from '../../../src/core/types';
import type { LintOptions, Rule } from '../../../src/core/rules';
import { formatMessage } from '../../../src/core/rules/rule';
import { applyFixes } from '../../../src/core/rules/fixAll';
import { parseZone } from '../../../src/core/zone/parser';

/**
 * A small RuleTester in ESLint's manner: each rule gets a table of zone snippets that must pass
 * (`valid`) and of snippets with the exact findings they must produce (`invalid`): message id and
 * data, 1-based range, and the text after applying every finding's first fix.
 */
export interface ValidCase {
  name: string;
  code: string;
  /** Defaults to example.com. */
  origin?: string;
  options?: LintOptions;
}

export interface ExpectedFinding {
  messageId: string;
  data: Record<string, string | number>;
  /** 1-based, like an editor's status bar. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Severity;
  /** Titles of the fixes, in order; omitted means none. */
  fixes?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after applying the first fix of every finding; omitted means the findings have no fix. */
  output?: string;
}

/** Zone text from lines, so that tables stay readable and columns countable. */
export function zone(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function run(rule: Rule, c: ValidCase): Finding[] {
  const parsed = parseZone(c.code, { origin: c.origin ?? 'example.com.' });
  return rule.check(parsed, c.options ?? {});
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test('meta names its article after its id', () => {
      assert.equal(rule.meta.docs, `docs/rules/${rule.meta.id}.md`);
    });
    for (const c of cases.valid) {
      test(`valid: ${c.name}`, () => {
        assert.deepEqual(
          run(rule, c).map((f) => f.message),
          [],
        );
      });
    }
    for (const c of cases.invalid) {
      test(`invalid: ${c.name}`, () => {
        const findings = run(rule, c);
        const actual = findings.map((f) => ({
          ruleId: f.ruleId,
          message: f.message,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          severity: f.severity,
          fixes: (f.fixes ?? []).map((x) => x.title),
        }));
        const expected = c.errors.map((e) => {
          const template = rule.meta.messages[e.messageId];
          assert.ok(template !== undefined, `unknown message id ${e.messageId}`);
          return {
            ruleId: rule.meta.id,
            message: formatMessage(template, e.data),
            line: e.line,
            column: e.column,
            endLine: e.endLine,
            endColumn: e.endColumn,
            severity: e.severity ?? rule.meta.defaultSeverity,
            fixes: e.fixes ?? [],
          };
        });
        assert.deepEqual(actual, expected);
        const fixes = findings.flatMap((f) => (f.fixes ? [f.fixes[0]] : []));
        if (c.output === undefined) assert.equal(fixes.length, 0, 'a finding has a fix, but the case gives no output');
        else assert.equal(applyFixes(c.code, fixes).text, c.output);
      });
    }
  });
}
