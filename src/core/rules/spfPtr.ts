import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { replaceTextFix, textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-ptr', {
  description: 'The SPF ptr mechanism, which RFC 7208 §5.5 says should not be used: it is slow, unreliable and costs the receiver many lookups.',
  defaultSeverity: 'warning',
  messages: {
    ptr: 'SPF at {{owner}} uses "{{term}}": RFC 7208 §5.5 says it SHOULD NOT be used (slow, unreliable, and a burden on the sender\'s reverse DNS); large receivers skip it. List the senders with ip4:, ip6:, a or include instead.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { txt, spf } of mailZone(zone).spfByOwner.all()) {
    for (const term of spf.terms) {
      if (term.kind !== 'mechanism' || term.name !== 'ptr' || term.error !== undefined) continue;
      // The space before the term goes with it; a term right after a string boundary goes alone.
      const fix =
        replaceTextFix(txt, term.start - 1, term.end, '', `Remove "${term.text}"`) ??
        replaceTextFix(txt, term.start, term.end, '', `Remove "${term.text}"`);
      findings.push(textFinding(meta, 'ptr', { owner: hostName(txt.record.owner), term: term.text }, txt, term.start, term.end, { fixes: [fix] }));
    }
  }
  return findings;
}
