import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { isNullMx } from './nullMx';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone } from './zoneIndex';

export const meta = ruleMeta('null-mx-mixed', {
  description: 'A null MX (MX 0 .) beside other MX records at the same name.',
  defaultSeverity: 'error',
  messages: {
    mixed:
      'Null MX at {{owner}} says it accepts no mail, but {{count}} other MX record(s) say it does: RFC 7505 requires the null MX to be the only MX at its name, so senders may treat the name as broken. Keep one or the other.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  // A null MX alone at its name mixes with nothing.
  for (const records of indexZone(zone).mxByOwner.values(2)) {
    // Counted without a filtered copy: most owners have an MX or two, and a large zone has many owners.
    let others = 0;
    for (const record of records) if (!isNullMx(record)) others++;
    if (others === 0 || others === records.length) continue;
    for (const record of records) {
      if (isNullMx(record))
        findings.push(report(meta, 'mixed', { owner: hostName(record.owner), count: others }, record.range, { file: record.file }));
    }
  }
  return findings;
}
