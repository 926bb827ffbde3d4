import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createFileIncludeReader } from '../../../src/core/zone/fileInclude';
import type { IncludeReader } from '../../../src/core/zone/model';
import { MAX_INCLUDE_DEPTH, parseZone } from '../../../src/core/zone/parser';
import { brief, problemList, range } from './helpers';

/** An in-memory reader: paths resolve against the including file's folder, as the Node reader does. */
function memoryReader(files: Record<string, string>): IncludeReader {
  return (includePath, fromFile) => {
    const fileName = fromFile === undefined ? includePath : path.posix.join(path.posix.dirname(fromFile), includePath);
    const text = files[fileName];
    return text === undefined ? { error: `${fileName}: no such file` } : { text, fileName };
  };
}

describe('$INCLUDE', () => {
  test('reads the file relative to the includer, with its own origin, and restores origin and owner after', () => {
    const include = memoryReader({
      'zones/sub/mail.inc': '@ MX 10 mx1\nmx1 A 192.0.2.25\n$ORIGIN elsewhere.example.com.\nx A 192.0.2.99\n',
    });
    const zone = parseZone('$TTL 60\nwww A 192.0.2.80\n$INCLUDE sub/mail.inc mail\n  AAAA ::1\nafter A 192.0.2.1\n', {
      origin: 'example.com',
      fileName: 'zones/main.zone',
      include,
    });
    assert.deepEqual(zone.problems, []);
    assert.deepEqual(
      zone.records.map((r) => [brief(r), r.file ?? '']),
      [
        ['www.example.com. 60 IN A', ''],
        ['mail.example.com. 60 IN MX', 'zones/sub/mail.inc'],
        ['mx1.mail.example.com. 60 IN A', 'zones/sub/mail.inc'],
        ['x.elsewhere.example.com. 60 IN A', 'zones/sub/mail.inc'],
        ['www.example.com. 60 IN AAAA', ''],
        ['after.example.com. 60 IN A', ''],
      ],
    );
    assert.deepEqual(zone.records[1].range, range(0, 0, 0, 11));
    assert.deepEqual(
      zone.directives.map((d) => [d.name, d.file ?? '']),
      [
        ['$TTL', ''],
        ['$INCLUDE', ''],
        ['$ORIGIN', 'zones/sub/mail.inc'],
      ],
    );
  });

  test('problems inside an included file carry that file', () => {
    const zone = parseZone('$TTL 60\n$INCLUDE "bad.inc"\n', {
      origin: 'example.com',
      fileName: 'main.zone',
      include: memoryReader({ 'bad.inc': 'x A 300.1.1.1\n' }),
    });
    assert.deepEqual(zone.problems, [
      { code: 'syntax', severity: 'error', message: 'bad IPv4 address "300.1.1.1"', range: range(0, 4, 0, 13), file: 'bad.inc' },
    ]);
  });

  test('a missing file, a cycle and runaway nesting are errors at the path', () => {
    const missing = parseZone('$INCLUDE nope.inc\n', { origin: 'example.com', fileName: 'main.zone', include: memoryReader({}) });
    assert.deepEqual(problemList(missing), ['0:9-0:17 error $INCLUDE "nope.inc": nope.inc: no such file']);

    const cycle = parseZone('$INCLUDE a.inc\n', {
      origin: 'example.com',
      fileName: 'main.zone',
      include: memoryReader({ 'a.inc': '$INCLUDE main.zone\n', 'main.zone': '' }),
    });
    assert.deepEqual(
      problemList(cycle).map((p) => p.replace(/ \(cycle.*$/, '')),
      ['0:9-0:18 error $INCLUDE "main.zone" includes itself'],
    );
    assert.equal(cycle.problems[0].file, 'a.inc');

    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_INCLUDE_DEPTH + 1; i++) files[`f${i}.inc`] = `$INCLUDE f${i + 1}.inc\n`;
    const deep = parseZone('$INCLUDE f0.inc\n', { origin: 'example.com', fileName: 'main.zone', include: memoryReader(files) });
    assert.deepEqual(
      deep.problems.map((p) => [p.message, p.file]),
      [[`$INCLUDE "f${MAX_INCLUDE_DEPTH}.inc" nests deeper than ${MAX_INCLUDE_DEPTH} files`, `f${MAX_INCLUDE_DEPTH - 1}.inc`]],
    );
  });

  test('without a reader, $INCLUDE is reported as not followed (a warning)', () => {
    const zone = parseZone('$INCLUDE other.inc\n', { origin: 'example.com' });
    assert.deepEqual(problemList(zone), ['0:9-0:18 warning $INCLUDE "other.inc" was not followed: including files is not available here']);
  });
});

describe('the Node file reader', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-include-'));
  fs.mkdirSync(path.join(dir, 'zones', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'zones', 'sub', 'a.inc'), 'a A 192.0.2.1\n');
  fs.writeFileSync(path.join(dir, 'outside.inc'), 'o A 192.0.2.2\n');
  const main = path.join(dir, 'zones', 'main.zone');

  test('resolves relative to the including file', () => {
    const result = createFileIncludeReader()('sub/a.inc', main);
    assert.deepEqual(result, { text: 'a A 192.0.2.1\n', fileName: path.join(dir, 'zones', 'sub', 'a.inc') });
  });

  test('refuses a directory, a missing file, a file above the size limit, and a file outside the allowed root', () => {
    assert.deepEqual(createFileIncludeReader()('sub', main), { error: `${path.join(dir, 'zones', 'sub')} is a directory, not a file` });
    assert.deepEqual(createFileIncludeReader()('none.inc', main), { error: `${path.join(dir, 'zones', 'none.inc')}: no such file` });
    assert.deepEqual(createFileIncludeReader({ maxBytes: 4 })('sub/a.inc', main), {
      error: `${path.join(dir, 'zones', 'sub', 'a.inc')} is 14 bytes, above the limit of 4`,
    });
    const rooted = createFileIncludeReader({ allowedRoot: path.join(dir, 'zones') });
    assert.deepEqual(rooted('../outside.inc', main), {
      error: `${path.join(dir, 'outside.inc')} is outside the allowed folder ${fs.realpathSync(path.join(dir, 'zones'))}`,
    });
    assert.equal('text' in rooted('sub/a.inc', main), true);
  });
});
