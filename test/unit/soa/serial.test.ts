import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bumpSerialEdit, nextSerial, serialGreater, serialIncrement } from '../../../src/core/soa/serial';
import { parseZone } from '../../../src/core/zone/parser';

const dec3 = new Date(2026, 11, 3, 15, 0);

test('RFC 1982 comparison and increment: 0 follows 4294967295; 2^31 apart is neither greater', () => {
  assert.equal(serialGreater(2, 1), true);
  assert.equal(serialGreater(1, 2), false);
  assert.equal(serialGreater(0, 4294967295), true);
  assert.equal(serialGreater(4294967295, 0), false);
  assert.equal(serialGreater(2 ** 31, 0), false);
  assert.equal(serialGreater(0, 2 ** 31), false);
  assert.equal(serialIncrement(4294967295), 0);
});

test('YYYYMMDDnn: an older date becomes today 00, today counts on, a later date counts on too', () => {
  assert.deepEqual(nextSerial(2026112801, dec3), { from: 2026112801, to: 2026120300, scheme: 'date', wrapped: false });
  assert.deepEqual(nextSerial(2026120300, dec3), { from: 2026120300, to: 2026120301, scheme: 'date', wrapped: false });
  assert.equal(nextSerial(2026120399, dec3).to, 2026120400);
  assert.equal(nextSerial(2027010105, dec3).to, 2027010106);
});

test('a plain counter adds one, and says when it wraps around to 0', () => {
  assert.deepEqual(nextSerial(41, dec3), { from: 41, to: 42, scheme: 'counter', wrapped: false });
  assert.deepEqual(nextSerial(4294967295, dec3), { from: 4294967295, to: 0, scheme: 'counter', wrapped: true });
  // Not a date: month 13.
  assert.equal(nextSerial(2026131201, dec3).scheme, 'counter');
});

test('the bump replaces the serial field where it is written, also inside ( … )', () => {
  const text = '$TTL 1h\n@ IN SOA ns1 hostmaster (\n    2026112801 ; serial\n    2h 30m 2w 5m )\n';
  const bump = bumpSerialEdit(parseZone(text, { origin: 'example.com.' }), dec3);
  assert.deepEqual(bump?.edit, { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } }, newText: '2026120300' });
  assert.equal(bumpSerialEdit(parseZone('$TTL 1h\nwww IN A 192.0.2.1\n', { origin: 'example.com.' }), dec3), undefined);
});
