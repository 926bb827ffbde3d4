/**
 * Hover text (Markdown) for the mail authentication records of a zone: each SPF term explained with
 * the running DNS-lookup count and the include tree; DMARC, MTA-STS and DKIM tags explained, with the
 * DKIM key's algorithm and size read from the key.
 */
import type { Position } from '../types';
import type { ParsedZone, ZoneRecord } from '../zone/model';
import { hostName } from '../dns/names';
import type { LintOptions } from '../rules/rule';
import { dkimOf } from './dkim';
import { looksLikeDmarc, parseDmarc } from './dmarc';
import { isDkimOwner, isDmarcOwner, isMtaStsOwner, mailZone, spfEntry } from './mailZone';
import { looksLikeMtaSts, parseMtaStsRecord } from './mtaSts';
import { isSpfText, type SpfTerm } from './spf';
import { SPF_LOOKUP_LIMIT, spfLookups, type SpfNode } from './spfTree';
import type { Tag } from './tagList';
import { txtText } from './txtText';
import { nameKey } from '../zone/names';

const MECHANISMS: Record<string, string> = {
  all: 'matches every sender: the result for everyone not matched before',
  include: "passes when the named domain's SPF record passes",
  a: "matches the domain's A/AAAA addresses",
  mx: "matches the addresses of the domain's MX hosts",
  ptr: "matches when the sender's reverse DNS ends in the domain (RFC 7208 §5.5: do not use)",
  ip4: 'matches an IPv4 address or range',
  ip6: 'matches an IPv6 address or range',
  exists: 'matches when the (usually macro-built) name has an A record',
  redirect: "the domain's whole SPF result comes from the named domain's record",
  exp: 'names a TXT record explaining a fail to the sender',
};
const QUALIFIERS: Record<string, string> = { '+': 'pass', '-': 'fail', '~': 'soft fail', '?': 'neutral' };

const DMARC_TAGS: Record<string, string> = {
  v: 'version: DMARC1',
  p: 'policy for the domain: none (report only), quarantine (spam folder), reject',
  sp: 'policy for subdomains (default: p)',
  adkim: 'DKIM alignment: r relaxed (same organizational domain), s strict (same name)',
  aspf: 'SPF alignment: r relaxed, s strict',
  fo: 'when failure reports are sent: 0 all fail, 1 any fails, d DKIM fails, s SPF fails',
  rf: 'failure report format (afrf)',
  ri: 'seconds between aggregate reports (default 86400)',
  pct: 'percentage of failing mail the policy applies to (default 100)',
  rua: 'where aggregate reports go',
  ruf: 'where failure (forensic) reports go',
};
const DKIM_TAGS: Record<string, string> = {
  v: 'version: DKIM1',
  h: 'hash algorithms allowed (sha256)',
  k: 'key type: rsa (default) or ed25519',
  n: 'notes for people',
  p: 'the public key (empty: revoked)',
  s: 'service types (* or email)',
  t: 'flags: y testing, s no subdomains',
};
const MTA_STS_TAGS: Record<string, string> = { v: 'version: STSv1', id: 'policy identifier: change it whenever the policy file changes' };

/** The hover for the mail record at `position`, if any. */
export function mailHover(zone: ParsedZone, position: Position, options: LintOptions = {}): string | undefined {
  const record = zone.records.find((r) => r.file === undefined && contains(r, position) && r.rdata.type === 'TXT');
  const txt = record && txtText(record);
  if (!record || !txt) return undefined;
  const labels = nameKey(record.owner).replace(/\.$/, '').split('.');
  if (isSpfText(txt.text)) return spfHover(zone, record, options);
  if (isDmarcOwner(labels) && looksLikeDmarc(txt.text))
    return tagsHover(`**DMARC** policy for ${hostName(record.owner.replace(/^_dmarc\./i, ''))}`, parseDmarc(txt.text).tags.tags, DMARC_TAGS);
  if (isMtaStsOwner(labels) && looksLikeMtaSts(txt.text))
    return tagsHover(
      '**MTA-STS** record: senders fetch the policy from `https://mta-sts.<domain>/.well-known/mta-sts.txt`',
      parseMtaStsRecord(txt.text).tags.tags,
      MTA_STS_TAGS,
    );
  if (isDkimOwner(labels)) {
    const dkim = dkimOf(txt.text);
    const key = dkim.revoked
      ? 'revoked (empty p=)'
      : dkim.key
        ? `${dkim.key.type === 'rsa' ? 'RSA' : 'Ed25519'}, ${dkim.key.bits} bits`
        : 'unreadable';
    return tagsHover(`**DKIM** key for selector \`${labels[0]}\`: ${key}`, dkim.tags.tags, DKIM_TAGS);
  }
  return undefined;
}

function contains(record: ZoneRecord, { line, character }: Position): boolean {
  const { start, end } = record.range;
  if (line < start.line || line > end.line) return false;
  return !(line === start.line && character < start.character) && !(line === end.line && character > end.character);
}

function tagsHover(title: string, tags: Tag[], meanings: Record<string, string>): string {
  const rows = tags.map(
    (tag) =>
      `| \`${tag.name}=${escapeCell(tag.value.length > 40 ? tag.value.slice(0, 37) + '…' : tag.value)}\` | ${meanings[tag.name.toLowerCase()] ?? 'unknown tag: ignored'} |`,
  );
  return [title, '', '| tag | meaning |', '|---|---|', ...rows].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function spfHover(zone: ParsedZone, record: ZoneRecord, options: LintOptions): string {
  const mail = mailZone(zone);
  const entry = spfEntry(record, txtText(record)!);
  const lookups = spfLookups(record.owner, entry.spf, mail, options.mail?.live);
  const rows = lookups.root.terms.map(
    ({ term, cost, running }) => `| \`${escapeCell(term.text)}\` | ${describeTerm(term)} | ${cost ? String(running) : ''} |`,
  );
  const total = `${lookups.atLeast ? 'at least ' : ''}${lookups.total} of ${SPF_LOOKUP_LIMIT}`;
  return [
    `**SPF** for ${hostName(record.owner)}: ${total} DNS lookups`,
    '',
    '| term | meaning | lookups so far |',
    '|---|---|---|',
    ...rows,
    '',
    'Include tree:',
    '',
    ...tree(lookups.root, 0),
  ].join('\n');
}

function describeTerm(term: SpfTerm): string {
  if (term.error !== undefined) return `does not parse: ${term.error}`;
  const meaning = MECHANISMS[term.name] ?? 'unknown modifier: ignored';
  return term.kind === 'mechanism' ? `${meaning}; on a match: ${QUALIFIERS[term.qualifier ?? '+']}` : meaning;
}

const SOURCES: Record<string, string> = {
  zone: 'in this zone',
  live: 'looked up',
  outside: 'outside the zone: counted as 1',
  missing: 'no SPF record there',
  macro: 'built from macros: counted as 1',
  loop: 'loops back',
  'not-followed': 'not followed further',
};

function tree(node: SpfNode, depth: number): string[] {
  const lines: string[] = [];
  for (const { term, child, running } of node.terms) {
    if (!child) continue;
    lines.push(`${'  '.repeat(depth)}- \`${term.text}\` (${SOURCES[child.source]}; ${running} so far)`);
    if (depth < 8) lines.push(...tree(child, depth + 1));
  }
  return lines;
}
