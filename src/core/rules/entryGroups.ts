/**
 * Records of a zone by owner (the MX records, the SPF records): each owner's records in file order, the
 * owners in the order of their first record (as a Map filled in file order has them). The records stand
 * in one array and a group's array is made when it is read: most owners have one record or two, and a
 * zone of a hundred thousand owners otherwise keeps as many arrays and map entries alive, which cost
 * more to build than the rules that read them.
 */
export class EntryGroups<T> {
  /** Per entry: its group + 1, or 0; made on the first `get`. */
  private groupOf: Int32Array | undefined;

  private constructor(
    /** The records, group after group. */
    private readonly records: readonly T[],
    /** Group g is records[starts[g], starts[g + 1]). */
    private readonly starts: Int32Array,
    /** The owner's entry in the owner table, per group. */
    private readonly owners: Int32Array,
  ) {}

  /** Groups `records`, in file order, by `owners` (the owner's entry of each record). */
  static of<T>(records: readonly T[], owners: Int32Array): EntryGroups<T> {
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
    if (rising || new Set(entries).size === runs) return new EntryGroups(records, runStarts.subarray(0, runs + 1), entries);

    // Otherwise a stable counting sort by the rank of each owner's first record.
    const rank = new Map<number, number>();
    for (let i = 0; i < count; i++) if (!rank.has(owners[i])) rank.set(owners[i], rank.size);
    const starts = new Int32Array(rank.size + 1);
    for (let i = 0; i < count; i++) starts[rank.get(owners[i])! + 1]++;
    for (let g = 0; g < rank.size; g++) starts[g + 1] += starts[g];
    const next = starts.slice(0, rank.size);
    const grouped = new Array<T>(count);
    for (let i = 0; i < count; i++) grouped[next[rank.get(owners[i])!]++] = records[i];
    return new EntryGroups(grouped, starts, Int32Array.from(rank.keys()));
  }

  /** Every record, owner after owner. */
  all(): readonly T[] {
    return this.records;
  }

  /**
   * True when the owner with `entry` has records. A scan of the owners, cheaper than an index for
   * the one or two questions a lint asks.
   */
  has(entry: number): boolean {
    return this.owners.includes(entry);
  }

  /** Each owner's records, owner after owner; with `minimum`, only owners with at least that many (made into arrays only then). */
  *values(minimum = 1): IterableIterator<T[]> {
    for (let g = 0; g < this.owners.length; g++) if (this.starts[g + 1] - this.starts[g] >= minimum) yield this.group(g);
  }

  /** `values`, with each owner's entry. */
  *entries(minimum = 1): IterableIterator<[number, T[]]> {
    for (let g = 0; g < this.owners.length; g++) if (this.starts[g + 1] - this.starts[g] >= minimum) yield [this.owners[g], this.group(g)];
  }

  /** The records of the owner with `entry`, or undefined when it has none; for many questions (the first one indexes the groups). */
  get(entry: number): T[] | undefined {
    if (this.groupOf === undefined) {
      let size = 0;
      for (const owner of this.owners) size = Math.max(size, owner + 1);
      this.groupOf = new Int32Array(size);
      for (let g = 0; g < this.owners.length; g++) this.groupOf[this.owners[g]] = g + 1;
    }
    const g = entry >= 0 && entry < this.groupOf.length ? this.groupOf[entry] : 0;
    return g === 0 ? undefined : this.group(g - 1);
  }

  private group(g: number): T[] {
    return this.records.slice(this.starts[g], this.starts[g + 1]);
  }
}
