import type { Finding, Range, Severity } from '../types';
import type { Directive } from '../zone/model';
import { commandLink } from './commandLink';

/** A finding placed in the edited document, ready to become an editor diagnostic. */
export interface PlacedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** A `command:` link that opens the rule's article in the knowledge view (`mxGuard.openRuleDoc`). */
  docLink: string;
  /** For a finding inside an `$INCLUDE`d file: where it really is. */
  origin?: { file: string; range: Range };
}

/**
 * Places the findings of one lint run in the edited document. A finding from an `$INCLUDE`d file is
 * shown on the `$INCLUDE` line that (directly or through nested includes) brought that file in, with
 * its real place kept in `origin`, so the editor can link to it.
 *
 * @param includedBy maps each included file to the file that included it (the top file maps to nothing).
 */
export function placeFindings(
  findings: readonly Finding[],
  directives: readonly Directive[],
  topFile: string | undefined,
  includedBy: ReadonlyMap<string, string | undefined>,
): PlacedFinding[] {
  return findings.map((finding) => {
    const placed: PlacedFinding = {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: finding.range,
      docLink: commandLink('mxGuard.openRuleDoc', finding.ruleId),
    };
    if (finding.file === undefined || finding.file === topFile) return placed;
    const anchor = includeDirectiveFor(finding.file, directives, topFile, includedBy);
    return {
      ...placed,
      message: `${baseName(finding.file)}:${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.message}`,
      range: anchor?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      origin: { file: finding.file, range: finding.range },
    };
  });
}

/** The top-level `$INCLUDE` through which `file` was read. */
function includeDirectiveFor(
  file: string,
  directives: readonly Directive[],
  topFile: string | undefined,
  includedBy: ReadonlyMap<string, string | undefined>,
): Directive | undefined {
  let child = file;
  const seen = new Set<string>();
  for (let parent = includedBy.get(child); parent !== undefined && parent !== topFile && !seen.has(parent); parent = includedBy.get(child)) {
    seen.add(parent);
    child = parent;
  }
  const topIncludes = directives.filter((d) => d.name === '$INCLUDE' && (d.file === undefined || d.file === topFile));
  const topDir = topFile === undefined ? '' : dirName(topFile);
  return topIncludes.find((d) => d.args[0] && joinPath(topDir, d.args[0].text.replace(/^"|"$/g, '')) === child) ?? topIncludes[0];
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Resolves a relative `$INCLUDE` path against a folder, POSIX style (`.` and `..` folded). */
export function joinPath(dir: string, relative: string): string {
  const parts = (relative.startsWith('/') || dir === '' ? relative : `${dir}/${relative}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..') {
      if (out.length > 1) out.pop();
    } else out.push(part);
  }
  return out.join('/') || '/';
}
