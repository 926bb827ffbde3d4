/** `mx-guard simulate`: the retry timeline of one sending MTA for an outage that starts with the first attempt. */
import { formatDuration, isMtaId, mtaIds, outageTooLong, parseDuration, profileById, simulate } from '../core/delivery';
import { choice, parseArgs, UsageError } from './args';

/** Without --outage: the seed's 36 hours, long enough to show retries and, for some senders, a warning. */
const defaultOutage = '36h';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['mta', 'outage', 'format']);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const mta = args.options.get('mta')?.toLowerCase();
  if (mta === undefined) throw new UsageError('--mta is required');
  if (!isMtaId(mta)) throw new UsageError(`--mta must be one of ${mtaIds.join(', ')} (got "${mta}")`);
  const outageText = args.options.get('outage') ?? defaultOutage;
  const outageSeconds = parseDuration(outageText);
  if (outageSeconds === undefined || outageSeconds < 0)
    throw new UsageError(`--outage must be a duration such as 3h, 36h, 6d or 1d12h (got "${outageText}")`);
  const tooLong = outageTooLong(outageSeconds);
  if (tooLong) throw new UsageError(tooLong);

  const profile = profileById(mta);
  const leg = simulate({ profile, outage: { start: 0, end: outageSeconds } }).legs[0];
  if (format === 'json') {
    const result = {
      mta,
      outageSeconds,
      attempts: leg.attempts.map((attempt) => ({ at: attempt.at })),
      warningAt: leg.warningAt,
      outcome: leg.outcome,
      outcomeAt: leg.outcomeAt,
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }

  const lines = [`${profile.name}: the next hop is unreachable for ${formatDuration(outageSeconds)} from the first attempt`, ''];
  const width = String(leg.attempts.length).length;
  leg.attempts.forEach((attempt, index) => {
    lines.push(
      `  attempt ${String(index + 1).padStart(width)}  at ${formatDuration(attempt.at).padEnd(14)} ${attempt.delivered ? 'delivered' : 'no answer'}`,
    );
  });
  lines.push(
    '',
    `delay warning: ${leg.warningAt === null ? (profile.warnAfter === null ? 'none (this sender sends none by default)' : 'none (delivered before it was due)') : `sent to the sender at ${formatDuration(leg.warningAt)}`}`,
    `outcome:       ${leg.outcome === 'delivered' ? 'delivered' : 'returned to the sender (bounced)'} at ${formatDuration(leg.outcomeAt)} (${leg.outcomeAt} s)`,
    `defaults:      retries ${profile.retrySummary}; gives up after ${formatDuration(profile.giveUpAfter)}`,
    `source:        ${profile.source}`,
  );
  if (profile.unverified.length > 0) lines.push(`unverified:    ${profile.unverified.join('; ')}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
