/**
 * The dns-zone TextMate grammar, tokenized by VS Code's own engine (vscode-textmate and vscode-oniguruma
 * as shipped inside the bench's code-server), so that the scopes checked here are the ones the editor colours.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../paths';
import { benchCache, benchTestOptions } from './codeServer';

const vscodeModules = path.join(benchCache, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
const grammarPath = path.join(repoRoot, 'syntaxes', 'dns-zone.tmLanguage.json');

interface Token {
  text: string;
  scopes: string;
}

/** Each line's tokens as `[text, innermost scopes after source.dns-zone]`. */
async function tokenize(lines: string[]): Promise<Token[][]> {
  const oniguruma = require(path.join(vscodeModules, 'vscode-oniguruma'));
  const textmate = require(path.join(vscodeModules, 'vscode-textmate'));
  const wasm = fs.readFileSync(path.join(vscodeModules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('source.dns-zone');
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes.slice(1).join(' '),
      }))
      .filter((t: Token) => t.text.trim() !== '');
  });
}

test('the dns-zone grammar gives each part of a zone its scope', benchTestOptions(), async () => {
  const [origin, soa, serial, timers, mx, txt, address, generic, include] = await tokenize([
    '$ORIGIN example.com. ; the origin',
    '@ 3600 IN SOA ns1 hostmaster (',
    '    2026112801 ; serial',
    '    2h 30m 2w 5m )',
    'mail IN MX 20 rescue.mx.dnspark.net.',
    '_dmarc TXT "v=DMARC1; p=none" "esc\\"aped"',
    'www 1h30m A 192.0.2.80',
    'x CLASS1 TYPE65280 \\# 2 abcd',
    '$INCLUDE "hosts.db"',
  ]);
  assert.deepEqual(origin, [
    { text: '$ORIGIN', scopes: 'keyword.control.directive.dns-zone' },
    { text: 'example.com.', scopes: 'string.unquoted.domain-name.dns-zone' },
    { text: '; the origin', scopes: 'comment.line.semicolon.dns-zone' },
  ]);
  assert.deepEqual(soa, [
    { text: '@', scopes: 'variable.language.origin.dns-zone' },
    { text: '3600', scopes: 'constant.numeric.ttl.dns-zone' },
    { text: 'IN', scopes: 'storage.modifier.class.dns-zone' },
    { text: 'SOA', scopes: 'keyword.other.type.dns-zone' },
    { text: 'ns1', scopes: 'string.unquoted.domain-name.dns-zone' },
    { text: 'hostmaster', scopes: 'string.unquoted.domain-name.dns-zone' },
    { text: '(', scopes: 'punctuation.section.parens.begin.dns-zone' },
  ]);
  // Inside ( … ) the record goes on over lines: the lines keep the group's scope, and no owner is seen.
  assert.deepEqual(serial, [
    { text: '2026112801', scopes: 'constant.numeric.dns-zone' },
    { text: '; serial', scopes: 'comment.line.semicolon.dns-zone' },
  ]);
  assert.deepEqual(
    timers.map((t) => [t.text, t.scopes]),
    [
      ['2h', 'constant.numeric.duration.dns-zone'],
      ['30m', 'constant.numeric.duration.dns-zone'],
      ['2w', 'constant.numeric.duration.dns-zone'],
      ['5m', 'constant.numeric.duration.dns-zone'],
      [')', 'punctuation.section.parens.end.dns-zone'],
    ],
  );
  assert.deepEqual(
    mx.map((t) => [t.text, t.scopes]),
    [
      ['mail', 'entity.name.tag.owner.dns-zone'],
      ['IN', 'storage.modifier.class.dns-zone'],
      ['MX', 'keyword.other.type.dns-zone'],
      ['20', 'constant.numeric.dns-zone'],
      ['rescue.mx.dnspark.net.', 'string.unquoted.domain-name.dns-zone'],
    ],
  );
  // A `;` inside quotes is text, not a comment; an escaped quote does not end the string.
  assert.deepEqual(
    txt.map((t) => [t.text, t.scopes]),
    [
      ['_dmarc', 'entity.name.tag.owner.dns-zone'],
      ['TXT', 'keyword.other.type.dns-zone'],
      ['"', 'string.quoted.double.dns-zone punctuation.definition.string.begin.dns-zone'],
      ['v=DMARC1; p=none', 'string.quoted.double.dns-zone'],
      ['"', 'string.quoted.double.dns-zone punctuation.definition.string.end.dns-zone'],
      ['"', 'string.quoted.double.dns-zone punctuation.definition.string.begin.dns-zone'],
      ['esc', 'string.quoted.double.dns-zone'],
      ['\\"', 'string.quoted.double.dns-zone constant.character.escape.dns-zone'],
      ['aped', 'string.quoted.double.dns-zone'],
      ['"', 'string.quoted.double.dns-zone punctuation.definition.string.end.dns-zone'],
    ],
  );
  assert.deepEqual(
    address.map((t) => [t.text, t.scopes]),
    [
      ['www', 'entity.name.tag.owner.dns-zone'],
      ['1h30m', 'constant.numeric.ttl.dns-zone'],
      ['A', 'keyword.other.type.dns-zone'],
      ['192.0.2.80', 'constant.numeric.ipv4.dns-zone'],
    ],
  );
  assert.deepEqual(
    generic.map((t) => [t.text, t.scopes]),
    [
      ['x', 'entity.name.tag.owner.dns-zone'],
      ['CLASS1', 'storage.modifier.class.dns-zone'],
      ['TYPE65280', 'keyword.other.type.generic.dns-zone'],
      ['\\#', 'keyword.operator.generic-rdata.dns-zone'],
      ['2', 'constant.numeric.dns-zone'],
      ['abcd', 'string.unquoted.domain-name.dns-zone'],
    ],
  );
  assert.deepEqual(
    include.map((t) => [t.text, t.scopes]),
    [
      ['$INCLUDE', 'keyword.control.directive.dns-zone'],
      ['"', 'string.quoted.double.dns-zone punctuation.definition.string.begin.dns-zone'],
      ['hosts.db', 'string.quoted.double.dns-zone'],
      ['"', 'string.quoted.double.dns-zone punctuation.definition.string.end.dns-zone'],
    ],
  );
});
