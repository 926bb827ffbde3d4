import { getDomain } from 'tldts';
import type { Finding } from '../types';
import type { DomainCheck } from './check';
import { hostName } from './names';

/** One step of the order in which a sender tries the MX targets (RFC 5321 §5.1). */
export interface FallbackStep {
  preference: number;
  /** Host names; a sender tries hosts of one preference in random order. */
  hosts: { host: string; operator: string; addresses: string[]; status: 'resolved' | 'unresolved' | 'failed' | 'not looked up' }[];
  role: 'primary' | 'backup' | 'null MX';
}

/** The published MX grouped by preference, lowest first, with who runs each host (its registrable domain). */
export function fallbackOrder(check: DomainCheck): FallbackStep[] {
  const steps: FallbackStep[] = [];
  for (const mx of check.mx) {
    const host = hostName(mx.exchange);
    const target = check.targets.find((t) => t.exchange.toLowerCase() === mx.exchange.toLowerCase());
    let step = steps[steps.length - 1];
    if (!step || step.preference !== mx.preference) {
      step = { preference: mx.preference, hosts: [], role: host === '.' ? 'null MX' : steps.length === 0 ? 'primary' : 'backup' };
      steps.push(step);
    }
    step.hosts.push({
      host,
      operator: host === '.' ? '' : (getDomain(host) ?? host),
      addresses: target?.addresses ?? [],
      status: target?.status ?? (host === '.' ? 'resolved' : 'not looked up'),
    });
  }
  return steps;
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
export function domainReportMarkdown(check: DomainCheck): string {
  const lines = [`# Published MX of ${check.domain}`, '', `Answers from ${code(check.server)}. ${countBySeverity(check.findings)}.`, ''];
  lines.push('## Findings', '');
  if (check.findings.length === 0) lines.push('Nothing to report: the published MX follow every rule.', '');
  for (const finding of check.findings) {
    lines.push(`- **${SEVERITY_LABEL[finding.severity]}** ${plain(finding.message)} ([${finding.ruleId}](rules/${finding.ruleId}.md))`);
  }
  lines.push('', '## Fallback order', '');
  const steps = fallbackOrder(check);
  if (!check.exists) lines.push(`${check.domain} does not exist: senders bounce at once, there is nothing to try.`);
  else if (steps.length === 0) {
    const addresses = check.implicitMx?.addresses ?? [];
    lines.push(
      addresses.length > 0
        ? `No MX: senders deliver to the domain's own address (the implicit MX, RFC 5321 §5.1): ${addresses.map(code).join(', ')}.`
        : 'No MX and no address: senders have nowhere to deliver.',
    );
  } else {
    lines.push('A sender tries these in order, moving on when a host does not answer or replies with a 4xx code; hosts of equal preference are tried in random order.', '');
    lines.push('| Order | Preference | Host | Operator | Addresses | Role |', '|---|---|---|---|---|---|');
    steps.forEach((step, i) => {
      for (const host of step.hosts) {
        const addresses = host.status === 'resolved' ? host.addresses.map(code).join(', ') : host.status;
        lines.push(`| ${i + 1} | ${step.preference} | ${code(host.host)} | ${host.operator ? code(host.operator) : ''} | ${addresses} | ${step.role} |`);
      }
    });
  }
  if (check.zoneText) lines.push('', '## Records seen', '', '```', check.zoneText.replace(/```/g, "'''").trimEnd(), '```');
  return lines.join('\n') + '\n';
}
