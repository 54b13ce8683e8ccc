import { hashNumber, hashValue } from "./hash.js";
import { keptValue } from "./kept-text.js";
import { HyperLogLog } from "./hyperloglog.js";
import { byCountThenValue, MisraGriesBatch } from "./misra-gries-batch.js";
import type { ProfileValue } from "./profile-types.js";
import type { TextCells } from "./text-cells.js";
import { StringDictionary } from "../data/string-dictionary.js";
import { grown } from "../data/typed-arrays.js";

export interface FrequentSettings {
  /** Distinct values counted exactly (and all kept) up to this many. Default 1024. */
  exactCap: number;
  /** Counters kept by the Misra-Gries summary beyond the cap. Default 64. */
  frequentK: number;
  /** HyperLogLog precision beyond the cap. Default 12. */
  hllPrecision: number;
  /** Whether frequent values are kept beyond the cap (string columns) or dropped (numbers). */
  keepBeyondCap: boolean;
}

/**
 * The values of a column with their counts, and how many distinct values there are. While a
 * column has at most `exactCap` distinct values both are exact, and every value is kept, so two
 * summaries merge exactly. Past the cap:
 *
 * - the distinct count becomes a HyperLogLog estimate (every value hashed since the start);
 * - string columns keep a Misra-Gries summary (Misra and Gries, 1982; mergeable per Agarwal et
 *   al., 2012) of `frequentK` counters: when it grows past 2k counters, the (k+1)-th largest
 *   count is subtracted from all and the non-positive ones dropped. A kept count is a lower
 *   bound, short of the truth by at most `maxError`, which never exceeds n / (k + 1);
 * - numeric columns drop frequent values: with that many distinct numbers the quantiles and the
 *   histogram describe the column, and hashing alone keeps profiling fast.
 *
 * Ties in count are broken by value, so the summary is deterministic.
 */
export class FrequentValues {
  counts = new Map<ProfileValue, number>();
  exact = true;
  /** False once numbers pass the cap: the counts are no longer kept. */
  tracked = true;
  maxError = 0;
  hll: HyperLogLog | undefined;
  /** The counts, copied out for `purge` to sort. */
  private scratch = new Float64Array(0);

  constructor(readonly settings: FrequentSettings) {}

  /** Adds `count` occurrences of `value` (a long text as `keptText` writes it). */
  add(given: ProfileValue, count: number): void {
    const value = keptValue(given);
    if (this.hll) this.hashInto(this.hll, value);
    if (!this.tracked) return;
    this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    if (this.exact) {
      if (this.counts.size > this.settings.exactCap) this.leaveExact();
    } else if (this.counts.size > 2 * this.settings.frequentK) this.purge();
  }

  /** The working arrays of `addCounts` and `addCells` past the cap, made on first use. */
  private batch: MisraGriesBatch | undefined;

  /**
   * Adds `counts[code]` occurrences of `dictionary[code]` for each code with a positive count,
   * in code order: the same summary as `add` per value. Past the cap the summary takes the
   * rest of the batch through typed arrays (`MisraGriesBatch`), not a `Map` entry per value.
   */
  addCounts(dictionary: readonly string[], counts: Float64Array): void {
    let code = 0;
    for (; code < dictionary.length && (this.exact || !this.tracked); code++) {
      const c = counts[code]!;
      if (c > 0) this.add(dictionary[code]!, c);
    }
    if (code === dictionary.length) return;
    this.batch ??= new MisraGriesBatch(this.settings.frequentK);
    this.batch.run(this, dictionary, counts, code, this.hll!);
  }

  /**
   * Adds each present cell of a text column's batch, in row order: the summary of `add` with a
   * count of 1 per cell. Past the cap the cells go through typed arrays (`MisraGriesBatch`).
   * A text column is always tracked.
   */
  addCells(cells: TextCells): void {
    const row = this.exact ? this.addExactCells(cells) : 0;
    if (row === cells.length) return;
    this.batch ??= new MisraGriesBatch(this.settings.frequentK);
    this.batch.runCells(this, cells, row, this.hll!);
  }

  /** While exact, the distinct values of a batch of cells and their counts, for `addExactCells`. */
  private cellValues: StringDictionary | undefined;
  private cellCounts = new Float64Array(0);

  /**
   * The exact part of `addCells`: the batch's cells counted per distinct value (a string made
   * once per value and batch, not per cell), then added in order of first appearance, which
   * gives exact counts the same as one by one. It stops at the cell whose value is one past the
   * cap, added last, so that the summary leaves its exact phase where it would cell by cell;
   * returns the row after that cell, or the batch's length.
   */
  private addExactCells(cells: TextCells): number {
    const dictionary = (this.cellValues ??= new StringDictionary());
    dictionary.clear();
    let counts = this.cellCounts;
    // How many more distinct values the counts take before they pass the cap.
    let room = this.settings.exactCap - this.counts.size;
    let past = -1;
    for (let row = 0; row < cells.length && past < 0; row++) {
      if (cells.isMissing(row)) continue;
      const seen = dictionary.values.length;
      const code = cells.codeIn(dictionary, row);
      if (code === seen) {
        if (!this.counts.has(dictionary.values[code]!) && room-- === 0) past = row;
        if (code === counts.length) counts = this.cellCounts = grown(counts, code + 1);
      }
      if (past < 0) counts[code]!++;
    }
    for (let code = 0; code < dictionary.values.length; code++) {
      if (counts[code]! > 0) this.add(dictionary.values[code]!, counts[code]!);
      counts[code] = 0;
    }
    if (past < 0) return cells.length;
    this.add(cells.text(past), 1);
    return past + 1;
  }

  /** Adds a value already known to be past the cap for numbers (hash only): the fast path. */
  addHashOnly(value: number): void {
    hashNumber(value);
    this.hll!.addLastHash();
  }

  private hashInto(hll: HyperLogLog, value: ProfileValue): void {
    hashValue(value);
    hll.addLastHash();
  }

  private leaveExact(): void {
    this.exact = false;
    this.hll = new HyperLogLog(this.settings.hllPrecision);
    for (const value of this.counts.keys()) this.hashInto(this.hll, value);
    if (!this.settings.keepBeyondCap) {
      this.tracked = false;
      this.counts.clear();
    } else this.purge();
  }

  /**
   * Subtracts the (k+1)-th largest count from all and drops the non-positive. Only counts are
   * sorted to find it (a typed-array sort, no value compared): on all-distinct text every count
   * is 1 and nothing survives, and the few survivors are then put in the summary's order.
   */
  private purge(): void {
    const k = this.settings.frequentK;
    if (this.counts.size <= k) return;
    if (this.scratch.length < this.counts.size) this.scratch = new Float64Array(this.counts.size);
    let n = 0;
    for (const count of this.counts.values()) this.scratch[n++] = count;
    const cut = this.scratch.subarray(0, n).sort()[n - 1 - k]!;
    this.maxError += cut;
    const kept: [ProfileValue, number][] = [];
    // forEach, not for-of over entries: no [value, count] array made per entry.
    this.counts.forEach((count, value) => {
      if (count > cut) kept.push([value, count]);
    });
    if (kept.length === 0) {
      this.counts.clear();
      return;
    }
    kept.sort(byCountThenValue);
    this.counts = new Map(kept.map(([value, count]) => [value, count - cut]));
  }

  merge(other: FrequentValues): void {
    if (other.hll || this.hll) {
      if (!this.hll) this.leaveExactForMerge();
      if (other.hll) this.hll!.merge(other.hll);
      else for (const value of other.counts.keys()) this.hashInto(this.hll!, value);
    }
    if (!other.tracked && this.tracked) {
      this.tracked = false;
      this.counts.clear();
    }
    this.maxError += other.maxError;
    if (this.tracked) {
      for (const [value, count] of other.counts) this.add(value, count);
      if (!this.exact) this.purge();
    }
  }

  private leaveExactForMerge(): void {
    if (this.exact) this.leaveExact();
  }

  /** The distinct count: exact, or the HyperLogLog estimate. */
  get distinct(): number {
    return this.hll ? this.hll.estimate() : this.counts.size;
  }

  /** The kept values, most frequent first (ties by value). */
  items(): [ProfileValue, number][] {
    return [...this.counts].sort(byCountThenValue);
  }
}
