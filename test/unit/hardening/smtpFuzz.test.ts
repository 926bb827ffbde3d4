/**
 * Property and mutation tests of SMTP reply detection: over byte-mutated corpus logs and bounces (and
 * arbitrary text) `findReplies` never throws, gives ranges inside the text that hold exactly the code
 * they name, gives the same answer twice, and takes linear time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findReplies } from '../../../src/core/smtp/detect';
import { explainMessage, messageJson, messageMarkdown, messageText } from '../../../src/core/smtp/report';
import { assertLinear, assertRangeInside, checkAsyncProperty, checkProperty, corpusFiles, fuzzRuns, lineLengths, mutatedText } from './fuzz';
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

const logsAndBounces = [...corpusFiles('logs'), ...corpusFiles('bounces')];

test('corpus logs and bounces as they are', () => {
  assert.ok(logsAndBounces.length >= 100, `expected the corpus logs and bounces, found ${logsAndBounces.length}`);
  for (const file of logsAndBounces) checkReplies(file.bytes.toString('utf8'));
});

test('byte-level mutations of corpus logs and bounces: no throw, exact ranges, idempotent', (t) => {
  checkProperty(t, 'mutated logs and bounces', mutatedText(logsAndBounces), ({ text }) => checkReplies(text));
});

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

test('explaining mutated bounces (MIME and DSN parsing included) never throws and names every reply found', async (t) => {
  const bounces = corpusFiles('bounces');
  // MIME parsing costs more than detection: a tenth of the cases.
  await checkAsyncProperty(
    t,
    'explained mutated bounces',
    mutatedText(bounces),
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
});

test('failing cases found by earlier fuzz runs stay fixed', () => {
  for (const { text } of replyRegressions) checkReplies(text);
});

test('detection time is linear in the input', (t) => {
  const detect = (text: string) => void findReplies(text);
  const corpus = logsAndBounces.map((f) => f.bytes.toString('utf8')).join('\n');
  assertLinear(t, 'corpus logs and bounces repeated', corpus, corpus.repeat(10), detect);
  // One huge line dense with candidates: the look-behind must stay bounded per candidate.
  const dense = (n: number) => 'said: 550 5.1.1 '.repeat(n);
  assertLinear(t, 'one line of replies', dense(20000), dense(200000), detect);
  const digits = (n: number) => '5'.repeat(n);
  assertLinear(t, 'one line of digits', digits(200000), digits(2000000), detect);
});
