/**
 * The owner names of a zone and the record types at each, held in typed arrays rather than a Map of
 * strings: a zone of a million names would otherwise keep a million strings and map entries alive,
 * and building them costs more than parsing the zone (docs/decisions/owner-table.md).
 *
 * Most owners are one short label under a name that many owners share (`h123.example.com.`). Such a
 * name is stored exactly as a number (the label in base 39) and the index of its parent; any other
 * name is kept as a string. Either way a lookup is exact: no hash stands in for a name.
 */

/** Digits of the label alphabet: 1..38, so that labels of different lengths never share a code. */
const LABEL_DIGIT = new Int8Array(128).fill(-1);
'abcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach((c, i) => (LABEL_DIGIT[c.charCodeAt(0)] = i + 1));
const BASE = 39;
/** 39^10 < 2^53: ten characters fit a double exactly. */
const MAX_COMPACT_LABEL = 10;

/** Record types as small numbers, shared by every table (there are at most 65,536 of them). */
const typeCodes = new Map<string, number>();
const typeNames: string[] = [];

export function typeCode(type: string): number {
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

export class OwnerTable {
  /** Parents of compact names, by index, and the index of each. */
  private readonly parents: string[] = [];
  private readonly parentIndex = new Map<string, number>();
  private lastParent = '';
  private lastParentIndex = -1;

  /** Open addressing over compact names: label code and parent index + 1 (0 marks a free slot). */
  private slotCodes = new Float64Array(1024);
  private slotParents = new Int32Array(1024);
  private slotEntries = new Int32Array(1024);
  private compactCount = 0;

  /** Names that are not compact. */
  private readonly named = new Map<string, number>();

  /** Per entry: the first record type seen; later distinct types in `moreTypes`. */
  private firstTypes = new Int32Array(1024);
  private readonly moreTypes = new Map<number, number[]>();
  private entryCount = 0;

  get size(): number {
    return this.entryCount;
  }

  /** Notes a record of `type` at the owner whose comparison key is `key`; returns the owner's entry. */
  add(key: string, type: number): number {
    let entry = this.find(key, true);
    if (entry === NO_ENTRY) {
      entry = this.named.size + this.compactCount;
      this.named.set(key, entry);
      this.newEntry(entry, type);
      return entry;
    }
    if (entry >= this.entryCount) this.newEntry(entry, type);
    else this.addType(entry, type);
    return entry;
  }

  /** Notes another record of `type` at an entry that `add` returned. */
  addType(entry: number, type: number): void {
    if (this.firstTypes[entry] !== type) {
      const more = this.moreTypes.get(entry);
      if (more === undefined) this.moreTypes.set(entry, [type]);
      else if (!more.includes(type)) more.push(type);
    }
  }

  /** The entry of the owner `key`, or -1 when no record has that owner. */
  entryOf(key: string): number {
    return this.find(key, false);
  }

  has(key: string): boolean {
    return this.find(key, false) !== NO_ENTRY;
  }

  /** The distinct types at an entry, in the order their first records came. */
  typesOf(entry: number): number[] {
    const more = this.moreTypes.get(entry);
    return more === undefined ? [this.firstTypes[entry]] : [this.firstTypes[entry], ...more];
  }

  hasType(entry: number, type: number): boolean {
    return entry !== NO_ENTRY && (this.firstTypes[entry] === type || (this.moreTypes.get(entry)?.includes(type) ?? false));
  }

  /** Names that are not compact, and the parents of compact names: every owner is one of those or a child of one. */
  namedOwners(): IterableIterator<string> {
    return this.named.keys();
  }

  compactParents(): readonly string[] {
    return this.parents;
  }

  /** True when some owner ends with `suffix`, which starts with a dot (`._domainkey.example.com.`). */
  someOwnerEndsWith(suffix: string): boolean {
    for (const name of this.named.keys()) if (name.endsWith(suffix)) return true;
    // A compact name is `label.parent`: its dots are the one before the parent and those in it.
    return this.parents.some((parent) => parent.endsWith(suffix) || '.' + parent === suffix);
  }

  private newEntry(entry: number, type: number): void {
    if (entry >= this.firstTypes.length) this.firstTypes = grow(this.firstTypes);
    this.firstTypes[entry] = type;
    this.entryCount = entry + 1;
  }

  /**
   * Looks `key` up; with `insert`, a compact name not yet present gets the next entry number (the
   * caller then initialises it). A name that cannot be compact returns -1 unless it is in `named`.
   */
  private find(key: string, insert: boolean): number {
    // Split `label.parent` at the first dot, reading the label as a base-39 number.
    let code = 0;
    let i = 0;
    const length = key.length;
    for (; i < length && i <= MAX_COMPACT_LABEL; i++) {
      const c = key.charCodeAt(i);
      if (c === 0x2e) break;
      const digit = c < 128 ? LABEL_DIGIT[c] : -1;
      if (digit < 0) return this.named.get(key) ?? NO_ENTRY;
      code = code * BASE + digit;
    }
    if (i === 0 || i > MAX_COMPACT_LABEL || i >= length) return this.named.get(key) ?? NO_ENTRY;
    const parent = this.parentOf(key, i + 1, insert);
    if (parent < 0) return NO_ENTRY;
    return this.findCompact(code, parent, insert);
  }

  /** The index of the parent that starts at `from` in `key` (names of one zone share a few parents). */
  private parentOf(key: string, from: number, insert: boolean): number {
    const last = this.lastParent;
    if (key.length - from === last.length && key.endsWith(last)) return this.lastParentIndex;
    const parent = key.slice(from);
    let index = this.parentIndex.get(parent);
    if (index === undefined) {
      if (!insert) return -1;
      index = this.parents.length;
      this.parents.push(parent);
      this.parentIndex.set(parent, index);
    }
    this.lastParent = parent;
    this.lastParentIndex = index;
    return index;
  }

  private findCompact(code: number, parent: number, insert: boolean): number {
    const mask = this.slotCodes.length - 1;
    const tag = parent + 1;
    let slot = mix(code, parent) & mask;
    for (;;) {
      const slotParent = this.slotParents[slot];
      if (slotParent === 0) break;
      if (slotParent === tag && this.slotCodes[slot] === code) return this.slotEntries[slot];
      slot = (slot + 1) & mask;
    }
    if (!insert) return NO_ENTRY;
    const entry = this.named.size + this.compactCount;
    this.slotCodes[slot] = code;
    this.slotParents[slot] = tag;
    this.slotEntries[slot] = entry;
    // Half full at most, so that probes stay short.
    if (++this.compactCount * 2 > this.slotCodes.length) this.rehash();
    return entry;
  }

  private rehash(): void {
    const codes = this.slotCodes;
    const parents = this.slotParents;
    const entries = this.slotEntries;
    const capacity = codes.length * 2;
    this.slotCodes = new Float64Array(capacity);
    this.slotParents = new Int32Array(capacity);
    this.slotEntries = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let old = 0; old < codes.length; old++) {
      if (parents[old] === 0) continue;
      let slot = mix(codes[old], parents[old] - 1) & mask;
      while (this.slotParents[slot] !== 0) slot = (slot + 1) & mask;
      this.slotCodes[slot] = codes[old];
      this.slotParents[slot] = parents[old];
      this.slotEntries[slot] = entries[old];
    }
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
