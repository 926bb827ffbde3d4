/** The CLI on bad input: a clear message naming the file (with line and column when it is inside the file), never a stack trace. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { cliPath } from '../../paths';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-cli-'));
const header = '$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n  NS ns1\nns1 A 192.0.2.1\n';

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertNoStackTrace(output: string): void {
  assert.doesNotMatch(output, /\n\s+at |Error:|node:internal/);
}

describe('mx-guard lint on bad input', () => {
  test('a missing file: exit 2, the file named on stderr', () => {
    const missing = path.join(dir, 'missing.example.com.zone');
    const result = cli('lint', missing);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `mx-guard lint: ${missing}: no such file\n`);
  });

  test('a directory: exit 2, said plainly', () => {
    const result = cli('lint', '--origin', 'example.com', dir);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `mx-guard lint: ${dir} is a directory, not a zone file\n`);
  });

  test('binary bytes: one syntax error with line and column, exit 1', () => {
    const file = write('bin.example.com.zone', Buffer.concat([Buffer.from(header + 'x'), Buffer.from([0, 1, 2, 0xff]), Buffer.from('\n')]));
    const result = cli('lint', file);
    assert.equal(result.status, 1);
    assert.equal(
      result.stdout,
      `${file}:5:2 error binary data (a NUL byte): this is not a zone file; reading stopped here [syntax]\n1 problem (1 error) in 1 file\n`,
    );
    assertNoStackTrace(result.stdout + result.stderr);
  });

  test('an unterminated string, an unterminated parenthesis and a TTL of 1x: line and column each', () => {
    const cases: [string, string, string][] = [
      ['string.example.com.zone', 't TXT "open\n', '5:7 error unterminated quoted string: the closing " is missing on this line [syntax]'],
      ['paren.example.com.zone', 't TXT ( "a"\n "b"\n', '5:7 error unterminated parenthesis: "(" is never closed [syntax]'],
      [
        'ttl.example.com.zone',
        'www 1x A 192.0.2.1\n',
        '5:5 error bad TTL "1x": expected seconds or numbers with units w, d, h, m, s (e.g. 3600 or 1h30m) [syntax]',
      ],
    ];
    for (const [name, body, expected] of cases) {
      const file = write(name, header + body);
      const result = cli('lint', file);
      assert.equal(result.status, 1, name);
      assert.equal(result.stdout, `${file}:${expected}\n1 problem (1 error) in 1 file\n`);
      assertNoStackTrace(result.stdout + result.stderr);
    }
  });

  test('an origin that cannot be guessed: exit 2 with advice', () => {
    const file = write('zonefile.txt', header);
    const result = cli('lint', file);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^mx-guard lint: .*zonefile\.txt: cannot tell the zone's origin; pass --origin NAME/);
  });

  test('usage errors: exit 2 with the usage', () => {
    const result = cli('lint', '--format', 'xml', 'x.zone');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--format must be one of text, json/);
  });
});

describe('mx-guard lint output', () => {
  test('a clean file: exit 0 and a summary', () => {
    const result = cli('lint', write('clean.example.com.zone', header + '@ MX 10 mail\nmail A 192.0.2.25\n'));
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'no problems in 1 file\n');
  });

  test('json: 1-based positions, one array over every file, the include file named', () => {
    const bad = write('json.example.com.zone', header + 'big MX 70000 ns1\n');
    const result = cli('lint', '--format', 'json', bad);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: bad,
        ruleId: 'syntax',
        severity: 'error',
        message: 'MX preference 70000 is out of range 0-65535',
        line: 5,
        column: 8,
        endLine: 5,
        endColumn: 13,
      },
    ]);
  });
});

describe('mx-guard dump', () => {
  test('prints the records and exits 1 with the problems on stderr when the file has errors', () => {
    const file = write('dump.example.com.zone', header + 'bad A 300.0.0.1\n');
    const result = cli('dump', file);
    assert.equal(result.status, 1);
    assert.equal(result.stdout.split('\n').length - 1, 3);
    assert.equal(result.stderr, `${file}:5:7 error bad IPv4 address "300.0.0.1"\n`);
  });

  test('takes exactly one file', () => {
    const result = cli('dump', 'a.zone', 'b.zone');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /dump takes exactly one FILE/);
  });
});
