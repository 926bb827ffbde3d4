import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { operatorName, possessive } from '../mx/operator';
import { removeRecordFix } from './fixes';
import { fallbackPlans } from './mxFallback';
import { report, ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('backup-mx', {
  description: 'A higher-numbered MX run by another operator than the primary: mail sent straight to it skips the primary’s filtering.',
  defaultSeverity: 'warning',
  messages: {
    otherOperator:
      'Backup MX {{target}} (preference {{preference}}) is not run by {{primaryOperator}}, which runs your primary MX: mail sent straight to it skips {{primaryFiltering}} filtering.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const plan of fallbackPlans(zone, options.trustedMxHosts).values()) {
    const primaryOperator = plan.primaryOperator ? operatorName(plan.primaryOperator, options.filteringServiceName) : '';
    for (const step of plan.steps) {
      const { record } = step.entry;
      if (step.role !== 'backup') continue;
      const target = hostName(step.entry.exchange);
      const fix = removeRecordFix(zone, record, `Remove the backup MX ${target}`);
      findings.push(
        report(
          meta,
          'otherOperator',
          { target, preference: step.entry.preference, primaryOperator, primaryFiltering: possessive(primaryOperator) },
          record.rdata.exchangeRange,
          { fixes: fix ? [fix] : undefined, file: record.file },
        ),
      );
    }
  }
  return findings;
}
