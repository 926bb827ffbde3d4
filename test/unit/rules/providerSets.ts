import { catalogue } from '../../../src/core/mx/providers/catalogue';
import type { ProviderEntry } from '../../../src/core/mx/providers/types';
import { suffixList } from '../../../src/core/mx/suffixList';

/** A host no catalogue entry names, run by its own registrable domain (isp.example). */
export const otherOperatorHost = 'relay.isp.example';

/** The MX hosts an entry's sources name (exact hosts only, not forms such as `*.mx.microsoft`), in the order they name them. */
export function documentedHosts(entry: ProviderEntry): string[] {
  if (entry.sources === 'seed') return [];
  const hosts = entry.sources.flatMap((s) => s.names).filter((name) => !name.startsWith('*.'));
  return [...new Set(hosts)];
}

function registrableDomains(hosts: readonly string[]): Set<string> {
  return new Set(hosts.map((h) => suffixList().getDomain(h, { allowPrivateDomains: true }) ?? h));
}

/** Entries whose documented hosts span more than one registrable domain: the sets the operator rules once misread. */
export function multiDomainProviders(): { entry: ProviderEntry; hosts: string[] }[] {
  return catalogue.map((entry) => ({ entry, hosts: documentedHosts(entry) })).filter(({ hosts }) => registrableDomains(hosts).size > 1);
}
