import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliPath, fixturesDir, repoRoot } from '../../paths';
import { rules } from '../../../src/core/rules';
import { lintFindings } from '../../../src/core/lint';

const seed = path.join(fixturesDir, 'rules', 'example.com.zone');

function lint(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, 'lint', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('--format sarif: SARIF 2.1.0 with every rule and its help URI, results with 1-based regions', () => {
  const { status, stdout } = lint('--format', 'sarif', seed);
  assert.equal(status, 1);
  const sarif = JSON.parse(stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs.length, 1);
  const driver = sarif.runs[0].tool.driver;
  assert.equal(driver.name, 'mx-guard');
  assert.deepEqual(
    driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri]),
    rules.map((r) => [r.meta.id, `https://github.com/mx-guard/mx-guard/blob/main/docs/rules/${r.meta.id}.md`]),
  );
  // The article itself is the help a code-scanning service shows beside an alert.
  assert.equal(driver.rules[0].help.markdown, fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'backup-mx.md'), 'utf8'));
  assert.deepEqual(
    sarif.runs[0].results.map(
      (r: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[];
      }) => [r.ruleId, r.ruleIndex, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region],
    ),
    [
      ['backup-mx', 0, 'warning', 'test/fixtures/rules/example.com.zone', { startLine: 8, startColumn: 20, endLine: 8, endColumn: 42 }],
      ['mx-ip-literal', 3, 'error', 'test/fixtures/rules/example.com.zone', { startLine: 9, startColumn: 20, endLine: 9, endColumn: 30 }],
    ],
  );
});

test('--config: trusted hosts and severity overrides apply as the settings do', () => {
  const { status, stdout } = lint('--format', 'json', '--config', path.join(fixturesDir, 'rules', 'trust-dnspark.json'), seed);
  assert.equal(status, 0);
  assert.deepEqual(
    JSON.parse(stdout).map((f: { ruleId: string; severity: string; line: number }) => [f.ruleId, f.severity, f.line]),
    [['mx-ip-literal', 'warning', 9]],
  );
});

test('--config: a bad file stops with exit 2 and says what is wrong', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-rules-'));
  const cases: Array<[string, string]> = [
    ['{ "rules": { "backup-mx": "loud" } }', 'rules."backup-mx" must be one of off, hint, information, warning, error (got "loud")'],
    ['{ "rules": { "no-such-rule": "off" } }', 'rules: unknown rule id "no-such-rule"'],
    ['{ "trustedMxHosts": "*.vqnow.com" }', '"trustedMxHosts" must be an array of host patterns'],
    ['{ "trusted": [] }', 'unknown key "trusted"'],
    ['{ "rules": ', 'not valid JSON'],
  ];
  for (const [content, expected] of cases) {
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(file, content);
    const { status, stdout, stderr } = lint('--config', file, seed);
    assert.equal(status, 2, content);
    assert.equal(stdout, '', content);
    assert.ok(stderr.startsWith(`mx-guard lint: ${file}: `) && stderr.includes(expected), `${content} → ${stderr}`);
  }
  const missing = lint('--config', path.join(dir, 'absent.json'), seed);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read --config .*absent\.json: no such file/);
  fs.rmSync(dir, { recursive: true });
});

test('a file is decoded as Node decodes UTF-8 (bad bytes as U+FFFD, a byte-order mark kept), with the positions and messages of the in-process lint', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-utf8-'));
  const file = path.join(dir, 'example.com.zone');
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('@ 300 MX 10 192.0.2.1\n@ 300 IN SOA ns hostmaster 1 2 3 4 5\n'),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('.e 300 MX 5 .\n@ 300 TXT "caf\u00e9 '),
    Buffer.from([0xe9, 0x22, 0x0a]),
    Buffer.from('@ 300 MX 20 mail.example.net\n'),
  ]);
  fs.writeFileSync(file, bytes);
  const { stdout } = lint('--format', 'json', file);
  const expected = lintFindings(fs.readFileSync(file, 'utf8'), { origin: 'example.com.', fileName: file }).map((finding) => [
    finding.ruleId,
    finding.range.start.line + 1,
    finding.range.start.character + 1,
    finding.message,
  ]);
  fs.rmSync(dir, { recursive: true });
  const found = JSON.parse(stdout).map((finding: { ruleId: string; line: number; column: number; message: string }) => [
    finding.ruleId,
    finding.line,
    finding.column,
    finding.message,
  ]);
  // The owner's two bad bytes became two U+FFFD, which the message shows as their UTF-8 bytes.
  assert.ok(
    found.some(
      ([ruleId, line, , message]: string[]) =>
        ruleId === 'null-mx-preference' && Number(line) === 3 && message.includes('\\239\\191\\189\\239\\191\\189.e.'),
    ),
    stdout,
  );
  assert.deepEqual(found, expected);
});

test('a reader that stops early (lint | head) ends the run quietly, with the exit code of its findings', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-pipe-'));
  const zone = path.join(dir, 'example.com.zone');
  // Far more findings than a pipe holds, so that writing them meets the closed pipe.
  const lines = ['$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1'];
  for (let i = 0; i < 5000; i++) lines.push(`h${i} IN MX 10 192.0.2.${i % 250}`);
  fs.writeFileSync(zone, lines.join('\n') + '\n');
  const child = spawn(process.execPath, [cliPath, 'lint', '--origin', 'example.com', zone], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let firstLine = '';
  child.stdout.setEncoding('utf8').once('data', (chunk: string) => {
    firstLine = chunk.split('\n')[0];
    child.stdout.destroy();
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  assert.match(firstLine, /example\.com\.zone:5:\d+ error .*\[mx-ip-literal\]$/);
  assert.equal(stderr, '');
  assert.equal(status, 1);
});
