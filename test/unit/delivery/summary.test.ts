import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customerSummary, DAY, filteringServiceProfile, HOUR, profileById, simulateChain } from '../../../src/core/delivery';

test('the customer summary says who waits, whether the sender is warned, and that nothing is silently lost', () => {
  const relay = filteringServiceProfile();
  const results = ['postfix', 'exim'].map((id) => {
    const sender = profileById(id as 'postfix' | 'exim');
    return { sender, timeline: simulateChain('direct', sender, relay, 2 * DAY) };
  });
  const text = customerSummary('direct', 2 * DAY, 'vqNow', results);
  const lines = text.split('\n');
  assert.equal(lines[0], 'What happens to mail while your mail server is unreachable for 2 d');
  assert.match(
    text,
    /If the sender uses Postfix: The sender's server \(Postfix\) keeps the message in its queue and tries again \d+ times\. The sender gets no delay warning\. The message is delivered 2 d 1 h after it was sent\./,
  );
  assert.match(text, /If the sender uses Exim: .* notice after 1 d\. The message is delivered 2 d 4 h after it was sent\./);
  assert.match(text, /No mail is lost: every message is delivered once the server answers again, only later\./);
  assert.doesNotMatch(text, /<|>/, 'plain text, no markup');
});

test('behind the filtering service, the summary names it and its 36-hour return', () => {
  const sender = profileById('exchange');
  const timeline = simulateChain('server-down', sender, filteringServiceProfile(), 48 * HOUR);
  const text = customerSummary('server-down', 48 * HOUR, 'vqNow', [{ sender, timeline }]);
  assert.match(text, /Mail goes from the sender to vqNow, which passes it on to your server\./);
  assert.match(
    text,
    /vqNow keeps the message in its queue and tries again 37 times\. The sender gets no delay warning\. vqNow gives up after 1 d 12 h and returns the message/,
  );
  assert.match(text, /No mail is silently lost/);
});
