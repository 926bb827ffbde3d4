/**
 * Records in the text form of `named-checkzone -D`: one a line, fully qualified, TTL and class
 * explicit, with BIND's column layout (its "full" dump style: TTL at column 46, rdata at 64, tabs of 8).
 * Like BIND it leaves out records outside the zone, prints an RRset with its first TTL, and drops
 * repeated records.
 */
import type { ParsedZone, ZoneRecord } from './model';
import { isSubdomain, nameKey, utf8Bytes } from './names';
import { characterStringBytes } from './rdata';
import { quoteBytes } from './rdata/fields';

const TTL_COLUMN = 46;
const RDATA_COLUMN = 64;
const TAB_WIDTH = 8;

/** The dump of a parsed zone, one line per record (each ending with a newline). */
export function dumpZone(zone: ParsedZone): string {
  const dumper = new ZoneDumper(zone.origin);
  let out = '';
  for (const record of zone.records) out += dumper.line(record);
  return out;
}

/** Dumps records one at a time (as a streaming parse hands them over), remembering only RRset TTLs and what was printed. */
export class ZoneDumper {
  private readonly rrsetTtl = new Map<string, number>();
  private readonly printed = new Set<string>();

  constructor(private readonly origin: string) {}

  /** The record's line with its newline, or '' when BIND would leave it out. */
  line(record: ZoneRecord): string {
    if (!isSubdomain(record.owner, this.origin)) return '';
    const rdata = formatRdata(record);
    // BIND keeps the signatures of each covered type as a set of their own, with its own TTL.
    const covered = record.type === 'RRSIG' ? ' ' + rdata.slice(0, rdata.indexOf(' ')).toUpperCase() : '';
    const rrsetKey = nameKey(record.owner) + ' ' + record.rrclass + ' ' + record.type + covered;
    let ttl = this.rrsetTtl.get(rrsetKey);
    if (ttl === undefined) {
      ttl = record.ttl;
      this.rrsetTtl.set(rrsetKey, ttl);
    }
    const identity = rrsetKey + ' ' + (record.type === 'TXT' || record.type === 'CAA' ? rdata : rdata.toLowerCase());
    if (this.printed.has(identity)) return '';
    this.printed.add(identity);
    return formatLine(record.owner, ttl, record.rrclass, record.type, rdata) + '\n';
  }
}

/** One dump line laid out on BIND's columns. */
export function formatLine(owner: string, ttl: number, rrclass: string, type: string, rdata: string): string {
  let line = owner;
  let column = owner.length;
  const pad = (to: number): void => {
    const [text, reached] = indent(column, to);
    line += text;
    column = reached;
  };
  pad(TTL_COLUMN);
  line += ttl;
  column += String(ttl).length;
  pad(TTL_COLUMN);
  line += rrclass;
  column += rrclass.length;
  pad(TTL_COLUMN);
  line += type;
  column += type.length;
  pad(RDATA_COLUMN);
  return line + rdata;
}

/** BIND's indentation: tabs as far as they go, then spaces; always at least one character. */
function indent(from: number, to: number): [string, number] {
  const target = from >= to ? from + 1 : to;
  const tabs = Math.floor(target / TAB_WIDTH) - Math.floor(from / TAB_WIDTH);
  const spaces = tabs > 0 ? target % TAB_WIDTH : target - from;
  return ['\t'.repeat(Math.max(0, tabs)) + ' '.repeat(spaces), target];
}

/** The rdata in presentation form. */
export function formatRdata(record: ZoneRecord): string {
  const rdata = record.rdata;
  switch (rdata.type) {
    case 'SOA':
      return `${rdata.mname} ${rdata.rname} ${rdata.serial} ${rdata.refresh} ${rdata.retry} ${rdata.expire} ${rdata.minimum}`;
    case 'MX':
      return `${rdata.preference} ${rdata.exchange}`;
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return rdata.target;
    case 'A':
    case 'AAAA':
      return rdata.address;
    case 'TXT':
      // From the fields as written when there are some, so that bytes that are not UTF-8 print as BIND prints them.
      return record.rdataTokens.length > 0 && record.rdataTokens[0].text !== '\\#'
        ? record.rdataTokens.map((token) => quoteBytes(characterStringBytes(token.text))).join(' ')
        : rdata.strings.map((text) => quoteBytes(utf8Bytes(text))).join(' ');
    case 'SRV':
      return `${rdata.priority} ${rdata.weight} ${rdata.port} ${rdata.target}`;
    case 'CAA':
      return `${rdata.flags} ${rdata.tag} ${quoteText(rdata.value)}`;
    default:
      return rdata.text ?? record.rdataTokens.map((token) => token.text).join(' ');
  }
}

/** A character-string as BIND prints it: quoted, `"` and `\` escaped, other non-printables as \DDD. */
export function quoteText(text: string): string {
  return quoteBytes(utf8Bytes(text));
}
