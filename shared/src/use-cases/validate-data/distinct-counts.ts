import {
  columnOf,
  type Batch,
  type BytesColumn,
  type Column,
  type StringColumn,
} from "../../engine/data/batch.js";
import { maxTextBytes, writeTextBytes } from "../../engine/data/text-bytes.js";
import { hashBytes, hashNumber, lastHash } from "../../engine/profile/hash.js";
import type { DataContract } from "./data-contract.js";

/** Up to how many distinct values a field with a `distinct` check has them counted exactly. */
export const EXACT_DISTINCT_CAP = 65_536;

/** `lastHash` as signed words, which a hot loop holds without boxing them on the heap. */
const hashWords = new Int32Array(lastHash.buffer);

/**
 * A set of 64-bit hashes: open addressing over one typed array of two words a slot, at most
 * half of the slots taken, so 16 to 32 bytes a value (1 MiB at `EXACT_DISTINCT_CAP`) whatever
 * the values' length, and no object made per value. It takes no more once past `limit`.
 */
class HashSet64 {
  /** Per slot, a hash's high and low words; (0, 0) marks a free slot. */
  private slots = new Int32Array(2 * 1024);
  size = 0;

  constructor(private readonly limit: number) {}

  /** Adds the hash in `lastHash`. */
  addLastHash(): void {
    if (this.size > this.limit) return;
    const hi = hashWords[0]!;
    // The one hash equal to a free slot stands for (0, 1): a collision as unlikely as any other.
    const lo = (hi | hashWords[1]!) === 0 ? 1 : hashWords[1]!;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const h = slots[2 * slot]!;
      const l = slots[2 * slot + 1]!;
      if (h === hi && l === lo) return;
      if ((h | l) !== 0) continue;
      slots[2 * slot] = hi;
      slots[2 * slot + 1] = lo;
      if (++this.size * 2 > mask + 1) this.grow();
      return;
    }
  }

  /** Doubles the slots and places every hash again. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const hi = old[at]!;
      const lo = old[at + 1]!;
      if ((hi | lo) === 0) continue;
      let slot = lo & mask;
      while ((slots[2 * slot]! | slots[2 * slot + 1]!) !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hi;
      slots[2 * slot + 1] = lo;
    }
    this.slots = slots;
  }
}

/**
 * One field's distinct values, counted exactly up to `EXACT_DISTINCT_CAP` for its `distinct`
 * check: past its own cap of 1,024, which keeps profiles small and mergeable, the profile has a
 * HyperLogLog estimate, and a bound of 2,000 categories would fail on an estimate of 2,008.
 * The values are counted as the profile counts them (finite numbers, -0 as 0; texts by their
 * bytes, never made strings), by a 64-bit hash of each rather than the value itself: 60,000
 * distinct texts of 2 KB would hold 120 MB. Two of the 65,536 values at the cap share a hash,
 * and count as one, with odds of about 65,536² / 2^65 ≈ 1.2e-10. Past the cap the hashes are
 * dropped, and the profile's estimate stands.
 */
class ExactDistinct {
  private hashes: HashSet64 | undefined = new HashSet64(EXACT_DISTINCT_CAP);
  /** Whether any batch had the column. */
  private seen = false;
  /** The bytes of a dictionary's text, hashed as a cell's bytes are. */
  private scratch = new Uint8Array(256);
  /** The batch's codes in use, each hashed once. */
  private used = new Uint8Array(0);

  add(column: Column | BytesColumn): void {
    this.seen = true;
    const hashes = this.hashes;
    if (hashes === undefined) return;
    if ("bytes" in column) addCells(column, hashes);
    else if ("values" in column) addNumbers(column.values, hashes);
    else this.addCodes(column, hashes);
    if (hashes.size > EXACT_DISTINCT_CAP) this.hashes = undefined;
  }

  /** The exact count; null past the cap, undefined where no batch had the column. */
  get count(): number | null | undefined {
    if (!this.seen) return undefined;
    return this.hashes === undefined ? null : this.hashes.size;
  }

  private addCodes({ codes, dictionary }: StringColumn, hashes: HashSet64): void {
    if (this.used.length < dictionary.length) this.used = new Uint8Array(dictionary.length * 2);
    const used = this.used;
    for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) used[codes[i]!] = 1;
    for (let code = 0; code < dictionary.length; code++) {
      if (used[code] === 0) continue;
      used[code] = 0;
      const text = dictionary[code]!;
      if (this.scratch.length < maxTextBytes(text)) {
        this.scratch = new Uint8Array(maxTextBytes(text) * 2);
      }
      hashBytes(this.scratch, 0, writeTextBytes(text, this.scratch, 0));
      hashes.addLastHash();
    }
  }
}

function addNumbers(values: Float64Array, hashes: HashSet64): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // NaN (missing) and the infinities are not counted.
    if (v - v !== 0) continue;
    hashNumber(v);
    hashes.addLastHash();
  }
}

/** A text cell's bytes are its text's (`writeTextBytes`): equal texts, equal hashes. */
function addCells({ bytes, starts, missing }: BytesColumn, hashes: HashSet64): void {
  for (let row = 0; row < missing.length; row++) {
    if (missing[row] === 1) continue;
    hashBytes(bytes, starts[row]!, starts[row + 1]!);
    hashes.addLastHash();
  }
}

/** The exact distinct counters of the fields with `distinct` checks, fed batch by batch. */
export class DistinctCounts {
  private readonly counters: ReadonlyMap<string, ExactDistinct>;

  constructor({ descriptor }: DataContract) {
    this.counters = new Map(
      descriptor.fields
        .filter((field) => field["x-mlops"]?.distinct !== undefined)
        .map((field) => [field.name, new ExactDistinct()]),
    );
  }

  /** Feeds each counted field's column of the batch, where the batch has it. */
  add(batch: Batch): void {
    for (const [name, counter] of this.counters) {
      const column = columnOf(batch, name);
      if (column) counter.add(column);
    }
  }

  /** Each counted field's exact count, or null past `EXACT_DISTINCT_CAP`; none the data lacks. */
  counts(): Map<string, number | null> {
    const counts = new Map<string, number | null>();
    for (const [name, { count }] of this.counters) if (count !== undefined) counts.set(name, count);
    return counts;
  }
}
