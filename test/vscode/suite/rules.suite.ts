/**
 * The MX rules inside a real VS Code: diagnostics with their codes and article links, every quick fix
 * applied through `vscode.executeCodeActionProvider` + `workspace.applyEdit`, fix-all, trusting a host
 * through the settings, and the MX hover. Runs in the extension host (see test/vscode/README.md).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot } from '../../paths';
import { openDocument, waitFor } from '../vscodeHelpers';

const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 1h',
  '@       IN SOA ns1 hostmaster 1 2h 30m 2w 5m',
  '        IN NS  ns1',
  'ns1     IN A   192.0.2.53',
  '@       IN MX  10 mx1.vqnow.com.',
  '@       IN MX  20 rescue.mx.dnspark.net.',
  'shop    IN MX  10 mail.example.net',
  'null    IN MX  10 .',
  'dup     IN MX  10 mx1.vqnow.com.',
  'dup     IN MX  10 MX1.VQNOW.COM.',
];
const text = (...lines: string[]) => lines.join('\n') + '\n';
const original = text(...ZONE);
/** ZONE with line `index` replaced by `lines` (none to remove it). */
const withLine = (index: number, ...lines: string[]) => text(...ZONE.slice(0, index), ...lines, ...ZONE.slice(index + 1));

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code as { value: string } | undefined;
  return code ? String(code.value) : '';
}

const MINE = ['backup-mx', 'mx-missing-trailing-dot', 'null-mx-preference', 'duplicate-mx'];
/**
 * This suite is about the MX rules. The zone's null MX also draws the mail-authentication rules' advice
 * (no-mail-domain-incomplete: no SPF -all nor DMARC beside it), which their own tables test.
 */
const MAIL_AUTHENTICATION_RULE = /^(spf|dmarc|dkim|mta-sts|tlsrpt|dane|tlsa|bimi|no-mail-domain)-/;
const mxDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => !MAIL_AUTHENTICATION_RULE.test(codeOf(d)));

suite('MX rules', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    const file = path.join(process.env.MXG_TEST_WORKSPACE ?? '', 'rules', 'db.example.com');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, original);
    document = await openDocument(file);
  });

  /** Puts the original text back and waits for its four diagnostics. */
  async function reset(): Promise<vscode.Diagnostic[]> {
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
      assert.ok(await vscode.workspace.applyEdit(edit));
    }
    return waitFor(
      () => mxDiagnostics(document.uri),
      (d) => d.map(codeOf).join() === MINE.join(),
    );
  }

  async function quickFix(ruleId: string, title: string): Promise<void> {
    const diagnostics = await reset();
    const diagnostic = diagnostics.find((d) => codeOf(d) === ruleId);
    assert.ok(diagnostic, `no ${ruleId} diagnostic`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `no "${title}" among ${actions.map((a) => a.title).join(' | ')}`);
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }

  test('diagnostics carry the rule id as code and link to the rule article', async () => {
    const diagnostics = await reset();
    assert.deepEqual(
      diagnostics.map((d) => [codeOf(d), d.range.start.line, d.range.start.character, d.severity]),
      [
        ['backup-mx', 6, 18, vscode.DiagnosticSeverity.Warning],
        ['mx-missing-trailing-dot', 7, 18, vscode.DiagnosticSeverity.Warning],
        ['null-mx-preference', 8, 15, vscode.DiagnosticSeverity.Warning],
        ['duplicate-mx', 10, 0, vscode.DiagnosticSeverity.Warning],
      ],
    );
    const commands = await vscode.commands.getCommands(true);
    for (const diagnostic of diagnostics) {
      const target = (diagnostic.code as { target: vscode.Uri }).target;
      assert.deepEqual([target.scheme, target.path, JSON.parse(target.query)], ['command', 'mxGuard.openRuleDoc', [codeOf(diagnostic)]]);
      assert.ok(commands.includes(target.path), `${target.path} is registered`);
      assert.ok(fs.existsSync(path.join(repoRoot, 'docs', 'rules', `${codeOf(diagnostic)}.md`)), `docs/rules/${codeOf(diagnostic)}.md exists`);
    }
  });

  test('quick fix: remove the backup MX', async () => {
    await quickFix('backup-mx', 'Remove the backup MX rescue.mx.dnspark.net');
    assert.equal(document.getText(), withLine(6));
  });

  test('quick fix: add the trailing dot', async () => {
    await quickFix('mx-missing-trailing-dot', 'Add the trailing dot: mail.example.net.');
    assert.equal(document.getText(), withLine(7, 'shop    IN MX  10 mail.example.net.'));
  });

  test('quick fix: set the null MX preference to 0', async () => {
    await quickFix('null-mx-preference', 'Set the null MX preference to 0');
    assert.equal(document.getText(), withLine(8, 'null    IN MX  0 .'));
  });

  test('quick fix: remove the duplicate', async () => {
    await quickFix('duplicate-mx', 'Remove the duplicate MX 10 MX1.VQNOW.COM');
    assert.equal(document.getText(), withLine(10));
  });

  test('quick fix: disable for this line, and the diagnostic goes away', async () => {
    await quickFix('backup-mx', 'Disable backup-mx for this line');
    assert.equal(document.getText(), withLine(6, '; mx-guard-disable-next-line backup-mx', ZONE[6]));
    await waitFor(
      () => mxDiagnostics(document.uri).map(codeOf).join(),
      (codes) => codes === MINE.slice(1).join(),
    );
  });

  test('quick fix: trust this host writes the workspace setting, and the backup is no longer flagged', async () => {
    const config = () => vscode.workspace.getConfiguration('mxGuard');
    try {
      await quickFix('backup-mx', 'Trust *.dnspark.net (same filtering pipeline)');
      assert.deepEqual(config().inspect<string[]>('trustedMxHosts')?.workspaceValue, ['*.dnspark.net']);
      await waitFor(
        () => mxDiagnostics(document.uri).map(codeOf).join(),
        (codes) => codes === MINE.slice(1).join(),
      );
    } finally {
      await config().update('trustedMxHosts', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('learn more runs a command with the rule id', async () => {
    const diagnostics = await reset();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range);
    const learn = actions.find((a) => a.title === 'Learn more about backup-mx');
    assert.deepEqual(learn?.command?.arguments, ['backup-mx']);
  });

  test('fix-all source action fixes every fixable finding at once', async () => {
    await reset();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.mxGuard',
    );
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Fix all MX Guard problems'],
    );
    assert.ok(actions[0].edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    assert.equal(document.getText(), text(...ZONE.slice(0, 6), 'shop    IN MX  10 mail.example.net.', 'null    IN MX  0 .', ZONE[9]));
  });

  test('hover on an MX record shows the fallback order', async () => {
    await reset();
    const hovers = await waitFor(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(6, 25)),
      (h) => h.length > 0,
    );
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(
      markdown.includes('- Try 2 · **rescue.mx.dnspark.net** ◀ this record · preference 20 · run by dnspark.net · backup, other operator'),
      markdown,
    );
    // The catalogue names the primary's provider and its kind; a host outside it keeps its registrable domain.
    assert.ok(markdown.includes('- Try 1 · **mx1.vqnow.com** · preference 10 · run by vqNow, filtering service · primary'), markdown);
    assert.ok(markdown.includes('not run by vqNow'), markdown);
  });

  suiteTeardown(async () => {
    await reset();
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
