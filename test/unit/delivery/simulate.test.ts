import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allProfiles,
  DAY,
  filteringServiceProfile,
  HOUR,
  profileById,
  resolveSchedule,
  ScheduleError,
  simulate,
  simulateChain,
  type MtaProfile,
} from '../../../src/core/delivery';

const outageOf = (seconds: number) => ({ start: 0, end: seconds });
const firstLeg = (profile: MtaProfile, seconds: number, seed?: number) => simulate({ profile, outage: outageOf(seconds), seed }).legs[0];

test('Postfix with a 6-day outage bounces at 5 days, on the first attempt after maximal_queue_lifetime', () => {
  const leg = firstLeg(profileById('postfix'), 6 * DAY);
  assert.equal(leg.outcome, 'bounced');
  assert.ok(leg.outcomeAt >= 5 * DAY, `bounced at ${leg.outcomeAt}`);
  // It can be late by at most one maximal backoff (4000 s) plus one deferred-queue scan (300 s).
  assert.ok(leg.outcomeAt < 5 * DAY + 4000 + 300, `bounced at ${leg.outcomeAt}`);
  assert.equal(leg.attempts.at(-1)?.at, leg.outcomeAt);
  assert.ok((leg.attempts.at(-2)?.at ?? Infinity) < 5 * DAY);
  assert.equal(leg.warningAt, null, 'delay_warning_time is 0h (off) by default');
});

test('Postfix backs off by the age of the message, between 300 s and 4000 s', () => {
  const leg = firstLeg(profileById('postfix'), 6 * DAY);
  const gaps = leg.attempts.slice(1).map((attempt, i) => attempt.at - leg.attempts[i].at);
  assert.ok(
    gaps.every((gap) => gap >= 300 && gap <= 4000 + 300),
    `gaps ${gaps.join(',')}`,
  );
  assert.ok(
    gaps.slice(-10).every((gap) => gap >= 4000),
    'late gaps reach maximal_backoff_time',
  );
});

test('Exim gives up after 4 days, at the first queue run after the cutoff, and warns every 24 h until then', () => {
  const leg = firstLeg(profileById('exim'), 6 * DAY);
  assert.equal(leg.outcome, 'bounced');
  assert.ok(leg.outcomeAt >= 4 * DAY && leg.outcomeAt < 4 * DAY + 30 * 60, `gave up at ${leg.outcomeAt}`);
  assert.ok(leg.warningAt !== null && leg.warningAt >= 24 * HOUR && leg.warningAt < 24 * HOUR + 30 * 60, `warned at ${leg.warningAt}`);
  // delay_warning = 24h is a list of one time, and the last time of the list repeats: warnings at 1, 2 and 3 days, not one.
  assert.deepEqual(
    leg.warnings.map((at) => Math.floor(at / DAY)),
    [1, 2, 3],
  );
});

test('Exim keeps its retry clock per host: mail sent on day 3 of an outage bounces around day 4, not 4 days later', () => {
  const exim = profileById('exim');
  const timeline = simulateChain('direct', exim, filteringServiceProfile(), 6 * DAY, 1, 3 * DAY);
  assert.equal(timeline.outcome, 'bounced');
  // The host's cutoff is 4 days after its first failure, i.e. about 1 day after this message was sent.
  assert.ok(timeline.outcomeAt >= DAY && timeline.outcomeAt < DAY + 30 * 60, `bounced ${timeline.outcomeAt} s after it was sent`);
  const leg = timeline.legs[0];
  // It joins the host's 6-hourly retries instead of starting its own 15-minute ones.
  assert.ok(leg.attempts.length > 0 && leg.attempts.length <= 5, `${leg.attempts.length} attempts`);
  assert.ok(leg.attempts[0].at > 0, "no attempt at once: the host's retry time is not reached");
  assert.equal(leg.reason, undefined);
});

test("Exim after the host's cutoff (delay_after_cutoff): the message bounces at once, with no attempt and a reason", () => {
  const exim = profileById('exim');
  const timeline = simulateChain('direct', exim, filteringServiceProfile(), 6 * DAY, 1, 5 * DAY);
  assert.equal(timeline.outcome, 'bounced');
  assert.equal(timeline.outcomeAt, 0);
  assert.deepEqual(timeline.legs[0].attempts, []);
  assert.deepEqual(timeline.legs[0].warnings, []);
  assert.match(timeline.reason ?? '', /cutoff.*without an attempt/);
});

test('a per-message clock is not shifted by --sent-after: Postfix sent on day 3 still keeps it 5 days', () => {
  const timeline = simulateChain('direct', profileById('postfix'), filteringServiceProfile(), 9 * DAY, 1, 3 * DAY);
  assert.equal(timeline.outcome, 'bounced');
  assert.ok(timeline.outcomeAt >= 5 * DAY, `bounced at ${timeline.outcomeAt}`);
  assert.equal(timeline.legs[0].attempts[0].at, 0);
});

test('a message sent after the outage ended is delivered at once', () => {
  const timeline = simulateChain('direct', profileById('exim'), filteringServiceProfile(), 2 * DAY, 1, 3 * DAY);
  assert.deepEqual(timeline.legs[0].attempts, [{ at: 0, delivered: true }]);
});

test('Exchange Server: 6 retries 5 minutes apart, then every 10 minutes (not every 10 minutes from the start)', () => {
  const leg = firstLeg(profileById('exchange'), 3 * HOUR);
  const gaps = leg.attempts.slice(1, 10).map((attempt, i) => (attempt.at - leg.attempts[i].at) / 60);
  assert.deepEqual(gaps, [5, 5, 5, 5, 5, 5, 10, 10, 10]);
});

test('Exim follows F,2h,15m; G,16h,1h,1.5; F,4d,6h', () => {
  const exim = profileById('exim');
  assert.equal(exim.nextDue(0, 0, 1), 15 * 60);
  assert.equal(exim.nextDue(2 * HOUR, 15 * 60, 9), 3 * HOUR);
  assert.equal(exim.nextDue(3 * HOUR, HOUR, 10), 3 * HOUR + 1.5 * HOUR);
  assert.equal(exim.nextDue(20 * HOUR, 5 * HOUR, 20), 26 * HOUR);
});

test('the filtering service (vqNow) returns mail at 36 h without a warning, and follows its settings', () => {
  const leg = firstLeg(filteringServiceProfile(), 3 * DAY);
  assert.equal(leg.profile.name, 'vqNow');
  assert.equal(leg.outcome, 'bounced');
  assert.equal(leg.outcomeAt, 36 * HOUR);
  assert.equal(leg.warningAt, null);
  const custom = firstLeg(filteringServiceProfile({ name: 'Acme Filter', retryHours: 48 }), 3 * DAY);
  assert.equal(custom.profile.name, 'Acme Filter');
  assert.equal(custom.outcomeAt, 48 * HOUR);
});

test('the published give-up times and warnings of every profile', () => {
  const table = allProfiles().map((p) => [p.id, p.giveUpAfter / HOUR, p.warnAfter === null ? null : p.warnAfter / HOUR]);
  assert.deepEqual(table, [
    ['postfix', 120, null],
    ['exim', 96, 24],
    ['sendmail', 120, 4],
    ['qmail', 168, null],
    ['opensmtpd', 96, 4],
    ['exchange', 48, 4],
    ['exchange-online', 24, null],
    ['vqnow', 36, null],
  ]);
});

test('a 6-day outage: who bounces when', () => {
  const outcomes = allProfiles().map((p) => {
    const leg = firstLeg(p, 6 * DAY);
    return [p.id, leg.outcome, Math.floor(leg.outcomeAt / HOUR)];
  });
  assert.deepEqual(outcomes, [
    ['postfix', 'bounced', 120],
    ['exim', 'bounced', 96],
    ['sendmail', 'bounced', 120],
    ['qmail', 'delivered', 144], // qmail keeps trying for 7 days and its try at (20·36)² s = 6 d finds the server back
    ['opensmtpd', 'bounced', 96],
    ['exchange', 'bounced', 48],
    ['exchange-online', 'bounced', 24],
    ['vqnow', 'bounced', 36],
  ]);
});

for (const profile of allProfiles()) {
  test(`a 3-hour outage is delivered on the first retry after it ends: ${profile.name}`, () => {
    const leg = firstLeg(profile, 3 * HOUR);
    assert.equal(leg.outcome, 'delivered');
    const delivered = leg.attempts.at(-1);
    assert.equal(delivered?.delivered, true);
    assert.equal(delivered?.at, leg.outcomeAt);
    assert.ok(leg.outcomeAt >= 3 * HOUR);
    assert.ok(
      leg.attempts.slice(0, -1).every((a) => !a.delivered && a.at < 3 * HOUR),
      'every earlier attempt fell inside the outage',
    );
  });
}

test('qmail retries at (20·n)² seconds', () => {
  const leg = firstLeg(profileById('qmail'), 3 * HOUR);
  assert.deepEqual(
    leg.attempts.map((a) => a.at),
    [0, 400, 1600, 3600, 6400, 10000, 14400],
  );
});

test('the same seed gives the same timeline; another seed moves the queue runs', () => {
  const postfix = profileById('postfix');
  const a = firstLeg(postfix, 2 * DAY, 7).attempts.map((x) => x.at);
  const b = firstLeg(postfix, 2 * DAY, 7).attempts.map((x) => x.at);
  const c = firstLeg(postfix, 2 * DAY, 8).attempts.map((x) => x.at);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('no outage: delivered at the first attempt', () => {
  for (const profile of allProfiles()) {
    const leg = firstLeg(profile, 0);
    assert.deepEqual(leg.attempts, [{ at: 0, delivered: true }]);
    assert.equal(leg.outcome, 'delivered');
  }
});

test('an outage that starts later: attempts before it succeed at once', () => {
  const leg = simulate({ profile: profileById('exim'), outage: { start: HOUR, end: 2 * HOUR } }).legs[0];
  assert.deepEqual(leg.attempts, [{ at: 0, delivered: true }]);
});

test('chain: your server down behind the filtering service; the sender hands over at once, the service waits', () => {
  const timeline = simulateChain('server-down', profileById('postfix'), filteringServiceProfile(), 2 * DAY);
  assert.equal(timeline.legs.length, 2);
  assert.deepEqual(timeline.legs[0].attempts, [{ at: 0, delivered: true }]);
  assert.equal(timeline.legs[1].profile.id, 'vqnow');
  assert.equal(timeline.outcome, 'bounced');
  assert.equal(timeline.outcomeAt, 36 * HOUR);
});

test('chain: the filtering service down; the sender waits, then the service delivers at once', () => {
  const timeline = simulateChain('filter-down', profileById('exchange'), filteringServiceProfile(), 3 * HOUR);
  assert.equal(timeline.legs.length, 2);
  assert.equal(timeline.legs[0].outcomeAt, 3 * HOUR);
  assert.equal(timeline.legs[1].receivedAt, 3 * HOUR);
  assert.deepEqual(timeline.legs[1].attempts, [{ at: 3 * HOUR, delivered: true }]);
  assert.equal(timeline.outcome, 'delivered');
});

test('a 25-hour outage behind vqNow is delivered, a 37-hour one is returned at 36 h', () => {
  const relay = filteringServiceProfile();
  assert.equal(simulateChain('server-down', profileById('postfix'), relay, 25 * HOUR).outcome, 'delivered');
  const long = simulateChain('server-down', profileById('postfix'), relay, 37 * HOUR);
  assert.equal(long.outcome, 'bounced');
  assert.equal(long.outcomeAt, 36 * HOUR);
});

test('the filtering service follows its schedule when set (a preset or phases), and retryHours otherwise', () => {
  const spamexperts = firstLeg(filteringServiceProfile({ name: 'SpamExperts', retryHours: 36, schedule: 'spamexperts' }), 3 * HOUR);
  // 15-minute retries for the first 2 hours, then 1 h growing ×1.5.
  assert.deepEqual(
    spamexperts.attempts.map((a) => a.at / 60),
    [0, 15, 30, 45, 60, 75, 90, 105, 120, 180],
  );
  const own = filteringServiceProfile({
    name: 'Own',
    retryHours: 36,
    schedule: { phases: [{ until: '1d', every: '30m' }], warnAfter: '2h', giveUpAfter: '1d' },
  });
  const leg = firstLeg(own, 2 * DAY);
  assert.equal(leg.outcomeAt, DAY);
  assert.deepEqual(leg.warnings, [2 * HOUR]);
  assert.equal(firstLeg(filteringServiceProfile({ name: 'Old', retryHours: 12, schedule: null }), 2 * DAY).outcomeAt, 12 * HOUR);
});

test('a schedule that cannot be read is refused with where the mistake is', () => {
  const bad: [unknown, RegExp][] = [
    ['barracuda', /no published schedule for "barracuda"/],
    [{ phases: [], warnAfter: null, giveUpAfter: '1d' }, /phases must be a non-empty array/],
    [
      {
        phases: [
          { until: '2h', every: '15m' },
          { until: '1h', every: '1h' },
        ],
        warnAfter: null,
        giveUpAfter: '1d',
      },
      /phases\[1\]\.until must be later/,
    ],
    [{ phases: [{ until: '2h', every: 'often' }], warnAfter: null, giveUpAfter: '1d' }, /phases\[0\]\.every must be a duration/],
    [{ phases: [{ until: '2h', every: '15m', factor: 0.5 }], warnAfter: null, giveUpAfter: '1d' }, /factor must be a number from 1 to 100/],
    [{ phases: [{ until: '2h', every: '15m' }], warnAfter: null, giveUpAfter: '1d', retry: 3 }, /unknown key "retry"/],
  ];
  for (const [schedule, message] of bad)
    assert.throws(
      () => resolveSchedule(schedule),
      (error: Error) => error instanceof ScheduleError && message.test(error.message),
    );
});
