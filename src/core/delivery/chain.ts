/** The mail paths the Outage Scenarios panel offers, and the plain-text summary a support engineer gives a customer. */
import { formatDuration } from './duration';
import type { MtaProfile } from './profiles';
import { simulate, type Leg, type Timeline } from './simulate';

/**
 * - `direct`: sender → your server, which is down; no filtering service in front (the seed's step 3);
 * - `server-down`: sender → filtering service → your server, which is down (step 4);
 * - `filter-down`: sender → filtering service, which is down → your server.
 */
export const chains = ['direct', 'server-down', 'filter-down'] as const;
export type Chain = (typeof chains)[number];

export const chainLabels: Record<Chain, string> = {
  direct: 'Sender → your server (down)',
  'server-down': 'Sender → filtering service → your server (down)',
  'filter-down': 'Sender → filtering service (down) → your server',
};

/**
 * One sender's timeline on `chain` for an outage that lasts `outageSeconds`, the message being sent `sentAfter`
 * seconds after the outage began (0: as it began). Times in the timeline count from when the message is sent.
 */
export function simulateChain(
  chain: Chain,
  sender: MtaProfile,
  filteringService: MtaProfile,
  outageSeconds: number,
  seed = 1,
  sentAfter = 0,
): Timeline {
  const outage = { start: -sentAfter, end: outageSeconds - sentAfter };
  switch (chain) {
    case 'direct':
      return simulate({ profile: sender, outage, seed });
    case 'server-down':
      return simulate({ profile: sender, outage: { start: 0, end: 0 }, hops: [{ profile: filteringService, outage }], seed });
    case 'filter-down':
      return simulate({ profile: sender, outage, hops: [{ profile: filteringService }], seed });
  }
}

/** The leg that waited out the outage: the one with failed attempts, else the first. */
export function waitingLeg(timeline: Timeline): Leg {
  return timeline.legs.find((leg) => leg.attempts.some((attempt) => !attempt.delivered)) ?? timeline.legs[0];
}

function senderSentence(timeline: Timeline): string {
  const leg = waitingLeg(timeline);
  const who = leg === timeline.legs[0] ? `The sender's server (${leg.profile.name})` : leg.profile.name;
  if (leg.attempts.length === 0 && leg.reason !== undefined) {
    return `${who} returns the message to the sender at once, without trying to deliver it: ${leg.reason}.`;
  }
  const warning =
    leg.warningAt === null
      ? 'The sender gets no delay warning.'
      : `The sender gets a "delayed, still trying, no need to resend" notice after ${formatDuration(leg.warningAt)}.`;
  const outcome =
    timeline.outcome === 'delivered'
      ? `The message is delivered ${formatDuration(timeline.outcomeAt)} after it was sent.`
      : `${who} gives up after ${formatDuration(timeline.outcomeAt)} and returns the message to the sender with an error report, so the sender must send it again.`;
  const failed = leg.attempts.filter((attempt) => !attempt.delivered).length;
  return `${who} keeps the message in its queue and tries again ${failed} time${failed === 1 ? '' : 's'}. ${warning} ${outcome}`;
}

/** The customer's explanation, one paragraph per sending MTA, ending with whether anything is lost. */
export function customerSummary(
  chain: Chain,
  outageSeconds: number,
  filteringServiceName: string,
  results: { sender: MtaProfile; timeline: Timeline }[],
): string {
  const down = chain === 'filter-down' ? `${filteringServiceName} is unreachable` : 'your mail server is unreachable';
  const path =
    chain === 'direct'
      ? 'Mail goes straight from the sender to your server.'
      : `Mail goes from the sender to ${filteringServiceName}, which passes it on to your server.`;
  const lines = [`What happens to mail while ${down} for ${formatDuration(outageSeconds)}`, '', path, ''];
  for (const { sender, timeline } of results) lines.push(`If the sender uses ${sender.name}: ${senderSentence(timeline)}`, '');
  const anyBounced = results.some(({ timeline }) => timeline.outcome === 'bounced');
  lines.push(
    anyBounced
      ? 'No mail is silently lost: each message is either delivered late or returned to its sender, who then knows it did not arrive (as long as the return address is real).'
      : 'No mail is lost: every message is delivered once the server answers again, only later.',
    '',
    'These are the default settings of each mail server (sources: MX Guard, docs/delivery/mta-defaults.md); a sender may have changed them.',
  );
  return lines.join('\n');
}
