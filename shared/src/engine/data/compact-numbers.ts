import { radixSortFloat64 } from "../stats/radix-sort-float64.js";
import { radixSortInt32 } from "../stats/radix-sort-int32.js";
import { sortedByMaker, type SortedSample } from "../stats/sort-sample.js";
import { releaseArrays } from "../release-array.js";

/** The largest power of ten a value is scaled by: 9 decimals. */
const MAX_DECIMALS = 9;
const POWERS = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => 10 ** d);
const INT32 = 2 ** 31 - 1;

/**
 * A sample's state as plain data, for another thread (`CompactNumbers.handOver`): its arrays
 * go with it, transferred rather than copied.
 */
export interface HandedNumbers {
  readonly ints: Int32Array[] | undefined;
  readonly doubles: Float64Array[] | undefined;
  readonly filled: number;
  readonly packed: { first: number; gaps: Uint8Array } | undefined;
  readonly distinctValues: number | undefined;
  readonly decimals: number;
  readonly length: number;
}

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
  /**
   * The values in order, in chunks filled one after the other: growing never copies what is
   * kept, and a chunk is touched only as it fills. Integers until one value does not fit.
   */
  private ints: Int32Array[] | undefined = [new Int32Array(FIRST_CHUNK)];
  private doubles: Float64Array[] | undefined;
  /** How many values the last chunk holds. */
  private filled = 0;
  /** Once packed (`pack`), the sorted integers' first and the LEB128 gaps between the rest. */
  private packed: { first: number; gaps: Uint8Array } | undefined;
  /**
   * Once packed or taken, how many distinct values there are; packed doubles are then one
   * sorted chunk.
   */
  private distinctValues: number | undefined;
  /** Whether `takeSorted` has handed the values out. */
  private taken = false;
  private decimals = 0;
  length = 0;

  /** A sample handed over by another thread (`handOver`), as it was there. */
  static handedOver(state: HandedNumbers): CompactNumbers {
    const numbers = new CompactNumbers();
    Object.assign(numbers, state);
    return numbers;
  }

  /**
   * The sample's state and the buffers to transfer with it, for another thread to take up
   * (`handedOver`); this sample gives its values up, as `takeSorted` does.
   */
  handOver(): { state: HandedNumbers; transfer: ArrayBuffer[] } {
    this.refuseTaken();
    const { ints, doubles, filled, packed, distinctValues, decimals, length } = this;
    const state = { ints, doubles, filled, packed, distinctValues, decimals, length };
    const arrays = [...(ints ?? []), ...(doubles ?? []), ...(packed ? [packed.gaps] : [])];
    const transfer = [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
    this.ints = undefined;
    this.doubles = undefined;
    this.packed = undefined;
    this.taken = true;
    return { state, transfer };
  }

  /** Appends the finite values of `values`; returns how many were not (NaN, infinite). */
  addFinite(values: Float64Array): number {
    if (this.distinctValues !== undefined || this.taken) {
      throw new Error("a packed sample, or one whose values were taken, takes no more values");
    }
    const before = this.length;
    let i = 0;
    while (i < values.length) {
      i = this.ints !== undefined ? this.addInts(values, i) : this.addDoubles(values, i);
      if (i < values.length) this.widen(values[i]!);
    }
    return values.length - (this.length - before);
  }

  /**
   * The values sorted ascending, as doubles, taken as a sorted sample (finite, by `addFinite`):
   * in `room` where it is given and has 8 bytes a value (a buffer reused from one sample to the
   * next, faulted in once), else in a new array. The sample keeps them sorted, its reading order
   * given up. Integers sort in three radix passes where doubles take six, and their order is the
   * doubles' (each integer is the one exact numerator of its double).
   */
  sorted(room?: ArrayBuffer): SortedSample {
    this.refuseTaken();
    const out = doublesIn(room, this.length);
    if (this.packed) return sortedByMaker(this.unpacked(this.packed, out));
    if (this.ints === undefined) {
      out.set(this.sortedDoubles());
      return sortedByMaker(out);
    }
    const scratch = new Int32Array(this.length);
    const ints = this.sortIntsInto(new Int32Array(this.length), scratch);
    releaseArrays(scratch);
    this.ints = [ints];
    this.filled = ints.length;
    return sortedByMaker(this.decodedInto(out));
  }

  /**
   * The values sorted as `sorted` gives them, given up by the sample, which keeps only its
   * length and distinct count: for values asked for once, which need no second copy. They are
   * sorted inside the very array they are returned in: integers in its two halves (the sort's two
   * buffers), then widened to doubles from the last down, each write behind every read still to
   * come. A packed sample gives its values as `sorted` does, and keeps them.
   */
  takeSorted(room?: ArrayBuffer): SortedSample {
    this.refuseTaken();
    if (this.distinctValues !== undefined) return this.sorted(room);
    const n = this.length;
    const out = doublesIn(room, n);
    if (this.ints === undefined) {
      joined(this.doubles!, this.filled, out);
      releaseArrays(...this.doubles!);
      radixSortFloat64(out);
      this.giveUp(distinctOfSorted(out));
      return sortedByMaker(out);
    }
    const ints = this.sortIntsInto(...halves(out.buffer, out.byteOffset, n));
    const scale = POWERS[this.decimals]!;
    let distinct = n > 0 ? 1 : 0;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = ints[i]! / scale;
      if (i < n - 1 && out[i] !== out[i + 1]) distinct++;
    }
    this.giveUp(distinct);
    return sortedByMaker(out);
  }

  /**
   * How many distinct values the sample holds (-0 and 0 as one): counted as it is packed, else
   * from its values sorted.
   */
  distinct(): number {
    return this.distinctValues ?? distinctOfSorted(this.sorted());
  }

  /**
   * Sorts the values and keeps them packed, for a sample complete long before it is used (the
   * reference of a comparison while the current is read): integers as the gaps between
   * neighbours, 7 bits a byte (LEB128), so that values written with a few decimals take a byte
   * or two each rather than four; doubles are sorted and stay doubles. Integers are sorted in
   * `room` where it has 8 bytes a value, else in an array of their own; the gaps are counted
   * before they are written, so that packing keeps only what it allocates. The distinct values
   * are counted on the way. The sample then takes no more values; `sorted` unpacks it.
   */
  pack(room?: ArrayBuffer): void {
    if (this.distinctValues !== undefined) return;
    this.refuseTaken();
    if (this.ints === undefined) {
      this.distinctValues = distinctOfSorted(this.sortedDoubles());
      return;
    }
    const n = this.length;
    const buffer = room !== undefined && room.byteLength >= 8 * n ? room : new ArrayBuffer(8 * n);
    const ints = this.sortIntsInto(...halves(buffer, 0, n));
    // Division, not shifts, which would wrap past 31 bits; a gap is at most 2^32 - 2, five bytes.
    let bytes = 0;
    for (let i = 1; i < n; i++) {
      for (let gap = ints[i]! - ints[i - 1]!; gap >= 128; gap = Math.floor(gap / 128)) bytes++;
      bytes++;
    }
    const gaps = new Uint8Array(bytes);
    let at = 0;
    let repeats = 0;
    for (let i = 1; i < n; i++) {
      let gap = ints[i]! - ints[i - 1]!;
      if (gap === 0) repeats++;
      while (gap >= 128) {
        gaps[at++] = (gap % 128) | 128;
        gap = Math.floor(gap / 128);
      }
      gaps[at++] = gap;
    }
    this.packed = { first: ints[0] ?? 0, gaps };
    this.distinctValues = n - repeats;
    if (buffer !== room) releaseArrays(new Uint8Array(buffer));
    this.ints = undefined;
  }

  /** The values in order, as doubles, in a new array; not once packed, which keeps them sorted. */
  decoded(): Float64Array {
    this.refuseTaken();
    if (this.distinctValues !== undefined) {
      throw new Error("a packed sample keeps its values sorted, not in order: ask sorted()");
    }
    return this.decodedInto(new Float64Array(this.length));
  }

  /** The values in order, as doubles, written into `out`, which it returns. */
  private decodedInto(out: Float64Array): Float64Array {
    if (this.doubles !== undefined) return joined(this.doubles, this.filled, out);
    const scale = POWERS[this.decimals]!;
    let at = 0;
    forEachChunk(this.ints!, this.filled, (chunk, used) => {
      for (let i = 0; i < used; i++) out[at++] = chunk[i]! / scale;
    });
    return out;
  }

  /** Lets the values go (`takeSorted`), keeping their count of distinct values. */
  private giveUp(distinct: number): void {
    this.ints = undefined;
    this.doubles = undefined;
    this.distinctValues = distinct;
    this.taken = true;
  }

  private refuseTaken(): void {
    if (this.taken) throw new Error("the sample's values were taken: takeSorted gives them once");
  }

  /**
   * Appends integers from `values[from]` on; returns the index of the first value they cannot
   * hold at the present scale, or the length of `values`.
   */
  private addInts(values: Float64Array, from: number): number {
    const chunks = this.ints!;
    const scale = POWERS[this.decimals]!;
    // The chunk and the counts in locals: as fields they are written back at every value.
    let chunk = chunks[chunks.length - 1]!;
    let filled = this.filled;
    let added = 0;
    let i = from;
    for (; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      const m = Math.round(v * scale);
      if (m / scale !== v || m > INT32 || m < -INT32 || (m === 0 && 1 / v < 0)) break;
      if (filled === chunk.length) {
        chunk = new Int32Array(nextChunkLength(chunk.length));
        chunks.push(chunk);
        filled = 0;
      }
      chunk[filled++] = m;
      added++;
    }
    this.filled = filled;
    this.length += added;
    return i;
  }

  /** Appends doubles from `values[from]` on; returns the length of `values`. */
  private addDoubles(values: Float64Array, from: number): number {
    const chunks = this.doubles!;
    let chunk = chunks[chunks.length - 1]!;
    let filled = this.filled;
    let added = 0;
    for (let i = from; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      if (filled === chunk.length) {
        chunk = new Float64Array(nextChunkLength(chunk.length));
        chunks.push(chunk);
        filled = 0;
      }
      chunk[filled++] = v;
      added++;
    }
    this.filled = filled;
    this.length += added;
    return values.length;
  }

  /** The doubles sorted, kept as one chunk; sorted once the sample is packed. */
  private sortedDoubles(): Float64Array {
    const chunks = this.doubles!;
    if (this.distinctValues !== undefined) return chunks[0]!;
    const doubles = joined(chunks, this.filled, new Float64Array(this.length));
    releaseArrays(...chunks);
    radixSortFloat64(doubles);
    this.doubles = [doubles];
    this.filled = doubles.length;
    return doubles;
  }

  /** The integers sorted in `ints`, with `scratch` the sort's other buffer; the chunks are freed. */
  private sortIntsInto(ints: Int32Array, scratch: Int32Array): Int32Array {
    joined(this.ints!, this.filled, ints);
    releaseArrays(...this.ints!);
    radixSortInt32(ints, scratch);
    return ints;
  }

  /** The packed values, sorted, as doubles written into `out`, which it returns. */
  private unpacked(
    { first, gaps }: { first: number; gaps: Uint8Array },
    out: Float64Array,
  ): Float64Array {
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

  /**
   * Makes room for `v`, which the integers cannot hold at the present scale: more decimals if
   * some count up to 9 spells it and every kept integer still fits, else doubles for all.
   */
  private widen(v: number): void {
    const chunks = this.ints!;
    let largest = 0;
    forEachChunk(chunks, this.filled, (chunk, used) => {
      for (let i = 0; i < used; i++) largest = Math.max(largest, Math.abs(chunk[i]!));
    });
    for (let d = this.decimals + 1; d <= MAX_DECIMALS && !Object.is(v, -0); d++) {
      const scale = POWERS[d]!;
      const m = Math.round(v * scale);
      const factor = POWERS[d - this.decimals]!;
      if (m / scale !== v || Math.abs(m) > INT32 || largest * factor > INT32) continue;
      forEachChunk(chunks, this.filled, (chunk, used) => {
        for (let i = 0; i < used; i++) chunk[i] = chunk[i]! * factor;
      });
      this.decimals = d;
      return;
    }
    const scale = POWERS[this.decimals]!;
    this.doubles = chunks.map((chunk) => {
      const doubles = new Float64Array(chunk.length);
      for (let i = 0; i < chunk.length; i++) doubles[i] = chunk[i]! / scale;
      return doubles;
    });
    releaseArrays(...chunks);
    this.ints = undefined;
  }
}

/**
 * The first chunk's length; each next one is twice the last, up to LARGEST_CHUNK, and never
 * shorter than the first (a sample sorted while empty keeps one empty chunk).
 */
const FIRST_CHUNK = 1024;
const LARGEST_CHUNK = 1 << 16;
const nextChunkLength = (last: number) => Math.min(Math.max(2 * last, FIRST_CHUNK), LARGEST_CHUNK);

/** Calls `each` with every chunk and how many values it holds: all but the last are full. */
function forEachChunk<T extends Int32Array | Float64Array>(
  chunks: readonly T[],
  filled: number,
  each: (chunk: T, used: number) => void,
): void {
  chunks.forEach((chunk, k) => each(chunk, k === chunks.length - 1 ? filled : chunk.length));
}

/** Copies the chunks' values into `out`, in order, and returns it. */
function joined<T extends Int32Array | Float64Array>(
  chunks: readonly T[],
  filled: number,
  out: T,
): T {
  let at = 0;
  forEachChunk(chunks, filled, (chunk, used) => {
    out.set(chunk.subarray(0, used), at);
    at += used;
  });
  return out;
}

/** `n` doubles in `room` where it has space for them, else in a new array. */
function doublesIn(room: ArrayBuffer | undefined, n: number): Float64Array {
  return room !== undefined && room.byteLength >= 8 * n
    ? new Float64Array(room, 0, n)
    : new Float64Array(n);
}

/** Two arrays of `n` integers side by side in `buffer` from `offset` on, 8 bytes a value. */
const halves = (buffer: ArrayBufferLike, offset: number, n: number): [Int32Array, Int32Array] => [
  new Int32Array(buffer, offset, n),
  new Int32Array(buffer, offset + 4 * n, n),
];

/** The number of distinct values of sorted numbers. */
function distinctOfSorted(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}
