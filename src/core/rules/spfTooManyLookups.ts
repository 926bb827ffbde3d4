import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import type { SpfRecord } from '../mail/spf';
import { SPF_LOOKUP_LIMIT, spfLookups, type SpfLookups } from '../mail/spfTree';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-too-many-lookups', {
  description:
    'An SPF record that needs more than 10 DNS-querying terms (include, a, mx, ptr, exists, redirect), counted through the includes the zone answers; others count as at least 1.',
  defaultSeverity: 'error',
  messages: {
    tooMany:
      'SPF at {{owner}} needs {{count}} DNS lookups, more than the limit of 10 (RFC 7208 §4.6.4), so receivers return a permanent error. The 11th is reached through {{chain}}. Replace includes with ip4:/ip6: ranges or drop senders no longer used.',
    loop: 'SPF at {{owner}} includes itself through {{chain}}: receivers stop at the lookup limit with a permanent error (RFC 7208 §4.6.4).',
  },
  fixable: false,
});

export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const mail = mailZone(zone);
  const live = options.mail?.live;
  const findings: Finding[] = [];
  // Records of one text share their parse, and mostly their walk: it is made once, without an owner.
  const walks = new Map<SpfRecord, { lookups: SpfLookups; followed: number[] }>();
  for (const [entry, entries] of mail.spfByOwner.entries()) {
    // Several records at one name are spf-multiple-records' concern.
    if (entries.length !== 1) continue;
    const { txt, spf, record } = entries[0];
    let walk = walks.get(spf);
    if (walk === undefined) {
      const lookups = spfLookups(undefined, spf, mail, live);
      walks.set(spf, (walk = { lookups, followed: lookups.followed.map((key) => mail.spfByOwner.entryOf(key)) }));
    }
    const shared = walk.lookups;
    if (shared.loop === undefined && shared.total <= SPF_LOOKUP_LIMIT && !walk.followed.includes(entry)) continue;
    const lookups = spfLookups(record.owner, spf, mail, live);
    const owner = hostName(record.owner);
    const top = (text: string) => spf.terms.find((t) => t.text === text) ?? spf.terms[0];
    if (lookups.loop !== undefined) {
      const term = top(lookups.loop[1]);
      findings.push(textFinding(meta, 'loop', { owner, chain: lookups.loop.join(' → ') }, txt, term.start, term.end));
    } else if (lookups.total > SPF_LOOKUP_LIMIT && lookups.overflow !== undefined) {
      const term = top(lookups.overflow.chain[1]);
      const count = `${lookups.atLeast ? 'at least ' : ''}${lookups.total}`;
      findings.push(textFinding(meta, 'tooMany', { owner, count, chain: lookups.overflow.chain.join(' → ') }, txt, term.start, term.end));
    }
  }
  return findings;
}
