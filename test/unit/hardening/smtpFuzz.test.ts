/**
 * Property and mutation tests of SMTP reply detection: over byte-mutated logs and bounces (our own
 * fixtures, and the shared corpus when it is there) and arbitrary text, `findReplies` never throws, gives
 * ranges inside the text that hold exactly the code they name, and gives the same answer twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findReplies } from '../../../src/core/smtp/detect';
import { explainMessage, messageJson, messageMarkdown, messageText } from '../../../src/core/smtp/report';
import { assertRangeInside, checkAsyncProperty, checkProperty, fuzzRuns, lineLengths, mutatedText, smtpSeedSets } from './fuzz';
import { replyRegressions } from './regressions';

/** The text a single-line range covers. */
function textAt(lines: string[], range: { start: { line: number; character: number }; end: { character: number } }): string {
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

function checkReplies(text: string): void {
  const replies = findReplies(text);
  const lengths = lineLengths(text);
  const lines = text.split(/\r\n|\r|\n/);
  for (const reply of replies) {
    assertRangeInside(reply.range, lengths, `reply ${reply.code ?? ''} ${reply.enhanced ?? ''}`);
    assert.ok(reply.code !== undefined || reply.enhanced !== undefined, 'a reply with neither a code nor an enhanced code');
    if (reply.code !== undefined) {
      assert.ok(reply.codeRange, 'a code without its range');
      assertRangeInside(reply.codeRange, lengths, 'code');
      assert.equal(textAt(lines, reply.codeRange), reply.code);
      assert.match(reply.code, /^[2-5]\d\d$/);
    }
    if (reply.enhanced !== undefined) {
      assert.ok(reply.enhancedRange, 'an enhanced code without its range');
      assertRangeInside(reply.enhancedRange, lengths, 'enhanced code');
      assert.equal(textAt(lines, reply.enhancedRange), reply.enhanced);
      assert.match(reply.enhanced, /^[245]\.[0-7]\.\d{1,3}$/);
    }
  }
  assert.deepEqual(findReplies(text), replies);
}

for (const seeds of smtpSeedSets) {
  const logsAndBounces = () => [...seeds.logs(), ...seeds.bounces()];

  test(`${seeds.name} logs and bounces as they are`, { skip: seeds.skip }, () => {
    const files = logsAndBounces();
    assert.ok(files.length >= seeds.minimum, `expected the ${seeds.name} logs and bounces, found ${files.length}`);
    for (const file of files) checkReplies(file.bytes.toString('utf8'));
  });

  test(`byte-level mutations of ${seeds.name} logs and bounces: no throw, exact ranges, idempotent`, { skip: seeds.skip }, (t) => {
    checkProperty(t, `mutated ${seeds.name} logs and bounces`, mutatedText(logsAndBounces()), ({ text }) => checkReplies(text));
  });

  test(
    `explaining mutated ${seeds.name} bounces (MIME and DSN parsing included) never throws and names every reply found`,
    { skip: seeds.skip },
    async (t) => {
      // MIME parsing costs more than detection: a tenth of the cases.
      await checkAsyncProperty(
        t,
        `explained mutated ${seeds.name} bounces`,
        mutatedText(seeds.bounces()),
        async ({ text }) => {
          const result = await explainMessage(text);
          assert.equal(result.replies.length, findReplies(text).length);
          for (const { explanation } of result.replies) assert.ok(explanation && explanation.meaning.length > 0, 'a reply without an explanation');
          // The JSON lists every reply in the text, plus the DSN's statuses when there is a report.
          assert.equal(messageJson(result).filter((item) => item.source === 'text').length, result.replies.length);
          assert.ok(messageMarkdown('Bounce', result).startsWith('#'));
          messageText(result);
        },
        Math.max(1, Math.round(fuzzRuns / 10)),
      );
    },
  );
}

test('arbitrary text built from reply-like pieces', (t) => {
  const piece = fc.oneof(
    fc.constantFrom(
      '550',
      '5.1.1',
      '450 4.7.1',
      '550-5.7.1',
      'said: ',
      'dsn=',
      'Status: ',
      'Diagnostic-Code: smtp; ',
      '#',
      '<<< ',
      'version ',
      '\r\n',
      '\n',
      '\r',
      ' ',
    ),
    fc.string({ maxLength: 8 }),
    fc.stringMatching(/^[0-9.\- ]{1,8}$/),
  );
  checkProperty(
    t,
    'reply-like text',
    fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
    checkReplies,
  );
});

test('failing cases found by earlier fuzz runs stay fixed', () => {
  for (const { text } of replyRegressions) checkReplies(text);
});
