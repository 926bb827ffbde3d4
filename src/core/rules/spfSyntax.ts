import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { hasMisplacedSpfVersion } from '../mail/spf';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-syntax', {
  description:
    'An SPF record that does not parse (RFC 7208): an unknown mechanism or modifier, a bad qualifier, CIDR length or macro, or v=spf1 not first.',
  defaultSeverity: 'error',
  messages: {
    term: 'SPF at {{owner}}: {{problem}}. Receivers treat the whole record as a permanent error (RFC 7208 §4.6), so SPF fails for every message.',
    versionNotFirst:
      'This TXT record at {{owner}} holds "v=spf1" but does not start with it: receivers read only records that begin with "v=spf1" (RFC 7208 §4.5), so it is no SPF record. Move "v=spf1" to the start.',
  },
  fixable: false,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const mail = mailZone(zone);
  const findings: Finding[] = [];
  for (const txt of mail.texts) {
    if (hasMisplacedSpfVersion(txt.text)) {
      findings.push(textFinding(meta, 'versionNotFirst', { owner: hostName(txt.record.owner) }, txt, 0, txt.text.length));
    }
  }
  for (const { txt, spf, brokenJoins } of mail.spfByOwner.all()) {
    for (const term of spf.terms) {
      if (term.error === undefined || brokenJoins.has(term)) continue;
      findings.push(textFinding(meta, 'term', { owner: hostName(txt.record.owner), problem: term.error }, txt, term.start, term.end));
    }
    for (const error of spf.errors) {
      findings.push(textFinding(meta, 'term', { owner: hostName(txt.record.owner), problem: error.message }, txt, error.start, error.end));
    }
  }
  return findings;
}
