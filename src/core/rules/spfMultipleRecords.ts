import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone, type SpfEntry } from '../mail/mailZone';
import { mergeSpfTexts, quotedStrings } from '../mail/spfText';
import { removeRecordFix } from './fixes';
import { recordFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';
import type { Fix } from '../types';

export const meta = ruleMeta('spf-multiple-records', {
  description: 'More than one v=spf1 TXT record at one name: receivers return a permanent error (RFC 7208 §4.5).',
  defaultSeverity: 'error',
  messages: {
    multiple:
      '{{owner}} has {{count}} SPF records: receivers must return a permanent error when they find more than one (RFC 7208 §4.5), so SPF fails for every message. Merge them into one record.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const entries of mailZone(zone).spfByOwner.values(2)) {
    const data = { owner: hostName(entries[0].record.owner), count: entries.length };
    findings.push(recordFinding(meta, 'multiple', data, entries[1].record, { fixes: [mergeFix(zone, entries)] }));
  }
  return findings;
}

/** Rewrites the first record's strings as the merged record and removes the others. */
function mergeFix(zone: ParsedZone, entries: SpfEntry[]): Fix | undefined {
  const [first, ...others] = entries;
  const tokens = first.record.rdataTokens;
  if (tokens.length === 0 || entries.some((e) => e.record.file !== undefined)) return undefined;
  const merged = mergeSpfTexts(entries.map((e) => e.spf));
  const title = `Merge the ${entries.length} SPF records into one`;
  const edits = [{ range: { start: tokens[0].range.start, end: tokens[tokens.length - 1].range.end }, newText: quotedStrings(merged) }];
  for (const other of others) {
    const removal = removeRecordFix(zone, other.record, title);
    if (removal === undefined) return undefined;
    edits.push(...removal.edits);
  }
  return { title, edits };
}
