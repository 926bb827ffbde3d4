import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { looksLikeDmarc, parseDmarc } from '../mail/dmarc';
import { mailZone } from '../mail/mailZone';
import { nameKey } from '../zone/names';
import { addRecordAfterFix } from './fixes';
import { recordFinding } from './mailReport';
import { isNullMx } from './nullMx';
import { ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords } from './zoneIndex';

export const meta = ruleMeta('no-mail-domain-incomplete', {
  description: 'A null MX without "v=spf1 -all" and a DMARC p=reject: the domain says it takes no mail, but others may still send in its name.',
  defaultSeverity: 'information',
  messages: {
    incomplete:
      '{{owner}} accepts no mail (null MX, RFC 7505) but lacks {{missing}}: without them anyone may still send mail in its name. M3AAWG advises publishing both for a domain that sends no mail.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const mail = mailZone(zone);
  const findings: Finding[] = [];
  for (const record of mxRecords(indexZone(zone))) {
    if (!isNullMx(record)) continue;
    const key = nameKey(record.owner);
    const spf = mail.spfByOwner.get(key);
    const rejectsAll = spf?.length === 1 && spf[0].spf.terms.length === 1 && spf[0].spf.terms[0].text === '-all';
    const dmarcKey = '_dmarc.' + key;
    const dmarc = (mail.txtByOwner.get(dmarcKey) ?? []).filter((txt) => looksLikeDmarc(txt.text));
    const rejects = dmarc.length === 1 && parseDmarc(dmarc[0].text).policy === 'reject';
    const missing: string[] = [];
    const fixes = [];
    if (!rejectsAll) missing.push(spf === undefined ? 'an SPF record "v=spf1 -all"' : 'an SPF record of only "v=spf1 -all"');
    if (!rejects) {
      missing.push('a DMARC record with p=reject');
      if (dmarc.length === 0)
        fixes.push(addRecordAfterFix(zone, record, '_dmarc.' + record.owner, 'TXT "v=DMARC1; p=reject;"', 'Add a DMARC record skeleton (p=reject)'));
    }
    if (spf === undefined) fixes.push(addRecordAfterFix(zone, record, record.owner, 'TXT "v=spf1 -all"', 'Add the SPF record "v=spf1 -all"'));
    if (missing.length === 0) continue;
    findings.push(recordFinding(meta, 'incomplete', { owner: hostName(record.owner), missing: missing.join(' and ') }, record, { fixes }));
  }
  return findings;
}
