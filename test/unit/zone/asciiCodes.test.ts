/** The simple-line reader reads a text's characters from `asciiCodes`: one byte per UTF-16 code unit, in place. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiCodes, NON_ASCII } from '../../../src/core/zone/asciiCodes';
import { seededRandom } from '../../../src/core/delivery/random';

/** What `asciiCodes` must give, code unit by code unit. */
function expected(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => Math.min(text.charCodeAt(i), NON_ASCII));
}

test('an ASCII text gives its own bytes, as the file it came from holds them', () => {
  const text = '$ORIGIN example.com.\n@ IN SOA ns1 hostmaster 1 2 3 4 5\r\nh1 IN TXT "v=spf1 -all" ; ~\u007f\u0000';
  assert.deepEqual([...asciiCodes(text)], [...Buffer.from(text, 'utf8')]);
  assert.equal(asciiCodes('').length, 0);
});

test('every other code unit becomes NON_ASCII, and the rest stay where they stand', () => {
  const random = seededRandom(7);
  // ASCII, Latin-1, the rest of the BMP, pairs of surrogates (one character, two code units) and lone ones.
  const pieces = ['a', ' ', '\n', '"', 'é', '\u00a0', '\u00ff', '\u0100', '\u2003', '\u{1F4E7}', '\ud800', '\udfff', '\ufeff'];
  for (let run = 0; run < 2000; run++) {
    const length = Math.floor(random() * 40);
    const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    assert.deepEqual([...asciiCodes(text)], expected(text), JSON.stringify(text));
  }
  // A character beyond ASCII as the very last one, and as the only one.
  for (const text of ['abcé', 'é', 'abc\u{1F4E7}', '\ufeff$TTL 60']) assert.deepEqual([...asciiCodes(text)], expected(text), text);
});
