/** The language server driven over stdio, as an editor drives it: `mx-guard lsp --stdio` from the built CLI. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../paths';
import { LspClient } from './lspClient';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  code?: string;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  severity: number;
}
interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: { command: string; arguments: unknown[] };
}

const seedText = fs.readFileSync(path.join(repoRoot, 'examples', 'db.example.com'), 'utf8');
const seedLines = seedText.split('\n');
const backupLine = seedLines.findIndex((line) => line.includes('rescue.mx.dnspark.net'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-lsp-'));
const clients: LspClient[] = [];
after(() => {
  for (const client of clients) client.kill();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A started server for a workspace folder; `settings` answers `workspace/configuration` when given. */
async function start(folder: string, options: { settings?: unknown; trusted?: boolean } = {}): Promise<LspClient> {
  const client = new LspClient(folder);
  clients.push(client);
  const capabilities = options.settings === undefined ? {} : { workspace: { configuration: true } };
  if (options.settings !== undefined) client.answers.set('workspace/configuration', () => [options.settings]);
  const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities,
    initializationOptions: options.trusted === false ? { workspaceTrusted: false } : {},
  });
  assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  client.notify('initialized', {});
  return client;
}

function open(client: LspClient, file: string, text: string, languageId = 'bindzone'): string {
  const uri = pathToFileURL(file).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

function diagnosticsOf(client: LspClient, uri: string, version = 1): Promise<PublishDiagnostics> {
  return client.notification<PublishDiagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
}

function zoneFolder(name: string): string {
  const folder = path.join(work, name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'db.example.com'), seedText);
  return folder;
}

test('diagnostics, incremental edits, hover, code actions, symbols, folding, formatting and shutdown', async () => {
  const folder = zoneFolder('plain');
  const client = await start(folder);
  const uri = open(client, path.join(folder, 'db.example.com'), seedText);

  const first = await diagnosticsOf(client, uri);
  assert.deepEqual(
    first.diagnostics.map((d) => [d.code, d.source, d.range.start.line, d.codeDescription?.href]),
    [['backup-mx', 'mx-guard', backupLine, 'https://github.com/mx-guard/mx-guard/blob/main/docs/rules/backup-mx.md']],
  );
  const backup = first.diagnostics[0];

  const hover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', {
    textDocument: { uri },
    position: backup.range.start,
  });
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(
    hover.contents.value,
    /Try 2 · \*\*rescue\.mx\.dnspark\.net\*\* ◀ this record · preference 20 · run by dnspark\.net · backup, other operator/,
  );

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: backup.range,
    context: { diagnostics: [backup] },
  });
  assert.deepEqual(
    actions.map((a) => a.title),
    [
      'Remove the backup MX rescue.mx.dnspark.net',
      'Trust *.dnspark.net (same filtering pipeline)',
      'Disable backup-mx for this line',
      'Learn more about backup-mx',
    ],
  );
  assert.equal(actions[0].isPreferred, true);
  assert.deepEqual(actions[0].edit?.changes[uri], [
    { range: { start: { line: backupLine, character: 0 }, end: { line: backupLine + 1, character: 0 } }, newText: '' },
  ]);
  assert.deepEqual(actions[1].command, { title: actions[1].title, command: 'mxGuard.rules.trustHost', arguments: ['*.dnspark.net'] });
  assert.equal(actions[2].edit?.changes[uri][0].newText, '        ; mx-guard-disable-next-line backup-mx\n');

  const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.deepEqual(
    fixAll.map((a) => [a.title, a.kind]),
    [['Fix all MX Guard problems', 'source.fixAll.mxGuard']],
  );

  const symbols = await client.request<Array<{ name: string; children: Array<{ name: string }> }>>('textDocument/documentSymbol', {
    textDocument: { uri },
  });
  assert.deepEqual(
    symbols.filter((s) => s.name === '@').map((s) => s.children.map((c) => c.name)),
    [['SOA', 'NS', 'NS', 'MX', 'MX', 'TXT']],
  );
  const folds = await client.request<Array<{ startLine: number; endLine: number; kind?: string }>>('textDocument/foldingRange', {
    textDocument: { uri },
  });
  const soaLine = seedLines.findIndex((line) => line.includes('SOA'));
  assert.ok(folds.some((f) => f.startLine === soaLine && f.endLine === soaLine + 5 && f.kind === undefined));
  assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 2 && f.kind === 'comment'));

  const formatting = await client.request<TextEdit[]>('textDocument/formatting', {
    textDocument: { uri },
    options: { tabSize: 8, insertSpaces: false },
  });
  const mxEdit = formatting.find((e) => e.range.start.line === backupLine);
  assert.equal(mxEdit?.newText, '\t\t\t\tIN\tMX\t20 rescue.mx.dnspark.net.');
  const ranged = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
    textDocument: { uri },
    range: { start: { line: backupLine, character: 0 }, end: { line: backupLine, character: 3 } },
    options: { tabSize: 4, insertSpaces: true },
  });
  assert.deepEqual(
    ranged.map((e) => e.range.start.line),
    [backupLine],
  );

  // An incremental edit: the backup MX becomes a host of the primary's operator, and the warning goes.
  const target = seedLines[backupLine].indexOf('rescue.mx.dnspark.net');
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [
      {
        range: { start: { line: backupLine, character: target }, end: { line: backupLine, character: target + 'rescue.mx.dnspark.net'.length } },
        text: 'mx2.vqnow.com',
      },
    ],
  });
  assert.deepEqual((await diagnosticsOf(client, uri, 2)).diagnostics, []);
  // And a syntax error typed in (an MX preference above 65535) is reported with its rule id.
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [
      { range: { start: { line: backupLine, character: target - 3 }, end: { line: backupLine, character: target - 1 } }, text: '70000' },
    ],
  });
  assert.deepEqual(
    (await diagnosticsOf(client, uri, 3)).diagnostics.map((d) => [d.code, d.range.start.line]),
    [['syntax', backupLine]],
  );
  await assert.rejects(
    client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: true } }),
    /does not format a zone with a syntax error: \d+:\d+: .*preference 70000/,
  );

  await client.request('shutdown', null);
  const exited = new Promise<number | null>((resolve) => client.process.on('exit', resolve));
  client.notify('exit', null);
  assert.equal(await exited, 0);
});

test('SMTP codes in a mail log are explained on hover', async () => {
  const client = await start(work);
  const log = 'Dec  1 10:00:00 mx postfix/smtp[123]: to=<a@example.net>, status=bounced (host said: 550 5.1.1 User unknown)\n';
  const uri = open(client, path.join(work, 'mail.log'), log, 'log');
  const at = log.indexOf('550');
  const hover = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: at + 1 },
  });
  assert.match(hover.contents.value, /\*\*550 5\.1\.1\*\*/);
  assert.equal(hover.range.start.character, at);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: log.indexOf('123') } }), null);
});

test('SPF and the other mail records of a zone are explained on hover', async () => {
  const client = await start(work);
  const zone = '$TTL 300\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ IN TXT "v=spf1 include:_spf.example.net -all"\n';
  const uri = open(client, path.join(work, 'db.spf.example'), zone);
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 2, character: 12 },
  });
  assert.match(hover.contents.value, /\*\*SPF\*\* for spf\.example:/);
  assert.match(hover.contents.value, /`include:_spf\.example\.net`/);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }), null);
  await client.request('shutdown', null);
});

test('settings: workspace/configuration over the project .mx-guard.json; the file is not read in an untrusted workspace', async () => {
  const folder = zoneFolder('configured');
  const zone = path.join(folder, 'zones', 'db.example.com');
  fs.mkdirSync(path.dirname(zone));
  fs.renameSync(path.join(folder, 'db.example.com'), zone);
  fs.writeFileSync(path.join(folder, '.mx-guard.json'), JSON.stringify({ rules: { 'backup-mx': 'error' }, trustedMxHosts: ['*.example.org'] }));

  const fromFile = await start(folder);
  const fileUri = open(fromFile, zone, seedText);
  assert.deepEqual(
    (await diagnosticsOf(fromFile, fileUri)).diagnostics.map((d) => [d.code, d.severity]),
    [['backup-mx', 1]],
  );

  // The editor's settings add a trusted host (the backup is then trusted) and override the file's rules.
  const withSettings = await start(folder, { settings: { trustedMxHosts: ['*.dnspark.net'], rules: { 'no-mx': 'off' } } });
  const settingsUri = open(withSettings, zone, seedText);
  assert.deepEqual((await diagnosticsOf(withSettings, settingsUri)).diagnostics, []);
  const overridden = await start(folder, { settings: { rules: { 'backup-mx': 'hint' } } });
  const overriddenUri = open(overridden, zone, seedText);
  assert.deepEqual(
    (await diagnosticsOf(overridden, overriddenUri)).diagnostics.map((d) => [d.code, d.severity]),
    [['backup-mx', 4]],
  );

  const untrusted = await start(folder, { trusted: false });
  const untrustedUri = open(untrusted, zone, seedText);
  assert.deepEqual(
    (await diagnosticsOf(untrusted, untrustedUri)).diagnostics.map((d) => [d.code, d.severity]),
    [['backup-mx', 2]],
  );
  const actions = await untrusted.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: untrustedUri },
    range: { start: { line: backupLine, character: 0 }, end: { line: backupLine, character: 0 } },
    context: { diagnostics: (await diagnosticsOf(untrusted, untrustedUri)).diagnostics },
  });
  assert.ok(!actions.some((a) => a.title.startsWith('Trust ')), 'no trust action where the file is not read');

  fs.writeFileSync(path.join(folder, '.mx-guard.json'), '{ "rules": { "backup-mx": "loud" } }');
  const broken = await start(folder);
  const brokenUri = open(broken, zone, seedText);
  const brokenDiagnostics = (await diagnosticsOf(broken, brokenUri)).diagnostics;
  assert.match(brokenDiagnostics[0].message, /\.mx-guard\.json: rules\."backup-mx" must be one of/);
  assert.equal(brokenDiagnostics[1].code, 'backup-mx');
});
