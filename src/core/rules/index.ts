// PLACEHOLDER until the MX-rules work lands: replaced by the rule registry.
import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';

export interface LintOptions {
  /** Host patterns (`*.vqnow.com`) treated as run by the same operator as the primary. */
  trustedMxHosts?: string[];
  /** Severity overrides by rule id; `off` disables a rule. */
  rules?: Record<string, 'off' | 'hint' | 'information' | 'warning' | 'error'>;
}

export function runRules(_zone: ParsedZone, _options: LintOptions = {}): Finding[] {
  return [];
}
