import * as path from 'node:path';
import * as vscode from 'vscode';
import { placeFindings } from '../core/editor/diagnostics';
import { lintText, type LintResult } from '../core/lint';
import type { LintOptions } from '../core/rules';
import type { Severity } from '../core/types';
import type { IncludeReader, ParsedZone } from '../core/zone/model';
import type { LintJob } from '../core/editor/lintJob';
import { normalizeOrigin } from '../core/zone/names';
import { createFileIncludeReader } from '../core/zone/fileInclude';
import { guessOrigin } from '../core/zone/origin';
import { toRange } from './zoneLanguage';
import { BackgroundLinter } from './backgroundLint';
import { forgetVirtualInclude, includeUri, readsVirtualIncludes, virtualIncludeReader } from './virtualIncludes';
import type { SerialBaseline } from '../core/rules/rule';
import { ruleBaseline, serialBaseline, serialReference, type SerialReference } from '../core/editor/serialReference';

/**
 * Lints every open `dns-zone` document on open and, debounced, on edit, and publishes the findings
 * as diagnostics (`source` mx-guard, `code` linked to the rule's article in the knowledge view).
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
/** What each zone's SOA serial is compared with (git's HEAD, else the text as opened or last saved). */
const references = new Map<string, SerialReference>();
/**
 * Above this many characters (about 50 ms of lint on one core), diagnostics are computed in a worker
 * thread so that typing never waits for them; see docs/decisions/background-lint.md.
 */
export const backgroundLintChars = 1_000_000;
let background: BackgroundLinter | undefined;

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
      // A commit may have moved HEAD since the file was opened: its serial is compared anew.
      if (saved.languageId === 'dns-zone') setSerialReference(saved);
      forgetVirtualInclude(saved.uri);
      const savedFile = saved.uri.scheme === 'file' ? saved.uri.fsPath : saved.uri.path;
      for (const document of vscode.workspace.textDocuments) {
        if (cache.get(document.uri.toString())?.includedBy.has(savedFile)) {
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
    { dispose: () => background?.dispose() },
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
  references.delete(key);
  collection.delete(document.uri);
}

function setSerialReference(document: vscode.TextDocument): void {
  const fileName = document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
  references.set(document.uri.toString(), serialReference(fileName, document.getText(), vscode.workspace.isTrusted));
  cache.delete(document.uri.toString());
}

/** The document's serial against its reference (for the bump on save), or undefined without an SOA in the reference. */
export function documentSerialBaseline(document: vscode.TextDocument): SerialBaseline | undefined {
  const reference = references.get(document.uri.toString());
  const text = document.getText();
  return reference && serialBaseline(reference, text, originOf(document, text), includedFilesOf(document));
}

function includedFilesOf(document: vscode.TextDocument): string[] {
  return [...(cache.get(document.uri.toString())?.includedBy.keys() ?? [])];
}

function publish(document: vscode.TextDocument): void {
  if (document.languageId !== 'dns-zone') {
    // A document whose language was switched away from dns-zone keeps no stale squiggles.
    if (collection.has(document.uri)) forget(document);
    return;
  }
  if (!references.has(document.uri.toString())) setSerialReference(document);
  const tooLarge = sizeLimitMessage(document);
  if (tooLarge) {
    collection.set(document.uri, [tooLarge]);
    return;
  }
  if (document.getText().length > backgroundLintChars) {
    void publishInBackground(document);
    return;
  }
  const linted = lintWithIncludes(document);
  if (!linted.fetching) setDiagnostics(document, linted);
}

async function publishInBackground(document: vscode.TextDocument): Promise<void> {
  const key = document.uri.toString();
  const version = document.version;
  const { fileName, job } = lintSetup(document);
  background ??= new BackgroundLinter(vscode.Uri.joinPath(extensionUri, 'dist', 'lintWorker.js').fsPath);
  let done;
  try {
    done = await background.lint(key, job);
  } catch (error) {
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      `Not linted: ${error instanceof Error ? error.message : String(error)}`,
      vscode.DiagnosticSeverity.Information,
    );
    diagnostic.source = 'mx-guard';
    collection.set(document.uri, [diagnostic]);
    return;
  }
  // A newer version (or a closed document) makes this result stale: the newer lint publishes its own.
  if (!done || document.isClosed || document.version !== version) return;
  // The zone stays in the worker (copying it back would block as long as the lint): only what quick fixes need comes back.
  const zone: ParsedZone = { origin: normalizeOrigin(job.origin), records: [], directives: done.directives, comments: [], problems: [] };
  const linted: CachedLint = { version, result: { zone, findings: done.findings }, fileName, includedBy: new Map(done.includedBy), partial: true };
  cache.set(key, linted);
  setDiagnostics(document, linted);
}

function setDiagnostics(document: vscode.TextDocument, linted: CachedLint): void {
  const placed = placeFindings(linted.result.findings, linted.result.zone.directives, linted.fileName, linted.includedBy);
  collection.set(
    document.uri,
    placed.map((finding) => {
      const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, severities[finding.severity]);
      diagnostic.source = 'mx-guard';
      // Clicked in Problems or in the hover, this opens the article in the knowledge view (docs/decisions/zone-editor.md).
      diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docLink) };
      if (finding.origin) {
        diagnostic.relatedInformation = [
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(includeUri(document, finding.origin.file), toRange(finding.origin.range)),
            'Where it is in the included file',
          ),
        ];
      }
      return diagnostic;
    }),
  );
}

/**
 * The lint result of the document's current text (cached per version), or undefined when it is not
 * linted. For a file linted in the background, the findings of the current version once they are ready,
 * with a zone that holds only the directives (no records).
 */
export function lintDocument(document: vscode.TextDocument): LintResult | undefined {
  if (sizeLimitMessage(document)) return undefined;
  if (document.getText().length > backgroundLintChars) {
    const cached = cache.get(document.uri.toString());
    return cached?.version === document.version ? cached.result : undefined;
  }
  return lintWithIncludes(document).result;
}

/** The whole parsed zone, read in the foreground whatever the file's size (for an explicit command), or undefined above the size limit. */
export function readDocumentZone(document: vscode.TextDocument): ParsedZone | undefined {
  if (sizeLimitMessage(document)) return undefined;
  const cached = cache.get(document.uri.toString());
  if (cached?.partial) cache.delete(document.uri.toString());
  return lintWithIncludes(document).result.zone;
}

interface CachedLint {
  version: number;
  result: LintResult;
  fileName?: string;
  /** Each included file and the file that included it. */
  includedBy: Map<string, string | undefined>;
  /** Linted in the background: `result.zone` holds the directives only. */
  partial?: true;
  /** An `$INCLUDE`d file of a virtual workspace is still being fetched: the lint after it arrives is the one to show. */
  fetching?: true;
}

function lintWithIncludes(document: vscode.TextDocument): CachedLint {
  const key = document.uri.toString();
  const cached = cache.get(key);
  if (cached && cached.version === document.version) return cached;
  const { fileName, job } = lintSetup(document);
  const includedBy = new Map<string, string | undefined>();
  const virtual =
    fileName === undefined && readsVirtualIncludes(document)
      ? virtualIncludeReader(document, maxFileSizeMB(document) * 1024 * 1024, () => {
          // A full parse: the last one holds the error of the file that was still being read.
          cache.delete(key);
          if (!document.isClosed) publish(document);
        })
      : undefined;
  const topFile = fileName ?? (virtual && document.uri.path);
  const reader = fileName !== undefined ? includeReader(document) : virtual?.reader;
  // The last lint of the document lets the parse re-read only what an edit touched.
  const result = lintText(
    job.text,
    { ...job, fileName: topFile, include: reader && topFile !== undefined ? recordingParents(reader, topFile, includedBy) : undefined },
    cached?.result.zone,
  );
  const linted: CachedLint = { version: document.version, result, fileName: topFile, includedBy };
  if (virtual?.fetching()) linted.fetching = true;
  cache.set(key, linted);
  return linted;
}

/** What a lint of the document needs, as plain data (the worker gets it as is). */
function lintSetup(document: vscode.TextDocument): { fileName: string | undefined; job: LintJob } {
  const fileName = document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
  const text = document.getText();
  const config = vscode.workspace.getConfiguration('mxGuard', document);
  const origin = originOf(document, text);
  const job: LintJob = {
    text,
    origin,
    serialBaseline: ruleBaseline(references.get(document.uri.toString()), text, origin, includedFilesOf(document)),
    fileName,
    // Copies: settings come as proxies, which a worker message cannot carry.
    trustedMxHosts: [...config.get<string[]>('trustedMxHosts', [])],
    filteringServiceName: config.get<string>('filteringService.name'),
    rules: { ...config.get<LintOptions['rules']>('rules', {}) },
    maxIncludeBytes: maxFileSizeMB(document) * 1024 * 1024,
    includeRoot: includeRoot(document),
  };
  return { fileName, job };
}

function originOf(document: vscode.TextDocument, text: string): string {
  return guessOrigin(document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.path, text) ?? '.';
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
  return createFileIncludeReader({ maxBytes: maxFileSizeMB(document) * 1024 * 1024, allowedRoot: includeRoot(document) });
}

function includeRoot(document: vscode.TextDocument): string | undefined {
  return vscode.workspace.isTrusted
    ? undefined
    : (vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(document.uri.fsPath));
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
