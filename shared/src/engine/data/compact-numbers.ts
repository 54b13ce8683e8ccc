import { radixSortFloat64 } from "../stats/radix-sort-float64.js";
import { radixSortInt32 } from "../stats/radix-sort-int32.js";
import { sortedByMaker, type SortedSample } from "../stats/sort-sample.js";
import { releaseArrays } from "../release-array.js";

/** The largest power of ten a value is scaled by: 9 decimals. */
const MAX_DECIMALS = 9;
const POWERS = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => 10 ** d);
const INT32 = 2 ** 31 - 1;

/**
 * A numeric sample kept in half the memory where its values allow: data written with a few
 * decimals (prices, measurements, most CSV numbers) is kept as 32-bit integers over one power
 * of ten for the column, else as doubles. It is exact: a value is kept as the integer `m` only
 * when `m / 10^d` gives back the very same double (both are the correctly rounded quotient of
 * the same decimal, as the CSV reader computes it), and -0 is kept as a double. Once a value
 * needs more decimals, the integers are scaled up (exactly, while they fit); once one does not
 * fit at all, the sample becomes doubles.
 */
export class CompactNumbers {
  private ints: Int32Array | undefined = new Int32Array(1024);
  private doubles: Float64Array | undefined;
  /** Once packed (`pack`), the sorted integers' first and the LEB128 gaps between the rest. */
  private packed: { first: number; gaps: Uint8Array } | undefined;
  private decimals = 0;
  length = 0;

  /** Appends the finite values of `values`; returns how many were not (NaN, infinite). */
  addFinite(values: Float64Array): number {
    if (this.packed) throw new Error("a packed sample takes no more values");
    this.reserve(values.length);
    let skipped = 0;
    let scale = POWERS[this.decimals]!;
    // The array and the count in locals: as fields they are written back at every value.
    let ints = this.ints;
    let length = this.length;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) {
        skipped++;
        continue;
      }
      if (ints !== undefined) {
        const m = Math.round(v * scale);
        if (m / scale === v && m <= INT32 && m >= -INT32 && (m !== 0 || 1 / v > 0)) {
          ints[length++] = m;
          continue;
        }
        this.length = length;
        this.widen(v);
        scale = POWERS[this.decimals]!;
        ints = this.ints;
        if (ints !== undefined) {
          ints[length++] = Math.round(v * scale);
          continue;
        }
      }
      this.doubles![length++] = v;
    }
    this.length = length;
    return skipped;
  }

  /**
   * The values sorted ascending, as doubles, in a new array taken as a sorted sample (finite, by
   * `addFinite`); the sample keeps them sorted, its reading order given up. Integers sort in
   * three radix passes where doubles take six, and their order is the doubles' (each integer is
   * the one exact numerator of its double).
   */
  sorted(): SortedSample {
    if (this.packed) return sortedByMaker(this.unpacked(this.packed));
    if (this.ints === undefined) {
      radixSortFloat64(this.doubles!.subarray(0, this.length));
    } else {
      const kept = this.ints.subarray(0, this.length);
      const scratch = new Int32Array(this.length);
      radixSortInt32(kept, scratch);
      releaseArrays(scratch);
    }
    return sortedByMaker(this.decoded());
  }

  /**
   * Sorts the values and keeps them packed, for a sample complete long before it is used (the
   * reference of a comparison while the current is read, and both while the columns before are
   * compared): integers as the gaps between neighbours, 7 bits a byte (LEB128), so that values
   * written with a few decimals take a byte or two each rather than four. Doubles stay as they
   * are. The sample then takes no more values; `sorted` unpacks it.
   */
  pack(): void {
    if (this.ints === undefined || this.packed) return;
    const ints = this.ints.subarray(0, this.length);
    const scratch = new Int32Array(this.length);
    radixSortInt32(ints, scratch);
    releaseArrays(scratch);
    // A gap is at most 2^32 - 2, five bytes; the array is cut to what the gaps took.
    const room = new Uint8Array(5 * ints.length);
    let at = 0;
    for (let i = 1; i < ints.length; i++) {
      // Division, not shifts, which would wrap past 31 bits.
      let gap = ints[i]! - ints[i - 1]!;
      while (gap >= 128) {
        room[at++] = (gap % 128) | 128;
        gap = Math.floor(gap / 128);
      }
      room[at++] = gap;
    }
    const gaps = room.slice(0, at);
    releaseArrays(room);
    this.packed = { first: ints[0] ?? 0, gaps };
    releaseArrays(this.ints);
    this.ints = undefined;
  }

  /** The packed values, sorted, as doubles in a new array. */
  private unpacked({ first, gaps }: { first: number; gaps: Uint8Array }): Float64Array {
    const out = new Float64Array(this.length);
    const scale = POWERS[this.decimals]!;
    let value = first;
    let at = 0;
    if (out.length > 0) out[0] = value / scale;
    for (let i = 1; i < out.length; i++) {
      let unit = 1;
      let byte: number;
      do {
        byte = gaps[at++]!;
        value += (byte & 127) * unit;
        unit *= 128;
      } while (byte >= 128);
      out[i] = value / scale;
    }
    return out;
  }

  /** The values in order, as doubles, in a new array. */
  decoded(): Float64Array {
    if (this.doubles !== undefined) return this.doubles.slice(0, this.length);
    const out = new Float64Array(this.length);
    const scale = POWERS[this.decimals]!;
    for (let i = 0; i < this.length; i++) out[i] = this.ints![i]! / scale;
    return out;
  }

  /** Room for `more` values after the kept ones. */
  private reserve(more: number): void {
    const held = this.ints ?? this.doubles!;
    if (this.length + more <= held.length) return;
    const size = Math.max(held.length * 2, this.length + more);
    if (this.ints !== undefined) {
      const grown = new Int32Array(size);
      grown.set(this.ints.subarray(0, this.length));
      this.ints = grown;
    } else {
      const grown = new Float64Array(size);
      grown.set(this.doubles!.subarray(0, this.length));
      this.doubles = grown;
    }
    // The outgrown array is freed now: a collection finds it only after many more.
    releaseArrays(held);
  }

  /**
   * Makes room for `v`, which the integers cannot hold at the present scale: more decimals if
   * some count up to 9 spells it and every kept integer still fits, else doubles for all.
   */
  private widen(v: number): void {
    const ints = this.ints!;
    let largest = 0;
    for (let i = 0; i < this.length; i++) largest = Math.max(largest, Math.abs(ints[i]!));
    for (let d = this.decimals + 1; d <= MAX_DECIMALS && !Object.is(v, -0); d++) {
      const scale = POWERS[d]!;
      const m = Math.round(v * scale);
      const factor = POWERS[d - this.decimals]!;
      if (m / scale !== v || Math.abs(m) > INT32 || largest * factor > INT32) continue;
      for (let i = 0; i < this.length; i++) ints[i] = ints[i]! * factor;
      this.decimals = d;
      return;
    }
    const doubles = new Float64Array(ints.length);
    doubles.set(this.decoded());
    this.doubles = doubles;
    this.ints = undefined;
  }
}
