import type { MxRecord } from './zoneIndex';

/**
 * The MX records of a zone by owner: each owner's records in file order, the owners in the order of
 * their first MX (as a Map filled in file order has them). The records stand in one array and a
 * group's array is made when it is read: most owners have one MX or two, and a zone of a hundred
 * thousand MX owners otherwise keeps as many arrays and map entries alive, which cost more to build
 * than the rules that read them.
 */
export class MxGroups {
  private constructor(
    /** The records, group after group. */
    private readonly records: readonly MxRecord[],
    /** Group g is records[starts[g], starts[g + 1]). */
    private readonly starts: Int32Array,
    /** The owner's entry in the owner table, per group. */
    private readonly owners: Int32Array,
  ) {}

  /** Groups `records`, in file order, by `owners` (the owner's entry of each record). */
  static of(records: readonly MxRecord[], owners: Int32Array): MxGroups {
    const count = records.length;
    // Usually each owner's records stand together: the groups are then the runs of one owner.
    const runStarts = new Int32Array(count + 1);
    const runEntries = new Int32Array(count);
    let runs = 0;
    let rising = true;
    for (let i = 0; i < count; i++) {
      const entry = owners[i];
      if (i > 0 && entry === owners[i - 1]) continue;
      if (runs > 0 && entry < runEntries[runs - 1]) rising = false;
      runStarts[runs] = i;
      runEntries[runs++] = entry;
    }
    runStarts[runs] = count;
    const entries = runEntries.subarray(0, runs);
    // Entries count up as owners first appear: rising runs cannot repeat an owner.
    if (rising || new Set(entries).size === runs) return new MxGroups(records, runStarts.subarray(0, runs + 1), entries);

    // Otherwise a stable counting sort by the rank of each owner's first record.
    const rank = new Map<number, number>();
    for (let i = 0; i < count; i++) if (!rank.has(owners[i])) rank.set(owners[i], rank.size);
    const starts = new Int32Array(rank.size + 1);
    for (let i = 0; i < count; i++) starts[rank.get(owners[i])! + 1]++;
    for (let g = 0; g < rank.size; g++) starts[g + 1] += starts[g];
    const next = starts.slice(0, rank.size);
    const grouped = new Array<MxRecord>(count);
    for (let i = 0; i < count; i++) grouped[next[rank.get(owners[i])!]++] = records[i];
    return new MxGroups(grouped, starts, Int32Array.from(rank.keys()));
  }

  /** Every MX record, owner after owner. */
  all(): readonly MxRecord[] {
    return this.records;
  }

  /**
   * True when the owner with `entry` has MX records. A scan of the owners, cheaper than an index for
   * the one or two questions a lint asks.
   */
  has(entry: number): boolean {
    return this.owners.includes(entry);
  }

  /** Each owner's records, owner after owner; with `minimum`, only owners with at least that many (made into arrays only then). */
  *values(minimum = 1): IterableIterator<MxRecord[]> {
    for (let g = 0; g < this.owners.length; g++) if (this.starts[g + 1] - this.starts[g] >= minimum) yield this.group(g);
  }

  /** `values`, with each owner's entry. */
  *entries(minimum = 1): IterableIterator<[number, MxRecord[]]> {
    for (let g = 0; g < this.owners.length; g++) if (this.starts[g + 1] - this.starts[g] >= minimum) yield [this.owners[g], this.group(g)];
  }

  private group(g: number): MxRecord[] {
    return this.records.slice(this.starts[g], this.starts[g + 1]);
  }
}
