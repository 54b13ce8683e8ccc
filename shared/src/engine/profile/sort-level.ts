/**
 * Sorting a KLL level before a compaction: the hot part of a numeric column's profile, which
 * sorts about 201 values for every 100 it reads. The result is always the array
 * `Float64Array.prototype.sort` gives (-0 before +0); only the way there depends on the values.
 */

/**
 * Sorts `level[0, size)` (finite values) ascending. Levels above 0 are kept sorted, and only
 * their zeros need putting in sign order; integers over a short range are counted; the rest is
 * sorted by comparisons.
 */
export function sortLevel(level: Float64Array, size: number): void {
  if (isSorted(level, size)) orderZeros(level, size);
  else if (!countingSort(level, size)) sortItems(level, size);
}

/**
 * Sorts `items[0, size)` ascending exactly as `Float64Array.prototype.sort` does (-0 before
 * +0), several times as fast on the short runs a compaction sorts: spread over buckets where
 * the values allow (`spreadOverBuckets`), else a quicksort with a median-of-three pivot down to
 * runs of 16; then one insertion sort, which either leaves nearly in place, and the zeros put
 * in sign order, which plain comparisons do not see. The values are finite.
 */
function sortItems(items: Float64Array, size: number): void {
  if (!spreadOverBuckets(items, size)) quicksort(items, 0, size - 1);
  for (let i = 1; i < size; i++) {
    const v = items[i]!;
    let j = i - 1;
    while (j >= 0 && items[j]! > v) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = v;
  }
  orderZeros(items, size);
}

/**
 * Equal-width buckets between the least and the largest value, for `spreadOverBuckets`: about
 * one a value, and at least 256.
 */
function bucketCount(size: number): number {
  return Math.max(256, 2 ** Math.ceil(Math.log2(size)));
}
/** The most values a bucket may take: past it, the insertion sort would be quadratic. */
const BUCKET_LIMIT = 16;
/** Per bucket, after the counting, where its values start; per value, its bucket; the copy. */
let bucketStarts = new Int32Array(bucketCount(0) + 1);
let bucketOf = new Int32Array(256);
let spread = new Float64Array(256);

/**
 * Reorders `items[0, size)` bucket by bucket, buckets being equal widths of the values' range,
 * so that no value has to move past another bucket's: the insertion sort that follows is then
 * linear. About four times as fast as the quicksort on values spread over their range. False,
 * with `items` untouched, when a bucket would take more than `BUCKET_LIMIT` values (values piled
 * on a few points, or an outlier that stretches the range).
 */
function spreadOverBuckets(items: Float64Array, size: number): boolean {
  let min = items[0]!;
  let max = min;
  for (let i = 1; i < size; i++) {
    min = Math.min(min, items[i]!);
    max = Math.max(max, items[i]!);
  }
  const buckets = bucketCount(size);
  // A range past the largest double makes the factor 0: every value in bucket 0.
  const factor = (buckets - 1) / (max - min);
  if (bucketOf.length < size) {
    bucketOf = new Int32Array(size * 2);
    spread = new Float64Array(size * 2);
  }
  if (bucketStarts.length < buckets + 1) bucketStarts = new Int32Array(buckets + 1);
  bucketStarts.fill(0, 0, buckets + 1);
  for (let i = 0; i < size; i++) {
    // In [0, buckets - 1], and never lower for a larger value: the buckets are in value order.
    const bucket = ((items[i]! - min) * factor) | 0;
    bucketOf[i] = bucket;
    if (++bucketStarts[bucket + 1]! > BUCKET_LIMIT) return false;
  }
  for (let b = 0; b < buckets; b++) bucketStarts[b + 1]! += bucketStarts[b]!;
  for (let i = 0; i < size; i++) spread[bucketStarts[bucketOf[i]!]!++] = items[i]!;
  items.set(spread.subarray(0, size));
  return true;
}

/** Per value, its count in `countingSort`; all zeros between sorts. */
let tally = new Int32Array(1024);

/**
 * Sorts `items[0, size)` by counting when they are integers over a range at most 4 times as
 * long (ages, counts, ratings, flags), in linear time: the same array as any sort gives. Does
 * nothing and returns false for other values, and for a -0, which counting would make +0.
 */
function countingSort(items: Float64Array, size: number): boolean {
  let min = Number.MAX_SAFE_INTEGER;
  let max = Number.MIN_SAFE_INTEGER;
  for (let i = 0; i < size; i++) {
    const v = items[i]!;
    if (v !== Math.floor(v) || (v === 0 && 1 / v < 0)) return false;
    if (v < min) min = v;
    if (v > max) max = v;
    if (max - min > 4 * size) return false;
  }
  // Within the safe integers, `v - min` and `min + b` are exact.
  const range = max - min;
  if (min < Number.MIN_SAFE_INTEGER || max > Number.MAX_SAFE_INTEGER) return false;
  if (tally.length <= range) tally = new Int32Array(range + 1);
  for (let i = 0; i < size; i++) tally[items[i]! - min]!++;
  let o = 0;
  for (let b = 0; b <= range; b++) {
    let count = tally[b]!;
    if (count === 0) continue;
    tally[b] = 0;
    const v = min + b;
    while (count-- > 0) items[o++] = v;
  }
  return true;
}

/** Whether `items[0, size)` is ascending by `<` (zeros of either sign count as equal). */
function isSorted(items: Float64Array, size: number): boolean {
  for (let i = 1; i < size; i++) if (items[i]! < items[i - 1]!) return false;
  return true;
}

/** Puts the zeros of ascending `items[0, size)` in sign order, -0 first, as the sort does. */
function orderZeros(items: Float64Array, size: number): void {
  let first = 0;
  while (first < size && items[first]! < 0) first++;
  let negativeZeros = 0;
  let last = first;
  for (; last < size && items[last] === 0; last++) if (Object.is(items[last], -0)) negativeZeros++;
  for (let i = first; i < last; i++) items[i] = i - first < negativeZeros ? -0 : 0;
}

/** Partitions `items[lo, hi]` until every run is at most 16 long (the insertion sort's part). */
function quicksort(items: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const a = items[lo]!;
    const b = items[(lo + hi) >>> 1]!;
    const c = items[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (items[i]! < pivot) i++;
      while (items[j]! > pivot) j--;
      if (i <= j) {
        const t = items[i]!;
        items[i++] = items[j]!;
        items[j--] = t;
      }
    }
    if (j - lo < hi - i) {
      quicksort(items, lo, j);
      lo = i;
    } else {
      quicksort(items, i, hi);
      hi = j;
    }
  }
}
