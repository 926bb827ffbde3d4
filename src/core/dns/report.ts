import { fallbackPlan, type FallbackPlan, type MxRole } from '../mx/fallback';
import { operatorLabel } from '../mx/operator';
import type { ProviderInfo } from '../mx/providers/types';
import type { Finding } from '../types';
import type { DomainCheck } from './check';
import { hostName } from './names';

/** One row of the order in which a sender tries the published MX (RFC 5321 §5.1), with what the lookup found. */
export interface FallbackRow {
  tier: number;
  preference: number;
  host: string;
  /** The operator as shown: the catalogue's provider with its kind, else the registrable domain; `(trusted)` for a trusted host. */
  operator: string;
  /** The catalogue's provider of the host, if any. */
  provider?: ProviderInfo;
  role: MxRole;
  /** The addresses, or why there are none. */
  addresses: string[] | 'no address' | 'lookup failed' | 'not looked up';
}

const ROLE_TEXT: Record<MxRole, string> = {
  primary: 'primary',
  split: 'primary, other operator',
  'same-pipeline': 'backup, same pipeline',
  backup: 'backup, other operator',
};

/** The published MX in the order senders try them, with operators and roles as the zone rules see them. */
export function fallbackRows(check: DomainCheck, trustedMxHosts: readonly string[] = []): { plan: FallbackPlan; rows: FallbackRow[] } {
  const plan = fallbackPlan(check.mx, trustedMxHosts);
  const rows = plan.steps.map((step): FallbackRow => {
    const target = check.targets.find((t) => t.exchange.toLowerCase() === step.entry.exchange.toLowerCase());
    const addresses =
      target === undefined
        ? 'not looked up'
        : target.status === 'resolved'
          ? target.addresses
          : target.status === 'failed'
            ? 'lookup failed'
            : 'no address';
    const row: FallbackRow = {
      tier: step.tier,
      preference: step.entry.preference,
      host: hostName(step.entry.exchange),
      operator: operatorLabel(step.operator),
      role: step.role,
      addresses,
    };
    if (step.operator.provider) row.provider = step.operator.provider;
    return row;
  });
  return { plan, rows };
}

export function roleText(role: MxRole): string {
  return ROLE_TEXT[role];
}

export function countBySeverity(findings: readonly Finding[]): string {
  const counts = (['error', 'warning', 'information', 'hint'] as const)
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity === 'information' ? 'info' : severity}${n === 1 || severity === 'information' ? '' : 's'}`);
  return counts.length > 0 ? counts.join(', ') : 'no findings';
}

/** Text inside a markdown code span: presented names never hold a backtick, but messages might quote one. */
function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

/** Message text from rules and answers, with markdown's active characters escaped so that it stays plain. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|~]/g, (ch) => '\\' + ch);
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' } as const;

/** The knowledge-view report of a domain check: findings with their articles, the fallback order, the records seen. */
export function domainReportMarkdown(check: DomainCheck, trustedMxHosts: readonly string[] = []): string {
  const lines = [`# Published MX of ${check.domain}`, '', `Answers from ${code(check.server)}. ${countBySeverity(check.findings)}.`, ''];
  lines.push('## Findings', '');
  if (check.findings.length === 0) lines.push('Nothing to report: the published MX follow every rule.', '');
  for (const finding of check.findings) {
    lines.push(`- **${SEVERITY_LABEL[finding.severity]}** ${plain(finding.message)} ([${finding.ruleId}](rules/${finding.ruleId}.md))`);
  }
  lines.push('', '## Fallback order', '');
  const { plan, rows } = fallbackRows(check, trustedMxHosts);
  if (!check.exists) lines.push(`${check.domain} does not exist: senders bounce at once, there is nothing to try.`);
  else if (plan.nullMx && rows.length === 0)
    lines.push(`${check.domain} publishes a null MX (RFC 7505): it accepts no mail, and senders bounce at once.`);
  else if (rows.length === 0) {
    const addresses = check.implicitMx?.addresses ?? [];
    lines.push(
      addresses.length > 0
        ? `No MX: senders deliver to the domain's own address (the implicit MX, RFC 5321 §5.1): ${addresses.map(code).join(', ')}.`
        : 'No MX and no address: senders have nowhere to deliver.',
    );
  } else {
    lines.push(
      'A sender tries tier 1 first, hosts of equal preference in random order, and moves to the next tier when no host answers or each replies with a 4xx code; after the last, it queues the message and retries later.',
      '',
      '| Tier | Preference | Host | Operator | Role | Addresses |',
      '|---|---|---|---|---|---|',
    );
    for (const row of rows) {
      const addresses = typeof row.addresses === 'string' ? row.addresses : row.addresses.map(code).join(', ');
      lines.push(`| ${row.tier} | ${row.preference} | ${code(row.host)} | ${code(row.operator)} | ${ROLE_TEXT[row.role]} | ${addresses} |`);
    }
  }
  if (check.zoneText) lines.push('', '## Records seen', '', '```', check.zoneText.replace(/```/g, "'''").trimEnd(), '```');
  return lines.join('\n') + '\n';
}
