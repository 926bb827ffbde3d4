import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { nameKey } from '../zone/names';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-rr-type', {
  description: 'A record of the obsolete SPF type (99): RFC 7208 §3.1 removed it, and receivers read SPF from TXT only.',
  defaultSeverity: 'warning',
  messages: {
    obsolete:
      '{{owner}} has a record of type SPF (99): RFC 7208 §3.1 ended its use and receivers never ask for it. Keep the policy in a TXT record and remove this one{{txtNote}}.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const mail = mailZone(zone);
  return mail.spfType.map((record) => {
    const hasTxt = mail.spfByOwner.has(nameKey(record.owner));
    return recordFinding(
      meta,
      'obsolete',
      { owner: hostName(record.owner), txtNote: hasTxt ? '' : ' (no TXT SPF record stands at this name yet)' },
      record,
    );
  });
}
