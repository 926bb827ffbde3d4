import { formatIPv6, parseIPv6 } from '../zone/addresses';
import type { ParsedZone } from '../zone/model';
import { lookupPublishedMail, type PublishedMail } from './lookup';
import { hostName } from './names';
import { createResolver, type Resolver } from './resolver';
import type { DnsServer } from './servers';

/**
 * Zone file against published DNS: the MX of the zone's origin and their targets' addresses, side by
 * side, and which side changed, told by the SOA serials (RFC 1982 arithmetic).
 */

/** What one side says about mail for the origin. Names are presentation form, absolute. */
export interface MailView {
  mx: { preference: number; exchange: string }[];
  /** Addresses by target name (lower case); only targets this side says something about. */
  addresses: Map<string, string[]>;
  serial?: number;
}

export type Difference =
  | { kind: 'mx-only-in-file'; preference: number; exchange: string }
  | { kind: 'mx-only-published'; preference: number; exchange: string }
  | { kind: 'preference-changed'; exchange: string; file: number[]; published: number[] }
  | { kind: 'addresses-differ'; exchange: string; onlyInFile: string[]; onlyPublished: string[] };

export type Verdict = 'in-sync' | 'file-ahead' | 'published-ahead' | 'serial-not-bumped' | 'unknown' | 'no-such-domain';

export interface Comparison {
  domain: string;
  differences: Difference[];
  fileSerial?: number;
  publishedSerial?: number;
  verdict: Verdict;
  /** Targets whose published addresses could not be looked up, so they were not compared. */
  notCompared: string[];
  /** The DNS server that answered the MX question (live comparisons only). */
  server?: string;
}

const key = (name: string) => name.toLowerCase();

/** One spelling per address, so `2001:DB8:0::1` in a file equals `2001:db8::1` on the wire. */
function canonicalAddress(address: string): string {
  if (!address.includes(':')) return address;
  const groups = parseIPv6(address);
  return groups ? formatIPv6(groups) : address.toLowerCase();
}

/** The file's side: MX at the origin, addresses of those targets that the file holds (through a CNAME in it too), the SOA serial. */
export function mailViewOfZone(zone: ParsedZone): MailView {
  const origin = key(zone.origin);
  const mx: MailView['mx'] = [];
  let serial: number | undefined;
  for (const record of zone.records) {
    if (key(record.owner) !== origin) continue;
    if (record.rdata.type === 'MX') mx.push({ preference: record.rdata.preference, exchange: record.rdata.exchange });
    if (record.rdata.type === 'SOA') serial ??= record.rdata.serial;
  }
  const addresses = new Map<string, string[]>();
  for (const { exchange } of mx) {
    let name = key(exchange);
    for (let hops = 0; hops < 8; hops++) {
      const alias = zone.records.find((r) => r.rdata.type === 'CNAME' && key(r.owner) === name);
      if (!alias || alias.rdata.type !== 'CNAME') break;
      name = key(alias.rdata.target);
    }
    const found = zone.records.flatMap((r) =>
      (r.rdata.type === 'A' || r.rdata.type === 'AAAA') && key(r.owner) === name ? [canonicalAddress(r.rdata.address)] : [],
    );
    if (found.length > 0) addresses.set(key(exchange), found);
  }
  return { mx, addresses, serial };
}

/** The published side; targets whose lookup failed are left out of `addresses` and listed apart. */
export function mailViewOfPublished(published: PublishedMail, serial: number | undefined): { view: MailView; notCompared: string[] } {
  const addresses = new Map<string, string[]>();
  const notCompared: string[] = [];
  for (const target of published.targets) {
    if (target.status === 'failed') notCompared.push(target.exchange);
    else addresses.set(key(target.exchange), target.addresses.map(canonicalAddress));
  }
  return { view: { mx: published.mx.map(({ preference, exchange }) => ({ preference, exchange })), addresses, serial }, notCompared };
}

/** RFC 1982 serial number arithmetic: -1, 0 or 1, or undefined when the two are exactly half the space apart. */
export function compareSerials(a: number, b: number): -1 | 0 | 1 | undefined {
  if (a === b) return 0;
  const distance = (b - a + 2 ** 32) % 2 ** 32;
  if (distance === 2 ** 31) return undefined;
  return distance < 2 ** 31 ? -1 : 1;
}

export function compareMail(domain: string, file: MailView, published: MailView, notCompared: string[] = []): Comparison {
  const differences: Difference[] = [];
  const preferences = (view: MailView, exchange: string) =>
    view.mx
      .filter((m) => key(m.exchange) === key(exchange))
      .map((m) => m.preference)
      .sort((a, b) => a - b);
  const exchanges = [...new Map([...file.mx, ...published.mx].map((m) => [key(m.exchange), m.exchange])).values()];
  for (const exchange of exchanges) {
    const inFile = preferences(file, exchange);
    const inDns = preferences(published, exchange);
    if (inDns.length === 0) inFile.forEach((preference) => differences.push({ kind: 'mx-only-in-file', preference, exchange }));
    else if (inFile.length === 0) inDns.forEach((preference) => differences.push({ kind: 'mx-only-published', preference, exchange }));
    else if (inFile.join() !== inDns.join()) differences.push({ kind: 'preference-changed', exchange, file: inFile, published: inDns });
  }
  for (const [name, fileAddresses] of file.addresses) {
    const dnsAddresses = published.addresses.get(name);
    if (dnsAddresses === undefined) continue;
    const onlyInFile = fileAddresses.filter((a) => !dnsAddresses.includes(a));
    const onlyPublished = dnsAddresses.filter((a) => !fileAddresses.includes(a));
    if (onlyInFile.length + onlyPublished.length > 0) {
      const exchange = exchanges.find((e) => key(e) === name) ?? name;
      differences.push({ kind: 'addresses-differ', exchange, onlyInFile, onlyPublished });
    }
  }
  let verdict: Verdict = 'in-sync';
  if (differences.length > 0) {
    const order = file.serial === undefined || published.serial === undefined ? undefined : compareSerials(file.serial, published.serial);
    verdict = order === 1 ? 'file-ahead' : order === -1 ? 'published-ahead' : order === 0 ? 'serial-not-bumped' : 'unknown';
  }
  return { domain, differences, fileSerial: file.serial, publishedSerial: published.serial, verdict, notCompared };
}

export interface CompareOptions {
  servers: DnsServer[];
  timeoutMs: number;
  signal?: AbortSignal;
}

async function publishedSerial(resolver: Resolver, domain: string): Promise<number | undefined> {
  const outcome = await resolver.query(domain, 'SOA');
  if (outcome.status !== 'answered') return undefined;
  const soa = outcome.answers.find((r) => r.name.toLowerCase() === domain && typeof r.serial === 'number');
  return soa?.serial;
}

/** Looks up the zone's origin and compares. Rejects with LookupFailedError when the MX question fails. */
export async function compareZoneWithPublished(zone: ParsedZone, options: CompareOptions): Promise<Comparison> {
  const domain = hostName(zone.origin).toLowerCase();
  const resolver = createResolver(options);
  const [published, serial] = await Promise.all([lookupPublishedMail(domain, resolver), publishedSerial(resolver, domain)]);
  const { view, notCompared } = mailViewOfPublished(published, serial);
  const comparison = { ...compareMail(domain, mailViewOfZone(zone), view, notCompared), server: published.server };
  // With no such domain the serials say nothing: the whole zone is unpublished, not one side newer.
  return published.exists ? comparison : { ...comparison, verdict: 'no-such-domain' };
}

const code = (text: string) => '`' + text.replace(/`/g, "'") + '`';

const VERDICT_TEXT: Record<Verdict, (c: Comparison) => string> = {
  'in-sync': () => 'The file and the published DNS agree on the MX and on the addresses the file holds for them.',
  'file-ahead': (c) =>
    `The file's serial (${c.fileSerial}) is newer than the published one (${c.publishedSerial}): **the file changed**. These are edits not published yet; reload the zone on the primary server to publish them.`,
  'published-ahead': (c) =>
    `The published serial (${c.publishedSerial}) is newer than the file's (${c.fileSerial}): **DNS changed** after this file was written. Bring the file up to date before editing further, or the next reload undoes that change.`,
  'serial-not-bumped': (c) =>
    `Both sides have serial ${c.fileSerial} but the data differ: either the file was edited without raising the serial (secondaries will not transfer it), or DNS was changed outside this file.`,
  unknown: () => 'Which side changed cannot be told: a serial is missing (the file has no SOA at its origin, or none was published).',
  'no-such-domain': (c) =>
    `**${c.domain} does not exist in published DNS**: ${c.server ? `the DNS server ${code(c.server)}` : 'the DNS server'} answered NXDOMAIN (no such domain). Nothing of this zone file is published: check the domain's registration and delegation, that its name servers load this zone, or \`mxGuard.dns.server\` if another resolver should be asked.`,
};

/** The comparison as a knowledge-view report. */
export function comparisonMarkdown(comparison: Comparison, fileLabel: string): string {
  const lines = [
    `# ${comparison.domain}: zone file against published DNS`,
    '',
    `File: ${code(fileLabel)}`,
    '',
    VERDICT_TEXT[comparison.verdict](comparison),
    '',
  ];
  if (comparison.server && comparison.verdict !== 'no-such-domain') lines.push(`Answered by the DNS server ${code(comparison.server)}.`, '');
  if (comparison.differences.length > 0) {
    lines.push('| What | In the file | Published |', '|---|---|---|');
    for (const d of comparison.differences) {
      const host = code(hostName(d.exchange));
      if (d.kind === 'mx-only-in-file') lines.push(`| MX ${d.preference} ${host} | present | missing |`);
      else if (d.kind === 'mx-only-published') lines.push(`| MX ${d.preference} ${host} | missing | present |`);
      else if (d.kind === 'preference-changed') lines.push(`| preference of ${host} | ${d.file.join(', ')} | ${d.published.join(', ')} |`);
      else lines.push(`| addresses of ${host} | ${d.onlyInFile.map(code).join(', ') || '—'} | ${d.onlyPublished.map(code).join(', ') || '—'} |`);
    }
    lines.push('');
  }
  if (comparison.notCompared.length > 0) {
    lines.push(`Not compared, because their lookup failed: ${comparison.notCompared.map((n) => code(hostName(n))).join(', ')}.`, '');
  }
  return lines.join('\n');
}
