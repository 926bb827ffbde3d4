import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { looksLikeDmarc, parseDmarc } from '../mail/dmarc';
import { isDmarcOwner, mailZone, txtWhere } from '../mail/mailZone';
import { tagNamed } from '../mail/tagList';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dmarc-policy-none', {
  description: 'A DMARC record with p=none: receivers report but act on nothing.',
  defaultSeverity: 'information',
  messages: {
    none: 'DMARC at {{owner}} has p=none: receivers send reports but deliver mail that fails DMARC as usual. Move to p=quarantine, then p=reject, once the reports show every sender aligned.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isDmarcOwner)) {
    for (const txt of texts) {
      if (!looksLikeDmarc(txt.text)) continue;
      const dmarc = parseDmarc(txt.text);
      const p = tagNamed(dmarc.tags, 'p');
      if (dmarc.policy === 'none' && p !== undefined)
        findings.push(textFinding(meta, 'none', { owner: hostName(txt.record.owner) }, txt, p.start, p.end));
    }
  }
  return findings;
}
