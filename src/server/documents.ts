/**
 * The language server's view of open documents: which are zone files, their settings (the client's
 * `mxGuard` section over the project's `.mx-guard.json`), and their lint, cached per version. Files
 * above `backgroundLintChars` are linted in a worker thread, so that the server keeps answering
 * requests while a large zone is linted; a newer version replaces a lint that has not started.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { placeFindings, type PlacedFinding } from '../core/editor/diagnostics';
import { lintJobWithZone, type LintJob } from '../core/editor/lintJob';
import type { LintResult } from '../core/lint';
import type { LintOptions } from '../core/rules';
import type { SerialBaseline } from '../core/rules/rule';
import { ruleBaseline, serialBaseline, serialReference, type SerialReference } from '../core/editor/serialReference';
import { findProjectConfig, readLintConfigFile, withEditorSettings } from '../core/rules/projectConfig';
import type { FilteringService } from '../core/smtp/report';
import { normalizeOrigin } from '../core/zone/names';
import { guessOrigin } from '../core/zone/origin';
import { BackgroundLinter } from '../extension/backgroundLint';

/** The client's `mxGuard` settings the server reads (the same keys as the VS Code extension's). */
export interface ServerSettings {
  trustedMxHosts: string[];
  rules: NonNullable<LintOptions['rules']>;
  maxFileSizeMB: number;
  filteringService: FilteringService;
  soa: { bumpOnSave: boolean };
}

export const defaultSettings: ServerSettings = {
  trustedMxHosts: [],
  rules: {},
  maxFileSizeMB: 50,
  filteringService: { name: 'vqNow', retryHours: 36 },
  soa: { bumpOnSave: false },
};

/** Reads the client's answer to `workspace/configuration` (any shape, or null), keeping only well-typed values. */
export function readSettings(value: unknown): ServerSettings {
  const section = isObject(value) ? value : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  const service = isObject(section.filteringService) ? section.filteringService : {};
  const soa = isObject(section.soa) ? section.soa : {};
  return {
    trustedMxHosts: strings(section.trustedMxHosts),
    rules: isObject(section.rules) ? (section.rules as ServerSettings['rules']) : {},
    maxFileSizeMB: typeof section.maxFileSizeMB === 'number' ? section.maxFileSizeMB : defaultSettings.maxFileSizeMB,
    filteringService: {
      name: typeof service.name === 'string' ? service.name : defaultSettings.filteringService.name,
      retryHours: typeof service.retryHours === 'number' ? service.retryHours : defaultSettings.filteringService.retryHours,
    },
    soa: { bumpOnSave: soa.bumpOnSave === true },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Language ids editors give zone files: VS Code's (ours), Vim's and Neovim's, Helix's and Zed's. */
const ZONE_LANGUAGES = new Set(['dns-zone', 'bindzone', 'zone', 'dns', 'dnszone']);

/** A zone file by its language id, or by BIND's file names when the editor knows no zone language. */
export function isZoneDocument(document: Pick<TextDocument, 'languageId' | 'uri'>): boolean {
  if (ZONE_LANGUAGES.has(document.languageId)) return true;
  const base = document.uri.slice(document.uri.lastIndexOf('/') + 1);
  return /\.zone$/i.test(base) || /^db\./i.test(base);
}

/** Above this many characters (about 50 ms of lint), a lint runs in the worker; see docs/decisions/background-lint.md. */
export const backgroundLintChars = 1_000_000;

export interface DocumentLint {
  version: number;
  result: LintResult;
  placed: PlacedFinding[];
  /** A problem with the project's `.mx-guard.json` (the lint then used the editor's settings alone). */
  configError?: string;
  /** Linted in the worker: `result.zone` holds the directives only. */
  partial?: true;
  /** The files read through `$INCLUDE`. */
  includedFiles: string[];
}

export class DocumentLinter {
  private readonly cache = new Map<string, DocumentLint>();
  private readonly references = new Map<string, SerialReference>();
  private background: BackgroundLinter | undefined;
  /** The worker's lint of each large document's latest version, while it runs. */
  private readonly inWorker = new Map<string, { version: number; lint: Promise<DocumentLint | undefined> }>();

  /**
   * @param workerFile the bundled lint worker (dist/lintWorker.js)
   * @param trusted false in an untrusted workspace: the project's file is then not read, and `$INCLUDE` stays inside `root`
   */
  constructor(
    private readonly workerFile: string,
    readonly trusted: boolean,
    readonly root: string | undefined,
  ) {}

  /** The cached lint of this very version, if any. */
  cached(document: TextDocument): DocumentLint | undefined {
    const cached = this.cache.get(document.uri);
    return cached?.version === document.version ? cached : undefined;
  }

  /**
   * The lint of the document's current version: in this thread for a small file, in the worker for a
   * large one. Undefined when a newer version arrived meanwhile (its own lint will publish).
   */
  lint(document: TextDocument, settings: ServerSettings, current: () => TextDocument | undefined): Promise<DocumentLint | undefined> {
    const cached = this.cached(document);
    if (cached) return Promise.resolve(cached);
    const { job, configError } = this.job(document, settings);
    if (job.text.length <= backgroundLintChars) return Promise.resolve(this.lintHere(document, job, configError));
    // The client asks for symbols, folding and code actions right after each change: they share the
    // worker's lint of that version rather than queueing one each.
    const running = this.inWorker.get(document.uri);
    if (running?.version === document.version) return running.lint;
    const lint = this.lintInWorker(document, job, configError, current).finally(() => {
      if (this.inWorker.get(document.uri)?.lint === lint) this.inWorker.delete(document.uri);
    });
    this.inWorker.set(document.uri, { version: document.version, lint });
    return lint;
  }

  private async lintInWorker(
    document: TextDocument,
    job: LintJob,
    configError: string | undefined,
    current: () => TextDocument | undefined,
  ): Promise<DocumentLint | undefined> {
    this.background ??= new BackgroundLinter(this.workerFile);
    const done = await this.background.lint(document.uri, job);
    if (!done || current()?.version !== document.version) return undefined;
    const zone = { origin: normalizeOrigin(job.origin), records: [], directives: done.directives, comments: [], problems: [] };
    const includedBy = new Map<string, string | undefined>(done.includedBy);
    const placed = placeFindings(done.findings, zone.directives, job.fileName, includedBy);
    const lint: DocumentLint = {
      version: document.version,
      result: { zone, findings: done.findings },
      placed,
      configError,
      partial: true,
      includedFiles: [...includedBy.keys()],
    };
    this.cache.set(document.uri, lint);
    return lint;
  }

  /** The lint of the document's current version in this thread (small files, or an explicit request such as a bump of the serial). */
  lintNow(document: TextDocument, settings: ServerSettings): DocumentLint {
    const cached = this.cached(document);
    if (cached && !cached.partial) return cached;
    const { job, configError } = this.job(document, settings);
    return this.lintHere(document, job, configError);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.references.delete(uri);
  }

  /** Sets what the document's serial is compared with, when it opens and after each save. */
  setSerialReference(document: TextDocument): void {
    this.references.set(document.uri, serialReference(fileNameOf(document), document.getText(), this.trusted));
    this.cache.delete(document.uri);
  }

  /** The serial baseline of the document's current text (undefined when the reference has no SOA). */
  serialBaseline(document: TextDocument): SerialBaseline | undefined {
    const reference = this.references.get(document.uri);
    const included = this.cache.get(document.uri)?.includedFiles ?? [];
    return reference && serialBaseline(reference, document.getText(), this.originOf(document), included);
  }

  clear(): void {
    this.cache.clear();
  }

  dispose(): void {
    this.background?.dispose();
  }

  private lintHere(document: TextDocument, job: LintJob, configError: string | undefined): DocumentLint {
    const previous = this.cache.get(document.uri);
    const { result, includedBy } = lintJobWithZone(job, previous?.partial ? undefined : previous?.result.zone);
    const placed = placeFindings(result.findings, result.zone.directives, job.fileName, new Map<string, string | undefined>(includedBy));
    const lint: DocumentLint = { version: document.version, result, placed, configError, includedFiles: includedBy.map(([file]) => file) };
    this.cache.set(document.uri, lint);
    return lint;
  }

  /** The origin the document is parsed with: from its file name, else its SOA, else the root. */
  originOf(document: TextDocument): string {
    return guessOrigin(fileNameOf(document) ?? document.uri, document.getText()) ?? '.';
  }

  private job(document: TextDocument, settings: ServerSettings): { job: LintJob; configError?: string } {
    const fileName = fileNameOf(document);
    const text = document.getText();
    const editor: LintOptions = { trustedMxHosts: settings.trustedMxHosts, rules: settings.rules };
    let options = editor;
    let configError: string | undefined;
    if (this.trusted && fileName !== undefined) {
      try {
        const found = findProjectConfig(path.dirname(fileName));
        if (found !== undefined) options = withEditorSettings(readLintConfigFile(found), editor);
      } catch (error) {
        configError = error instanceof Error ? error.message : String(error);
      }
    }
    const previous = this.cache.get(document.uri);
    const job: LintJob = {
      text,
      serialBaseline: ruleBaseline(this.references.get(document.uri), text, this.originOf(document), previous?.includedFiles ?? []),
      origin: this.originOf(document),
      fileName,
      trustedMxHosts: options.trustedMxHosts,
      filteringServiceName: settings.filteringService.name,
      rules: options.rules,
      maxIncludeBytes: settings.maxFileSizeMB * 1024 * 1024,
      includeRoot: this.trusted ? undefined : (this.root ?? (fileName && path.dirname(fileName))),
    };
    return { job, configError };
  }
}

function fileNameOf(document: TextDocument): string | undefined {
  return document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
}
