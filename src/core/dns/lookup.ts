import { isIPv4, isIPv6 } from 'node:net';
import { Packet } from 'dns2';
import { clampTtl, presentName } from './names';
import type { QueryOutcome, Resolver } from './resolver';
import type { QueryType } from './transport';

/** A record as published, names in presentation form (escaped), TTL clamped. */
export interface PublishedRecord {
  owner: string;
  ttl: number;
  data:
    | { type: 'MX'; preference: number; exchange: string }
    | { type: 'CNAME'; target: string }
    | { type: 'A' | 'AAAA'; address: string }
    | { type: 'TXT'; strings: string[] };
}

export interface PublishedTarget {
  /** The MX exchange in presentation form (`mx1.vqnow.com.`). */
  exchange: string;
  /** The name the addresses belong to when the exchange is an alias. */
  canonical?: string;
  addresses: string[];
  /** resolved: has an address; unresolved: the name or its addresses do not exist; failed: a query failed and nothing was found. */
  status: 'resolved' | 'unresolved' | 'failed';
  /** Why a query about this target failed (SERVFAIL, timeout, a malformed record), one line each. */
  failures: string[];
  nxdomain: boolean;
}

export interface PublishedMail {
  /** Lower-case ASCII, no trailing dot. */
  domain: string;
  /** False when the domain itself does not exist (NXDOMAIN). */
  exists: boolean;
  /** The MX records, lowest preference first. */
  mx: { preference: number; exchange: string; ttl: number }[];
  /** Resolved targets, by exchange, in MX order; targets beyond the limit are not looked up. */
  targets: PublishedTarget[];
  /** MX targets left out because there were more than `MAX_TARGETS`. */
  skippedTargets: number;
  /** With no MX: the domain's own addresses, which senders use as the implicit MX (RFC 5321 §5.1). */
  implicitMx?: { addresses: string[]; failures: string[] };
  /** Every record the answers held that the model needs. */
  records: PublishedRecord[];
  /** Questions whose UDP answer was truncated and was read again over TCP. */
  truncated: { name: string; type: QueryType }[];
  /** The server that answered the MX question. */
  server: string;
}

/** The whole MX question failed: no answer, a malformed one, or SERVFAIL from every server. */
export class LookupFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LookupFailedError';
  }
}

/** Senders try a handful of MX hosts at most (Postfix: 5 addresses); we resolve a generous 20 and say so beyond. */
export const MAX_TARGETS = 20;
const TARGET_CONCURRENCY = 4;
const MAX_CHAIN = 8;

type Answered = Extract<QueryOutcome, { status: 'answered' }>;

/** Follows the CNAME chain from `name` inside an answer section; returns the final name and the aliases met. */
function followChain(answers: Packet.Resource[], name: string): { canonical: string; aliases: Packet.Resource[] } {
  const aliases: Packet.Resource[] = [];
  let current = name.toLowerCase();
  for (let step = 0; step < MAX_CHAIN; step++) {
    const alias = answers.find((r) => r.type === Packet.TYPE.CNAME && r.name.toLowerCase() === current && typeof r.domain === 'string');
    if (!alias) break;
    aliases.push(alias);
    current = alias.domain!.toLowerCase();
  }
  return { canonical: current, aliases };
}

function isOwnerIn(record: Packet.Resource, names: Set<string>): boolean {
  return names.has(record.name.toLowerCase());
}

class RecordSet {
  readonly records: PublishedRecord[] = [];
  private readonly seen = new Set<string>();

  add(record: PublishedRecord): void {
    const key = `${record.owner.toLowerCase()} ${JSON.stringify(record.data)}`.toLowerCase();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.records.push(record);
  }

  addAliases(aliases: Packet.Resource[]): void {
    for (const alias of aliases) {
      this.add({ owner: presentName(alias.name), ttl: clampTtl(alias.ttl), data: { type: 'CNAME', target: presentName(alias.domain!) } });
    }
  }
}

/** The addresses of `type` for `name` in an answer, after its aliases; hostile rdata that is no address is reported. */
function addressesIn(outcome: Answered, name: string, type: 'A' | 'AAAA', records: RecordSet, failures: string[]): string[] {
  const { canonical, aliases } = followChain(outcome.answers, name);
  records.addAliases(aliases);
  const owners = new Set([name.toLowerCase(), canonical, ...aliases.map((a) => a.domain!.toLowerCase())]);
  const valid = type === 'A' ? isIPv4 : isIPv6;
  const addresses: string[] = [];
  for (const record of outcome.answers) {
    if (record.type !== Packet.TYPE[type] || !isOwnerIn(record, owners)) continue;
    const address = typeof record.address === 'string' ? record.address : '';
    if (!valid(address)) {
      failures.push(`${outcome.server} sent an ${type} record for ${presentName(record.name)} that holds no valid address`);
      continue;
    }
    records.add({ owner: presentName(record.name), ttl: clampTtl(record.ttl), data: { type, address } });
    addresses.push(address);
  }
  return addresses;
}

function addTexts(outcome: Answered, name: string, records: RecordSet): void {
  for (const record of outcome.answers) {
    if (record.type !== Packet.TYPE.TXT || record.name.toLowerCase() !== name.toLowerCase()) continue;
    const strings = Array.isArray(record.data) ? record.data : typeof record.data === 'string' ? [record.data] : [];
    records.add({ owner: presentName(record.name), ttl: clampTtl(record.ttl), data: { type: 'TXT', strings } });
  }
}

async function lookupTarget(
  resolver: Resolver,
  wireName: string,
  records: RecordSet,
  truncated: PublishedMail['truncated'],
): Promise<PublishedTarget> {
  const types = ['A', 'AAAA', 'CNAME'] as const;
  const outcomes = await Promise.all(types.map((type) => resolver.query(wireName, type)));
  const failures: string[] = [];
  const addresses: string[] = [];
  let canonical: string | undefined;
  let nxdomain = false;
  outcomes.forEach((outcome, i) => {
    const type = types[i];
    if (outcome.status === 'failed') {
      failures.push(`${type}: ${outcome.message}`);
      return;
    }
    if (outcome.retriedOverTcp) truncated.push({ name: presentName(wireName), type });
    if (outcome.rcode === 'NXDOMAIN') nxdomain = true;
    if (type === 'CNAME') {
      const { canonical: end, aliases } = followChain(outcome.answers, wireName);
      records.addAliases(aliases);
      if (aliases.length > 0) canonical = presentName(end);
    } else {
      addresses.push(...addressesIn(outcome, wireName, type, records, failures));
      const { canonical: end, aliases } = followChain(outcome.answers, wireName);
      if (aliases.length > 0) canonical ??= presentName(end);
    }
  });
  const status = addresses.length > 0 ? 'resolved' : failures.length > 0 ? 'failed' : 'unresolved';
  return { exchange: presentName(wireName), canonical, addresses, status, failures, nxdomain: nxdomain && addresses.length === 0 };
}

/** Runs `work` over `items` with at most `limit` running at once, keeping the order of `items`. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Looks up what senders see for `domain` (lower-case ASCII, no trailing dot): its MX, then A, AAAA
 * and CNAME for each target, in parallel but bounded. Rejects with LookupFailedError when the MX
 * question itself gets no usable answer.
 */
export async function lookupPublishedMail(domain: string, resolver: Resolver): Promise<PublishedMail> {
  const mxOutcome = await resolver.query(domain, 'MX');
  if (mxOutcome.status === 'failed') {
    throw new LookupFailedError(`The MX lookup for ${domain} failed: ${mxOutcome.message}.`);
  }
  const records = new RecordSet();
  const truncated: PublishedMail['truncated'] = mxOutcome.retriedOverTcp ? [{ name: presentName(domain), type: 'MX' }] : [];
  const base = { domain, records: records.records, truncated, server: mxOutcome.server, skippedTargets: 0 };
  if (mxOutcome.rcode === 'NXDOMAIN') return { ...base, exists: false, mx: [], targets: [] };

  const { canonical, aliases } = followChain(mxOutcome.answers, domain);
  const owners = new Set([domain, canonical]);
  const mxAnswers = mxOutcome.answers
    .filter((r) => r.type === Packet.TYPE.MX && isOwnerIn(r, owners) && typeof r.exchange === 'string' && typeof r.priority === 'number')
    .sort((a, b) => a.priority! - b.priority! || a.exchange!.localeCompare(b.exchange!));
  // The rules read the MX at the domain itself, which is where senders find them even through an alias.
  const apex = presentName(domain);
  const mx = mxAnswers.map((r) => ({ preference: r.priority!, exchange: presentName(r.exchange!), ttl: clampTtl(r.ttl) }));
  mx.forEach((m) => records.add({ owner: apex, ttl: m.ttl, data: { type: 'MX', preference: m.preference, exchange: m.exchange } }));
  if (aliases.length > 0 && mx.length === 0) records.addAliases(aliases);

  if (mx.length === 0) {
    const implicitMx = { addresses: [] as string[], failures: [] as string[] };
    // The TXT answers (SPF at the domain, DMARC below it) are what tells the no-mx rule that a domain deals in mail.
    const questions = [
      [domain, 'A'],
      [domain, 'AAAA'],
      [domain, 'TXT'],
      [`_dmarc.${domain}`, 'TXT'],
    ] as const;
    const outcomes = await Promise.all(questions.map(([name, type]) => resolver.query(name, type)));
    outcomes.forEach((outcome, i) => {
      const [name, type] = questions[i];
      if (outcome.status === 'failed') {
        if (type !== 'TXT') implicitMx.failures.push(`${type}: ${outcome.message}`);
      } else if (type === 'TXT') {
        addTexts(outcome, name, records);
      } else {
        implicitMx.addresses.push(...addressesIn(outcome, name, type, records, implicitMx.failures));
      }
    });
    return { ...base, exists: true, mx: [], targets: [], implicitMx };
  }

  const wireTargets: string[] = [];
  const seen = new Set<string>();
  for (const r of mxAnswers) {
    const key = r.exchange!.toLowerCase();
    if (key === '' || seen.has(key)) continue; // '' is the null MX: nothing to resolve
    seen.add(key);
    wireTargets.push(r.exchange!);
  }
  const looked = wireTargets.slice(0, MAX_TARGETS);
  const targets = await mapBounded(looked, TARGET_CONCURRENCY, (name) => lookupTarget(resolver, name, records, truncated));
  return { ...base, exists: true, mx, targets, skippedTargets: wireTargets.length - looked.length };
}
