import { hostName } from '../dns/names';
import { operatorLabel, operatorName, operatorOf, type Operator } from './operator';

/**
 * The order in which a sending server tries the MX hosts of one name (RFC 5321 §5.1): lowest
 * preference first, hosts of equal preference in random order, then the next preference when none of
 * them answers. Each host gets a role that says whether mail reaching it still goes through the
 * primary's filtering pipeline.
 */
export interface MxEntry {
  preference: number;
  /** Absolute target name, `.` for a null MX. */
  exchange: string;
}

/**
 * - `primary`: at the lowest preference, run by the primary's operator.
 * - `split`: at the lowest preference too, but run by another operator, so senders pick it at random.
 * - `same-pipeline`: a higher preference run by the primary's operator (or trusted): a safe backup.
 * - `backup`: a higher preference run by another operator: mail sent straight to it skips the filter.
 */
export type MxRole = 'primary' | 'split' | 'same-pipeline' | 'backup';

export interface FallbackStep<T extends MxEntry = MxEntry> {
  entry: T;
  /** 1 for the hosts tried first, 2 for the next preference, and so on. */
  tier: number;
  operator: Operator;
  role: MxRole;
}

export interface FallbackPlan<T extends MxEntry = MxEntry> {
  /** A null MX (`MX 0 .`, RFC 7505) is present: the name says it accepts no mail. */
  nullMx: boolean;
  /** The operator of the first-listed host at the lowest preference, the one the others are compared with. */
  primaryOperator?: Operator;
  /** Every non-null MX, in the order senders try them (equal preferences keep their written order). */
  steps: FallbackStep<T>[];
}

/**
 * `operatorFor` lets a caller that plans many names share one lookup per host (a zone names the same
 * few MX hosts again and again).
 */
export function fallbackPlan<T extends MxEntry>(
  entries: readonly T[],
  trustedPatterns: readonly string[] = [],
  operatorFor: (host: string) => Operator = (host) => operatorOf(host, trustedPatterns),
): FallbackPlan<T> {
  const hosts = entries.filter((e) => e.exchange !== '.');
  const nullMx = hosts.length !== entries.length;
  // A stable sort keeps the written order inside one preference.
  const sorted = hosts.slice().sort((a, b) => a.preference - b.preference);
  if (sorted.length === 0) return { nullMx, steps: [] };
  const lowest = sorted[0].preference;
  const operators = sorted.map((e) => operatorFor(e.exchange));
  const primaryOperator = operators[0];
  const primaryKeys = new Set(operators.filter((_, i) => sorted[i].preference === lowest).map((o) => o.key));
  const steps: FallbackStep<T>[] = [];
  let tier = 0;
  let previous = Number.NaN;
  sorted.forEach((entry, i) => {
    if (entry.preference !== previous) {
      tier++;
      previous = entry.preference;
    }
    const operator = operators[i];
    let role: MxRole;
    if (entry.preference === lowest) {
      role = operator.trusted || operator.key === primaryOperator.key ? 'primary' : 'split';
    } else {
      role = operator.trusted || primaryKeys.has(operator.key) ? 'same-pipeline' : 'backup';
    }
    steps.push({ entry, tier, operator, role });
  });
  return { nullMx, primaryOperator, steps };
}

const roleText: Record<MxRole, string> = {
  primary: 'primary',
  split: 'primary, other operator',
  'same-pipeline': 'backup, same pipeline',
  backup: 'backup, other operator',
};

/** Names from a zone file are untrusted text: escape what markdown would read as markup (a table cell, emphasis, a link, HTML). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#|<>!]/g, (c) => '\\' + c);
}

/**
 * Markdown for the MX hover: the fallback order of `owner` as a table, then what it means for the
 * filtering. `current` marks the record under the cursor; `filteringServiceName` names a trusted primary.
 */
/**
 * One host of the fallback order as a list item of labelled fields. A hover's markdown cannot pad table cells, so
 * columns would run together; fields joined by " · " read cleanly, and a new field is one more pair.
 */
function hostLine(fields: [label: string, value: string][]): string {
  return `- ${fields.map(([label, value]) => (label ? `${label} ${value}` : value)).join(' · ')}`;
}

export function describeFallback<T extends MxEntry>(owner: string, plan: FallbackPlan<T>, current?: T, filteringServiceName?: string): string {
  const name = escapeMarkdown(hostName(owner));
  if (plan.steps.length === 0) {
    return plan.nullMx
      ? `**${name}** has a null MX (RFC 7505): it accepts no mail, and senders return mail for it at once, without trying to deliver.`
      : `**${name}** has no MX records.`;
  }
  const lines = [`**Mail for ${name}**: the order a sending server follows (RFC 5321 §5.1)`, ''];
  for (const step of plan.steps) {
    const operator = operatorLabel(step.operator, escapeMarkdown);
    lines.push(
      hostLine([
        ['Try', String(step.tier)],
        ['', `**${escapeMarkdown(hostName(step.entry.exchange))}**${step.entry === current ? ' ◀ this record' : ''}`],
        ['preference', String(step.entry.preference)],
        ['run by', operator],
        ['', roleText[step.role]],
      ]),
    );
  }
  lines.push('');
  const tiers = plan.steps[plan.steps.length - 1].tier;
  lines.push(
    tiers === 1
      ? 'Senders pick among these hosts at random; when none answers, they queue the message and retry later.'
      : 'Senders try tier 1 first (equal preferences in random order), and move to the next tier only when no host of the previous one answers; after the last, they queue the message and retry later.',
  );
  const bypass = plan.steps.filter((s) => s.role === 'backup' || s.role === 'split');
  const primary = escapeMarkdown(plan.primaryOperator ? operatorName(plan.primaryOperator, filteringServiceName) : '');
  if (bypass.length > 0) {
    const hosts = bypass.map((s) => escapeMarkdown(hostName(s.entry.exchange))).join(', ');
    lines.push(
      '',
      `⚠ ${hosts} ${bypass.length === 1 ? 'is' : 'are'} not run by ${primary}: spammers can send straight to ${bypass.length === 1 ? 'it' : 'them'} and skip the filtering on the primary.`,
    );
  } else {
    lines.push('', `Every host is run by ${primary} or trusted: all mail goes through the same pipeline.`);
  }
  if (plan.nullMx) lines.push('', 'A null MX (`MX 0 .`) is listed beside these hosts: RFC 7505 says it must stand alone.');
  return lines.join('\n');
}
