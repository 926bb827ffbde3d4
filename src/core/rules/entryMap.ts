/**
 * A map keyed by the owner table's entry numbers (small integers, 0 to the number of owners): a slot
 * array finds a key without hashing, and the values are kept in insertion order, as a Map keeps them.
 * Filling a Map of a hundred thousand MX owners cost more than the rules that read it.
 */
export class EntryMap<V> {
  /** Per entry: the position of its value + 1, or 0. Grown as larger entries come. */
  private slots = new Int32Array(1024);
  private readonly keyList: number[] = [];
  private readonly valueList: V[] = [];

  get(entry: number): V | undefined {
    const at = entry >= 0 && entry < this.slots.length ? this.slots[entry] : 0;
    return at === 0 ? undefined : this.valueList[at - 1];
  }

  has(entry: number): boolean {
    return entry >= 0 && entry < this.slots.length && this.slots[entry] !== 0;
  }

  /** Sets an entry's value: a new entry comes last in the order, a known one keeps its place (as with a Map). */
  set(entry: number, value: V): void {
    if (entry >= this.slots.length) {
      let length = this.slots.length * 2;
      while (length <= entry) length *= 2;
      const slots = new Int32Array(length);
      slots.set(this.slots);
      this.slots = slots;
    }
    const at = this.slots[entry];
    if (at !== 0) {
      this.valueList[at - 1] = value;
      return;
    }
    this.keyList.push(entry);
    this.slots[entry] = this.valueList.push(value);
  }

  /** Calls `visit` with each value and its entry, in insertion order (as Map's `forEach`, without a pair made per entry). */
  forEach(visit: (value: V, entry: number) => void): void {
    for (let i = 0; i < this.keyList.length; i++) visit(this.valueList[i], this.keyList[i]);
  }
}
