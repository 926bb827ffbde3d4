/** The live DNS commands: check a domain's published MX, and compare the open zone file with what is published. */
import { getServers } from 'node:dns';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Comparison } from '../core/dns/compare';
import { hostName, normalizeDomain } from '../core/dns/names';
import { countBySeverity, domainReportMarkdown } from '../core/dns/report';
import { chooseServers, dnsSettingValue, parseTimeout, type DnsServer } from '../core/dns/servers';
import { lintText } from '../core/lint';
import type { LintOptions } from '../core/rules';
import type { ParsedZone } from '../core/zone/model';
import { readDocumentZone } from './zoneDiagnostics';

/**
 * The DNS client (dns2 and Node's sockets) is loaded on the first lookup, not at activation: most
 * sessions never run these commands, and loading it costs the editor a noticeable part of startup.
 */
function loadLookups(): [
  typeof import('../core/dns/check'),
  typeof import('../core/dns/compare'),
  typeof import('../core/dns/lookup'),
  typeof import('../core/dns/transport'),
] {
  return [
    require('../core/dns/check') as typeof import('../core/dns/check'),
    require('../core/dns/compare') as typeof import('../core/dns/compare'),
    require('../core/dns/lookup') as typeof import('../core/dns/lookup'),
    require('../core/dns/transport') as typeof import('../core/dns/transport'),
  ];
}

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('mxGuard.checkDomain', (domain?: unknown) => checkDomainCommand(typeof domain === 'string' ? domain : undefined)),
    vscode.commands.registerCommand('mxGuard.compareZone', () => compareZoneCommand()),
  );
}

/**
 * The server and timeout settings. They are machine-scoped and restricted, and in an untrusted
 * workspace we read only the user's own value as well, so that no workspace can redirect the queries.
 */
function dnsSettings(): { servers: DnsServer[]; timeoutMs: number } | { error: string } {
  const config = vscode.workspace.getConfiguration('mxGuard.dns');
  const read = <T>(name: string): T | undefined => dnsSettingValue(config.get<T>(name), config.inspect<T>(name), vscode.workspace.isTrusted);
  const servers = chooseServers({ configured: read<string>('server'), systemServers: getServers });
  if ('error' in servers) return servers;
  const timeoutMs = parseTimeout(read<number>('timeoutMs'));
  return typeof timeoutMs === 'number' ? { servers, timeoutMs } : { error: `mxGuard.dns.timeoutMs: ${timeoutMs.error}` };
}

function lintOptions(): LintOptions {
  const config = vscode.workspace.getConfiguration('mxGuard');
  return {
    trustedMxHosts: config.get<string[]>('trustedMxHosts', []),
    filteringServiceName: config.get<string>('filteringService.name'),
    rules: config.get<LintOptions['rules']>('rules', {}),
  };
}

async function askDomain(prompt: string, value?: string): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title: 'MX Guard',
    prompt,
    value,
    placeHolder: 'example.com',
    ignoreFocusOut: true,
    validateInput: (text) => {
      const result = normalizeDomain(text);
      return 'error' in result ? result.error : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const result = normalizeDomain(typed);
  return 'domain' in result ? result.domain : undefined;
}

/** Runs a lookup under a cancellable progress notification; failures become an error message, cancelling is silent. */
async function withLookup<T>(
  title: string,
  work: (settings: { servers: DnsServer[]; timeoutMs: number; signal: AbortSignal }) => Promise<T>,
): Promise<T | undefined> {
  const settings = dnsSettings();
  if ('error' in settings) {
    void showSettingsError(settings.error);
    return undefined;
  }
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return work({ ...settings, signal: controller.signal });
    });
  } catch (error) {
    const [, , { LookupFailedError }, { DnsQueryError }] = loadLookups();
    if (error instanceof DnsQueryError && error.kind === 'aborted') return undefined;
    if (error instanceof LookupFailedError) {
      void showSettingsError(error.message);
      return undefined;
    }
    throw error;
  }
}

async function showSettingsError(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(`MX Guard: ${message}`, 'DNS Settings');
  // The DNS settings are machine-scoped: in a remote window they are edited in the remote machine's settings.
  if (choice)
    await vscode.commands.executeCommand(vscode.env.remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings', {
      query: 'mxGuard.dns',
    });
}

/** Shows generated markdown in the knowledge view; without it, as a markdown preview. */
async function showReport(title: string, markdown: string): Promise<void> {
  try {
    await vscode.commands.executeCommand('mxGuard.showReport', title, markdown);
  } catch {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  }
}

/** What the command returns to a caller (the tests, another extension): the domain and the findings. */
export interface CheckDomainResult {
  domain: string;
  findings: { ruleId: string; severity: string; message: string }[];
}

async function checkDomainCommand(given?: string): Promise<CheckDomainResult | undefined> {
  const normalized = given === undefined ? undefined : normalizeDomain(given);
  if (normalized && 'error' in normalized) {
    void vscode.window.showErrorMessage(`MX Guard: ${normalized.error}`);
    return undefined;
  }
  const domain = normalized?.domain ?? (await askDomain("The domain whose published MX to check (a sender's view of it)"));
  if (!domain) return undefined;
  const options = lintOptions();
  const [{ checkDomain }] = loadLookups();
  const check = await withLookup(`MX Guard: looking up the published MX of ${domain}`, (settings) =>
    checkDomain(domain, { ...settings, ...options }),
  );
  if (!check) return undefined;
  await showReport(`MX of ${domain}: ${countBySeverity(check.findings)}`, domainReportMarkdown(check, options.trustedMxHosts));
  return { domain, findings: check.findings.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })) };
}

/** The command palette offers the comparison only in a zone editor; run from elsewhere, it asks for the file. */
async function pickZoneFile(): Promise<vscode.TextDocument | undefined> {
  const [file] =
    (await vscode.window.showOpenDialog({
      title: 'MX Guard: choose the zone file to compare with published DNS',
      openLabel: 'Compare',
      canSelectMany: false,
      filters: { 'Zone files': ['zone', 'dns', 'db', 'txt'], 'All files': ['*'] },
    })) ?? [];
  if (!file) return undefined;
  const document = await vscode.workspace.openTextDocument(file);
  return vscode.languages.setTextDocumentLanguage(document, 'dns-zone');
}

/** Returns the comparison to a caller (the tests), after showing it. */
async function compareZoneCommand(): Promise<Comparison | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const document = active?.languageId === 'dns-zone' ? active : await pickZoneFile();
  if (!document) return undefined;
  let zone: ParsedZone | undefined = readDocumentZone(document);
  if (!zone) {
    void vscode.window.showErrorMessage('MX Guard: this zone file is larger than mxGuard.maxFileSizeMB, so it is not read.');
    return undefined;
  }
  if (zone.origin === '.') {
    // Neither the file name nor an absolute SOA owner says which zone this is.
    const domain = await askDomain('Which domain is this zone file for?');
    if (!domain) return undefined;
    zone = lintText(document.getText(), { origin: domain }).zone;
  }
  const fileZone = zone;
  const [, { compareZoneWithPublished, comparisonMarkdown }] = loadLookups();
  const comparison = await withLookup(`MX Guard: comparing the zone file with the published DNS of ${hostName(fileZone.origin)}`, (settings) =>
    compareZoneWithPublished(fileZone, settings),
  );
  if (!comparison) return undefined;
  const label = document.isUntitled ? document.uri.path : path.basename(document.uri.path);
  let markdown = comparisonMarkdown(comparison, label);
  if (document.isDirty) markdown += '\nThe file has unsaved changes: the comparison uses the text in the editor.\n';
  await showReport(`${comparison.domain}: file against DNS`, markdown);
  return comparison;
}
