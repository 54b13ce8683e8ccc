import { NumberTable } from "../../engine/profile/number-table.js";

/** The first window of integer keys; stored keys fill a quarter of a larger one, less this. */
const FIRST_WINDOW = 4096;

/**
 * Where each number key of a uniqueness check was first seen. Integer keys that fill most of
 * a range (ids counted up from somewhere, the common primary key) are kept in an array indexed
 * by the key's distance from the range's start: a lookup is one read, where a hash table takes a
 * cache miss per key at a million keys and more. The array doubles to take in keys on either
 * side while it stays at most four slots per stored key, give or take the first window (so
 * that ids with a few repeats, which fill a little less than their range, keep it); keys too
 * sparse for that, and all other numbers, live in a hash table (the array's keys move there
 * once the range is given up). Keys compare as a `Map` compares them: -0 and 0 are one key.
 * Memory stays within 32 bytes a stored key, as the hash table's, plus 32 KB.
 */
export class NumberKeys {
  private readonly table = new NumberTable();
  /** Per key `start + i`, where it was first seen plus one; 0 for a key not stored. */
  private window: Float64Array | undefined = new Float64Array(0);
  private start = 0;
  private stored = 0;

  /** Whether the keys are held by their offset in a range rather than in the hash table. */
  get ranged(): boolean {
    return this.window !== undefined && this.stored > 0;
  }

  /** Where `key` was first seen, or -1 when it is new: then stored at `at` if `store`. */
  firstOrStore(key: number, at: number, store: boolean): number {
    if (this.window === undefined || !Number.isSafeInteger(key)) {
      const index = store ? this.table.indexOrAdd(key, at) : this.table.indexOf(key);
      return index >= 0 ? this.table.values[index]! : -1;
    }
    let offset = key - this.start;
    if (offset < 0 || offset >= this.window.length) {
      if (!store) return -1;
      if (!this.widen(key)) return this.firstOrStore(key, at, store);
      offset = key - this.start;
    }
    const first = this.window[offset]!;
    if (first > 0) return first - 1;
    if (store) {
      this.window[offset] = at + 1;
      this.stored++;
    }
    return -1;
  }

  /**
   * Grows the window to take in `key`, doubling on the side it lies; false when the window would
   * be too sparse, and its keys have moved to the table.
   */
  private widen(key: number): boolean {
    const old = this.window!;
    if (old.length === 0) {
      this.window = new Float64Array(FIRST_WINDOW);
      this.start = key - FIRST_WINDOW / 2;
      return true;
    }
    const end = this.start + old.length;
    const start = key < this.start ? Math.min(key, this.start - old.length) : this.start;
    const length = (key >= end ? Math.max(key + 1, end + old.length) : end) - start;
    if (length > 4 * (this.stored + 1) + FIRST_WINDOW) {
      this.giveUpWindow();
      return false;
    }
    const window = new Float64Array(length);
    window.set(old, this.start - start);
    this.window = window;
    this.start = start;
    return true;
  }

  private giveUpWindow(): void {
    const window = this.window!;
    this.window = undefined;
    for (let i = 0; i < window.length; i++) {
      if (window[i]! > 0) this.table.add(this.start + i, window[i]! - 1);
    }
  }
}
