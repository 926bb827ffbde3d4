// `mx-guard explain` on every bounce, ours (test/fixtures/smtp/bounces, examples/) and the shared corpus's
// when it is there: it never crashes, and it reports each DSN's Status: code. Counts are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliPath, corpusFile, corpusSkip, fixturesDir, repoRoot } from '../../paths';
import { run } from '../../../src/cli/explain';
import type { ExplainJsonItem } from '../../../src/core/smtp/report';

/** The .eml files of a folder, by full path. */
function bouncesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => path.join(dir, f));
}

const sisimai = (name: string) => corpusFile('bounces', 'sisimai', name);

/** Runs the command in-process and returns its exit code and its JSON output. */
async function explainJson(file: string): Promise<{ code: number; items: ExplainJsonItem[] }> {
  const chunks: string[] = [];
  const code = await run(['--format', 'json', file], { write: (text: string) => chunks.push(text) });
  return { code, items: JSON.parse(chunks.join('')) };
}

/** Bounce sets: `minimum` bounces, at least `withStatusMinimum` of them with a Status: line. */
const bounceSets = [
  {
    name: 'fixture',
    skip: false as const,
    bounces: () => [...bouncesIn(path.join(fixturesDir, 'smtp', 'bounces')), ...bouncesIn(path.join(repoRoot, 'examples'))],
    minimum: 6,
    withStatusMinimum: 4,
  },
  { name: 'corpus', skip: corpusSkip, bounces: () => bouncesIn(sisimai('')), minimum: 100, withStatusMinimum: 60 },
];

for (const set of bounceSets) {
  test(`mx-guard explain finds the Status: code of every DSN in the ${set.name} bounces and never fails`, { skip: set.skip }, async () => {
    const bounces = set.bounces();
    assert.ok(bounces.length >= set.minimum, `${bounces.length} bounces`);
    let withStatus = 0;
    let statusFound = 0;
    let fromDsnPart = 0;
    const missing: string[] = [];
    for (const file of bounces) {
      const name = path.basename(file);
      const { code, items } = await explainJson(file);
      assert.equal(code, 0, name);
      if (items.some((i) => i.source === 'dsn')) fromDsnPart++;
      // The DSN's Status: lines as they stand in the raw message (RFC 3464 field, class.subject.detail).
      const statuses = [...fs.readFileSync(file, 'utf8').matchAll(/^Status:[ \t]*([245]\.\d{1,3}\.\d{1,3})/gim)].map((m) => m[1]);
      if (statuses.length === 0) continue;
      withStatus++;
      const reported = new Set(items.flatMap((i) => [i.code, i.enhanced]));
      if (statuses.every((s) => reported.has(s))) statusFound++;
      else missing.push(name);
    }
    console.log(
      `explain on ${bounces.length} ${set.name} bounces: 0 failures; ${statusFound}/${withStatus} with a Status: line have it reported; ` +
        `${fromDsnPart} parsed as a message/delivery-status part`,
    );
    assert.deepEqual(missing, []);
    assert.ok(withStatus >= set.withStatusMinimum, `${withStatus} bounces have a Status: line`);
  });
}

for (const { file, recipient, statusAt, skip } of [
  { file: path.join(repoRoot, 'examples', 'bounce-user-unknown.eml'), recipient: 'bob@partner.example.net', statusAt: [41, 9], skip: false },
  { file: sisimai('lhost-postfix-31.eml'), recipient: 'kijitora@gmail.com', statusAt: [63, 9], skip: corpusSkip },
]) {
  test(`a DSN item names the recipient, the reason class and the status (${path.basename(file)})`, { skip }, async () => {
    const { items } = await explainJson(file);
    const dsn = items.filter((i) => i.source === 'dsn');
    assert.deepEqual(
      dsn.map((i) => [i.code, i.enhanced, i.recipient, i.reason, i.class, i.line]),
      [['550', '5.1.1', recipient, 'user-unknown', 'permanent', null]],
    );
    const status = items.find((i) => i.source === 'text' && i.code === '5.1.1')!;
    assert.deepEqual([status.line, status.column], statusAt);
  });
}

test('the bundled CLI reads standard input, prints text, and exits 2 on a missing file', () => {
  const log = fs.readFileSync(path.join(fixturesDir, 'smtp', 'logs', 'sendmail.log'), 'utf8').split('\n')[2];
  const out = execFileSync(process.execPath, [cliPath, 'explain', '-'], { input: log, encoding: 'utf8' });
  assert.match(out, /^1:158 {2}550 5\.1\.1\n {5}Mailbox unavailable \(permanent\): Bad destination mailbox address \(permanent failure \(5xx\)\)/);
  const json = JSON.parse(execFileSync(process.execPath, [cliPath, 'explain', '--format', 'json'], { input: log, encoding: 'utf8' }));
  assert.deepEqual(
    json.map((i: ExplainJsonItem) => [i.code, i.enhanced, i.line, i.column, i.class]),
    [['550', '5.1.1', 1, 158, 'permanent']],
  );
  let status = 0;
  try {
    execFileSync(process.execPath, [cliPath, 'explain', '/nonexistent/bounce.eml'], { stdio: 'pipe' });
  } catch (error) {
    status = (error as { status: number }).status;
  }
  assert.equal(status, 2);
});
