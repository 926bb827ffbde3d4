import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { looksLikeDmarc } from '../mail/dmarc';
import { isDmarcOwner, mailZone, txtWhere } from '../mail/mailZone';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dmarc-multiple-records', {
  description: 'More than one DMARC record at a _dmarc name: receivers then apply none of them (RFC 7489 §6.6.3).',
  defaultSeverity: 'error',
  messages: {
    multiple: '{{owner}} has {{count}} DMARC records: receivers then apply none of them (RFC 7489 §6.6.3), as if the domain had no DMARC. Keep one.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isDmarcOwner)) {
    const records = texts.filter((txt) => looksLikeDmarc(txt.text));
    if (records.length < 2) continue;
    const data = { owner: hostName(records[0].record.owner), count: records.length };
    for (const txt of records.slice(1)) findings.push(recordFinding(meta, 'multiple', data, txt.record));
  }
  return findings;
}
