/**
 * Retry, warning and give-up defaults of the sending MTAs the simulator knows.
 * Every figure cites its source here and in docs/delivery/mta-defaults.md (the panel links there).
 * Times are seconds after the message was first tried.
 */
import { DAY, HOUR } from './duration';
import { phasedNextDue, resolveSchedule, schedulePresets, type RetrySchedule, type ScheduleSetting } from './schedule';

export const mtaIds = ['postfix', 'exim', 'sendmail', 'qmail', 'opensmtpd', 'exchange', 'exchange-online', 'vqnow'] as const;
export type MtaId = (typeof mtaIds)[number];

export function isMtaId(value: unknown): value is MtaId {
  return typeof value === 'string' && (mtaIds as readonly string[]).includes(value);
}

/**
 * When a deadline (warning, give-up) is acted on:
 * - `timer`: the MTA watches the clock and acts at that age exactly;
 * - `queue-run`: at the first periodic queue run at or after that age, even if no attempt is due then;
 * - `next-attempt`: only when it next tries the message, so the warning or bounce comes with that attempt.
 */
export type DeadlineCheck = 'timer' | 'queue-run' | 'next-attempt';

export interface MtaProfile {
  id: MtaId;
  name: string;
  /**
   * When the next attempt is due after a failure at `failedAt`; `previousGap` is the gap that led to this attempt
   * (0 for the first), `failures` how many attempts have failed so far, this one included.
   */
  nextDue(failedAt: number, previousGap: number, failures: number): number;
  /** Deferred mail waits for the next periodic queue run; 0 = attempts happen when due. */
  queueRunInterval: number;
  warnAfter: number | null;
  /** The delay warning is sent again this often while the message waits; null = once. */
  warnRepeat: number | null;
  giveUpAfter: number;
  deadlineCheck: DeadlineCheck;
  /**
   * Retry times belong to the destination host, not the message (Exim): a message that arrives while the host is
   * failing waits for the host's next retry time, and the give-up time counts from the host's first failure.
   * With `bounceAfterCutoff` (Exim's `delay_after_cutoff`, default true) a message that arrives after that
   * cutoff is returned at once, without an attempt.
   */
  hostClock?: { bounceAfterCutoff: boolean };
  /** The retry behaviour in a few words, for tables. */
  retrySummary: string;
  /** Where the figures come from (short); the article holds the detail. */
  source: string;
  /** Figures the sources do not state, so the product must call them unverified. */
  unverified: string[];
  /** Anchor in docs/delivery/mta-defaults.md. */
  docAnchor: string;
}

/**
 * The filtering service's own profile comes from settings: its name, and its schedule (a preset id or
 * `{phases, warnAfter, giveUpAfter}`); without a schedule, how many hours it keeps retrying (`retryHours`, hourly).
 */
export interface FilteringServiceSettings {
  name: string;
  retryHours: number;
  schedule?: ScheduleSetting | string | null;
}

export const defaultFilteringService: FilteringServiceSettings = { name: 'vqNow', retryHours: 36 };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

// Postfix: postconf(5) and src/global/mail_params.h: queue_run_delay 300s, minimal_backoff_time 300s,
// maximal_backoff_time 4000s, maximal_queue_lifetime 5d, delay_warning_time 0h (off).
// qmgr_active.c sets the next try to the message's age clamped to the backoff limits, so gaps double.
// The queue manager notices an expired message when it next tries it.
const postfix: MtaProfile = {
  id: 'postfix',
  name: 'Postfix',
  nextDue: (failedAt) => failedAt + clamp(failedAt, 300, 4000),
  queueRunInterval: 300,
  warnAfter: null,
  warnRepeat: null,
  giveUpAfter: 5 * DAY,
  deadlineCheck: 'next-attempt',
  retrySummary: 'gap = age of the message, 300 s to 4000 s; deferred queue scanned every 300 s',
  source: 'postconf(5); Postfix src/global/mail_params.h and qmgr_active.c',
  unverified: [],
  docAnchor: 'postfix',
};

// Exim: the default retry rule in src/src/configure.default is `* * F,2h,15m; G,16h,1h,1.5; F,4d,6h`;
// retry.c: an F rule waits its fixed interval, a G rule multiplies the last gap by 1.5 (at least 1h).
// The specification, "Retry configuration": retry times are kept per host (IP address), not per message, and
// the cutoff counts from the host's first failure; the smtp transport's delay_after_cutoff (default true)
// then fails new mail for that host at once, without an attempt. A queue run checks every message, so the
// give-up and the delay warning (delay_warning 24h, a single time = repeated every 24h) come at a queue run.
// Exim compiles in no queue-run interval: the daemon's -q option sets it; 30m is Debian's QUEUEINTERVAL.
const exim: MtaProfile = {
  id: 'exim',
  name: 'Exim',
  nextDue: phasedNextDue([
    { until: 2 * HOUR, every: 15 * 60 },
    { until: 16 * HOUR, every: HOUR, factor: 1.5 },
    { until: 4 * DAY, every: 6 * HOUR },
  ]),
  queueRunInterval: 30 * 60,
  warnAfter: 24 * HOUR,
  warnRepeat: 24 * HOUR,
  giveUpAfter: 4 * DAY,
  deadlineCheck: 'queue-run',
  hostClock: { bounceAfterCutoff: true },
  retrySummary:
    "per host: every 15 min for 2 h, then 1 h growing ×1.5 to 16 h, then every 6 h; queue run every 30 min; after the host's 4-day cutoff new mail bounces at once",
  source:
    'Exim src/src/configure.default (retry section), src/src/retry.c, the Exim specification (retry configuration, delay_after_cutoff, delay_warning)',
  unverified: [
    'queue-run interval (set by the -q start-up option; 30 min as in Debian)',
    "the host's retry clock is taken to start when the outage starts (a sender with other mail for your server)",
  ],
  docAnchor: 'exim',
};

// Sendmail: cf/m4/proto.m4 sets Timeout.queuewarn 4h and Timeout.queuereturn 5d. Deferred mail is retried
// on every queue run; the interval is the -q start-up option (1h is common in distributions' start scripts).
const sendmail: MtaProfile = {
  id: 'sendmail',
  name: 'Sendmail',
  nextDue: (failedAt) => failedAt + 1,
  queueRunInterval: HOUR,
  warnAfter: 4 * HOUR,
  warnRepeat: null,
  giveUpAfter: 5 * DAY,
  deadlineCheck: 'queue-run',
  retrySummary: 'every queue run (-q interval, 1 h assumed)',
  source: 'Sendmail cf/m4/proto.m4 (Timeout.queuewarn, Timeout.queuereturn)',
  unverified: ['queue-run interval (set by the -q start-up option; 1 h assumed)'],
  docAnchor: 'sendmail',
};

// qmail: qmail-send.c schedules the next remote try at birth + (floor(sqrt(age)) + 20)^2 seconds;
// qmail-send(8): queuelifetime 604800 s, after which it tries once more and then bounces; no delay warnings.
const qmail: MtaProfile = {
  id: 'qmail',
  name: 'qmail',
  nextDue: (failedAt) => (Math.floor(Math.sqrt(failedAt)) + 20) ** 2,
  queueRunInterval: 0,
  warnAfter: null,
  warnRepeat: null,
  giveUpAfter: 7 * DAY,
  deadlineCheck: 'next-attempt',
  retrySummary: 'at (20·n)² s after the first try: 400 s, 1600 s, 1 h, 1 h 47 min, …',
  source: 'qmail-send(8) (queuelifetime); qmail-send.c (retry schedule)',
  unverified: ['retry formula and 7-day queuelifetime (taken from qmail-send(8) and qmail-send.c as cited, not re-checked against the text)'],
  docAnchor: 'qmail',
};

// OpenSMTPD: scheduler_ramqueue.c retries a remote transfer at creation + 400 s × step²;
// smtpd.conf(5): `queue ttl` defaults to 4d and `bounce warn-interval` to 4h.
const opensmtpd: MtaProfile = {
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  nextDue: (failedAt) => {
    const step = Math.round(Math.sqrt(Math.max(failedAt, 0) / 400)) + 1;
    return 400 * step * step;
  },
  queueRunInterval: 0,
  warnAfter: 4 * HOUR,
  warnRepeat: null,
  giveUpAfter: 4 * DAY,
  deadlineCheck: 'timer',
  retrySummary: 'at 400 s × n² after creation: 400 s, 1600 s, 1 h, …',
  source: 'smtpd.conf(5) (queue ttl, bounce warn-interval); OpenSMTPD scheduler_ramqueue.c',
  unverified: ['queue ttl 4d and bounce warn-interval 4h (smtpd.conf(5) defaults as cited, not re-checked against the text)'],
  docAnchor: 'opensmtpd',
};

// Exchange Server: "Message retry, resubmit, and expiration intervals" and Set-TransportService on Microsoft Learn:
// after a failed connection, TransientFailureRetryCount (6) retries TransientFailureRetryInterval (5 min) apart,
// then OutboundConnectionFailureRetryInterval: 10 min on Mailbox servers (30 min on Edge Transport servers);
// DelayNotificationTimeout 4h, MessageExpirationTimeout 2d.
const exchangeTransientRetries = 6;
const exchange: MtaProfile = {
  id: 'exchange',
  name: 'Exchange Server',
  nextDue: (failedAt, _previousGap, failures) => failedAt + (failures <= exchangeTransientRetries ? 5 * 60 : 10 * 60),
  queueRunInterval: 0,
  warnAfter: 4 * HOUR,
  warnRepeat: null,
  giveUpAfter: 2 * DAY,
  deadlineCheck: 'timer',
  retrySummary:
    '6 retries 5 min apart (TransientFailureRetryCount/Interval), then every 10 min (OutboundConnectionFailureRetryInterval, Mailbox server)',
  source: 'Microsoft Learn: Set-TransportService, message retry, resubmit and expiration in Exchange Server',
  unverified: [],
  docAnchor: 'exchange-server',
};

// Exchange Online to an on-premises server through a connector: Microsoft Learn ("mail flow intelligence")
// says it keeps retrying for 24 hours. The retry interval is not published: 15 min here is a modelling choice.
const exchangeOnline: MtaProfile = {
  id: 'exchange-online',
  name: 'Exchange Online',
  nextDue: (failedAt) => failedAt + 15 * 60,
  queueRunInterval: 0,
  warnAfter: null,
  warnRepeat: null,
  giveUpAfter: 24 * HOUR,
  deadlineCheck: 'timer',
  retrySummary: 'retries (interval not published; 15 min assumed)',
  source: 'Microsoft Learn: connectors, mail flow intelligence in Microsoft 365',
  unverified: ['retry interval (not published; 15 min assumed)', 'delay warning (none modelled)'],
  docAnchor: 'exchange-online',
};

/**
 * The filtering service. With a schedule (a published preset or the user's own), that schedule; otherwise the
 * seed FAQ (2007: "tries for 36 hours, then returns the message, without earlier warnings") with the hours of
 * `retryHours`. The FAQ does not give its retry interval: hourly is a modelling choice.
 * A schedule that cannot be read throws a ScheduleError: callers report it rather than silently use the default.
 */
export function filteringServiceProfile(settings: FilteringServiceSettings = defaultFilteringService): MtaProfile {
  const name = settings.name.trim() || defaultFilteringService.name;
  const common = { id: 'vqnow', name, queueRunInterval: 0, warnRepeat: null, deadlineCheck: 'timer', docAnchor: 'filtering-service' } as const;
  if (settings.schedule !== undefined && settings.schedule !== null) {
    const schedule: RetrySchedule = resolveSchedule(settings.schedule, 'mxGuard.filteringService.schedule');
    const preset = typeof settings.schedule === 'string' ? settings.schedule.trim().toLowerCase() : undefined;
    return {
      ...common,
      nextDue: phasedNextDue(schedule.phases),
      warnAfter: schedule.warnAfter,
      giveUpAfter: schedule.giveUpAfter,
      retrySummary: 'the schedule of the setting mxGuard.filteringService.schedule',
      source: preset ? `published schedule "${preset}" (docs/delivery/mta-defaults.md)` : 'the setting mxGuard.filteringService.schedule',
      unverified: preset ? (schedulePresets.find((p) => p.id === preset)?.unverified ?? []) : [],
    };
  }
  const hours = Number.isFinite(settings.retryHours) && settings.retryHours > 0 ? settings.retryHours : defaultFilteringService.retryHours;
  return {
    ...common,
    nextDue: (failedAt) => failedAt + HOUR,
    warnAfter: null,
    giveUpAfter: Math.round(hours * HOUR),
    retrySummary: 'retries (interval not stated; hourly assumed)',
    source:
      'the filtering service FAQ (2007); hours from the setting mxGuard.filteringService.retryHours (mxGuard.filteringService.schedule replaces it)',
    unverified: ['retry interval (not stated; hourly assumed)'],
  };
}

const fixedProfiles: readonly MtaProfile[] = [postfix, exim, sendmail, qmail, opensmtpd, exchange, exchangeOnline];

/** Every profile, in the order of `mtaIds`, with the filtering service configured by `settings`. */
export function allProfiles(settings: FilteringServiceSettings = defaultFilteringService): MtaProfile[] {
  return [...fixedProfiles, filteringServiceProfile(settings)];
}

export function profileById(id: MtaId, settings: FilteringServiceSettings = defaultFilteringService): MtaProfile {
  return id === 'vqnow' ? filteringServiceProfile(settings) : (fixedProfiles.find((p) => p.id === id) as MtaProfile);
}
