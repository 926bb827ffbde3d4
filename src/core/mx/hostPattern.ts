/**
 * Host patterns, as `mxGuard.trustedMxHosts` and the provider catalogue write them: an exact host
 * (`mx.example.net`), or a leading wildcard (`*.vqnow.com`) that matches every name below that
 * domain, not the domain itself. Names and patterns compare as bare lower-case names (no trailing dot).
 */
export function matchesHostPattern(name: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) return name.length > pattern.length - 1 && name.endsWith(pattern.slice(1));
  return pattern !== '' && name === pattern;
}

/**
 * True when `pattern` covers everything `other` matches: `*.example.net` covers `mx.example.net`,
 * `*.eu.example.net` and itself; an exact host covers only itself.
 */
export function coversHostPattern(pattern: string, other: string): boolean {
  if (!other.startsWith('*.')) return matchesHostPattern(other, pattern);
  return pattern.startsWith('*.') && (other === pattern || other.endsWith(pattern.slice(1)));
}

/** True when some name matches both patterns. */
export function hostPatternsOverlap(a: string, b: string): boolean {
  return coversHostPattern(a, b) || coversHostPattern(b, a);
}
