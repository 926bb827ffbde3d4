/**
 * The mail authentication records of a parsed zone, read once and shared by the mail rules and the
 * hover: TXT records by owner with their joined text, the SPF records parsed, the TLSA and SPF-type
 * records. The records come from the rules' zone index, which keeps them also when a zone streams.
 */
import type { ParsedZone, ZoneRecord } from '../zone/model';
import { nameKey } from '../zone/names';
import { indexZone } from '../rules/zoneIndex';
import { EntryGroups } from '../rules/entryGroups';
import type { OwnerTable } from '../rules/ownerTable';
import { dkimOf, type DkimRecord } from './dkim';
import { isSpfText, parseSpf, parseTerm, type SpfRecord, type SpfTerm } from './spf';
import { txtText, type TxtText } from './txtText';

export interface SpfEntry {
  record: ZoneRecord;
  txt: TxtText;
  spf: SpfRecord;
  /** Terms that run across a string boundary and come out broken: `spf-split-string` reports them, not `spf-syntax`. */
  brokenJoins: Map<SpfTerm, { boundary: number; stringIndex: number }>;
}

export interface MailZone {
  /** The zone origin's key. */
  origin: string;
  /** Every TXT record's text, in file order. */
  texts: TxtText[];
  /** The TXT records at owners with an underscore in their name (where DMARC, DKIM, MTA-STS, TLS-RPT and BIMI records stand), by owner key, in file order. */
  txtByOwner: Map<string, TxtText[]>;
  /** SPF records (TXT starting with v=spf1), by owner. */
  spfByOwner: SpfByOwner;
  tlsa: ZoneRecord[];
  /** Records of the obsolete SPF type (99). */
  spfType: ZoneRecord[];
}

/** The SPF records of a zone by owner, filed by the owner table's entries: a zone of a hundred thousand SPF owners makes no key for them. */
export class SpfByOwner {
  constructor(
    private readonly groups: EntryGroups<SpfEntry>,
    private readonly owners: OwnerTable,
  ) {}

  /** The records at the owner with the key `key`. */
  get(key: string): SpfEntry[] | undefined {
    return this.groups.get(this.owners.entryOf(key));
  }

  /** The owner table's entry of the owner with the key `key` (-1 for a name that owns no record). */
  entryOf(key: string): number {
    return this.owners.entryOf(key);
  }

  /** `values`, with each owner's entry. */
  entries(): IterableIterator<[number, SpfEntry[]]> {
    return this.groups.entries();
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Each owner's records, owners in the order of their first record; with `minimum`, only owners with at least that many. */
  values(minimum?: number): IterableIterator<SpfEntry[]> {
    return this.groups.values(minimum);
  }

  /** Every record, owner after owner. */
  all(): readonly SpfEntry[] {
    return this.groups.all();
  }
}

const cache = new WeakMap<ParsedZone, MailZone>();

export function mailZone(zone: ParsedZone): MailZone {
  const cached = cache.get(zone);
  if (cached) return cached;
  const index = indexZone(zone);
  const mail: MailZone = {
    origin: index.origin,
    texts: [],
    txtByOwner: new Map(),
    spfByOwner: new SpfByOwner(EntryGroups.of([], new Int32Array(0)), index.owners),
    tlsa: [],
    spfType: [],
  };
  const spf: SpfEntry[] = [];
  const spfOwners: number[] = [];
  // A zone's SPF texts repeat (one policy for many hosts): each distinct text is parsed once.
  const parsed = new Map<string, SpfRecord>();
  index.mailRecords.forEach((record, i) => {
    if (record.type === 'TLSA') mail.tlsa.push(record);
    else if (record.type === 'SPF' || record.type === 'TYPE99') mail.spfType.push(record);
    const txt = txtText(record);
    if (txt === undefined) return;
    mail.texts.push(txt);
    if (index.mailUnderscored[i]) push(mail.txtByOwner, nameKey(record.owner), txt);
    if (!isSpfText(txt.text)) return;
    let spfRecord = parsed.get(txt.text);
    if (spfRecord === undefined) parsed.set(txt.text, (spfRecord = parseSpf(txt.text)));
    spf.push(spfEntry(record, txt, spfRecord));
    spfOwners.push(index.mailOwners[i]);
  });
  mail.spfByOwner = new SpfByOwner(EntryGroups.of(spf, Int32Array.from(spfOwners)), index.owners);
  cache.set(zone, mail);
  return mail;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NO_JOINS: SpfEntry['brokenJoins'] = new Map();

/** `spf` is the parse of `txt.text`, when the caller has it. */
export function spfEntry(record: ZoneRecord, txt: TxtText, spf = parseSpf(txt.text)): SpfEntry {
  if (txt.stringCount < 2) return { record, txt, spf, brokenJoins: NO_JOINS };
  const brokenJoins = new Map<SpfTerm, { boundary: number; stringIndex: number }>();
  for (let i = 0; i + 1 < txt.strings.length; i++) {
    const boundary = txt.strings[i].end;
    const term = spf.terms.find((t) => t.start < boundary && t.end > boundary);
    if (term === undefined) continue;
    // A term may run on into the next string on purpose (a long include name): it is broken when the
    // joined term does not parse, or when the parts on both sides are whole terms of their own.
    const head = parseTerm(term.text.slice(0, boundary - term.start), term.start);
    const tail = parseTerm(term.text.slice(boundary - term.start), boundary);
    if (term.error !== undefined || (head.error === undefined && tail.error === undefined)) brokenJoins.set(term, { boundary, stringIndex: i });
  }
  return { record, txt, spf, brokenJoins };
}

/**
 * The TXT records at owners whose labels `where` accepts, with each owner's labels (left to right).
 * Only owners with an underscore are asked (`txtByOwner`): each predicate below wants a label starting with one.
 */
export function txtWhere(mail: MailZone, where: (labels: string[]) => boolean): { key: string; labels: string[]; texts: TxtText[] }[] {
  const found: { key: string; labels: string[]; texts: TxtText[] }[] = [];
  for (const [key, texts] of mail.txtByOwner) {
    const labels = key.replace(/\.$/, '').split('.');
    if (where(labels)) found.push({ key, labels, texts });
  }
  return found;
}

/** `_dmarc.<domain>`: where a domain's DMARC record stands (RFC 7489 §6.1). */
export const isDmarcOwner = (labels: string[]) => labels[0] === '_dmarc';
/** `<domain>._report._dmarc.<receiver>`: a receiver's consent to take reports (RFC 7489 §7.1). */
export const isReportAuthorizationOwner = (labels: string[]) => labels.indexOf('_report') >= 1 && labels[labels.indexOf('_report') + 1] === '_dmarc';
/** `<selector>._domainkey.<domain>` (RFC 6376 §3.6.2.1). */
export const isDkimOwner = (labels: string[]) => labels.indexOf('_domainkey') >= 1;
export const isMtaStsOwner = (labels: string[]) => labels[0] === '_mta-sts';
export const isTlsRptOwner = (labels: string[]) => labels[0] === '_smtp' && labels[1] === '_tls';
/** `<selector>._bimi.<domain>`. */
export const isBimiOwner = (labels: string[]) => labels[1] === '_bimi';

/** Every TXT text under a `_domainkey` owner with its DKIM reading: what the three DKIM rules walk. */
export function* dkimTexts(zone: ParsedZone): Generator<{ txt: TxtText; dkim: DkimRecord }> {
  for (const { texts } of txtWhere(mailZone(zone), isDkimOwner)) for (const txt of texts) yield { txt, dkim: dkimOf(txt.text) };
}
