/**
 * The longest outage worth simulating, shared by `mx-guard simulate` and the Outage Scenarios panel: a day past the
 * longest give-up time of any sender profile (the filtering service's configured hours included), by which time
 * every sender has delivered or returned the message, so a longer outage shows nothing new.
 */
import { DAY, formatDuration } from './duration';
import { allProfiles, defaultFilteringService, type FilteringServiceSettings } from './profiles';

export function longestGiveUp(settings: FilteringServiceSettings = defaultFilteringService): number {
  return Math.max(...allProfiles(settings).map((profile) => profile.giveUpAfter));
}

export function maxOutageSeconds(settings: FilteringServiceSettings = defaultFilteringService): number {
  return longestGiveUp(settings) + DAY;
}

/** Why an outage of `seconds` is refused as too long, or undefined when it is within the limit. */
export function outageTooLong(seconds: number, settings: FilteringServiceSettings = defaultFilteringService): string | undefined {
  const limit = maxOutageSeconds(settings);
  if (seconds <= limit) return undefined;
  return `An outage of ${formatDuration(seconds)} is longer than ${formatDuration(limit)}, the longest give-up time of any sender (${formatDuration(longestGiveUp(settings))}) plus a day: by then every message has been delivered or returned.`;
}
