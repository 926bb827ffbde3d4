/**
 * The outage simulator: what each sending server in a chain does with one message while the next hop is down.
 * Pure and deterministic: the only randomness (where a periodic queue run falls) comes from `seed`.
 */
import type { MtaProfile } from './profiles';
import { seededRandom } from './random';

/** The next hop is unreachable from `start` (inclusive) to `end` (exclusive), in seconds after the message was first sent. */
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
  warningAt: number | null;
  outcome: Outcome;
  outcomeAt: number;
}

export interface Timeline {
  legs: Leg[];
  /** Delivered to the last hop, or returned to the original sender (by whichever leg gave up). */
  outcome: Outcome;
  outcomeAt: number;
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
  return { legs, outcome: last.outcome, outcomeAt: last.outcomeAt };
}

/** One server's attempts for a message it received at `receivedAt`; deadlines count from then. */
function simulateLeg(profile: MtaProfile, outage: Outage, receivedAt: number, random: () => number): Leg {
  const isDown = (at: number) => at >= outage.start && at < outage.end;
  // Where the periodic queue runs fall relative to this message is chance: the jitter of the model.
  const phase = profile.queueRunInterval > 0 ? Math.floor(random() * profile.queueRunInterval) : 0;
  const nextQueueRun = (age: number) => {
    const interval = profile.queueRunInterval;
    if (interval === 0) return age;
    return phase + Math.ceil((age - phase) / interval) * interval;
  };
  const attempts: Attempt[] = [];
  let warningAt: number | null = null;
  const finish = (outcome: Outcome, age: number): Leg => ({
    profile,
    receivedAt,
    attempts,
    warningAt,
    outcome,
    outcomeAt: receivedAt + age,
  });

  // When a deadline takes effect: at once (timer), at the next queue run, or when the message is next tried.
  const checkedOnAttempt = profile.deadlineCheck === 'next-attempt';
  const takesEffect = (deadline: number) => (profile.deadlineCheck === 'queue-run' ? nextQueueRun(deadline) : deadline);
  const warnAt = profile.warnAfter === null ? null : takesEffect(profile.warnAfter);
  const giveUpAt = takesEffect(profile.giveUpAfter);

  let age = 0;
  let previousGap = 0;
  while (attempts.length < maxAttempts) {
    const delivered = !isDown(receivedAt + age);
    attempts.push({ at: receivedAt + age, delivered });
    if (delivered) return finish('delivered', age);
    const due = Math.max(profile.nextDue(age, previousGap), age + 1);
    previousGap = due - age;
    const next = nextQueueRun(due);
    // The message stays queued from this failure until `next`: a deadline falling in that span acts now or then.
    const falls = (at: number) => (checkedOnAttempt ? age >= at : at < next);
    if (warnAt !== null && warningAt === null && falls(warnAt)) warningAt = receivedAt + (checkedOnAttempt ? age : warnAt);
    if (falls(giveUpAt)) return finish('bounced', checkedOnAttempt ? age : giveUpAt);
    age = next;
  }
  return finish('bounced', age);
}
