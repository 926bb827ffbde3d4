/**
 * `mx-guard lsp --stdio`: MX Guard as a Language Server Protocol server, for Neovim, Helix, Emacs,
 * Zed and any other client. A thin face over src/core, as the VS Code extension is: diagnostics (code
 * = rule id, codeDescription = its article), hovers, code actions, symbols, folding and formatting.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  ErrorCodes,
  FoldingRangeKind,
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllAction, LEARN_COMMAND, quickFixActions, TRUST_COMMAND, type PlannedAction } from '../core/editor/codeActions';
import { zoneFoldingRanges } from '../core/editor/folding';
import { formatZone } from '../core/format/zoneFormat';
import { mxHover, smtpHover } from '../core/editor/hovers';
import { mailHover } from '../core/mail/hover';
import { ruleArticleUrl } from '../core/editor/ruleArticle';
import { zoneSymbols, type ZoneSymbol } from '../core/editor/symbols';
import { ruleById } from '../core/rules';
import { bumpSerialEdit, bumpTitle } from '../core/soa/serial';
import { BUMP_SERIAL_COMMAND, bumpOnSaveEdit, bumpSerialAction } from '../core/editor/serialReference';
import type { Severity } from '../core/types';
import { defaultSettings, DocumentLinter, isZoneDocument, readSettings, type DocumentLint, type ServerSettings } from './documents';
import { trustHostEdit } from './trustHost';

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mxGuard`;
/** Typing in a zone lints once the keys pause this long; opening a file lints at once. */
const debounceMs = 200;

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const symbolKinds: Record<ZoneSymbol['kind'], SymbolKind> = {
  owner: SymbolKind.Namespace,
  record: SymbolKind.Field,
  directive: SymbolKind.Key,
};

export interface InitializationOptions {
  /** False in an untrusted workspace (VS Code's Workspace Trust): `.mx-guard.json` is not read then. */
  workspaceTrusted?: boolean;
  /** Settings for a client without `workspace/configuration`: the `mxGuard` section's shape. */
  settings?: unknown;
}

/**
 * Serves one client on this connection until it exits. `workerFile` is the bundled lint worker; `today`
 * the clock that dates a YYYYMMDDnn serial bump.
 */
export function startServer(connection: Connection, workerFile: string, today: () => Date = () => new Date()): void {
  const documents = new TextDocuments(TextDocument);
  let linter = new DocumentLinter(workerFile, true, undefined);
  let pullsConfiguration = false;
  let initialSettings = defaultSettings;
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const pending = new Map<string, NodeJS.Timeout>();
  let canShowDocument = false;

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const trusted = options.workspaceTrusted !== false;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = rootUri?.startsWith('file:') ? fileURLToPath(rootUri) : undefined;
    linter = new DocumentLinter(workerFile, trusted, root);
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    initialSettings = readSettings(options.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, willSaveWaitUntil: true, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'MX Guard' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        executeCommandProvider: { commands: [TRUST_COMMAND, LEARN_COMMAND, BUMP_SERIAL_COMMAND] },
      },
      serverInfo: { name: 'mx-guard' },
    };
  });

  /** The document's settings: asked of the client once per document (again after a configuration change). */
  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!pullsConfiguration) return Promise.resolve(initialSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'mxGuard' }).then(readSettings, () => initialSettings);
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  function schedule(document: TextDocument, delay: number): void {
    if (!isZoneDocument(document)) return;
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        void publish(document.uri);
      }, delay),
    );
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const lint = await linter.lint(document, await settingsFor(uri), () => documents.get(uri));
    // Stale: a newer version (or a close) came while this one was linted; its own lint publishes.
    if (!lint || documents.get(uri)?.version !== lint.version) return;
    await connection.sendDiagnostics({ uri, version: lint.version, diagnostics: toDiagnostics(lint) });
  }

  /** The current version's lint for a request: cancelled when the client gives up on the request, undefined for a stale version. */
  async function lintFor(uri: string, token: CancellationToken): Promise<{ document: TextDocument; lint: DocumentLint } | undefined> {
    const document = documents.get(uri);
    if (!document || !isZoneDocument(document)) return undefined;
    const lint = await linter.lint(document, await settingsFor(uri), () => documents.get(uri));
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return lint ? { document, lint } : undefined;
  }

  documents.onDidOpen((event) => {
    if (isZoneDocument(event.document)) linter.setSerialReference(event.document);
    schedule(event.document, 0);
  });
  documents.onDidSave((event) => {
    if (!isZoneDocument(event.document)) return;
    linter.setSerialReference(event.document);
    schedule(event.document, 0);
  });
  // `mxGuard.soa.bumpOnSave`: a changed zone whose serial was not bumped since its reference gets the bump with the save.
  documents.onWillSaveWaitUntil(async (event) => {
    const document = event.document;
    if (!isZoneDocument(document) || !(await settingsFor(document.uri)).soa.bumpOnSave) return [];
    const zone = linter.lintNow(document, await settingsFor(document.uri)).result.zone;
    const bump = bumpOnSaveEdit(zone, linter.serialBaseline(document), today());
    return bump ? [bump] : [];
  });
  documents.onDidChangeContent((event) => schedule(event.document, debounceMs));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    linter.forget(event.document.uri);
    if (isZoneDocument(event.document)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    const settings = (change.settings as { mxGuard?: unknown } | null)?.mxGuard;
    if (!pullsConfiguration && settings !== undefined) initialSettings = readSettings(settings);
    linter.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onHover(async ({ textDocument, position }, token) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    if (!isZoneDocument(document)) {
      const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
      const hover = smtpHover(lineText.replace(/\r?\n$/, ''), position, settings.filteringService, 'web');
      return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
    }
    const linted = await lintFor(document.uri, token);
    if (!linted) return null;
    const zone = linted.lint.result.zone;
    // An MX record's fallback plan, or an SPF, DMARC, DKIM or MTA-STS record's terms, as the extension's two hovers give them.
    const markdown = mxHover(zone, position, settings.trustedMxHosts, settings.filteringService.name, 'web')?.markdown ?? mailHover(zone, position);
    return markdown === undefined ? null : { contents: { kind: 'markdown', value: markdown } };
  });

  connection.onCodeAction(async ({ textDocument, range, context }, token) => {
    const linted = await lintFor(textDocument.uri, token);
    if (!linted) return [];
    const { document, lint } = linted;
    const view = {
      text: document.getText(),
      lineText: (line: number) => lineTextOf(document, line),
      eol: document.getText().includes('\r\n') ? ('\r\n' as const) : ('\n' as const),
    };
    const wantsFixAll = context.only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)) ?? false;
    const planned: PlannedAction<Diagnostic>[] = wantsFixAll
      ? fixAllAction(view, lint.result.findings)
      : quickFixActions(
          view,
          lint.result.findings,
          lint.result.zone.records,
          context.diagnostics.flatMap((diagnostic) =>
            diagnostic.source === 'mx-guard' && typeof diagnostic.code === 'string'
              ? [{ ruleId: diagnostic.code, range: diagnostic.range, ref: diagnostic }]
              : [],
          ),
        );
    const bump = wantsFixAll ? undefined : bumpAction(document.uri, lint, range, context.diagnostics, today());
    const actions = planned
      .filter((action) => linter.trusted || action.command?.command !== TRUST_COMMAND)
      .map((action) => toCodeAction(document.uri, action));
    return bump ? [bump, ...actions] : actions;
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const argument: unknown = args?.[0];
    if (command === LEARN_COMMAND && typeof argument === 'string') {
      const rule = ruleById.get(argument);
      if (rule && canShowDocument) await connection.window.showDocument({ uri: ruleArticleUrl(rule.meta), external: true });
    } else if (command === BUMP_SERIAL_COMMAND && typeof argument === 'string') {
      const document = documents.get(argument);
      if (!document || !isZoneDocument(document)) return;
      const bump = bumpSerialEdit(linter.lintNow(document, await settingsFor(document.uri)).result.zone, today());
      if (bump) await connection.workspace.applyEdit({ label: bumpTitle(bump.bump), edit: { changes: { [document.uri]: [bump.edit] } } });
    } else if (command === TRUST_COMMAND && typeof argument === 'string' && linter.trusted) {
      const target = documents.all().find(isZoneDocument);
      const start = target?.uri.startsWith('file:') ? path.dirname(fileURLToPath(target.uri)) : linter.root;
      if (start === undefined) return;
      const edit = trustHostEdit(start, linter.root, argument);
      if (edit) await connection.workspace.applyEdit({ label: `Trust ${argument}`, edit });
    }
  });

  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const linted = await lintFor(textDocument.uri, token);
    return linted ? zoneSymbols(linted.lint.result.zone).map(toDocumentSymbol) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isZoneDocument(document)) return [];
    return zoneFoldingRanges(document.getText()).map((fold) => ({
      startLine: fold.startLine,
      endLine: fold.endLine,
      ...(fold.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}),
    }));
  });

  /** Formatting edits; a zone with a syntax error is refused with its first error, which the client shows. */
  function format(uri: string, tabSize: number, insertSpaces: boolean, lines?: { first: number; last: number }): TextEdit[] {
    const document = documents.get(uri);
    if (!document || !isZoneDocument(document)) return [];
    const origin = linter.originOf(document);
    const result = formatZone(document.getText(), { origin, tabSize: Math.max(1, tabSize), insertSpaces, lines });
    if ('error' in result) {
      const { line, character } = result.error.range.start;
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `MX Guard does not format a zone with a syntax error: ${line + 1}:${character + 1}: ${result.error.message}`,
      );
    }
    return result.edits;
  }

  connection.onDocumentFormatting(({ textDocument, options }) => format(textDocument.uri, options.tabSize, options.insertSpaces));
  connection.onDocumentRangeFormatting(({ textDocument, options, range }) =>
    format(textDocument.uri, options.tabSize, options.insertSpaces, { first: range.start.line, last: range.end.line }),
  );

  connection.onShutdown(() => {
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
    linter.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** "Bump SOA serial" on the SOA record: the quick fix of a `soa-serial-not-bumped` diagnostic, a rewrite elsewhere on the record. */
function bumpAction(uri: string, lint: DocumentLint, range: Range, diagnostics: Diagnostic[], today: Date): CodeAction | undefined {
  const diagnostic = diagnostics.find((d) => d.code === 'soa-serial-not-bumped');
  const planned = bumpSerialAction(lint.result.zone, range.start.line, range.end.line, diagnostic !== undefined, today);
  if (!planned) return undefined;
  return {
    title: planned.title,
    kind: planned.quickFix ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    edit: { changes: { [uri]: [planned.edit] } },
    ...(diagnostic ? { diagnostics: [diagnostic], isPreferred: true } : {}),
  };
}

function lineTextOf(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, '');
}

function toDiagnostics(lint: DocumentLint): Diagnostic[] {
  const diagnostics: Diagnostic[] = lint.placed.map((finding) => {
    const rule = ruleById.get(finding.ruleId);
    const diagnostic: Diagnostic = {
      range: finding.range,
      severity: severities[finding.severity],
      source: 'mx-guard',
      code: finding.ruleId,
      message: finding.message,
    };
    if (rule) diagnostic.codeDescription = { href: ruleArticleUrl(rule.meta) };
    if (finding.origin) {
      diagnostic.relatedInformation = [
        { location: { uri: pathToFileURL(finding.origin.file).href, range: finding.origin.range }, message: 'Where it is in the included file' },
      ];
    }
    return diagnostic;
  });
  if (lint.configError !== undefined) {
    diagnostics.unshift({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'mx-guard',
      message: `${lint.configError} (linted with the editor's settings alone)`,
    });
  }
  return diagnostics;
}

function toCodeAction(uri: string, planned: PlannedAction<Diagnostic>): CodeAction {
  const action: CodeAction = { title: planned.title, kind: planned.kind === 'fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix };
  if (planned.fixes) {
    const edits: TextEdit[] = planned.fixes.flatMap((fix) => fix.edits);
    action.edit = { changes: { [uri]: edits } };
  }
  if (planned.command) action.command = { title: planned.title, ...planned.command };
  if (planned.diagnostic) action.diagnostics = [planned.diagnostic];
  if (planned.isPreferred !== undefined) action.isPreferred = planned.isPreferred;
  return action;
}

function toDocumentSymbol(symbol: ZoneSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbolKinds[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
