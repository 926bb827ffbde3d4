import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { looksLikeDmarc, parseDmarc } from '../mail/dmarc';
import { isDmarcOwner, mailZone, txtWhere } from '../mail/mailZone';
import { reportAuthorizationName } from '../mail/reportAuthorization';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('dmarc-report-authorization', {
  description: 'Live: rua or ruf addresses at another domain that has not published <domain>._report._dmarc.<other> (RFC 7489 §7.1).',
  defaultSeverity: 'warning',
  messages: {
    unauthorized:
      'DMARC at {{owner}} sends {{tag}} reports to {{host}}, which has not published {{name}} ("v=DMARC1"): receivers drop reports to it (RFC 7489 §7.1). Ask the report receiver to publish that record, or send the reports to your own domain.',
  },
  fixable: false,
});

/** Needs the live answers for the authorization names (check-domain looks them up); silent without them. */
export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const live = options.mail?.live;
  if (live === undefined) return [];
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isDmarcOwner)) {
    for (const txt of texts) {
      if (!looksLikeDmarc(txt.text)) continue;
      for (const uri of parseDmarc(txt.text).reportUris) {
        const name = reportAuthorizationName(txt.record.owner, uri.host);
        const answer = name === undefined ? undefined : live.txt[name];
        if (answer === undefined || answer.some(looksLikeDmarc)) continue;
        const data = { owner: hostName(txt.record.owner), tag: uri.tag, host: uri.host, name: hostName(name!) };
        findings.push(textFinding(meta, 'unauthorized', data, txt, uri.start, uri.end));
      }
    }
  }
  return findings;
}
