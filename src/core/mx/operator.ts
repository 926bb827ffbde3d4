import { matchesHostPattern } from './hostPattern';
import { providerOf } from './providers/lookup';
import { kindText, type ProviderInfo } from './providers/types';
import { suffixList } from './suffixList';

/**
 * Who runs a mail host, in this order: a host the user listed among the trusted ones
 * (`mxGuard.trustedMxHosts`) is part of the primary's own filtering pipeline; else a host of a provider
 * in the catalogue is run by that provider, whichever of its registrable domains it uses; else the
 * operator is the host's registrable domain from the Public Suffix List (private suffixes included,
 * so that two customers of one hosting suffix count as two operators).
 */
export interface Operator {
  /** The registrable domain (`dnspark.net`), or the host itself when it has none (an IP address, a bare label). */
  domain: string;
  /** True when a trusted-host pattern matches the host. */
  trusted: boolean;
  /** The catalogue's provider of the host, if any. */
  provider?: ProviderInfo;
  /** Hosts with equal keys are run by one operator: `provider:<id>` for a catalogue provider, else `domain:<registrable domain>`. */
  key: string;
}

/** A host name without its trailing dot, lower-cased: the form patterns and the suffix list compare. */
function bareHost(host: string): string {
  const lower = host.toLowerCase();
  return lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * True when `host` matches one of `patterns`. A pattern is an exact host (`mx.example.net`) or a
 * leading wildcard (`*.vqnow.com`) that matches every name below that domain, not the domain itself.
 */
export function matchesTrustedHost(host: string, patterns: readonly string[]): boolean {
  const name = bareHost(host);
  return patterns.some((raw) => matchesHostPattern(name, bareHost(raw.trim())));
}

/** Names reach here as bare lower-case host names: tldts need not extract or validate them (which is most of its cost). */
const SUFFIX_OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, mixedInputs: false } as const;

/** Registrable domains already looked up: a zone names the same few MX hosts again and again. */
const registrable = new Map<string, string | null>();
const REGISTRABLE_CACHE_LIMIT = 10_000;

function registrableDomain(name: string): string | null {
  let domain = registrable.get(name);
  if (domain === undefined) {
    domain = suffixList().getDomain(name, SUFFIX_OPTIONS);
    if (registrable.size >= REGISTRABLE_CACHE_LIMIT) registrable.clear();
    registrable.set(name, domain);
  }
  return domain;
}

export function operatorOf(host: string, trustedPatterns: readonly string[] = []): Operator {
  const name = bareHost(host);
  const domain = registrableDomain(name) ?? name;
  const trusted = matchesTrustedHost(name, trustedPatterns);
  const provider = providerOf(name);
  return provider ? { domain, trusted, provider, key: `provider:${provider.id}` } : { domain, trusted, key: `domain:${domain}` };
}

/**
 * The operator's name as messages give it: for a trusted host, the user's filtering service
 * (`mxGuard.filteringService.name`) when known; else the catalogue's provider name; else the
 * registrable domain.
 */
export function operatorName(operator: Operator, filteringServiceName?: string): string {
  if (operator.trusted && filteringServiceName) return filteringServiceName;
  return operator.provider?.name ?? operator.domain;
}

/** `SpamExperts'`, `vqNow's`: a name as the owner of the filtering that mail skips. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * The operator as the hover and the live check show it: `SpamExperts, filtering service`,
 * `dnspark.net (trusted)`. `escape` applies to the name (a domain comes from the zone), not to our words.
 */
export function operatorLabel(operator: Operator, escape: (text: string) => string = (text) => text): string {
  const name = escape(operator.provider?.name ?? operator.domain);
  const label = operator.provider ? `${name}, ${kindText[operator.provider.kind]}` : name;
  return operator.trusted ? `${label} (trusted)` : label;
}

/** The pattern the "trust this host" fix adds: every host of the operator (`*.dnspark.net`), or the exact host when it is the registrable domain itself. */
export function trustPatternFor(host: string): string {
  const name = bareHost(host);
  const domain = registrableDomain(name);
  return domain === null || domain === name ? name : `*.${domain}`;
}
