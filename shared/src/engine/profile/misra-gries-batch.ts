import { hashString, hashValue, lastHashInt32 } from "./hash.js";
import type { ProfileValue } from "./profile-types.js";
import type { HyperLogLog } from "./hyperloglog.js";
import { keptText } from "./kept-text.js";
import type { TextCells } from "./text-cells.js";

/** The order of a summary's entries: most frequent first, ties by value. */
export function byCountThenValue(a: [ProfileValue, number], b: [ProfileValue, number]): number {
  if (a[1] !== b[1]) return b[1] - a[1];
  const x = a[0];
  const y = b[0];
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}

/** What the batch leaves: the summary's entries in the order a `Map` would hold them. */
export interface SummaryState {
  counts: Map<ProfileValue, number>;
  maxError: number;
}

/**
 * The Misra-Gries summary of `FrequentValues` past its cap, as one batch of strings is added:
 * the same entries, counts, `maxError` and entry order as adding them one at a time to the
 * `Map`, but through typed arrays. An entry is found by the HyperLogLog hash the value gets
 * anyway (no second hash of the string into a `Map`), a new one is appended, and a purge drops
 * entries without building a `Map`: on all-distinct text every purge drops all 2k + 1.
 */
export class MisraGriesBatch {
  /**
   * Per entry its value; undefined for an entry taken from a cell, not yet decoded. Made full
   * length once and cleared in place: emptied and refilled, an array's storage is made again as
   * it grows, twice the summary's size in garbage at every purge.
   */
  private readonly values: (ProfileValue | undefined)[];
  /** Per entry taken from a cell of the batch in progress, its row. */
  private rows: Int32Array;
  private counts: Float64Array;
  private hashes: Int32Array;
  /** Open addressing over the entries: index + 1 per slot, 0 when free; a power of two long. */
  private slots: Int32Array;
  private size = 0;
  private scratch: Float64Array;

  constructor(private readonly k: number) {
    const most = 2 * k + 1;
    this.values = new Array<ProfileValue | undefined>(most).fill(undefined);
    this.rows = new Int32Array(most);
    this.counts = new Float64Array(most);
    this.hashes = new Int32Array(most);
    this.scratch = new Float64Array(most);
    let slots = 16;
    while (slots < 4 * most) slots *= 2;
    this.slots = new Int32Array(slots);
  }

  /**
   * Adds `counts[code]` of `dictionary[code]` for each code from `from` with a positive count,
   * in code order, hashing each into `hll`, to the summary `state` (updated in place).
   */
  run(
    state: SummaryState,
    dictionary: readonly string[],
    counts: Float64Array,
    from: number,
    hll: HyperLogLog,
  ): void {
    this.load(state.counts);
    const limit = 2 * this.k;
    for (let code = from; code < dictionary.length; code++) {
      const c = counts[code]!;
      if (!(c > 0)) continue;
      const value = keptText(dictionary[code]!);
      hashString(value);
      hll.addLastHash();
      const entry = this.find(value, lastHashInt32[0]!);
      if (entry >= 0) this.counts[entry]! += c;
      else if (this.append(value, c, lastHashInt32[0]!) > limit) {
        state.maxError += this.purge();
      }
    }
    this.store(state);
  }

  /**
   * Adds each present cell of `cells` from row `from`, one at a time in row order, hashing each
   * into `hll`, to the summary `state`. An entry keeps its cell's row, and its string is made
   * only if it outlives a purge or the batch: on all-distinct text, never.
   */
  runCells(state: SummaryState, cells: TextCells, from: number, hll: HyperLogLog): void {
    this.load(state.counts);
    const limit = 2 * this.k;
    for (let row = from; row < cells.length; row++) {
      if (cells.isMissing(row)) continue;
      cells.hash(row);
      hll.addLastHash();
      const hash = lastHashInt32[0]!;
      const entry = this.findCell(cells, row, hash);
      if (entry >= 0) this.counts[entry]!++;
      else {
        this.rows[this.size] = row;
        if (this.append(undefined, 1, hash) > limit) state.maxError += this.purge(cells);
      }
    }
    this.store(state, cells);
  }

  /** Hands the entries back as the `Map` the summary keeps between batches. */
  private store(state: SummaryState, cells?: TextCells): void {
    state.counts = new Map();
    for (let i = 0; i < this.size; i++) state.counts.set(this.valueOf(i, cells), this.counts[i]!);
  }

  /** Entry `i`'s value, decoded from its cell if it came from one. */
  private valueOf(i: number, cells: TextCells | undefined): ProfileValue {
    return this.values[i] ?? cells!.text(this.rows[i]!);
  }

  private load(counts: Map<ProfileValue, number>): void {
    this.clear();
    counts.forEach((count, value) => {
      hashValue(value);
      this.append(value, count, lastHashInt32[0]!);
    });
  }

  private clear(): void {
    this.values.fill(undefined, 0, this.size);
    this.size = 0;
    this.slots.fill(0);
  }

  /** The index of `value`'s entry, or -1. */
  private find(value: ProfileValue, hash: number): number {
    const { slots, hashes, values } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0 || (hashes[entry] === hash && values[entry] === value)) return entry;
    }
  }

  /** The index of the entry of row `row`'s cell, whose hash is `hash`, or -1. */
  private findCell(cells: TextCells, row: number, hash: number): number {
    const { slots, hashes, values } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return -1;
      if (hashes[entry] !== hash) continue;
      const value = values[entry];
      if (value === undefined) {
        if (cells.same(row, this.rows[entry]!)) return entry;
      } else if (typeof value === "string" && cells.equals(row, value)) return entry;
    }
  }

  /** Adds an entry not in the summary (a cell's: its row set first); returns the new size. */
  private append(value: ProfileValue | undefined, count: number, hash: number): number {
    const entry = this.size++;
    this.values[entry] = value;
    this.counts[entry] = count;
    this.hashes[entry] = hash;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
    return this.size;
  }

  /**
   * `FrequentValues.purge` over the arrays: subtracts the (k+1)-th largest count from all,
   * drops the non-positive and puts the kept in order; returns the count subtracted.
   */
  private purge(cells?: TextCells): number {
    const n = this.size;
    if (n <= this.k) return 0;
    this.scratch.set(this.counts.subarray(0, n));
    const cut = this.scratch.subarray(0, n).sort()[n - 1 - this.k]!;
    const kept: [ProfileValue, number][] = [];
    for (let i = 0; i < n; i++) {
      if (this.counts[i]! > cut) kept.push([this.valueOf(i, cells), this.counts[i]!]);
    }
    this.clear();
    kept.sort(byCountThenValue);
    for (const [value, count] of kept) {
      hashValue(value);
      this.append(value, count - cut, lastHashInt32[0]!);
    }
    return cut;
  }
}
