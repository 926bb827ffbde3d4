import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, parseDuration } from '../../../src/core/delivery';

test('parseDuration reads units, combinations and bare hours', () => {
  assert.equal(parseDuration('36h'), 129600);
  assert.equal(parseDuration('2d'), 172800);
  assert.equal(parseDuration('1d12h'), 129600);
  assert.equal(parseDuration('90m'), 5400);
  assert.equal(parseDuration('1w'), 604800);
  assert.equal(parseDuration(' 3H '), 10800);
  assert.equal(parseDuration('1.5h'), 5400);
  assert.equal(parseDuration('12'), 43200);
});

test('parseDuration refuses what is not a duration', () => {
  for (const bad of ['', 'h', '3x', '-2d', '2d junk', '1e9h', 'two days']) assert.equal(parseDuration(bad), undefined, bad);
});

test('formatDuration keeps the two largest units', () => {
  assert.equal(formatDuration(0), '0 s');
  assert.equal(formatDuration(45), '45 s');
  assert.equal(formatDuration(900), '15 min');
  assert.equal(formatDuration(3600), '1 h');
  assert.equal(formatDuration(12600), '3 h 30 min');
  assert.equal(formatDuration(129600), '1 d 12 h');
  assert.equal(formatDuration(432000), '5 d');
});
