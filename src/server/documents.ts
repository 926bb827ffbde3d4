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
import { gitBaseline, gitShow } from '../core/soa/gitBaseline';
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

/** What the serial is compared with: `HEAD`'s file, else the text as it was opened or last saved. */
interface SerialReference {
  revision: string;
  text: string;
}

export class DocumentLinter {
  private readonly cache = new Map<string, DocumentLint>();
  private readonly references = new Map<string, SerialReference>();
  private background: BackgroundLinter | undefined;

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
  async lint(document: TextDocument, settings: ServerSettings, current: () => TextDocument | undefined): Promise<DocumentLint | undefined> {
    const cached = this.cached(document);
    if (cached) return cached;
    const { job, configError } = this.job(document, settings);
    if (job.text.length <= backgroundLintChars) return this.lintHere(document, job, configError);
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

  /**
   * Sets what the document's serial is compared with: the file in git's `HEAD` (read when the document
   * opens and after each save, since a commit may have moved `HEAD`), else the text as opened or saved.
   */
  setSerialReference(document: TextDocument): void {
    const fileName = fileNameOf(document);
    const head = this.trusted && fileName !== undefined ? gitShow(fileName, 'HEAD') : undefined;
    this.references.set(
      document.uri,
      head === undefined ? { revision: 'the opened file', text: document.getText() } : { revision: 'HEAD', text: head },
    );
    this.cache.delete(document.uri);
  }

  /** The serial baseline of the document's current text (undefined when the reference has no SOA). */
  serialBaseline(document: TextDocument, included: readonly string[] = []): SerialBaseline | undefined {
    const reference = this.references.get(document.uri);
    if (!reference) return undefined;
    // Included files are compared with HEAD only: an opened file has no older copy of them.
    const compared = reference.revision === 'HEAD' ? included : [];
    return gitBaseline(document.getText(), this.originOf(document), compared, reference.revision, reference.text);
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
      // The rule compares with git's HEAD only; the opened text serves the bump on save alone.
      serialBaseline: this.references.get(document.uri)?.revision === 'HEAD' ? this.serialBaseline(document, previous?.includedFiles) : undefined,
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
