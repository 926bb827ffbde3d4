import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { SPF_VOID_LIMIT, spfLookups, type SpfNode } from '../mail/spfTree';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-void-lookups', {
  description: 'Live: an SPF record whose lookups come back empty more than twice (RFC 7208 §4.6.4 void lookups).',
  defaultSeverity: 'warning',
  messages: {
    voids:
      'SPF at {{owner}}: {{count}} of its lookups return nothing ({{terms}}); receivers may return a permanent error after 2 such void lookups (RFC 7208 §4.6.4). Remove the terms that name hosts or domains that no longer exist.',
  },
  fixable: false,
});

/** Live answers come from check-domain: without them the rule has nothing to say. */
export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const live = options.mail?.live;
  if (live === undefined) return [];
  const mail = mailZone(zone);
  const findings: Finding[] = [];
  for (const entries of mail.spfByOwner.values()) {
    if (entries.length !== 1) continue;
    const { spf, record } = entries[0];
    const lookups = spfLookups(record.owner, spf, mail, live);
    if (lookups.voids <= SPF_VOID_LIMIT) continue;
    findings.push(
      recordFinding(meta, 'voids', { owner: hostName(record.owner), count: lookups.voids, terms: voidTerms(lookups.root).join(', ') }, record),
    );
  }
  return findings;
}

function voidTerms(node: SpfNode): string[] {
  return node.terms.flatMap((t) => [...(t.void ? [t.term.text] : []), ...(t.child ? voidTerms(t.child) : [])]);
}
