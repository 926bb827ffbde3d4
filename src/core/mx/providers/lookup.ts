import { coversHostPattern } from '../hostPattern';
import { suffixList } from '../suffixList';
import { catalogue } from './catalogue';
import type { ProviderEntry, ProviderInfo } from './types';

/** The catalogue by pattern: exact hosts, and the domains under which a wildcard matches every name. */
interface PatternIndex {
  exact: Map<string, ProviderInfo>;
  below: Map<string, ProviderInfo>;
  /** The registrable domains of all patterns: a host under none of them needs no further look-up. */
  domains: Set<string>;
}

function registrableOf(name: string): string {
  return suffixList().getDomain(name, { allowPrivateDomains: true }) ?? name;
}

let index: PatternIndex | undefined;

function patternIndex(): PatternIndex {
  if (index) return index;
  const exact = new Map<string, ProviderInfo>();
  const below = new Map<string, ProviderInfo>();
  const domains = new Set<string>();
  for (const entry of catalogue) {
    const info: ProviderInfo = { id: entry.id, name: entry.name, kind: entry.kind };
    for (const pattern of entry.mx) {
      const name = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
      (pattern === name ? exact : below).set(name, info);
      domains.add(registrableOf(name));
    }
  }
  index = { exact, below, domains };
  return index;
}

/** Providers already looked up: a zone names the same few MX hosts again and again. */
const byHost = new Map<string, ProviderInfo | null>();
const CACHE_LIMIT = 10_000;

/**
 * The catalogue entry whose inbound MX patterns match `name` (a bare lower-case host name), if any.
 * A caller that knows the host's registrable domain passes it: a host under no catalogue domain (most
 * of a large zone's hosts) then costs one set look-up; the others, one map look-up per domain above it.
 */
export function providerOf(name: string, registrableDomain = registrableOf(name)): ProviderInfo | undefined {
  const { exact, below, domains } = patternIndex();
  if (!domains.has(registrableDomain)) return undefined;
  let found = byHost.get(name);
  if (found === undefined) {
    found = exact.get(name) ?? null;
    for (let dot = name.indexOf('.'); found === null && dot !== -1; dot = name.indexOf('.', dot + 1)) {
      found = below.get(name.slice(dot + 1)) ?? null;
    }
    if (byHost.size >= CACHE_LIMIT) byHost.clear();
    byHost.set(name, found);
  }
  return found ?? undefined;
}

export function providerById(id: string): ProviderEntry | undefined {
  return catalogue.find((entry) => entry.id === id);
}

/**
 * Verified: every MX pattern of the entry is named on a page the provider itself published (or, for
 * the seed's filtering service, in the seed's FAQ). Other entries rest on third-party pages only.
 */
export function isVerified(entry: ProviderEntry): boolean {
  if (entry.sources === 'seed') return true;
  const own = entry.sources.filter((s) => s.publisher === 'provider').flatMap((s) => s.names);
  return entry.mx.every((pattern) => own.some((name) => coversHostPattern(pattern, name)));
}
