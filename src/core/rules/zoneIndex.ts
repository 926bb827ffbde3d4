import type { Finding } from '../types';
import { isSubdomain, nameKey } from '../zone/names';
import type { ParsedZone, ZoneRecord } from '../zone/model';

export type MxRecord = ZoneRecord & { rdata: { type: 'MX' } };

/**
 * One pass over a zone's records that every rule shares: records by owner, and the names that
 * matter for MX targets (aliases, DNAMEs, delegations, addresses). Built once per parsed zone.
 */
export interface ZoneIndex {
  /** The zone origin's comparison key. */
  origin: string;
  byOwner: Map<string, ZoneRecord[]>;
  /** MX records by owner key, in file order. */
  mxByOwner: Map<string, MxRecord[]>;
  /** The records of `mxByOwner` in one list; made on first use by `mxRecords`. */
  allMx?: MxRecord[];
  /** Ancestors of owners (empty non-terminals exist in DNS too), with the owners among them; built on first use by `nameExists`. */
  ancestors?: Set<string>;
  addressOwners: Set<string>;
  cnames: Map<string, ZoneRecord>;
  dnames: Map<string, ZoneRecord>;
  /** Owners of NS records below the apex: their subtrees are served elsewhere. */
  delegations: Set<string>;
  /** Target statuses already worked out: three rules ask about the same targets. */
  statuses: Map<string, TargetStatus>;
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

/** Files `values` under `key`: as its list when the key is new, else at the end of the list it has. */
function addAll<K, V>(map: Map<K, V[]>, key: K, values: V[]): void {
  const list = map.get(key);
  if (list) for (const value of values) list.push(value);
  else map.set(key, values);
}

export function indexZone(zone: ParsedZone): ZoneIndex {
  const cached = cache.get(zone);
  if (cached) return cached;
  const origin = nameKey(zone.origin);
  const index: ZoneIndex = {
    origin,
    byOwner: new Map(),
    mxByOwner: new Map(),
    addressOwners: new Set(),
    cnames: new Map(),
    dnames: new Map(),
    delegations: new Set(),
    statuses: new Map(),
  };
  // Records of one name usually follow each other: such a run is lowered once and listed in arrays
  // of its exact size (an array grown by push keeps room for 17, and the index lives as long as the zone).
  const records = zone.records;
  for (let start = 0; start < records.length; ) {
    const written = records[start].owner;
    let end = start + 1;
    while (end < records.length && records[end].owner === written) end++;
    const owner = nameKey(written);
    addAll(index.byOwner, owner, records.slice(start, end));
    let mxCount = 0;
    for (let i = start; i < end; i++) if (isReadMx(records[i])) mxCount++;
    if (mxCount > 0) {
      const mx = new Array<MxRecord>(mxCount);
      for (let i = start, k = 0; i < end; i++) {
        const record = records[i];
        if (isReadMx(record)) mx[k++] = record;
      }
      addAll(index.mxByOwner, owner, mx);
    }
    for (let i = start; i < end; i++) indexByType(index, owner, records[i]);
    start = end;
  }
  cache.set(zone, index);
  return index;
}

/** Notes what a record of `owner` (its key) tells about MX targets. */
function indexByType(index: ZoneIndex, owner: string, record: ZoneRecord): void {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      index.addressOwners.add(owner);
      break;
    case 'CNAME':
      if (!index.cnames.has(owner)) index.cnames.set(owner, record);
      break;
    case 'DNAME':
      if (!index.dnames.has(owner)) index.dnames.set(owner, record);
      break;
    case 'NS':
      if (owner !== index.origin) index.delegations.add(owner);
      break;
  }
}

/** True for an MX record whose rdata the parser could read (a broken MX is a syntax problem). */
function isReadMx(record: ZoneRecord): record is MxRecord {
  return record.type === 'MX' && record.rdata.type === 'MX';
}

/** True when a name exists in the zone: it owns records, or records exist below it. */
export function nameExists(index: ZoneIndex, key: string): boolean {
  const origin = index.origin;
  if (index.ancestors === undefined) {
    // Owners outside the zone add names outside it too; no lookup asks for those.
    const ancestors = new Set<string>();
    for (const owner of index.byOwner.keys()) {
      // Most owners are children of the origin: their parent need not be copied out to be looked up.
      const at = parentStart(owner);
      if (at > 0 && owner.length - at === origin.length && owner.startsWith(origin, at)) continue;
      // Another owner's ancestors are added by its own walk.
      for (let name = parentName(owner); name !== undefined && name !== origin && !index.byOwner.has(name) && !ancestors.has(name); name = parentName(name)) {
        ancestors.add(name);
      }
    }
    index.ancestors = ancestors;
  }
  return key === origin || index.byOwner.has(key) || index.ancestors.has(key);
}

/** Follows an absolute target name through the zone the way an authoritative server would answer for it. */
export function targetStatus(index: ZoneIndex, target: string): TargetStatus {
  const key = nameKey(target);
  let status = index.statuses.get(key);
  if (status === undefined) {
    status = resolveTarget(index, key);
    index.statuses.set(key, status);
  }
  return status;
}

function resolveTarget(index: ZoneIndex, key: string): TargetStatus {
  if (key === '.' || !isSubdomain(key, index.origin)) return { kind: 'out-of-zone' };
  // Walk up from the target: a DNAME or a delegation on a strict ancestor takes precedence over data at the name.
  for (let name = parentName(key); name !== undefined && isSubdomain(name, index.origin); name = parentName(name)) {
    const dname = index.dnames.get(name);
    if (dname) return { kind: 'below-dname', dname };
    if (index.delegations.has(name)) return { kind: 'delegated' };
    if (name === index.origin) break;
  }
  if (index.delegations.has(key)) return { kind: 'delegated' };
  const cname = index.cnames.get(key);
  if (cname) return { kind: 'cname', cname };
  if (index.addressOwners.has(key)) return { kind: 'address' };
  if (!nameExists(index, key)) {
    // A name that does not exist may still be synthesised by a wildcard at its closest encloser.
    let encloser = parentName(key);
    while (encloser !== undefined && !nameExists(index, encloser) && encloser !== index.origin) encloser = parentName(encloser);
    if (encloser !== undefined && index.addressOwners.has('*.' + encloser)) return { kind: 'address' };
  }
  return { kind: 'no-address' };
}

/** Every MX record of the zone, owner by owner (listed once per zone: several rules walk them all). */
export function mxRecords(index: ZoneIndex): readonly MxRecord[] {
  if (index.allMx === undefined) {
    const all: MxRecord[] = [];
    for (const records of index.mxByOwner.values()) for (const record of records) all.push(record);
    index.allMx = all;
  }
  return index.allMx;
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
  const findings: Finding[] = [];
  for (const record of mxRecords(index)) {
    const status = targetStatus(index, record.rdata.exchange);
    if (status.kind !== kind) continue;
    const finding = describe(record, status as Extract<TargetStatus, { kind: K }>);
    if (finding) findings.push(finding);
  }
  return findings;
}
