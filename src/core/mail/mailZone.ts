/**
 * The mail authentication records of a parsed zone, read once and shared by the mail rules and the
 * hover: TXT records by owner with their joined text, the SPF records parsed, the TLSA and SPF-type
 * records. The records come from the rules' zone index, which keeps them also when a zone streams.
 */
import type { ParsedZone, ZoneRecord } from '../zone/model';
import { nameKey } from '../zone/names';
import { indexZone } from '../rules/zoneIndex';
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
  /** TXT records by owner key, in file order. */
  txtByOwner: Map<string, TxtText[]>;
  /** SPF records (TXT starting with v=spf1), by owner key. */
  spfByOwner: Map<string, SpfEntry[]>;
  tlsa: ZoneRecord[];
  /** Records of the obsolete SPF type (99). */
  spfType: ZoneRecord[];
}

const cache = new WeakMap<ParsedZone, MailZone>();

export function mailZone(zone: ParsedZone): MailZone {
  const cached = cache.get(zone);
  if (cached) return cached;
  const index = indexZone(zone);
  const mail: MailZone = { origin: index.origin, txtByOwner: new Map(), spfByOwner: new Map(), tlsa: [], spfType: [] };
  for (const record of index.mailRecords) {
    if (record.type === 'TLSA') mail.tlsa.push(record);
    else if (record.type === 'SPF' || record.type === 'TYPE99') mail.spfType.push(record);
    const txt = txtText(record);
    if (txt === undefined) continue;
    const key = nameKey(record.owner);
    push(mail.txtByOwner, key, txt);
    if (isSpfText(txt.text)) push(mail.spfByOwner, key, spfEntry(record, txt));
  }
  cache.set(zone, mail);
  return mail;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function spfEntry(record: ZoneRecord, txt: TxtText): SpfEntry {
  const spf = parseSpf(txt.text);
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

/** The TXT records at owners whose labels `where` accepts, with each owner's labels (left to right). */
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
