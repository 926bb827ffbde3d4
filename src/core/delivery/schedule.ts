/**
 * The filtering service's own retry schedule (setting `mxGuard.filteringService.schedule`, and the same key in a
 * CLI `--config` file), and the schedules that filtering services publish, keyed by the provider catalogue's ids.
 * Durations are written as the CLI writes them ("15m", "36h", "1d12h"); every preset cites where it was read.
 */
import { parseDuration } from './duration';

/** While a failed message is younger than `until`, the next try is `every` later; with `factor`, each gap grows by it (at least `every`). */
export interface RetryPhase {
  until: number;
  every: number;
  factor?: number;
}

/** A schedule in seconds, ready for the simulator. */
export interface RetrySchedule {
  phases: RetryPhase[];
  warnAfter: number | null;
  giveUpAfter: number;
}

/** A schedule as a person writes it in settings or a config file. */
export interface ScheduleSetting {
  phases: { until: string; every: string; factor?: number }[];
  warnAfter: string | null;
  giveUpAfter: string;
}

export interface SchedulePreset {
  /** The provider catalogue's id of the service. */
  id: string;
  name: string;
  schedule: ScheduleSetting;
  /** Where the figures were read. */
  source: string;
  /** What the source leaves open, said wherever the preset is shown. */
  unverified: string[];
}

/** The gap rule of a phased schedule: the first phase whose `until` is still ahead of the failure decides; after the last, the last one. */
export function phasedNextDue(phases: readonly RetryPhase[]): (failedAt: number, previousGap: number) => number {
  return (failedAt, previousGap) => {
    const phase = phases.find((p) => failedAt < p.until) ?? phases[phases.length - 1];
    const gap = phase.factor === undefined ? phase.every : Math.max(phase.every, previousGap * phase.factor);
    return failedAt + gap;
  };
}

/**
 * Published schedules. Services whose schedule the project's sources do not give (Google, Barracuda,
 * Hornetsecurity among others) have no preset: see docs/delivery/mta-defaults.md, "Filtering services".
 */
export const schedulePresets: readonly SchedulePreset[] = [
  {
    id: 'vqnow',
    name: 'vqNow',
    schedule: { phases: [{ until: '36h', every: '1h' }], warnAfter: null, giveUpAfter: '36h' },
    source: 'the vqNow FAQ (2007): 36 hours, no earlier warning',
    unverified: ['retry interval (not stated; hourly assumed)'],
  },
  {
    id: 'mimecast',
    name: 'Mimecast',
    schedule: {
      phases: [
        { until: '1m', every: '1m' },
        { until: '6m', every: '5m' },
        { until: '15m', every: '9m' },
        { until: '30m', every: '15m' },
        { until: '1h', every: '30m' },
        { until: '10h', every: '1h' },
        { until: '30h', every: '4h' },
        { until: '96h', every: '8h' },
      ],
      warnAfter: null,
      giveUpAfter: '96h',
    },
    source: 'Mimecast support, "Message Tracking: Monitoring Delivery Queue" (retry table; 96 hours or 30 attempts)',
    unverified: ['delay warning: Mimecast warns its own internal senders after about 1 hour; whether an outside sender is warned is not stated'],
  },
  {
    id: 'spamexperts',
    name: 'SpamExperts',
    schedule: {
      phases: [
        { until: '2h', every: '15m' },
        { until: '16h', every: '1h', factor: 1.5 },
        { until: '60d', every: '6h' },
      ],
      warnAfter: null,
      giveUpAfter: '60d',
    },
    source: 'N-able SpamExperts user guide, "Delivery Queue" (automatic retry schedule; bounce after 60 days)',
    unverified: ['delay warning (none mentioned)', 'older reseller copies of the same page say 4 days instead of 60'],
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint Essentials',
    schedule: {
      phases: [
        { until: '5m', every: '1m' },
        { until: '35m', every: '10m' },
        { until: '1h35m', every: '30m' },
        { until: '25h35m', every: '1h' },
        { until: '30d', every: '24h' },
      ],
      warnAfter: null,
      giveUpAfter: '30d',
    },
    source:
      'Proofpoint Essentials knowledge base, "Emergency Inbox" (30 days, then bounce); retry steps from a Proofpoint partner\'s support page (Vircom)',
    unverified: ["retry steps (a partner page, not Proofpoint's own)", 'delay notices: Proofpoint says it sends deferral notices, not when'],
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365 (Exchange Online Protection)',
    schedule: {
      phases: [
        { until: '1h', every: '15m' },
        { until: '24h', every: '1h' },
      ],
      warnAfter: null,
      giveUpAfter: '24h',
    },
    source: 'Microsoft Learn, "Queued messages report" (retries to your server through a connector for 24 hours, then returns the message)',
    unverified: [
      'retry steps: Microsoft says only that the first retries are 15 minutes apart or less and later ones up to 60 minutes',
      'delay warning (none documented)',
    ],
  },
];

export class ScheduleError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function duration(value: unknown, where: string): number {
  const seconds = typeof value === 'string' ? parseDuration(value) : undefined;
  if (seconds === undefined || seconds <= 0)
    throw new ScheduleError(`${where} must be a duration such as "15m", "36h" or "4d" (got ${JSON.stringify(value)})`);
  return seconds;
}

/**
 * The schedule a setting names: a preset id, or `{phases, warnAfter, giveUpAfter}`. Every mistake says where it is,
 * because a schedule that is silently replaced by the default would give the customer the wrong answer.
 */
export function resolveSchedule(value: unknown, where = 'schedule'): RetrySchedule {
  if (typeof value === 'string') {
    const preset = schedulePresets.find((p) => p.id === value.trim().toLowerCase());
    if (!preset) throw new ScheduleError(`${where}: no published schedule for "${value}" (known: ${schedulePresets.map((p) => p.id).join(', ')})`);
    return resolveSchedule(preset.schedule, where);
  }
  if (!isRecord(value)) throw new ScheduleError(`${where} must be a preset id or an object {phases, warnAfter, giveUpAfter}`);
  for (const key of Object.keys(value)) {
    if (!['phases', 'warnAfter', 'giveUpAfter'].includes(key))
      throw new ScheduleError(`${where}: unknown key "${key}" (expected phases, warnAfter, giveUpAfter)`);
  }
  if (!Array.isArray(value.phases) || value.phases.length === 0)
    throw new ScheduleError(`${where}.phases must be a non-empty array of {until, every, factor?}`);
  let previousUntil = 0;
  const phases = value.phases.map((raw, i): RetryPhase => {
    const at = `${where}.phases[${i}]`;
    if (!isRecord(raw)) throw new ScheduleError(`${at} must be an object {until, every, factor?}`);
    const until = duration(raw.until, `${at}.until`);
    if (until <= previousUntil) throw new ScheduleError(`${at}.until must be later than the phase before`);
    previousUntil = until;
    const phase: RetryPhase = { until, every: duration(raw.every, `${at}.every`) };
    if (raw.factor !== undefined) {
      if (typeof raw.factor !== 'number' || !(raw.factor >= 1) || raw.factor > 100)
        throw new ScheduleError(`${at}.factor must be a number from 1 to 100`);
      phase.factor = raw.factor;
    }
    return phase;
  });
  const warnAfter = value.warnAfter === null || value.warnAfter === undefined ? null : duration(value.warnAfter, `${where}.warnAfter`);
  return { phases, warnAfter, giveUpAfter: duration(value.giveUpAfter, `${where}.giveUpAfter`) };
}

/**
 * The `filteringService` object of a config file (the CLI's `--config`, shaped like the `mxGuard.filteringService.*`
 * settings): `{ "name": "vqNow", "retryHours": 36, "schedule": "mimecast" | {phases, warnAfter, giveUpAfter} }`.
 * Returns undefined when the file has none. The schedule is checked here, so a mistake stops the run.
 */
export function filteringServiceFromConfig(
  config: unknown,
  source: string,
): { name?: string; retryHours?: number; schedule?: ScheduleSetting | string } | undefined {
  if (!isRecord(config) || config.filteringService === undefined) return undefined;
  const value = config.filteringService;
  const where = `${source}: filteringService`;
  if (!isRecord(value)) throw new ScheduleError(`${where} must be an object like { "name": "vqNow", "schedule": "mimecast" }`);
  for (const key of Object.keys(value)) {
    if (!['name', 'retryHours', 'schedule'].includes(key))
      throw new ScheduleError(`${where}: unknown key "${key}" (expected name, retryHours, schedule)`);
  }
  if (value.name !== undefined && (typeof value.name !== 'string' || value.name.trim() === ''))
    throw new ScheduleError(`${where}.name must be a non-empty string`);
  if (value.retryHours !== undefined && (typeof value.retryHours !== 'number' || !(value.retryHours > 0)))
    throw new ScheduleError(`${where}.retryHours must be a positive number of hours`);
  if (value.schedule !== undefined && value.schedule !== null) resolveSchedule(value.schedule, `${where}.schedule`);
  return {
    ...(value.name === undefined ? {} : { name: value.name }),
    ...(value.retryHours === undefined ? {} : { retryHours: value.retryHours }),
    ...(value.schedule === undefined || value.schedule === null ? {} : { schedule: value.schedule as ScheduleSetting | string }),
  };
}
