import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('syntax', {
  description: 'What the zone parser could not read: a bad TTL, a preference above 65535, an unknown type, unbalanced parentheses, and the like.',
  defaultSeverity: 'error',
  messages: {},
  fixable: true,
});

/** The parser's problems, as findings; their messages come from the parser and keep its severity. */
export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  return zone.problems.map((problem) => {
    const finding: Finding = { ruleId: meta.id, severity: problem.severity, message: problem.message, range: problem.range };
    if (problem.file !== undefined) finding.file = problem.file;
    if (problem.fixes !== undefined) finding.fixes = problem.fixes;
    return finding;
  });
}
