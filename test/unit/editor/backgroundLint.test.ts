import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { runLintJob } from '../../../src/core/editor/lintJob';
import { lintText } from '../../../src/core/lint';
import { BackgroundLinter } from '../../../src/extension/backgroundLint';

// The worker as tsc compiled it beside this test (the extension ships it bundled as dist/lintWorker.js).
const workerFile = path.join(__dirname, '../../../src/extension/lintWorker.js');

const zoneText = [
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.1',
  '@ IN MX 10 mx1.filter.example.org.',
  '@ IN MX 20 backup.other-isp.net.',
  'bad IN A 300.1.1.1',
  '',
].join('\n');

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-background-'));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

test('a lint job finds what lintText finds, and keeps the directives', () => {
  const job = { text: `$ORIGIN example.com.\n${zoneText}`, origin: 'example.com', trustedMxHosts: [] };
  const result = runLintJob(job);
  const direct = lintText(job.text, { origin: 'example.com' });
  assert.deepEqual(result.findings, direct.findings);
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.range.start.line]),
    [
      ['backup-mx', 6],
      ['syntax', 7],
    ],
  );
  assert.deepEqual(
    result.directives.map((d) => d.name),
    ['$ORIGIN', '$TTL'],
  );
  assert.deepEqual(result.includedBy, []);
});

test('a lint job follows $INCLUDE relative to the file and says who included what', () => {
  const top = path.join(folder, 'db.example.com');
  fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'sub', 'mail.db'), '@ IN MX 20 backup.other-isp.net.\n$INCLUDE more.db\n');
  fs.writeFileSync(path.join(folder, 'sub', 'more.db'), 'www IN A 192.0.2.80\n');
  const text =
    '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n@ IN MX 10 mx1.filter.example.org.\n$INCLUDE sub/mail.db\n';
  const result = runLintJob({ text, origin: 'example.com', fileName: top });
  assert.deepEqual(result.includedBy, [
    [path.join(folder, 'sub', 'mail.db'), top],
    [path.join(folder, 'sub', 'more.db'), path.join(folder, 'sub', 'mail.db')],
  ]);
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.file]),
    [['backup-mx', path.join(folder, 'sub', 'mail.db')]],
  );
  const outside = runLintJob({ text, origin: 'example.com', fileName: top, includeRoot: path.join(folder, 'elsewhere') });
  assert.equal(outside.findings[0].ruleId, 'syntax');
  assert.match(outside.findings[0].message, /outside the allowed folder/);
});

test('the worker thread returns the same result, and a job replaced before it starts resolves to undefined', async () => {
  const linter = new BackgroundLinter(workerFile);
  try {
    const job = (n: number) => ({ text: `$ORIGIN example.com.\n${zoneText}`.replace('192.0.2.1', `192.0.2.${n}`), origin: 'example.com' });
    const first = linter.lint('doc', job(1));
    const replaced = linter.lint('doc', job(2));
    const latest = linter.lint('doc', job(3));
    const other = linter.lint('other', job(4));
    assert.deepEqual(await first, runLintJob(job(1)));
    assert.equal(await replaced, undefined);
    assert.deepEqual(await latest, runLintJob(job(3)));
    assert.deepEqual(await other, runLintJob(job(4)));
  } finally {
    linter.dispose();
  }
});

test('a worker that cannot start fails its job with a message instead of leaving it waiting', async () => {
  const linter = new BackgroundLinter(path.join(folder, 'no-such-worker.js'));
  try {
    await assert.rejects(linter.lint('doc', { text: zoneText, origin: 'example.com' }), /no-such-worker|Cannot find module|stopped/);
  } finally {
    linter.dispose();
  }
});
