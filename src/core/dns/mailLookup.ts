/**
 * The mail authentication records a domain publishes, looked up for `check-domain`: TXT at the domain,
 * `_dmarc`, `_mta-sts`, `_smtp._tls`, `default._bimi` and the DKIM selectors asked for; the SPF includes
 * followed through DNS within a budget of questions; the DMARC report authorizations; and the MTA-STS
 * policy fetched. What is found goes to the rules as zone records and as `LintOptions.mail`.
 */
import { Packet } from 'dns2';
import { looksLikeDmarc, parseDmarc } from '../mail/dmarc';
import { looksLikeMtaSts } from '../mail/mtaSts';
import type { LiveMailData, MailOptions } from '../mail/options';
import { reportAuthorizationName } from '../mail/reportAuthorization';
import { hasMacro, isSpfText, parseSpf } from '../mail/spf';
import { nameKey } from '../zone/names';
import type { PublishedRecord } from './lookup';
import { clampTtl, presentName } from './names';
import type { QueryOutcome, Resolver } from './resolver';
import type { QueryType } from './transport';

export interface MailLookupOptions {
  dkimSelectors: readonly string[];
  /** Fetches the MTA-STS policy when the domain announces one. */
  fetchPolicy?: (domain: string) => Promise<MailOptions['mtaStsPolicy']>;
}

export interface PublishedMailRecords {
  /** TXT records found at the domain's own mail names, for the zone the rules read. */
  records: PublishedRecord[];
  mail: MailOptions & { live: LiveMailData };
  /** The record texts by kind, for the JSON report. */
  summary: { spf?: string; dmarc?: string; mtaSts?: string; tlsRpt?: string; bimi?: string; dkim?: { selector: string; record: string }[] };
}

/** Questions asked to follow SPF at most: past 10 lookups the record fails anyway, and a hostile chain of includes ends here. */
export const MAX_SPF_QUESTIONS = 40;
/** A TXT text longer than this is cut for the rules and the report: a hostile answer may be huge. */
const MAX_TEXT = 16 * 1024;

/** The TXT texts of an answer at `name` (each record's strings joined), or undefined when the question failed. */
function texts(outcome: QueryOutcome, name: string): string[] | undefined {
  if (outcome.status === 'failed') return undefined;
  const owner = name.toLowerCase().replace(/\.$/, '');
  return outcome.answers
    .filter((r) => r.type === Packet.TYPE.TXT && r.name.toLowerCase().replace(/\.$/, '') === owner)
    .map((r) => (Array.isArray(r.data) ? r.data.join('') : typeof r.data === 'string' ? r.data : '').slice(0, MAX_TEXT));
}

function isVoid(outcome: QueryOutcome, type: QueryType): boolean {
  if (outcome.status === 'failed') return false;
  return outcome.rcode === 'NXDOMAIN' || !outcome.answers.some((r) => r.type === Packet.TYPE[type]);
}

export async function lookupMailRecords(domain: string, resolver: Resolver, options: MailLookupOptions): Promise<PublishedMailRecords> {
  const live: LiveMailData = { txt: {}, voidLookups: [] };
  const records: PublishedRecord[] = [];
  const summary: PublishedMailRecords['summary'] = {};
  const ask = async (name: string): Promise<string[]> => {
    const outcome = await resolver.query(name, 'TXT');
    const found = texts(outcome, name) ?? [];
    live.txt[nameKey(name + '.')] = found;
    if (outcome.status === 'answered') {
      for (const record of outcome.answers) {
        if (record.type !== Packet.TYPE.TXT || record.name.toLowerCase() !== name.toLowerCase()) continue;
        const strings = Array.isArray(record.data) ? record.data : typeof record.data === 'string' ? [record.data] : [];
        records.push({
          owner: presentName(name),
          ttl: clampTtl(record.ttl),
          data: { type: 'TXT', strings: strings.map((s) => s.slice(0, MAX_TEXT)) },
        });
      }
    }
    return found;
  };
  const names = {
    spf: domain,
    dmarc: `_dmarc.${domain}`,
    mtaSts: `_mta-sts.${domain}`,
    tlsRpt: `_smtp._tls.${domain}`,
    bimi: `default._bimi.${domain}`,
  };
  const [spf, dmarc, mtaSts, tlsRpt, bimi, ...dkim] = await Promise.all([
    ...Object.values(names).map(ask),
    ...options.dkimSelectors.map((selector) => ask(`${selector}._domainkey.${domain}`)),
  ]);
  summary.spf = spf.find(isSpfText);
  summary.dmarc = dmarc.find(looksLikeDmarc);
  summary.mtaSts = mtaSts.find(looksLikeMtaSts);
  summary.tlsRpt = tlsRpt[0];
  summary.bimi = bimi[0];
  if (options.dkimSelectors.length > 0) {
    summary.dkim = options.dkimSelectors.flatMap((selector, i) => dkim[i].map((record) => ({ selector, record })));
  }

  const spfRecords = spf.filter(isSpfText);
  if (spfRecords.length === 1) await followSpf(domain, spfRecords[0], resolver, live);
  if (summary.dmarc !== undefined) {
    const wanted = new Set<string>();
    for (const uri of parseDmarc(summary.dmarc).reportUris) {
      const name = reportAuthorizationName(names.dmarc + '.', uri.host);
      if (name !== undefined) wanted.add(name.replace(/\.$/, ''));
    }
    await Promise.all([...wanted].map(ask));
  }
  const mail: PublishedMailRecords['mail'] = { live };
  if (summary.mtaSts !== undefined && options.fetchPolicy) mail.mtaStsPolicy = await options.fetchPolicy(domain);
  // The names asked for the SPF walk and the authorizations are not the domain's own records; at the
  // domain itself only SPF concerns these rules (its other TXT records are verification tokens and the like).
  const own = new Set(
    [...Object.values(names), ...options.dkimSelectors.map((s) => `${s}._domainkey.${domain}`)].map((n) => presentName(n).toLowerCase()),
  );
  const apex = presentName(domain).toLowerCase();
  const kept = records.filter(
    (r) => own.has(r.owner.toLowerCase()) && (r.owner.toLowerCase() !== apex || (r.data.type === 'TXT' && /v=spf1/i.test(r.data.strings.join('')))),
  );
  return { records: kept, mail, summary };
}

/**
 * Follows the includes and redirects of the domain's SPF record through DNS, breadth first, and checks
 * the a, mx and exists targets for void answers, asking at most MAX_SPF_QUESTIONS questions.
 */
async function followSpf(domain: string, text: string, resolver: Resolver, live: LiveMailData): Promise<void> {
  let questions = 0;
  const seen = new Set<string>();
  let queue: { owner: string; text: string }[] = [{ owner: domain, text }];
  while (queue.length > 0 && questions < MAX_SPF_QUESTIONS) {
    const next: { owner: string; text: string }[] = [];
    const work: Promise<void>[] = [];
    for (const { owner, text: record } of queue) {
      for (const term of parseSpf(record).terms) {
        if (term.error !== undefined || !['include', 'redirect', 'a', 'mx', 'exists'].includes(term.name)) continue;
        const target = (term.value ?? owner).replace(/\/.*$/, '').replace(/\.$/, '');
        if (hasMacro(target)) continue;
        const key = `${term.name}:${nameKey(target + '.')}`;
        if (seen.has(key) || questions >= MAX_SPF_QUESTIONS) continue;
        seen.add(key);
        questions++;
        const type: QueryType = term.name === 'mx' ? 'MX' : term.name === 'a' || term.name === 'exists' ? 'A' : 'TXT';
        work.push(
          resolver.query(target, type).then((outcome) => {
            if (type !== 'TXT') {
              if (isVoid(outcome, type)) live.voidLookups.push(key);
              return;
            }
            const found = (texts(outcome, target) ?? []).filter(isSpfText);
            live.txt[nameKey(target + '.')] = found;
            if (isVoid(outcome, 'TXT')) live.voidLookups.push(key);
            if (found.length === 1) next.push({ owner: target, text: found[0] });
          }),
        );
      }
    }
    await Promise.all(work);
    queue = next;
  }
}
