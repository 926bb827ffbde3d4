import type { LintOptions, SeveritySetting } from './rule';

/**
 * Reads a lint configuration file, the CLI's counterpart of the `mxGuard.trustedMxHosts` and
 * `mxGuard.rules` settings: `{ "trustedMxHosts": ["*.vqnow.com"], "rules": { "no-mx": "off" } }`.
 * Every mistake is reported with what was expected, since a silently ignored setting would make
 * CI pass or fail for the wrong reason.
 */
export class ConfigError extends Error {}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseLintConfig(text: string, source: string, knownRuleIds: readonly string[]): LintOptions {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) throw new ConfigError(`${source}: expected a JSON object like { "trustedMxHosts": [...], "rules": {...} }`);
  const options: LintOptions = {};
  for (const key of Object.keys(data)) {
    // `filteringService` belongs to `mx-guard simulate`, which reads the same file.
    if (key !== 'trustedMxHosts' && key !== 'rules' && key !== 'filteringService')
      throw new ConfigError(`${source}: unknown key "${key}" (expected "trustedMxHosts", "rules" or "filteringService")`);
  }
  if (data.trustedMxHosts !== undefined) {
    const hosts = data.trustedMxHosts;
    if (!Array.isArray(hosts) || !hosts.every((h) => typeof h === 'string' && h.trim() !== '')) {
      throw new ConfigError(`${source}: "trustedMxHosts" must be an array of host patterns such as "*.vqnow.com"`);
    }
    options.trustedMxHosts = hosts as string[];
  }
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) throw new ConfigError(`${source}: "rules" must be an object mapping rule ids to ${SEVERITIES.join('|')}`);
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(data.rules)) {
      if (!knownRuleIds.includes(id)) throw new ConfigError(`${source}: rules: unknown rule id "${id}" (known: ${knownRuleIds.join(', ')})`);
      if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) {
        throw new ConfigError(`${source}: rules."${id}" must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(value)})`);
      }
      rules[id] = value as SeveritySetting;
    }
    options.rules = rules;
  }
  return options;
}
