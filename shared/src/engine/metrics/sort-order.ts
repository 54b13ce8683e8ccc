import { releaseArrays } from "../release-array.js";

/** Each 32-bit half of a key is sorted as three digits: bits 0-10, 11-21 and 22-31. */
const SHIFTS = [0, 11, 22];
const RADIX = 2048;
const PASSES = 6;
/** Below this many values a comparison sort is as fast and allocates less. */
const SMALL = 1024;

/**
 * The indices of the non-NaN values, sorted by value (ascending, or descending), ties in index
 * order: an LSD radix sort on 64-bit keys made from the doubles' bits (as
 * `engine/stats/radix-sort-float64.ts` sorts values), moving the keys with their indices, so
 * that sorting a million scores takes a few passes over memory, not n log n comparisons.
 * A metric that needs scores in order (ROC AUC, average precision, quantiles) sorts once with
 * this and then sweeps as often as a bootstrap asks, with other weights each time.
 */
export function sortOrder(values: Float64Array, descending = false): Uint32Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) n++;
  let index = new Uint32Array(n);
  for (let i = 0, j = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) index[j++] = i;
  if (n < SMALL) {
    const sign = descending ? -1 : 1;
    return index.sort((a, b) => sign * (values[a]! - values[b]!) || a - b);
  }
  // Keys: a double's bits, sign bit flipped for positives and all bits for negatives, compare as
  // unsigned integers as the doubles do; inverted for a descending order. The low words sort
  // first, then the high words (fetched once, by index, for the last three passes): two key
  // arrays rather than four, as the key being sorted moves with the indices.
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const invert = descending ? 0xffffffff : 0;
  const highKey = (i: number) => {
    const h = words[2 * i + 1]!;
    return (h ^ ((h >> 31) | 0x80000000) ^ invert) >>> 0;
  };
  let key = new Uint32Array(n);
  const counts = new Uint32Array(PASSES * RADIX);
  for (let j = 0; j < n; j++) {
    const i = index[j]!;
    const l = (words[2 * i]! ^ (words[2 * i + 1]! >> 31) ^ invert) >>> 0;
    const k = highKey(i);
    key[j] = l;
    counts[l & 0x7ff]!++;
    counts[RADIX + ((l >>> 11) & 0x7ff)]!++;
    counts[2 * RADIX + (l >>> 22)]!++;
    counts[3 * RADIX + (k & 0x7ff)]!++;
    counts[4 * RADIX + ((k >>> 11) & 0x7ff)]!++;
    counts[5 * RADIX + (k >>> 22)]!++;
  }
  let nextIndex = new Uint32Array(n);
  let nextKey = new Uint32Array(n);
  for (let pass = 0; pass < PASSES; pass++) {
    if (pass === 3) for (let j = 0; j < n; j++) key[j] = highKey(index[j]!);
    const base = pass * RADIX;
    if (!toOffsets(counts, base, n)) continue;
    const shift = SHIFTS[pass % 3]!;
    for (let j = 0; j < n; j++) {
      const to = counts[base + ((key[j]! >>> shift) & 0x7ff)]!++;
      nextIndex[to] = index[j]!;
      nextKey[to] = key[j]!;
    }
    [index, nextIndex] = [nextIndex, index];
    [key, nextKey] = [nextKey, key];
  }
  releaseArrays(key, nextKey, nextIndex);
  return index;
}

/**
 * Turns the digit counts of one pass into starting offsets; false when one digit holds every
 * value, so that the pass would move nothing.
 */
function toOffsets(counts: Uint32Array, base: number, n: number): boolean {
  let sum = 0;
  for (let d = base; d < base + RADIX; d++) {
    const c = counts[d]!;
    if (c === n) return false;
    counts[d] = sum;
    sum += c;
  }
  return true;
}
