import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { looksLikeDmarc } from '../mail/dmarc';
import { isDmarcOwner, isReportAuthorizationOwner, mailZone, txtWhere } from '../mail/mailZone';
import { addRecordAfterFix } from './fixes';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';
import { presentText } from '../dns/names';

export const meta = ruleMeta('dmarc-misplaced', {
  description: 'A v=DMARC1 record anywhere but at a _dmarc name, where no receiver looks for it.',
  defaultSeverity: 'warning',
  messages: {
    misplaced: 'This DMARC record is at {{owner}}, where no receiver looks: DMARC is read from {{expected}} (RFC 7489 §6.1). Move it there.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const elsewhere = (labels: string[]) => !isDmarcOwner(labels) && !isReportAuthorizationOwner(labels);
  for (const { texts } of txtWhere(mailZone(zone), elsewhere)) {
    for (const txt of texts) {
      if (!looksLikeDmarc(txt.text)) continue;
      const expected = '_dmarc.' + txt.record.owner;
      const fix = addRecordAfterFix(zone, txt.record, expected, `TXT ${presentText(txt.text)}`, `Add this record at ${hostName(expected)}`);
      findings.push(
        recordFinding(meta, 'misplaced', { owner: hostName(txt.record.owner), expected: hostName(expected) }, txt.record, { fixes: [fix] }),
      );
    }
  }
  return findings;
}
