import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinPath, placeFindings } from '../../../src/core/editor/diagnostics';
import type { Finding, Range } from '../../../src/core/types';
import type { Directive } from '../../../src/core/zone/model';

const at = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
const include = (line: number, arg: string): Directive => ({
  name: '$INCLUDE',
  args: [{ text: arg, range: at(line, 9, 9 + arg.length) }],
  range: at(line, 0, 9 + arg.length),
});

const directives = [include(3, 'mail.db'), include(4, 'sub/hosts.db')];
const includedBy = new Map<string, string | undefined>([
  ['/zones/mail.db', '/zones/db.example.com'],
  ['/zones/sub/hosts.db', '/zones/db.example.com'],
  ['/zones/sub/more.db', '/zones/sub/hosts.db'],
]);
const finding = (file?: string): Finding => ({ ruleId: 'syntax', severity: 'error', message: 'bad TTL', range: at(7, 4, 6), file });

test('a finding in the document stays where it is, with its article', () => {
  assert.deepEqual(placeFindings([finding()], directives, '/zones/db.example.com', includedBy), [
    { ruleId: 'syntax', severity: 'error', message: 'bad TTL', range: at(7, 4, 6), docLink: 'command:mxGuard.openRuleDoc?%5B%22syntax%22%5D' },
  ]);
});

test("a rule's link carries its id as the command's one argument, URL-encoded JSON as VS Code reads it", () => {
  const [placed] = placeFindings([{ ...finding(), ruleId: 'backup-mx' }], [], undefined, new Map());
  const [command, query] = placed.docLink.split('?');
  assert.equal(command, 'command:mxGuard.openRuleDoc');
  assert.deepEqual(JSON.parse(decodeURIComponent(query)), ['backup-mx']);
});

test('a finding in an included file goes on its $INCLUDE line and keeps its real place', () => {
  const [placed] = placeFindings([finding('/zones/sub/hosts.db')], directives, '/zones/db.example.com', includedBy);
  assert.equal(placed.message, 'hosts.db:8:5: bad TTL');
  assert.deepEqual(placed.range, at(4, 0, 21));
  assert.deepEqual(placed.origin, { file: '/zones/sub/hosts.db', range: at(7, 4, 6) });
});

test('a finding two includes deep goes on the top-level $INCLUDE that led to it', () => {
  const [placed] = placeFindings([finding('/zones/sub/more.db')], directives, '/zones/db.example.com', includedBy);
  assert.deepEqual(placed.range, at(4, 0, 21));
  assert.equal(placed.message, 'more.db:8:5: bad TTL');
});

test('joinPath folds . and .. like a file system', () => {
  assert.equal(joinPath('/zones/sub', '../mail.db'), '/zones/mail.db');
  assert.equal(joinPath('/zones', './a/./b.db'), '/zones/a/b.db');
  assert.equal(joinPath('/zones', '/etc/abs.db'), '/etc/abs.db');
  assert.equal(joinPath('', 'rel.db'), 'rel.db');
});
