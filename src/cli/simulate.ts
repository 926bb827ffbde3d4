/** `mx-guard simulate`: the retry timeline of one sending MTA for an outage of the server it delivers to. */
import * as fs from 'node:fs';
import {
  defaultFilteringService,
  filteringServiceFromConfig,
  formatExactDuration,
  isMtaId,
  mtaIds,
  outageTooLong,
  parseDuration,
  profileById,
  simulateChain,
  type FilteringServiceSettings,
} from '../core/delivery';
import { choice, parseArgs, UsageError, type ParsedArgs } from './args';
import { describeFsError } from '../core/zone/fileInclude';
import type { CommandHelp } from './help';

/** Without --outage: the seed's 36 hours, long enough to show retries and, for some senders, a warning. */
const defaultOutage = '36h';

export const help: CommandHelp = {
  summary: 'prints the retry timeline of one sending MTA while the server it delivers to is unreachable',
  usage: 'simulate --mta NAME [--outage DURATION] [--sent-after DURATION] [--config FILE] [--format text|json]',
  options: [
    ['--mta NAME', `the sender's profile, one of ${mtaIds.join(', ')}`],
    ['--outage DURATION', `how long the next hop is unreachable, from the first attempt (default ${defaultOutage}); e.g. 3h, 36h, 6d, 1d12h`],
    ['--sent-after DURATION', 'the message is sent this long after the outage began (default 0)'],
    ['--config FILE', "a JSON file whose filteringService object gives your filtering service's name and retry schedule"],
    ['--format FORMAT', 'text (default) or json'],
  ],
  notes: ['Times are exact: 3 d 28 min is three days and 28 minutes.', 'exit codes: 0 done, 2 usage error or a file that cannot be read'],
};

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
    const why = error instanceof SyntaxError ? `${configFile}: not valid JSON (${error.message})` : describeFsError(error, configFile);
    throw new Error(`cannot read --config ${why}`, { cause: error });
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

  const outage = `${profile.name}: the next hop is unreachable for ${formatExactDuration(outageSeconds)}`;
  const heading =
    sentAfter === 0 ? `${outage} from the first attempt` : `${outage}; the message is sent ${formatExactDuration(sentAfter)} after it began`;
  const lines = [heading, ''];
  const width = String(leg.attempts.length).length;
  leg.attempts.forEach((attempt, index) => {
    lines.push(
      `  attempt ${String(index + 1).padStart(width)}  at ${formatExactDuration(attempt.at).padEnd(20)} ${attempt.delivered ? 'delivered' : 'no answer'}`,
    );
  });
  if (leg.reason !== undefined) lines.push(`  no attempt: ${leg.reason}`);
  const warnings =
    leg.warnings.length === 0
      ? profile.warnAfter === null
        ? 'none (this sender sends none by default)'
        : 'none (not due before the outcome)'
      : `sent to the sender at ${leg.warnings.map(formatExactDuration).join(', ')}`;
  const facts: Array<[string, string]> = [
    ['delay warning', warnings],
    [
      'outcome',
      `${leg.outcome === 'delivered' ? 'delivered' : 'returned to the sender (bounced)'} at ${formatExactDuration(leg.outcomeAt)} (${leg.outcomeAt} s)`,
    ],
    ['retry schedule', profile.retrySummary],
    ['gives up', `after ${formatExactDuration(profile.giveUpAfter)}`],
    ['source', profile.source],
  ];
  if (profile.unverified.length > 0) facts.push(['unverified', profile.unverified.join('; ')]);
  lines.push('', ...facts.map(([label, text]) => `${`${label}:`.padEnd(16)}${text}`));
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
