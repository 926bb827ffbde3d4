/**
 * SARIF 2.1.0 output for `mx-guard lint --format sarif`, in the shape code-scanning services read:
 * one run whose driver lists every rule with a help URI, and results with a rule id, a level and a
 * 1-based region (columns in UTF-16 code units, SARIF's default, as the parser counts them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import { ruleArticleUrl } from '../core/editor/ruleArticle';
import { rules } from '../core/rules';
import type { Finding, Severity } from '../core/types';
import packageJson from '../../package.json';

const INFORMATION_URI = 'https://github.com/mx-guard/mx-guard';

const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A path relative to the working directory with forward slashes, as code scanning expects; an absolute file URI outside it. */
function artifactUri(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(path.resolve(cwd, file)).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

/** The bundled CLI lives in dist/, beside docs/. */
const packageRoot = path.resolve(__dirname, '..');

/** The rule's article as help, for services that show it beside an alert; a pointer to it when the article is not shipped alongside. */
function ruleHelp(docs: string): ReportingDescriptor['help'] {
  const text = `See ${ruleArticleUrl({ docs })}`;
  try {
    return { text, markdown: fs.readFileSync(path.join(packageRoot, docs), 'utf8') };
  } catch {
    return { text };
  }
}

export function toSarif(results: ReadonlyArray<{ file: string; finding: Finding }>, cwd = process.cwd()): Log {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mx-guard',
            informationUri: INFORMATION_URI,
            version: packageJson.version,
            rules: rules.map((rule): ReportingDescriptor => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              helpUri: ruleArticleUrl(rule.meta),
              help: ruleHelp(rule.meta.docs),
              defaultConfiguration: { level: LEVELS[rule.meta.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.map(({ file, finding }): Result => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(file, cwd) },
                region: {
                  startLine: finding.range.start.line + 1,
                  startColumn: finding.range.start.character + 1,
                  endLine: finding.range.end.line + 1,
                  endColumn: finding.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
