import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { looksLikeDmarc } from '../mail/dmarc';
import { isDmarcOwner, isReportAuthorizationOwner, mailZone } from '../mail/mailZone';
import { addRecordAfterFix } from './fixes';
import { labelsOf, recordFinding } from './mailReport';
import { nameKey } from '../zone/names';
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
  for (const txt of mailZone(zone).texts) {
    // The text first: few are DMARC records, and an owner's name is made only for those.
    if (!looksLikeDmarc(txt.text)) continue;
    const labels = labelsOf(nameKey(txt.record.owner));
    if (isDmarcOwner(labels) || isReportAuthorizationOwner(labels)) continue;
    const expected = '_dmarc.' + txt.record.owner;
    const fix = addRecordAfterFix(zone, txt.record, expected, `TXT ${presentText(txt.text)}`, `Add this record at ${hostName(expected)}`);
    findings.push(
      recordFinding(meta, 'misplaced', { owner: hostName(txt.record.owner), expected: hostName(expected) }, txt.record, { fixes: [fix] }),
    );
  }
  return findings;
}
