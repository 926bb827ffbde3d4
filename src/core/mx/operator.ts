import { suffixList } from './suffixList';

/**
 * Who runs a mail host. The operator of a host is its registrable domain from the Public Suffix List
 * (private suffixes included, so that two customers of one hosting suffix count as two operators),
 * unless the user listed the host among the trusted ones (`mxGuard.trustedMxHosts`): those are taken
 * to be part of the primary's own filtering pipeline.
 */
export interface Operator {
  /** The registrable domain (`dnspark.net`), or the host itself when it has none (an IP address, a bare label). */
  domain: string;
  /** True when a trusted-host pattern matches the host. */
  trusted: boolean;
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
  for (const raw of patterns) {
    const pattern = bareHost(raw.trim());
    if (pattern.startsWith('*.')) {
      if (name.endsWith(pattern.slice(1))) return true;
    } else if (pattern !== '' && name === pattern) {
      return true;
    }
  }
  return false;
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
  return { domain: registrableDomain(name) ?? name, trusted: matchesTrustedHost(name, trustedPatterns) };
}

/** The pattern the "trust this host" fix adds: every host of the operator (`*.dnspark.net`), or the exact host when it is the registrable domain itself. */
export function trustPatternFor(host: string): string {
  const name = bareHost(host);
  const domain = registrableDomain(name);
  return domain === null || domain === name ? name : `*.${domain}`;
}
