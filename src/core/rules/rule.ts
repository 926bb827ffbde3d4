import type { Finding, Fix, Range, Severity } from '../types';
import type { ParsedZone } from '../zone/model';
import type { MailOptions } from '../mail/options';

export type SeveritySetting = 'off' | Severity;

export interface LintOptions {
  /** Host patterns (`*.vqnow.com`) treated as run by the same operator as the primary. */
  trustedMxHosts?: string[];
  /** The user's filtering service (`mxGuard.filteringService.name`): the name messages give a trusted primary MX. */
  filteringServiceName?: string;
  /** Severity overrides by rule id; `off` disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /** What the mail authentication rules are given from outside the zone (an MTA-STS policy, live answers). */
  mail?: MailOptions;
}

/** What a rule says about itself, in the manner of ESLint's `meta`. */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The rule's article, relative to the repository root: `docs/rules/<id>.md`. */
  docs: string;
  /** Message templates by message id; `{{name}}` is replaced by the finding's data. */
  messages: Record<string, string>;
  /** True when at least one of its findings carries a text fix. */
  fixable: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(zone: ParsedZone, options: LintOptions): Finding[];
}

export function ruleMeta(id: string, meta: Omit<RuleMeta, 'id' | 'docs'>): RuleMeta {
  return { id, docs: `docs/rules/${id}.md`, ...meta };
}

/** Templates split once into literal text (even places) and placeholder names (odd places). */
const compiled = new Map<string, string[]>();

export function formatMessage(template: string, data: Record<string, string | number>): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{\{(\w+)\}\}/);
    compiled.set(template, parts);
  }
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    message += (key in data ? String(data[key]) : `{{${key}}}`) + parts[i + 1];
  }
  return message;
}

/** Builds a finding from a rule's message template, with the rule's default severity. */
export function report(
  meta: RuleMeta,
  messageId: string,
  data: Record<string, string | number>,
  range: Range,
  extra: { fixes?: Fix[]; file?: string } = {},
): Finding {
  const finding: Finding = { ruleId: meta.id, severity: meta.defaultSeverity, message: formatMessage(meta.messages[messageId], data), range };
  if (extra.file !== undefined) finding.file = extra.file;
  if (extra.fixes !== undefined && extra.fixes.length > 0) finding.fixes = extra.fixes;
  return finding;
}
