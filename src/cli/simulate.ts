/** `mx-guard simulate`: the retry timeline of one sending MTA for an outage of the server it delivers to. */
import * as fs from 'node:fs';
import {
  defaultFilteringService,
  filteringServiceFromConfig,
  formatDuration,
  isMtaId,
  mtaIds,
  outageTooLong,
  parseDuration,
  profileById,
  simulateChain,
  type FilteringServiceSettings,
} from '../core/delivery';
import { choice, parseArgs, UsageError, type ParsedArgs } from './args';

/** Without --outage: the seed's 36 hours, long enough to show retries and, for some senders, a warning. */
const defaultOutage = '36h';

function durationOption(args: ParsedArgs, name: string, fallback: string): number {
  const text = args.options.get(name) ?? fallback;
  const seconds = parseDuration(text);
  if (seconds === undefined || seconds < 0) throw new UsageError(`--${name} must be a duration such as 3h, 36h, 6d or 1d12h (got "${text}")`);
  return seconds;
}

/** The filtering service of `--config FILE` (its `filteringService` object), else the default vqNow. */
function filteringServiceSettings(configFile: string | undefined): FilteringServiceSettings {
  if (configFile === undefined) return defaultFilteringService;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(configFile, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not valid JSON (${error.message})` : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new Error(`cannot read --config ${configFile}: ${why}`, { cause: error });
  }
  return { ...defaultFilteringService, ...filteringServiceFromConfig(data, configFile) };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['mta', 'outage', 'format', 'sent-after', 'config']);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const mta = args.options.get('mta')?.toLowerCase();
  if (mta === undefined) throw new UsageError('--mta is required');
  if (!isMtaId(mta)) throw new UsageError(`--mta must be one of ${mtaIds.join(', ')} (got "${mta}")`);
  const outageSeconds = durationOption(args, 'outage', defaultOutage);
  const sentAfter = durationOption(args, 'sent-after', '0');

  const settings = filteringServiceSettings(args.options.get('config'));
  const tooLong = outageTooLong(outageSeconds, settings);
  if (tooLong) throw new UsageError(tooLong);
  const profile = profileById(mta, settings);
  const timeline = simulateChain('direct', profile, profile, outageSeconds, 1, sentAfter);
  const leg = timeline.legs[0];
  if (format === 'json') {
    const result = {
      mta,
      outageSeconds,
      attempts: leg.attempts.map((attempt) => ({ at: attempt.at })),
      warningAt: leg.warningAt,
      outcome: leg.outcome,
      outcomeAt: leg.outcomeAt,
      ...(leg.reason === undefined ? {} : { reason: leg.reason }),
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }

  const outage = `${profile.name}: the next hop is unreachable for ${formatDuration(outageSeconds)}`;
  const heading = sentAfter === 0 ? `${outage} from the first attempt` : `${outage}; the message is sent ${formatDuration(sentAfter)} after it began`;
  const lines = [heading, ''];
  const width = String(leg.attempts.length).length;
  leg.attempts.forEach((attempt, index) => {
    lines.push(
      `  attempt ${String(index + 1).padStart(width)}  at ${formatDuration(attempt.at).padEnd(14)} ${attempt.delivered ? 'delivered' : 'no answer'}`,
    );
  });
  if (leg.reason !== undefined) lines.push(`  no attempt: ${leg.reason}`);
  const warnings =
    leg.warnings.length === 0
      ? profile.warnAfter === null
        ? 'none (this sender sends none by default)'
        : 'none (not due before the outcome)'
      : `sent to the sender at ${leg.warnings.map(formatDuration).join(', ')}`;
  lines.push(
    '',
    `delay warning: ${warnings}`,
    `outcome:       ${leg.outcome === 'delivered' ? 'delivered' : 'returned to the sender (bounced)'} at ${formatDuration(leg.outcomeAt)} (${leg.outcomeAt} s)`,
    `defaults:      retries ${profile.retrySummary}; gives up after ${formatDuration(profile.giveUpAfter)}`,
    `source:        ${profile.source}`,
  );
  if (profile.unverified.length > 0) lines.push(`unverified:    ${profile.unverified.join('; ')}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
