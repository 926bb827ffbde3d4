import * as path from 'node:path';
import * as vscode from 'vscode';
import { placeFindings } from '../core/editor/diagnostics';
import { lintText, type LintResult } from '../core/lint';
import type { LintOptions } from '../core/rules';
import type { Severity } from '../core/types';
import type { IncludeReader } from '../core/zone/model';
import { createFileIncludeReader } from '../core/zone/fileInclude';
import { guessOrigin } from '../core/zone/origin';
import { toRange } from './zoneLanguage';

/**
 * Lints every open `dns-zone` document on open and, debounced, on edit, and publishes the findings
 * as diagnostics (`source` mx-guard, `code` linked to the rule's article).
 */
const debounceMs = 300;
const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

let extensionUri: vscode.Uri;
let collection: vscode.DiagnosticCollection;
const pending = new Map<string, NodeJS.Timeout>();
/** The last lint of each document version, so that the Outline does not parse again. */
const cache = new Map<string, CachedLint>();

export function register(context: vscode.ExtensionContext): void {
  extensionUri = context.extensionUri;
  collection = vscode.languages.createDiagnosticCollection('mx-guard');
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(publish),
    vscode.workspace.onDidChangeTextDocument((event) => schedule(event.document)),
    vscode.workspace.onDidCloseTextDocument(forget),
    // A saved file may be $INCLUDEd by open zones: lint those again.
    vscode.workspace.onDidSaveTextDocument((saved) => {
      for (const document of vscode.workspace.textDocuments) {
        if (cache.get(document.uri.toString())?.includedBy.has(saved.uri.fsPath)) {
          cache.delete(document.uri.toString());
          publish(document);
        }
      }
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('mxGuard')) {
        cache.clear();
        vscode.workspace.textDocuments.forEach(publish);
      }
    }),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.workspace.textDocuments.forEach(publish);
}

function schedule(document: vscode.TextDocument): void {
  if (document.languageId !== 'dns-zone') return;
  const key = document.uri.toString();
  clearTimeout(pending.get(key));
  pending.set(
    key,
    setTimeout(() => {
      pending.delete(key);
      publish(document);
    }, debounceMs),
  );
}

function forget(document: vscode.TextDocument): void {
  const key = document.uri.toString();
  clearTimeout(pending.get(key));
  pending.delete(key);
  cache.delete(key);
  collection.delete(document.uri);
}

function publish(document: vscode.TextDocument): void {
  if (document.languageId !== 'dns-zone') {
    // A document whose language was switched away from dns-zone keeps no stale squiggles.
    if (collection.has(document.uri)) forget(document);
    return;
  }
  const tooLarge = sizeLimitMessage(document);
  if (tooLarge) {
    collection.set(document.uri, [tooLarge]);
    return;
  }
  const linted = lintWithIncludes(document);
  const placed = placeFindings(linted.result.findings, linted.result.zone.directives, linted.fileName, linted.includedBy);
  collection.set(
    document.uri,
    placed.map((finding) => {
      const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, severities[finding.severity]);
      diagnostic.source = 'mx-guard';
      diagnostic.code = { value: finding.ruleId, target: vscode.Uri.joinPath(extensionUri, 'docs', finding.docPath) };
      if (finding.origin) {
        diagnostic.relatedInformation = [
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(vscode.Uri.file(finding.origin.file), toRange(finding.origin.range)),
            'Where it is in the included file',
          ),
        ];
      }
      return diagnostic;
    }),
  );
}

/** The lint result of the document's current text (cached per version), or undefined when it is not linted. */
export function lintDocument(document: vscode.TextDocument): LintResult | undefined {
  if (sizeLimitMessage(document)) return undefined;
  return lintWithIncludes(document).result;
}

interface CachedLint {
  version: number;
  result: LintResult;
  fileName?: string;
  /** Each included file and the file that included it. */
  includedBy: Map<string, string | undefined>;
}

function lintWithIncludes(document: vscode.TextDocument): CachedLint {
  const key = document.uri.toString();
  const cached = cache.get(key);
  if (cached && cached.version === document.version) return cached;
  const fileName = document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
  const includedBy = new Map<string, string | undefined>();
  const text = document.getText();
  const config = vscode.workspace.getConfiguration('mxGuard', document);
  const options: LintOptions = {
    trustedMxHosts: config.get<string[]>('trustedMxHosts', []),
    rules: config.get<LintOptions['rules']>('rules', {}),
  };
  const result = lintText(text, {
    ...options,
    origin: guessOrigin(fileName ?? document.uri.path, text) ?? '.',
    fileName,
    include: fileName ? recordingParents(includeReader(document), fileName, includedBy) : undefined,
  });
  const linted = { version: document.version, result, fileName, includedBy };
  cache.set(key, linted);
  return linted;
}

/** Wraps a reader so that each included file remembers which file included it. */
function recordingParents(reader: IncludeReader, topFile: string, includedBy: Map<string, string | undefined>): IncludeReader {
  return (includePath, fromFile) => {
    const read = reader(includePath, fromFile);
    if ('fileName' in read) includedBy.set(read.fileName, fromFile ?? topFile);
    return read;
  };
}

/**
 * Reads `$INCLUDE`d files from disk, relative to the including file, under the size limit. In an untrusted
 * workspace only files inside the document's workspace folder are read.
 */
function includeReader(document: vscode.TextDocument): IncludeReader {
  return createFileIncludeReader({
    maxBytes: maxFileSizeMB(document) * 1024 * 1024,
    allowedRoot: vscode.workspace.isTrusted ? undefined : (vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(document.uri.fsPath)),
  });
}

function maxFileSizeMB(document: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('mxGuard', document).get<number>('maxFileSizeMB', 50);
}

function sizeLimitMessage(document: vscode.TextDocument): vscode.Diagnostic | undefined {
  const limitMB = maxFileSizeMB(document);
  // A UTF-16 code unit takes at most 3 bytes in UTF-8: only a file near the limit pays for the exact count.
  const text = document.getText();
  if (text.length * 3 <= limitMB * 1024 * 1024) return undefined;
  const sizeMB = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  if (sizeMB <= limitMB) return undefined;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `Not linted: this file is ${sizeMB.toFixed(1)} MB, above the mxGuard.maxFileSizeMB limit of ${limitMB} MB. Raise the setting, or run \`mx-guard lint\` on it.`,
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = 'mx-guard';
  return diagnostic;
}
