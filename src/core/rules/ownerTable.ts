/**
 * The owner names of a zone and the record types at each, held in typed arrays rather than a Map of
 * strings: a zone of a million names would otherwise keep a million strings and map entries alive,
 * and building them costs more than parsing the zone (docs/decisions/owner-table.md).
 *
 * Most owners are one short label under a name that many owners share (`h123.example.com.`). Such a
 * name is stored exactly as a number (the label in base 39) and the index of its parent; any other
 * name is kept as its comparison key. Either way a lookup is exact: no hash stands in for a name.
 * Names may be given as written or as keys: ASCII case is folded either way.
 */
import { LABEL_BASE, LABEL_DIGIT, labelCode, MAX_CODED_LABEL } from '../zone/labelCode';
import { nameKey } from '../zone/names';

/**
 * Record types as small numbers, shared by every table (there are at most 65,536 of them). The types
 * of most lines come first, numbered without a map lookup: a large zone asks once per line.
 */
const typeNames: string[] = ['A', 'AAAA', 'TXT', 'MX', 'CNAME'];
const typeCodes = new Map<string, number>(typeNames.map((type, code) => [type, code]));

export function typeCode(type: string): number {
  switch (type) {
    case 'A':
      return 0;
    case 'AAAA':
      return 1;
    case 'TXT':
      return 2;
    case 'MX':
      return 3;
    case 'CNAME':
      return 4;
  }
  let code = typeCodes.get(type);
  if (code === undefined) {
    code = typeNames.length;
    typeNames.push(type);
    typeCodes.set(type, code);
  }
  return code;
}

export function typeName(code: number): string {
  return typeNames[code];
}

const NO_ENTRY = -1;
/** The type of an entry just made, before its first record's type is noted. */
const NO_TYPE = -1;
/** An entry number and its parent index + 1 share one double in a slot: entry + tag × 2^31. */
const TAG_UNIT = 2 ** 31;
const MAX_PARENTS = 2 ** 21 - 1;
/** How full the slots may get before they double: probes stay short with linear probing below this. */
const MAX_LOAD = 0.7;
/** Records queued before they are filed together. */
const PENDING = 64;
/** The parent index of a queued name that is given as a string. */
const NAMED = -2;
/** `nextTypes` packs three type codes + 1 in 10 bits each; PACKED_MASK in a field sends that type and later ones to `moreTypes`. */
const PACKED_TYPES = 3;
const PACKED_BITS = 10;
const PACKED_MASK = (1 << PACKED_BITS) - 1;

export class OwnerTable {
  /** Parents of compact names (comparison keys), by index, and the index of each. */
  private readonly parents: string[] = [];
  private readonly parentIndex = new Map<string, number>();
  /** The parent of the last compact name as written, and its index. */
  private lastParent = '';
  private lastParentIndex = -1;
  private previousParent = '';
  private previousParentIndex = -1;
  /** The origin `addLabelled` was last given, and its index as a parent. */
  private labelOrigin = '';
  private labelParentIndex = -1;
  /**
   * Records queued by `addLater` and `addLabelled`, filed by `settle` before any other use of the
   * table: the label code and parent index of a compact name (or NAMED and the name), the type, and
   * the ticket (or -1).
   */
  private readonly pendingCodes = new Float64Array(PENDING);
  private readonly pendingParents = new Int32Array(PENDING);
  private readonly pendingNames: string[] = new Array<string>(PENDING).fill('');
  private readonly pendingTypes = new Int32Array(PENDING);
  private readonly pendingTickets = new Int32Array(PENDING);
  /** The hash of each queued compact name, worked out once for the read-ahead and the filing. */
  private readonly pendingHashes = new Int32Array(PENDING);
  private pendingCount = 0;
  private ticketCount = 0;
  private lastName = '';
  private lastNameEntry = -1;
  /** The entry of each ticket, once filed. */
  private ticketEntries = new Int32Array(1024);
  /** What `settle` read ahead, kept so that the reads are not optimised away. */
  touched = 0;

  /**
   * Open addressing over compact names, two doubles a slot side by side (one cache line per probe):
   * the label code, and the entry with the parent's tag (0 marks a free slot).
   */
  private slots: Float64Array<ArrayBuffer>;
  private compactCount = 0;

  /** Names that are not compact, by comparison key. */
  private readonly named = new Map<string, number>();

  /**
   * Per entry: the first record type seen, and the next three distinct ones packed in order (see
   * `packNext`); any later ones in `moreTypes`. A host with A, AAAA, MX and TXT records then costs no
   * map entry and no array.
   */
  private firstTypes: Int32Array<ArrayBuffer>;
  private nextTypes: Int32Array<ArrayBuffer>;
  private readonly moreTypes = new Map<number, number[]>();
  private entryCount = 0;

  /** `expectedNames` sizes the table up front (a guess is fine: it grows). */
  constructor(expectedNames = 256) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expectedNames) capacity *= 2;
    this.slots = new Float64Array(capacity * 2);
    this.firstTypes = new Int32Array(Math.max(1024, expectedNames));
    this.nextTypes = new Int32Array(this.firstTypes.length);
  }

  /** How many owner names there are. */
  get size(): number {
    this.settle();
    return this.entryCount;
  }

  /** The entry of the owner `name` (as written or as a key), made if new; no type is noted yet. */
  private entryFor(name: string): number {
    let entry = this.find(name, true);
    if (entry === NO_ENTRY) {
      entry = this.entryCount;
      this.named.set(nameKey(name), entry);
    }
    return this.made(entry);
  }

  /**
   * Queues a record of `type` at the owner `name` (as written or as a key). The queue is filed before
   * any other use of the table, in the order it came. With `ticket`, returns a number that
   * `ticketEntry` turns into the owner's entry; -1 otherwise.
   */
  addLater(name: string, type: number, ticket = false): number {
    return this.push(0, NAMED, name, type, ticket);
  }

  /**
   * `addLater` for the name made of the label `text` from `start` to `end` under the absolute name
   * `origin`, without making that name: the owner of most lines of a large zone. `code` is the label's
   * `labelCode`, when the caller has it already.
   */
  addLabelled(text: string, start: number, end: number, origin: string, type: number, ticket = false, code = labelCode(text, start, end)): number {
    if (origin !== this.labelOrigin) {
      this.labelOrigin = origin;
      // Names under the root are kept by key, as `find` keeps them.
      this.labelParentIndex = origin === '.' ? -1 : this.indexOfParent(nameKey(origin), true);
    }
    if (code < 0 || this.labelParentIndex < 0) return this.addLater(text.slice(start, end) + (origin === '.' ? '.' : '.' + origin), type, ticket);
    return this.push(code, this.labelParentIndex, '', type, ticket);
  }

  /** The entry of the owner that the record `addLater` or `addLabelled` gave `ticket` was queued at. */
  ticketEntry(ticket: number): number {
    this.settle();
    return this.ticketEntries[ticket];
  }

  private push(code: number, parent: number, name: string, type: number, ticket: boolean): number {
    const at = this.pendingCount++;
    this.pendingCodes[at] = code;
    this.pendingParents[at] = parent;
    this.pendingNames[at] = name;
    this.pendingTypes[at] = type;
    const number = ticket ? this.ticketCount++ : -1;
    this.pendingTickets[at] = number;
    if (this.pendingCount === PENDING) this.settle();
    return number;
  }

  /**
   * Files the queue. The slots of its compact names are read first, one after another: those memory
   * reads then overlap, where filing one name at a time waits for each in turn (a million names make
   * a table far larger than the processor's caches).
   */
  private settle(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    this.pendingCount = 0;
    const { pendingCodes: codes, pendingParents: parents, pendingHashes: hashes, slots } = this;
    const mask = (slots.length >> 1) - 1;
    let touched = 0;
    for (let i = 0; i < count; i++) {
      if (parents[i] === NAMED) continue;
      hashes[i] = mix(codes[i], parents[i]);
      touched += slots[(hashes[i] & mask) * 2 + 1];
    }
    this.touched = touched;
    for (let i = 0; i < count; i++) {
      const entry = parents[i] === NAMED ? this.namedEntry(this.pendingNames[i]) : this.made(this.findCompact(codes[i], parents[i], true, hashes[i]));
      this.note(entry, this.pendingTypes[i]);
      const ticket = this.pendingTickets[i];
      if (ticket >= 0) {
        if (ticket >= this.ticketEntries.length) this.ticketEntries = grow(this.ticketEntries);
        this.ticketEntries[ticket] = entry;
      }
    }
  }

  /** `entryFor`, remembering the last name: records of one name usually follow each other with the very same owner string. */
  private namedEntry(name: string): number {
    if (name !== this.lastName) {
      this.lastName = name;
      this.lastNameEntry = this.entryFor(name);
    }
    return this.lastNameEntry;
  }

  /** `entry`, which `find` returned; counted and given no type yet when it is the next one. */
  private made(entry: number): number {
    if (entry === this.entryCount) {
      if (entry >= this.firstTypes.length) {
        this.firstTypes = grow(this.firstTypes);
        this.nextTypes = grow(this.nextTypes);
      }
      this.firstTypes[entry] = NO_TYPE;
      this.nextTypes[entry] = 0;
      this.entryCount++;
    }
    return entry;
  }

  /** Notes a record of `type` at `entry`. */
  private note(entry: number, type: number): void {
    const first = this.firstTypes[entry];
    if (first === type) return;
    if (first === NO_TYPE) {
      this.firstTypes[entry] = type;
      return;
    }
    const packed = this.nextTypes[entry];
    for (let field = 0; field < PACKED_TYPES; field++) {
      const value = (packed >>> (field * PACKED_BITS)) & PACKED_MASK;
      if (value === type + 1) return;
      if (value === 0) {
        if (type + 1 < PACKED_MASK) {
          this.nextTypes[entry] = packed | ((type + 1) << (field * PACKED_BITS));
          return;
        }
        // A code too large to pack closes the fields left: it and later types go to the map, in order.
        let closed = packed;
        for (let k = field; k < PACKED_TYPES; k++) closed |= PACKED_MASK << (k * PACKED_BITS);
        this.nextTypes[entry] = closed;
        break;
      }
      if (value === PACKED_MASK) break;
    }
    const more = this.moreTypes.get(entry);
    if (more === undefined) this.moreTypes.set(entry, [type]);
    else if (!more.includes(type)) more.push(type);
  }

  /** The types `nextTypes` holds at an entry, in order. */
  private packedTypes(entry: number): number[] {
    const types: number[] = [];
    const packed = this.nextTypes[entry];
    for (let field = 0; field < PACKED_TYPES; field++) {
      const value = (packed >>> (field * PACKED_BITS)) & PACKED_MASK;
      if (value === 0 || value === PACKED_MASK) break;
      types.push(value - 1);
    }
    return types;
  }

  /** The entry of the owner `name`, or -1 when no record has that owner. */
  entryOf(name: string): number {
    this.settle();
    return this.find(name, false);
  }

  has(name: string): boolean {
    return this.entryOf(name) !== NO_ENTRY;
  }

  /** The distinct types at an entry, in the order their first records came. */
  typesOf(entry: number): number[] {
    this.settle();
    return [this.firstTypes[entry], ...this.packedTypes(entry), ...(this.moreTypes.get(entry) ?? [])];
  }

  /** True when an entry has a record of some type other than `type`. */
  hasOtherType(entry: number, type: number): boolean {
    this.settle();
    return this.firstTypes[entry] !== type || this.nextTypes[entry] !== 0;
  }

  hasType(entry: number, type: number): boolean {
    this.settle();
    if (entry === NO_ENTRY) return false;
    return this.firstTypes[entry] === type || this.packedTypes(entry).includes(type) || (this.moreTypes.get(entry)?.includes(type) ?? false);
  }

  /** Names that are not compact, and the parents of compact names: every owner is one of those or a child of one. */
  namedOwners(): string[] {
    this.settle();
    return [...this.named.keys()];
  }

  compactParents(): readonly string[] {
    this.settle();
    return this.parents;
  }

  /** True when some owner ends with `suffix`, which starts with a dot (`._domainkey.example.com.`). */
  someOwnerEndsWith(suffix: string): boolean {
    if (this.namedOwners().some((name) => name.endsWith(suffix))) return true;
    // A compact name is `label.parent`: its dots are the one before the parent and those in it.
    return this.parents.some((parent) => parent.endsWith(suffix) || '.' + parent === suffix);
  }

  /**
   * Looks `name` up; with `insert`, a compact name not yet present gets the next entry number (the
   * caller then initialises it). A name that cannot be compact returns -1 unless it is in `named`.
   */
  private find(name: string, insert: boolean): number {
    // Split `label.parent` at the first dot, reading the label as a base-39 number.
    let code = 0;
    let i = 0;
    const length = name.length;
    for (; i < length && i <= MAX_CODED_LABEL; i++) {
      const c = name.charCodeAt(i);
      if (c === 0x2e) break;
      const digit = c < 128 ? LABEL_DIGIT[c] : -1;
      if (digit < 0) return this.named.get(nameKey(name)) ?? NO_ENTRY;
      code = code * LABEL_BASE + digit;
    }
    if (i === 0 || i > MAX_CODED_LABEL || i >= length) return this.named.get(nameKey(name)) ?? NO_ENTRY;
    const parent = this.parentOf(name, i + 1, insert);
    if (parent < 0) return this.named.get(nameKey(name)) ?? NO_ENTRY;
    return this.findCompact(code, parent, insert);
  }

  /** The index of the parent that starts at `from` in `name` (names of one zone share a few parents). */
  private parentOf(name: string, from: number, insert: boolean): number {
    const length = name.length - from;
    // Names under the root are kept by key (whatever the recent parents were, a name is stored one way).
    if (length === 0) return -1;
    const last = this.lastParent;
    if (length === last.length && name.endsWith(last)) return this.lastParentIndex;
    // Names often alternate between two parents (`www.example.com.`, `_sip._tcp.www.example.com.`).
    const before = this.previousParent;
    if (length === before.length && name.endsWith(before)) {
      const index = this.previousParentIndex;
      this.previousParent = last;
      this.previousParentIndex = this.lastParentIndex;
      this.lastParent = before;
      this.lastParentIndex = index;
      return index;
    }
    const written = name.slice(from);
    const index = this.indexOfParent(nameKey(written), insert);
    if (index < 0) return -1;
    this.previousParent = this.lastParent;
    this.previousParentIndex = this.lastParentIndex;
    this.lastParent = written;
    this.lastParentIndex = index;
    return index;
  }

  /** The index of a parent given as a key; -1 when it has none and none may be made. */
  private indexOfParent(parent: string, insert: boolean): number {
    let index = this.parentIndex.get(parent);
    if (index === undefined) {
      // The parent's tag shares a double with the entry: past 2^21 parents, names are kept by key.
      if (!insert || this.parents.length >= MAX_PARENTS) return -1;
      index = this.parents.length;
      this.parents.push(parent);
      this.parentIndex.set(parent, index);
    }
    return index;
  }

  private findCompact(code: number, parent: number, insert: boolean, hash = mix(code, parent)): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    // The entries of this parent are packed from `tagged` up (compared without dividing: doubles divide slowly).
    const tagged = (parent + 1) * TAG_UNIT;
    let slot = hash & mask;
    for (;;) {
      const packed = slots[slot * 2 + 1];
      if (packed === 0) break;
      if (slots[slot * 2] === code && packed >= tagged && packed < tagged + TAG_UNIT) return packed - tagged;
      slot = (slot + 1) & mask;
    }
    if (!insert) return NO_ENTRY;
    const entry = this.entryCount;
    slots[slot * 2] = code;
    slots[slot * 2 + 1] = tagged + entry;
    if (++this.compactCount > (slots.length >> 1) * MAX_LOAD) this.rehash();
    return entry;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Float64Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const packed = old[at + 1];
      if (packed === 0) continue;
      let slot = mix(old[at], Math.floor(packed / TAG_UNIT) - 1) & mask;
      while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = old[at];
      slots[slot * 2 + 1] = packed;
    }
    this.slots = slots;
  }
}

function mix(code: number, parent: number): number {
  const low = code >>> 0;
  const high = (code / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1) ^ Math.imul(parent, 0x85ebca6b), 0xcc9e2d51);
  h ^= h >>> 15;
  return Math.imul(h, 0x1b873593) ^ (h >>> 13);
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
