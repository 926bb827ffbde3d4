import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { removeRecordFix } from './fixes';
import { fallbackPlans } from './mxFallback';
import { report, ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('backup-mx', {
  description: 'A higher-numbered MX run by another operator than the primary: mail sent straight to it skips the primary’s filtering.',
  defaultSeverity: 'warning',
  messages: {
    otherOperator:
      "Backup MX {{target}} (preference {{preference}}) is run by {{operator}}, not by the primary's operator {{primaryOperator}}: mail sent straight to it skips the filtering on the primary.",
  },
  fixable: true,
});

export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const plan of fallbackPlans(zone, options.trustedMxHosts).values()) {
    for (const step of plan.steps) {
      const { record } = step.entry;
      if (step.role !== 'backup') continue;
      const target = hostName(step.entry.exchange);
      const fix = removeRecordFix(zone, record, `Remove the backup MX ${target}`);
      findings.push(
        report(
          meta,
          'otherOperator',
          { target, preference: step.entry.preference, operator: step.operator.domain, primaryOperator: plan.primaryOperator?.domain ?? '' },
          record.rdata.exchangeRange,
          { fixes: fix ? [fix] : undefined, file: record.file },
        ),
      );
    }
  }
  return findings;
}
