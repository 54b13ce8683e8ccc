import { alignCategories, type CategoryCounts } from "./category-counts.js";
import { equalWidthEdges } from "./equal-width-edges.js";
import { rangeScale } from "./range-scale.js";

/**
 * numpy's `histogram_bin_edges(values, bins="sturges")` for `size` values spanning
 * [min, max]: width = range / (log2(size) + 1), ceil(range / width) equal bins (computed as
 * numpy does, so that a power of two gives numpy's count), edges by `linspace`. A zero range is
 * widened to [min - 0.5, max + 0.5] with one bin, as numpy does. A range past the largest
 * double, where numpy fails, is measured in halves (`rangeScale`), and its edges are finite.
 */
export function sturgesEdges(min: number, max: number, size: number): number[] {
  const scale = rangeScale(min, max);
  const range = max * scale - min * scale;
  const width = range / (Math.log2(size) + 1);
  const bins = width > 0 ? Math.ceil(range / width) : 1;
  const [first, last] = width > 0 ? [min, max] : [min - 0.5, max + 0.5];
  return equalWidthEdges(first, last, bins);
}

/** The number of sorted values below t, or at or below t when `inclusive`. */
function countBelow(sorted: Float64Array, t: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < t || (inclusive && sorted[mid] === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Shares of sorted values in the bins between edges, as numpy's `histogram(values, edges)`
 * divided by the number of values: [e_k, e_k+1), the last bin closed.
 */
export function histogramShares(sorted: Float64Array, edges: readonly number[]): Float64Array {
  const bins = edges.length - 1;
  const shares = new Float64Array(bins);
  let start = countBelow(sorted, edges[0]!, false);
  for (let k = 0; k < bins; k++) {
    const end = countBelow(sorted, edges[k + 1]!, k === bins - 1);
    shares[k] = (end - start) / sorted.length;
    start = end;
  }
  return shares;
}

/** Shares of two count tables over the union of their categories (Evidently's `value_counts` / len). */
export function categoryShareArrays(
  reference: CategoryCounts,
  current: CategoryCounts,
): { ref: Float64Array; cur: Float64Array } {
  const { ref, cur } = alignCategories(reference, current);
  const share = (v: Float64Array) => {
    const total = v.reduce((s, x) => s + x, 0);
    return v.map((x) => x / total);
  };
  return { ref: share(ref), cur: share(cur) };
}

/**
 * Evidently's smoothing of empty bins (`get_binned_data`, `feel_zeroes`): a share of 0 becomes
 * 0.0001, or a millionth of the smallest non-zero share when that share is at most 0.0001.
 */
export function fillEmptyShares(shares: Float64Array): Float64Array {
  let smallest = Infinity;
  for (const s of shares) if (s > 0 && s < smallest) smallest = s;
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}

/** The number of distinct values of two sorted samples together. */
export function distinctOfBoth(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  let last = NaN;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (next !== last) distinct++;
    last = next;
  }
  return distinct;
}

/**
 * Shares of two sorted, non-empty samples in Evidently's equal-width bins: numpy's Sturges
 * edges over the range of both samples, for `size` values.
 */
export function sturgesBinShares(ref: Float64Array, cur: Float64Array, size: number) {
  const edges = sturgesEdges(
    Math.min(ref[0]!, cur[0]!),
    Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!),
    size,
  );
  return {
    ref: histogramShares(ref, edges),
    cur: histogramShares(cur, edges),
    bins: edges.length - 1,
  };
}
