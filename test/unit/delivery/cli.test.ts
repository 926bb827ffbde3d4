import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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

test('simulate --sent-after: Exim mail sent after the host cutoff bounces at once; the JSON has no attempt and a reason', () => {
  const result = cli('--mta', 'exim', '--outage', '6d', '--sent-after', '5d', '--format', 'json');
  assert.equal(result.status, 0, result.stderr);
  const json = JSON.parse(result.stdout);
  assert.deepEqual(json.attempts, []);
  assert.equal(json.outcome, 'bounced');
  assert.equal(json.outcomeAt, 0);
  assert.equal(json.warningAt, null);
  assert.match(json.reason, /without an attempt/);
  const text = cli('--mta', 'exim', '--outage', '6d', '--sent-after', '5d');
  assert.match(text.stdout, /the message is sent 5 d after it began\n/);
  assert.match(text.stdout, /\n {2}no attempt: .*delay_after_cutoff/);
});

test('simulate --sent-after defaults to 0 and a per-message sender ignores when the outage began', () => {
  const base = JSON.parse(cli('--mta', 'postfix', '--outage', '8d', '--format', 'json').stdout);
  const late = JSON.parse(cli('--mta', 'postfix', '--outage', '8d', '--sent-after', '2d', '--format', 'json').stdout);
  assert.equal(base.outcomeAt, late.outcomeAt);
  assert.equal('reason' in late, false);
  const exim = JSON.parse(cli('--mta', 'exim', '--outage', '6d', '--sent-after', '3d', '--format', 'json').stdout);
  assert.ok(exim.outcomeAt < 2 * 86400, `Exim bounced ${exim.outcomeAt} s after the message was sent`);
});

test('simulate --config reads the filtering service schedule (a preset id or phases)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-sim-'));
  const preset = path.join(dir, 'preset.json');
  fs.writeFileSync(preset, JSON.stringify({ trustedMxHosts: ['*.vqnow.com'], filteringService: { name: 'Mimecast', schedule: 'mimecast' } }));
  const mimecast = JSON.parse(cli('--mta', 'vqnow', '--outage', '6d', '--config', preset, '--format', 'json').stdout);
  assert.equal(mimecast.outcomeAt, 96 * 3600);
  assert.deepEqual(
    mimecast.attempts.slice(0, 6).map((a: { at: number }) => a.at / 60),
    [0, 1, 6, 15, 30, 60],
  );
  const own = path.join(dir, 'own.json');
  fs.writeFileSync(
    own,
    JSON.stringify({
      filteringService: {
        schedule: {
          phases: [
            { until: '1h', every: '10m' },
            { until: '3d', every: '2h' },
          ],
          warnAfter: '4h',
          giveUpAfter: '3d',
        },
      },
    }),
  );
  const custom = JSON.parse(cli('--mta', 'vqnow', '--outage', '6d', '--config', own, '--format', 'json').stdout);
  assert.equal(custom.outcomeAt, 3 * 86400);
  assert.equal(custom.warningAt, 4 * 3600);
  assert.deepEqual(
    custom.attempts.slice(0, 8).map((a: { at: number }) => a.at / 60),
    [0, 10, 20, 30, 40, 50, 60, 180],
  );
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(
    bad,
    JSON.stringify({ filteringService: { schedule: { phases: [{ until: 'soon', every: '1h' }], warnAfter: null, giveUpAfter: '1d' } } }),
  );
  const failed = cli('--mta', 'vqnow', '--config', bad);
  assert.equal(failed.status, 2);
  assert.match(failed.stderr, /bad\.json: filteringService\.schedule\.phases\[0\]\.until must be a duration/);
  fs.rmSync(dir, { recursive: true });
});
