import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { operatorName, possessive } from '../mx/operator';
import { fallbackPlans } from './mxFallback';
import { report, ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('split-provider-mx', {
  description:
    'MX hosts at the lowest preference run by different operators: senders pick among them at random, so part of the mail skips the filter.',
  defaultSeverity: 'warning',
  messages: {
    otherOperator:
      'MX {{target}} shares the lowest preference {{preference}} with {{primary}} but is run by {{operator}}, not by {{primaryOperator}}, which runs your primary MX: senders choose between them at random, so part of the mail skips {{primaryFiltering}} filtering.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const plan of fallbackPlans(zone, options.trustedMxHosts).values()) {
    const primary = plan.steps[0];
    const primaryOperator = operatorName(primary.operator, options.filteringServiceName);
    for (const step of plan.steps) {
      const { record } = step.entry;
      if (step.role !== 'split') continue;
      findings.push(
        report(
          meta,
          'otherOperator',
          {
            target: hostName(step.entry.exchange),
            preference: step.entry.preference,
            primary: hostName(primary.entry.exchange),
            operator: operatorName(step.operator),
            primaryOperator,
            primaryFiltering: possessive(primaryOperator),
          },
          record.rdata.exchangeRange,
          { file: record.file },
        ),
      );
    }
  }
  return findings;
}
