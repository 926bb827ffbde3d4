import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cliPath } from '../../paths';

const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, 'simulate', ...args], { encoding: 'utf8' });

test('simulate --format json follows the documented shape (seconds after the first attempt)', () => {
  const result = cli('--mta', 'vqnow', '--outage', '3d', '--format', 'json');
  assert.equal(result.status, 0, result.stderr);
  const json = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(json), ['mta', 'outageSeconds', 'attempts', 'warningAt', 'outcome', 'outcomeAt']);
  assert.equal(json.mta, 'vqnow');
  assert.equal(json.outageSeconds, 259200);
  assert.equal(json.warningAt, null);
  assert.equal(json.outcome, 'bounced');
  assert.equal(json.outcomeAt, 129600);
  assert.equal(json.attempts.length, 37);
  assert.deepEqual(json.attempts.slice(0, 3), [{ at: 0 }, { at: 3600 }, { at: 7200 }]);
});

test('simulate prints the text timeline with its source', () => {
  const result = cli('--mta', 'postfix', '--outage', '6d');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Postfix: the next hop is unreachable for 6 d from the first attempt\n/);
  assert.match(result.stdout, /\noutcome: +returned to the sender \(bounced\) at 5 d \(43\d{4} s\)\n/);
  assert.match(result.stdout, /\nsource: +postconf\(5\)/);
  assert.match(result.stdout, /\n {2}attempt +1 {2}at 0 s +no answer\n/);
});

test('simulate rejects a bad MTA or duration with exit 2 and a message', () => {
  for (const args of [
    ['--mta', 'gmail'],
    ['--mta', 'exim', '--outage', 'soon'],
    ['--outage', '3h'],
    ['--mta', 'exim', 'extra'],
  ]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /^mx-guard simulate: /, args.join(' '));
    assert.equal(result.stdout, '');
  }
});
