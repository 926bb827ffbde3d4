/**
 * SMTP reply hovers and the bounce explainer inside a real VS Code, on our sample log and fixture
 * bounce. Runs in the extension host (see test/vscode/README.md).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fixturesDir, repoRoot } from '../../paths';
import { openDocument, waitFor } from '../vscodeHelpers';

const postfixLog = path.join(repoRoot, 'examples', 'postfix-mail.log');
/** Line 6 of the sample log: "… postfix/smtp[21902]: … relay=mx.partner.example.net[198.51.100.25]:25, … said: 550 5.1.1 <bob@…>". */
const rejectLine = 5;
const bounce = path.join(fixturesDir, 'smtp', 'bounces', 'deferred-two-recipients.eml');

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
    const line = document.lineAt(rejectLine).text;
    const at = line.indexOf('550 5.1.1');
    assert.ok(at > 0, 'the sample line holds 550 5.1.1');
    const hovers = await hoversAt(document, rejectLine, at + 1);
    const text = hoverText(hovers);
    assert.match(text, /\*\*550 5\.1\.1\*\*/);
    assert.match(text, /permanent failure \(5xx\)/);
    assert.match(text, /Bad destination mailbox address/);
    assert.match(text, /does not retry/);
    assert.match(text, /command:mxGuard\.openArticle\?/);
    assert.match(text, new RegExp(encodeURIComponent(JSON.stringify(['smtp/5.1.1.md'])).replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')));
    // An unknown mailbox is no outage: no scenario is linked (issue 21), and the reason leads the hover (issue 20).
    assert.doesNotMatch(text, /command:mxGuard\.openScenarios\?/);
    assert.match(text, /^\*\*Bounce reason:\*\* user unknown · hard bounce/);
    const mine = hovers.find((h) => hoverText([h]).includes('550 5.1.1'))!;
    assert.deepEqual([mine.range!.start.character, mine.range!.end.character], [at, at + '550 5.1.1'.length]);
  });

  test('no hover on the PID or the IP of the same line', async () => {
    const document = await vscode.languages.setTextDocumentLanguage(await openDocument(postfixLog), 'log');
    const line = document.lineAt(rejectLine).text;
    for (const needle of ['21902', '198.51.100.25']) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(rejectLine, line.indexOf(needle) + 1),
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
