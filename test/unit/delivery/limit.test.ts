import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { allProfiles, DAY, HOUR, longestGiveUp, maxOutageSeconds, outageTooLong } from '../../../src/core/delivery';
import { cliPath } from '../../paths';

test('the outage limit is a day past the longest give-up time, the filtering service setting included', () => {
  const defaults = Math.max(...allProfiles().map((profile) => profile.giveUpAfter));
  assert.equal(longestGiveUp(), defaults);
  assert.equal(maxOutageSeconds(), defaults + DAY);
  const patient = { name: 'vqNow', retryHours: 720 };
  assert.equal(longestGiveUp(patient), 720 * HOUR);
  assert.equal(maxOutageSeconds(patient), 720 * HOUR + DAY);
  assert.equal(outageTooLong(maxOutageSeconds()), undefined);
  assert.match(outageTooLong(maxOutageSeconds() + 60) ?? '', /^An outage of .+ is longer than .+, the longest give-up time of any sender/);
  assert.equal(outageTooLong(20 * DAY, patient), undefined);
});

test('mx-guard simulate refuses an outage past the limit with the shared message, and accepts the limit itself', () => {
  const limitHours = maxOutageSeconds() / HOUR;
  const refused = spawnSync(process.execPath, [cliPath, 'simulate', '--mta', 'qmail', '--outage', `${limitHours + 1}h`], { encoding: 'utf8' });
  assert.equal(refused.status, 2);
  assert.equal(refused.stderr.split('\n')[0], `mx-guard simulate: ${outageTooLong((limitHours + 1) * HOUR)}`);
  const accepted = spawnSync(process.execPath, [cliPath, 'simulate', '--mta', 'qmail', '--outage', `${limitHours}h`], { encoding: 'utf8' });
  assert.equal(accepted.status, 0, accepted.stderr);
});
