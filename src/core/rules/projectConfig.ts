/**
 * `.mx-guard.json`, the project's lint configuration (the CLI's `--config` format), found upward from
 * a zone file as ESLint finds its configuration. The file is the project's truth; editor settings
 * override its `rules` and add to its `trustedMxHosts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from '../zone/fileInclude';
import { parseLintConfig } from './config';
import { rules } from './index';
import type { LintOptions } from './rule';

export const PROJECT_CONFIG_NAME = '.mx-guard.json';

/** The nearest `.mx-guard.json` in `dir` or a folder above it (not above `stopAt`, when given), or undefined. */
export function findProjectConfig(dir: string, stopAt?: string): string | undefined {
  const stop = stopAt === undefined ? undefined : path.resolve(stopAt);
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, PROJECT_CONFIG_NAME);
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    if (current === stop || path.dirname(current) === current) return undefined;
  }
}

/**
 * Reads a configuration file; a missing, unreadable or wrong file throws an Error that names it (after
 * `prefix`, e.g. `--config `) and says what is wrong.
 */
export function readLintConfigFile(file: string, prefix = ''): LintOptions {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${prefix}${describeFsError(error, file)}`, { cause: error });
  }
  return parseLintConfig(
    text,
    file,
    rules.map((rule) => rule.meta.id),
  );
}

/** The project's file with the editor's settings on top: the settings' rule severities win, their trusted hosts are added. */
export function withEditorSettings(project: LintOptions, editor: LintOptions): LintOptions {
  const trusted = [...(project.trustedMxHosts ?? []), ...(editor.trustedMxHosts ?? [])];
  return { trustedMxHosts: [...new Set(trusted)], rules: { ...project.rules, ...editor.rules } };
}
