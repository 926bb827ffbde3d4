/**
 * SMTP reply hovers and the bounce explainer inside a real VS Code, on real lines from the shared
 * corpus. Runs in the extension host (see test/vscode/README.md).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { corpusDir } from '../../paths';
import { openDocument, waitFor } from '../vscodeHelpers';

const postfixLog = path.join(corpusDir, 'logs', 'fail2ban', 'postfix');
const bounce = path.join(corpusDir, 'bounces', 'sisimai', 'lhost-postfix-05.eml');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoversAt(document: vscode.TextDocument, line: number, character: number): Promise<vscode.Hover[]> {
  return waitFor(
    () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, character)),
    (hovers) => hovers.some((h) => hoverText([h]).includes('What happens next')),
  );
}

suite('SMTP reply hovers', () => {
  test('hover on "550" in a Postfix log line explains the pair 550 5.1.1', async () => {
    const document = await vscode.languages.setTextDocumentLanguage(await openDocument(postfixLog), 'log');
    // Line 20: "… RCPT from example.com[192.0.2.1]: 550 5.1.1 <sales@server.com>: Recipient address rejected: User unknown …"
    const line = document.lineAt(19).text;
    const at = line.indexOf('550 5.1.1');
    assert.ok(at > 0, 'the corpus line holds 550 5.1.1');
    const hovers = await hoversAt(document, 19, at + 1);
    const text = hoverText(hovers);
    assert.match(text, /\*\*550 5\.1\.1\*\*/);
    assert.match(text, /permanent failure \(5xx\)/);
    assert.match(text, /Bad destination mailbox address/);
    assert.match(text, /does not retry/);
    assert.match(text, /command:mxGuard\.openArticle\?/);
    assert.match(text, new RegExp(encodeURIComponent(JSON.stringify(['smtp/5.1.1.md'])).replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')));
    assert.match(text, /command:mxGuard\.openScenarios\?/);
    const mine = hovers.find((h) => hoverText([h]).includes('550 5.1.1'))!;
    assert.deepEqual([mine.range!.start.character, mine.range!.end.character], [at, at + '550 5.1.1'.length]);
  });

  test('no hover on the PID or the IP of the same line', async () => {
    const document = await vscode.languages.setTextDocumentLanguage(await openDocument(postfixLog), 'log');
    const line = document.lineAt(19).text;
    for (const needle of ['13844', '192.0.2.1']) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(19, line.indexOf(needle) + 1),
      );
      assert.ok(!hoverText(hovers).includes('What happens next'), `hover on ${needle}`);
    }
  });

  test('a .eml bounce is in the email language, and its Status: 4.1.1 is explained as temporary', async () => {
    const document = await openDocument(bounce);
    assert.equal(document.languageId, 'email');
    const lineNo = document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => l.startsWith('Status: 4.1.1'));
    assert.ok(lineNo > 0);
    const text = hoverText(await hoversAt(document, lineNo, 'Status: '.length + 1));
    assert.match(text, /\*\*4\.1\.1\*\*/);
    assert.match(text, /temporary failure \(4xx\)/);
    assert.match(text, /Postfix by default for up to 5 days/);
    // The filtering service from the settings (defaults: vqNow, 36 hours).
    assert.match(text, /If vqNow is the sender .* retries for 36 hours/);
  });

  test('Explain SMTP Replies in Selection runs on the whole bounce without an error', async () => {
    await openDocument(bounce);
    await vscode.commands.executeCommand('mxGuard.explainSelection');
  });
});
