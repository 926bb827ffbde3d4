/**
 * The outage simulator: what each sending server in a chain does with one message while the next hop is down.
 * Pure and deterministic: the only randomness (where a periodic queue run falls) comes from `seed`.
 */
import type { MtaProfile } from './profiles';
import { formatDuration } from './duration';
import { seededRandom } from './random';

/**
 * The next hop is unreachable from `start` (inclusive) to `end` (exclusive), in seconds after the message was first
 * sent. A negative `start` means the outage began before the message was sent.
 */
export interface Outage {
  start: number;
  end: number;
}

/** A relay after the first sender (for example the filtering service), and the outage of the hop it delivers to. */
export interface Hop {
  profile: MtaProfile;
  outage?: Outage;
}

export interface SimulationInput {
  /** The first sending server. */
  profile: MtaProfile;
  /** The outage of the server the first sender delivers to. */
  outage: Outage;
  /** Relays after the first hop, in order: sender → hops[0] → hops[1] → … */
  hops?: Hop[];
  seed?: number;
}

export interface Attempt {
  at: number;
  delivered: boolean;
}

export type Outcome = 'delivered' | 'bounced';

/** What one server did with the message. */
export interface Leg {
  profile: MtaProfile;
  receivedAt: number;
  attempts: Attempt[];
  /** The first delay warning, or null. */
  warningAt: number | null;
  /** Every delay warning (some senders repeat it). */
  warnings: number[];
  outcome: Outcome;
  outcomeAt: number;
  /** Why the message was returned without any attempt (Exim after its cutoff). */
  reason?: string;
}

export interface Timeline {
  legs: Leg[];
  /** Delivered to the last hop, or returned to the original sender (by whichever leg gave up). */
  outcome: Outcome;
  outcomeAt: number;
  reason?: string;
}

const noOutage: Outage = { start: 0, end: 0 };
// A guard against a profile whose schedule would never end; real ones stop within a few thousand attempts.
const maxAttempts = 100_000;

export function simulate(input: SimulationInput): Timeline {
  const random = seededRandom(input.seed ?? 1);
  const legs: Leg[] = [];
  const chain: Hop[] = [{ profile: input.profile, outage: input.outage }, ...(input.hops ?? [])];
  let receivedAt = 0;
  for (const hop of chain) {
    const leg = simulateLeg(hop.profile, hop.outage ?? noOutage, receivedAt, random);
    legs.push(leg);
    if (leg.outcome === 'bounced') break;
    receivedAt = leg.outcomeAt;
  }
  const last = legs[legs.length - 1];
  return { legs, outcome: last.outcome, outcomeAt: last.outcomeAt, ...(last.reason === undefined ? {} : { reason: last.reason }) };
}

/** Attempts, warnings and outcome of one server, in seconds after it first tried (its "age" of the message). */
interface Run {
  attempts: Attempt[];
  warnings: number[];
  outcome: Outcome;
  outcomeAt: number;
}

/**
 * One server's attempts for a message it received at `receivedAt`. Deadlines count from then, except for a
 * server that keeps its retry clock per host (Exim): if the host was already failing, the message joins the
 * host's schedule and the host's cutoff.
 */
function simulateLeg(profile: MtaProfile, outage: Outage, receivedAt: number, random: () => number): Leg {
  const isDown = (at: number) => at >= outage.start && at < outage.end;
  // Where the periodic queue runs fall relative to this message is chance: the jitter of the model.
  const phase = profile.queueRunInterval > 0 ? Math.floor(random() * profile.queueRunInterval) : 0;
  const leg = (run: Run, shift: number, reason?: string): Leg => ({
    profile,
    receivedAt,
    attempts: run.attempts.map((a) => ({ at: receivedAt + a.at - shift, delivered: a.delivered })),
    warningAt: run.warnings.length > 0 ? receivedAt + run.warnings[0] - shift : null,
    warnings: run.warnings.map((w) => receivedAt + w - shift),
    outcome: run.outcome,
    outcomeAt: receivedAt + run.outcomeAt - shift,
    ...(reason === undefined ? {} : { reason }),
  });

  // How long the host had been failing when the message arrived: 0 unless the clock is per host.
  const hostFailingFor = profile.hostClock && isDown(receivedAt) ? receivedAt - outage.start : 0;
  if (hostFailingFor === 0)
    return leg(
      runSchedule(profile, (age) => isDown(receivedAt + age), phase, 0),
      0,
    );

  if (profile.hostClock?.bounceAfterCutoff && hostFailingFor >= profile.giveUpAfter) {
    const none: Run = { attempts: [], warnings: [], outcome: 'bounced', outcomeAt: hostFailingFor };
    const reason = `${profile.name} has been failing to reach this host for longer than its ${formatDuration(profile.giveUpAfter)} cutoff, so it returns new mail for it at once, without an attempt (delay_after_cutoff)`;
    return leg(none, hostFailingFor, reason);
  }
  // The host's own timeline from its first failure; the message sees the part after it arrived.
  const host = runSchedule(profile, (age) => isDown(outage.start + age), phase, hostFailingFor);
  return leg({ ...host, attempts: host.attempts.filter((a) => a.at >= hostFailingFor) }, hostFailingFor);
}

/**
 * The attempts of a schedule that starts at age 0, with the server `isDown(age)`. Delay warnings count from
 * `messageAge` (the message may join a schedule that began before it arrived).
 */
function runSchedule(profile: MtaProfile, isDown: (age: number) => boolean, phase: number, messageAge: number): Run {
  const nextQueueRun = (age: number) => {
    const interval = profile.queueRunInterval;
    if (interval === 0) return age;
    return phase + Math.ceil((age - phase) / interval) * interval;
  };
  // When a deadline takes effect: at once (timer), at the next queue run, or when the message is next tried.
  const checkedOnAttempt = profile.deadlineCheck === 'next-attempt';
  const takesEffect = (deadline: number) => (profile.deadlineCheck === 'queue-run' ? nextQueueRun(deadline) : deadline);
  const giveUpAt = takesEffect(profile.giveUpAfter);
  // The n-th delay warning (0 = the first), or null when there is none; none once the give-up time is reached.
  const warningDue = (n: number) => {
    if (profile.warnAfter === null || (n > 0 && profile.warnRepeat === null)) return null;
    const due = takesEffect(messageAge + profile.warnAfter + n * (profile.warnRepeat ?? 0));
    return due < giveUpAt ? due : null;
  };
  const attempts: Attempt[] = [];
  const warnings: number[] = [];

  let age = 0;
  let previousGap = 0;
  while (attempts.length < maxAttempts) {
    const delivered = !isDown(age);
    attempts.push({ at: age, delivered });
    if (delivered) return { attempts, warnings, outcome: 'delivered', outcomeAt: age };
    const due = Math.max(profile.nextDue(age, previousGap, attempts.length), age + 1);
    previousGap = due - age;
    const next = nextQueueRun(due);
    // The message stays queued from this failure until `next`: a deadline falling in that span acts now or then.
    const falls = (at: number) => (checkedOnAttempt ? age >= at : at < next);
    for (let warn = warningDue(warnings.length); warn !== null && falls(warn); warn = warningDue(warnings.length)) {
      warnings.push(checkedOnAttempt ? age : warn);
    }
    if (falls(giveUpAt)) return { attempts, warnings, outcome: 'bounced', outcomeAt: checkedOnAttempt ? age : giveUpAt };
    age = next;
  }
  return { attempts, warnings, outcome: 'bounced', outcomeAt: age };
}
