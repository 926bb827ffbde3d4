/**
 * "Trust this host" outside VS Code: the pattern joins `trustedMxHosts` in the project's
 * `.mx-guard.json` (the nearest one above the zone, else a new one at the workspace root), through a
 * workspace edit that the client applies and can undo.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { findProjectConfig, PROJECT_CONFIG_NAME } from '../core/rules/projectConfig';

/** The edit that adds `pattern`, or undefined when it is there already or the file is not a JSON object (it is then left alone). */
export function trustHostEdit(startDir: string, root: string | undefined, pattern: string): WorkspaceEdit | undefined {
  const existing = findProjectConfig(startDir);
  if (existing === undefined) {
    const uri = pathToFileURL(path.join(root ?? startDir, PROJECT_CONFIG_NAME)).href;
    const newText = JSON.stringify({ trustedMxHosts: [pattern] }, null, 2) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
      ],
    };
  }
  const text = fs.readFileSync(existing, 'utf8');
  let config: unknown;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return undefined;
  const settings = config as { trustedMxHosts?: unknown };
  const hosts = Array.isArray(settings.trustedMxHosts) ? (settings.trustedMxHosts as unknown[]) : [];
  if (hosts.includes(pattern)) return undefined;
  const newText = JSON.stringify({ ...settings, trustedMxHosts: [...hosts, pattern] }, null, 2) + '\n';
  const lines = text.split(/\r\n|\r|\n/);
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { changes: { [pathToFileURL(existing).href]: [{ range: { start: { line: 0, character: 0 }, end }, newText }] } };
}
