import { coversHostPattern } from '../hostPattern';
import { catalogue } from './catalogue';
import type { ProviderEntry, ProviderInfo } from './types';

/** The catalogue by pattern: exact hosts, and the domains under which a wildcard matches every name. */
interface PatternIndex {
  exact: Map<string, ProviderInfo>;
  below: Map<string, ProviderInfo>;
}

let index: PatternIndex | undefined;

function patternIndex(): PatternIndex {
  if (index) return index;
  const exact = new Map<string, ProviderInfo>();
  const below = new Map<string, ProviderInfo>();
  for (const entry of catalogue) {
    const info: ProviderInfo = { id: entry.id, name: entry.name, kind: entry.kind };
    for (const pattern of entry.mx) {
      if (pattern.startsWith('*.')) below.set(pattern.slice(2), info);
      else exact.set(pattern, info);
    }
  }
  index = { exact, below };
  return index;
}

/** Providers already looked up: a zone names the same few MX hosts again and again. */
const byHost = new Map<string, ProviderInfo | null>();
const CACHE_LIMIT = 10_000;

/**
 * The catalogue entry whose inbound MX patterns match `name` (a bare lower-case host name), if any:
 * one map look-up for the name and one for each domain above it.
 */
export function providerOf(name: string): ProviderInfo | undefined {
  let found = byHost.get(name);
  if (found === undefined) {
    const { exact, below } = patternIndex();
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
