import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, maxOutageSeconds, profileById, simulate } from '../../../src/core/delivery';
import { attemptRuns, intervalLabel, tickStep } from '../../../src/webview/timeline';

test('the axis step leaves each label room from a minute to the longest outage', () => {
  for (const span of [60, 10 * 60, 36 * HOUR, 5 * DAY, maxOutageSeconds(), maxOutageSeconds({ name: 'x', retryHours: 720 })]) {
    const step = tickStep(span, 600);
    assert.ok(span / step <= 600 / 70, `span ${span}: step ${step}`);
    assert.ok(span / step >= 1, `span ${span}: at least one tick besides 0`);
  }
});

test('retries too close to draw apart become one band with their interval', () => {
  const exchange = simulate({ profile: profileById('exchange'), outage: { start: 0, end: 36 * HOUR } }).legs[0];
  const failed = exchange.attempts.filter((attempt) => !attempt.delivered);
  const runs = attemptRuns(failed, (36 * HOUR) / 120);
  assert.equal(runs.length, 1);
  assert.ok(runs[0].band);
  assert.equal(runs[0].attempts.length, failed.length);
  // Exchange retries 5 minutes apart six times, then every 10 minutes (Mailbox servers' defaults).
  assert.equal(intervalLabel(runs[0].attempts), 'every 5 min to 10 min');
  const spread = attemptRuns(failed, 60);
  assert.ok(spread.every((run) => !run.band) && spread.length === failed.length, 'apart, each is drawn alone');
  assert.equal(
    intervalLabel([
      { at: 0, delivered: false },
      { at: 300, delivered: false },
      { at: 900, delivered: false },
    ]),
    'every 5 min to 10 min',
  );
});
