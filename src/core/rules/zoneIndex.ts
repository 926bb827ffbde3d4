import type { Finding } from '../types';
import { isSubdomain, nameKey } from '../zone/names';
import type { LabelledOwner, ParsedZone, ZoneRecord } from '../zone/model';
import { EntryMap } from './entryMap';
import { EntryGroups } from './entryGroups';
import { OwnerTable, typeCode } from './ownerTable';

export type MxRecord = ZoneRecord & { rdata: { type: 'MX' } };

/**
 * One pass over a zone's records that every rule shares: the owner names and their types, the MX
 * records, and the names that matter for MX targets (aliases, DNAMEs, delegations, addresses). Built
 * once per parsed zone, or record by record while a zone streams past (`ZoneIndexBuilder`).
 */
export interface ZoneIndex {
  /** The zone origin's comparison key. */
  origin: string;
  /** Every owner name, with the types of its records. */
  owners: OwnerTable;
  /** The records at the zone's apex, in file order. */
  apexRecords: ZoneRecord[];
  /** MX records by the owner's entry in `owners`, in file order. */
  mxByOwner: EntryGroups<MxRecord>;
  /** The distinct targets of the MX records; made on first use by `mxTargets`. */
  targets?: MxTarget[];
  /** The same records by where their target leads; made on first use by `findingsForTargets`. */
  mxByTargetKind?: Map<TargetStatus['kind'], MxRecord[]>;
  /** Ancestors of owners (empty non-terminals exist in DNS too), with the owners among them; built on first use by `nameExists`. */
  ancestors?: Set<string>;
  /** The first CNAME and DNAME record of each owner, by the owner's entry in `owners`. */
  cnames: EntryMap<ZoneRecord>;
  dnames: EntryMap<ZoneRecord>;
  /** Owners of NS records below the apex: their subtrees are served elsewhere. */
  delegations: Set<string>;
  /** Target statuses already worked out, by name as asked and by key: three rules ask about the same targets. */
  statuses: Map<string, TargetStatus>;
  /** The records the mail authentication rules read (TXT, SPF, TLSA), in file order. */
  mailRecords: ZoneRecord[];
  /** The owner's entry in `owners` of each of `mailRecords`. */
  mailOwners: Int32Array;
  /** Per record of `mailRecords`: true when its owner has an underscore (where DMARC, DKIM and their kin stand). */
  mailUnderscored: boolean[];
}

/** An MX target as written and as read (under the origin of its record). */
export interface MxTarget {
  written: string;
  exchange: string;
}

/** Where an MX target leads inside this zone. */
export type TargetStatus =
  | { kind: 'out-of-zone' }
  | { kind: 'delegated' }
  | { kind: 'below-dname'; dname: ZoneRecord }
  | { kind: 'cname'; cname: ZoneRecord }
  | { kind: 'address' }
  | { kind: 'no-address' };

const cache = new WeakMap<ParsedZone, ZoneIndex>();

/** The types the mail authentication rules read in full: SPF, DMARC, DKIM and the like are TXT records. */
export const MAIL_TYPES: ReadonlySet<string> = new Set(['TXT', 'SPF', 'TLSA']);

/** The types whose records the rules read in full, wherever they are. */
const NEEDED_TYPES = new Set(['MX', 'CNAME', 'DNAME', 'NS', ...MAIL_TYPES]);

const TYPE_A = typeCode('A');
const TYPE_AAAA = typeCode('AAAA');
/** NEEDED_TYPES by code, for the owners of simple lines (one question per line of a large zone). */
const NEEDED_CODES = new Set([...NEEDED_TYPES].map(typeCode));

/** The parent of an absolute name (`a.b.` → `b.`), honouring escaped dots; the root has none. */
export function parentName(name: string): string | undefined {
  const at = parentStart(name);
  if (at < 0) return undefined;
  return at === name.length ? '.' : name.slice(at);
}

/** Where the parent of an absolute name starts in it (just after its first unescaped dot); -1 for the root. */
function parentStart(name: string): number {
  if (name === '.') return -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x2e) return i + 1;
  }
  return -1;
}

/**
 * Builds a zone's index from its records in file order, keeping only the records the rules read
 * (MX, the first CNAME and DNAME of a name, the apex): a streaming caller need not keep the rest.
 * Owners are queued in the owner table; the entries of kept records are known in `finish`.
 */
export class ZoneIndexBuilder {
  private readonly index: ZoneIndex;
  /** Kept records in file order with their owner's ticket in the owner table, filed by entry in `finish`. */
  private readonly mx: MxRecord[] = [];
  private readonly mxTickets: number[] = [];
  private readonly cnames: ZoneRecord[] = [];
  private readonly cnameTickets: number[] = [];
  private readonly dnames: ZoneRecord[] = [];
  private readonly dnameTickets: number[] = [];
  private readonly mailTickets: number[] = [];
  /** The origin labelled owners were last given under, and whether names one label below it may be apex names. */
  private labelOrigin = '';
  private labelOriginInside = false;

  /** `expectedNames` sizes the owner table (a guess is fine). */
  constructor(origin: string, expectedNames?: number) {
    this.index = {
      origin: nameKey(origin),
      owners: new OwnerTable(expectedNames),
      apexRecords: [],
      mxByOwner: EntryGroups.of([], new Int32Array(0)),
      cnames: new EntryMap(),
      dnames: new EntryMap(),
      delegations: new Set(),
      statuses: new Map(),
      mailRecords: [],
      mailOwners: new Int32Array(0),
      mailUnderscored: [],
    };
  }

  /** True for a record that `add` must see in full: the rest need only `addOwner`. */
  needs(owner: string, type: string): boolean {
    return NEEDED_TYPES.has(type) || this.isApex(owner);
  }

  /** Notes a record by its owner and type only. */
  addOwner(owner: string, type: string): void {
    this.index.owners.addLater(owner, typeCode(type));
  }

  /** `addOwner` for a record whose owner is a label in the text, when `needs` would decline it; false otherwise (it must then come by `add` or `addOwner`). */
  addLabelled(owner: LabelledOwner, type: string): boolean {
    const code = typeCode(type);
    if (NEEDED_CODES.has(code) || !this.belowApex(owner.origin)) return false;
    this.index.owners.addLabelled(owner.text, owner.start, owner.end, owner.origin, code, false, owner.code);
    return true;
  }

  /** `add` for a record whose owner stands in the text as `owner`. */
  addWithLabel(record: ZoneRecord, owner: LabelledOwner): void {
    if (!this.belowApex(owner.origin)) {
      this.add(record);
      return;
    }
    const ticket = this.index.owners.addLabelled(
      owner.text,
      owner.start,
      owner.end,
      owner.origin,
      typeCode(record.type),
      ticketed(record),
      owner.code,
    );
    // The owner's name is made only if a rule reports on the record: its underscore is looked for in its parts.
    this.keep(record, false, ticket, () => owner.origin.includes('_') || owner.text.slice(owner.start, owner.end).includes('_'));
  }

  add(record: ZoneRecord): void {
    const ticket = this.index.owners.addLater(record.owner, typeCode(record.type), ticketed(record));
    this.keep(record, this.isApex(record.owner), ticket, () => record.owner.includes('_'));
  }

  /** `underscored` tells whether the owner has an underscore; asked of mail records only. */
  private keep(record: ZoneRecord, apex: boolean, ticket: number, underscored: () => boolean): void {
    const index = this.index;
    if (apex) index.apexRecords.push(record);
    switch (record.type) {
      case 'MX':
        // A broken MX is a syntax problem, not an MX the rules read.
        if (record.rdata.type === 'MX') {
          this.mx.push(record as MxRecord);
          this.mxTickets.push(ticket);
        }
        break;
      case 'CNAME':
        this.cnames.push(record);
        this.cnameTickets.push(ticket);
        break;
      case 'DNAME':
        this.dnames.push(record);
        this.dnameTickets.push(ticket);
        break;
      case 'NS':
        if (!apex) index.delegations.add(nameKey(record.owner));
        break;
      case 'TXT':
      case 'SPF':
      case 'TLSA':
        index.mailRecords.push(record);
        index.mailUnderscored.push(underscored());
        this.mailTickets.push(ticket);
        break;
    }
  }

  private isApex(owner: string): boolean {
    // Names are ASCII (other characters are escaped), so case folding keeps their length.
    return owner.length === this.index.origin.length && nameKey(owner) === this.index.origin;
  }

  /** True when no name one label below `origin` is the apex: the origin is the apex or below it. */
  private belowApex(origin: string): boolean {
    if (origin !== this.labelOrigin) {
      this.labelOrigin = origin;
      this.labelOriginInside = isSubdomain(nameKey(origin), this.index.origin);
    }
    return this.labelOriginInside;
  }

  finish(): ZoneIndex {
    const { mx, mxTickets, index } = this;
    const owners = index.owners;
    const mxOwners = new Int32Array(mx.length);
    for (let i = 0; i < mx.length; i++) mxOwners[i] = owners.ticketEntry(mxTickets[i]);
    index.mxByOwner = EntryGroups.of(mx, mxOwners);
    firstByOwner(index.cnames, this.cnames, this.cnameTickets, owners);
    firstByOwner(index.dnames, this.dnames, this.dnameTickets, owners);
    index.mailOwners = Int32Array.from(this.mailTickets, (ticket) => owners.ticketEntry(ticket));
    return index;
  }
}

/** Files the first of `records` at each owner in `map`. */
function firstByOwner(map: EntryMap<ZoneRecord>, records: ZoneRecord[], tickets: number[], owners: OwnerTable): void {
  for (let i = 0; i < records.length; i++) {
    const entry = owners.ticketEntry(tickets[i]);
    if (!map.has(entry)) map.set(entry, records[i]);
  }
}

/** True for the records whose owner's entry the index files them by. */
function ticketed(record: ZoneRecord): boolean {
  return record.type === 'MX' || record.type === 'CNAME' || record.type === 'DNAME' || MAIL_TYPES.has(record.type);
}

export function indexZone(zone: ParsedZone): ZoneIndex {
  const cached = cache.get(zone);
  if (cached) return cached;
  const builder = new ZoneIndexBuilder(zone.origin, zone.records.length);
  for (const record of zone.records) builder.add(record);
  const index = builder.finish();
  cache.set(zone, index);
  return index;
}

/** Makes `index` the one the rules read for `zone` (a zone whose records streamed past and were not kept). */
export function useIndex(zone: ParsedZone, index: ZoneIndex): void {
  cache.set(zone, index);
}

/** True when some record at `key` is an A or AAAA record. */
export function hasAddress(index: ZoneIndex, key: string): boolean {
  const entry = index.owners.entryOf(key);
  return entry >= 0 && (index.owners.hasType(entry, TYPE_A) || index.owners.hasType(entry, TYPE_AAAA));
}

function cnameAt(index: ZoneIndex, key: string): ZoneRecord | undefined {
  const entry = index.owners.entryOf(key);
  return entry < 0 ? undefined : index.cnames.get(entry);
}

function dnameAt(index: ZoneIndex, key: string): ZoneRecord | undefined {
  const entry = index.owners.entryOf(key);
  return entry < 0 ? undefined : index.dnames.get(entry);
}

/** True when a name exists in the zone: it owns records, or records exist below it. */
export function nameExists(index: ZoneIndex, key: string): boolean {
  const origin = index.origin;
  if (index.ancestors === undefined) {
    // Owners outside the zone add names outside it too; no lookup asks for those.
    const ancestors = new Set<string>();
    const owners = index.owners;
    const addAncestorsFrom = (name: string | undefined): void => {
      // Another owner's ancestors are added by its own walk.
      for (; name !== undefined && name !== origin && !owners.has(name) && !ancestors.has(name); name = parentName(name)) ancestors.add(name);
    };
    for (const owner of owners.namedOwners()) {
      // Most owners are children of the origin: their parent need not be copied out to be looked up.
      const at = parentStart(owner);
      if (at > 0 && owner.length - at === origin.length && owner.startsWith(origin, at)) continue;
      addAncestorsFrom(parentName(owner));
    }
    // A compact owner is one label under its parent: the walk starts there.
    for (const parent of owners.compactParents()) addAncestorsFrom(parent === '' ? '.' : parent);
    index.ancestors = ancestors;
  }
  return key === origin || index.owners.has(key) || index.ancestors.has(key);
}

/** Follows an absolute target name through the zone the way an authoritative server would answer for it. */
export function targetStatus(index: ZoneIndex, target: string): TargetStatus {
  // Keyed by the name as given first: most targets are asked for again in the same spelling.
  let status = index.statuses.get(target);
  if (status === undefined) {
    const key = nameKey(target);
    status = index.statuses.get(key) ?? resolveTarget(index, key);
    index.statuses.set(key, status);
    index.statuses.set(target, status);
  }
  return status;
}

function resolveTarget(index: ZoneIndex, key: string): TargetStatus {
  if (key === '.' || !isSubdomain(key, index.origin)) return { kind: 'out-of-zone' };
  // Walk up from the target: a DNAME or a delegation on a strict ancestor takes precedence over data at the name.
  for (let name = parentName(key); name !== undefined && isSubdomain(name, index.origin); name = parentName(name)) {
    const dname = dnameAt(index, name);
    if (dname) return { kind: 'below-dname', dname };
    if (index.delegations.has(name)) return { kind: 'delegated' };
    if (name === index.origin) break;
  }
  if (index.delegations.has(key)) return { kind: 'delegated' };
  const cname = cnameAt(index, key);
  if (cname) return { kind: 'cname', cname };
  if (hasAddress(index, key)) return { kind: 'address' };
  if (!nameExists(index, key)) {
    // A name that does not exist may still be synthesised by a wildcard at its closest encloser.
    let encloser = parentName(key);
    while (encloser !== undefined && !nameExists(index, encloser) && encloser !== index.origin) encloser = parentName(encloser);
    if (encloser !== undefined && hasAddress(index, '*.' + encloser)) return { kind: 'address' };
  }
  return { kind: 'no-address' };
}

/** Every MX record of the zone, owner by owner. */
export function mxRecords(index: ZoneIndex): readonly MxRecord[] {
  return index.mxByOwner.all();
}

/**
 * The distinct targets of the zone's MX records, in the order they first come. A zone's MX records
 * name a few hosts: a rule about targets judges each once, and reads the records only when some target
 * is at fault (a loop over every record costs each rule more than its judgements).
 */
export function mxTargets(index: ZoneIndex): readonly MxTarget[] {
  if (index.targets === undefined) {
    const targets: MxTarget[] = [];
    const seen = new Map<string, Set<string>>();
    let lastExchange = '';
    let lastWritten = '';
    for (const record of mxRecords(index)) {
      const { exchange, exchangeWritten: written } = record.rdata;
      // Records of simple lines share their target's strings: a repeat is told without a lookup.
      if (exchange === lastExchange && written === lastWritten) continue;
      lastExchange = exchange;
      lastWritten = written;
      let writtens = seen.get(exchange);
      if (writtens === undefined) seen.set(exchange, (writtens = new Set()));
      if (!writtens.has(written)) {
        writtens.add(written);
        targets.push({ written, exchange });
      }
    }
    index.targets = targets;
  }
  return index.targets;
}

/**
 * The findings of a rule about where MX targets lead: `describe` is called for every MX record of
 * the zone whose target has the status `kind`.
 */
export function findingsForTargets<K extends TargetStatus['kind']>(
  zone: ParsedZone,
  kind: K,
  describe: (record: MxRecord, status: Extract<TargetStatus, { kind: K }>) => Finding | undefined,
): Finding[] {
  const index = indexZone(zone);
  if (!mxTargets(index).some((target) => targetStatus(index, target.exchange).kind === kind)) return [];
  if (index.mxByTargetKind === undefined) {
    // Three rules ask: the targets are followed once, and each rule reads only the records of its kind.
    const byKind = new Map<TargetStatus['kind'], MxRecord[]>();
    for (const record of mxRecords(index)) {
      const found = targetStatus(index, record.rdata.exchange).kind;
      const list = byKind.get(found);
      if (list) list.push(record);
      else byKind.set(found, [record]);
    }
    index.mxByTargetKind = byKind;
  }
  const findings: Finding[] = [];
  for (const record of index.mxByTargetKind.get(kind) ?? []) {
    const finding = describe(record, targetStatus(index, record.rdata.exchange) as Extract<TargetStatus, { kind: K }>);
    if (finding) findings.push(finding);
  }
  return findings;
}
