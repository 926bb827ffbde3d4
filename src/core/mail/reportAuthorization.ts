/** DMARC's external report destinations (RFC 7489 §7.1). */
import { nameKey } from '../zone/names';
import { suffixList } from '../mx/suffixList';

/**
 * The name a report receiver at `host` publishes to accept reports for the domain whose DMARC record
 * stands at `dmarcOwner` (`_dmarc.example.com.`), as a name key; undefined when the receiver is in the
 * domain's own organizational domain and needs no such record.
 */
export function reportAuthorizationName(dmarcOwner: string, host: string): string | undefined {
  const domain = nameKey(dmarcOwner)
    .replace(/^_dmarc\./, '')
    .replace(/\.$/, '');
  const list = suffixList();
  const own = list.getDomain(domain) ?? domain;
  const receiver = list.getDomain(host) ?? host;
  if (own === receiver) return undefined;
  return `${domain}._report._dmarc.${host}.`;
}
