import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { replaceFix } from './fixes';
import { isNullMx } from './nullMx';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords, mxTargets } from './zoneIndex';

export const meta = ruleMeta('null-mx-preference', {
  description: 'A null MX whose preference is not 0.',
  defaultSeverity: 'warning',
  messages: {
    nonZero:
      'Null MX at {{owner}} has preference {{preference}}; RFC 7505 defines it as MX 0 . and senders may not recognise another value as "no mail".',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const index = indexZone(zone);
  if (!mxTargets(index).some((target) => target.exchange === '.')) return findings;
  for (const record of mxRecords(index)) {
    if (!isNullMx(record) || record.rdata.preference === 0) continue;
    const preferenceToken = record.rdataTokens[0];
    const range = preferenceToken?.range ?? record.range;
    const fixes =
      record.file === undefined && preferenceToken ? [replaceFix('Set the null MX preference to 0', preferenceToken.range, '0')] : undefined;
    findings.push(
      report(meta, 'nonZero', { owner: hostName(record.owner), preference: record.rdata.preference }, range, { fixes, file: record.file }),
    );
  }
  return findings;
}
