import { radixSortFloat64 } from "./radix-sort-float64.js";

/**
 * Average ranks (1-based, ties get the mean of the ranks they span), as scipy
 * `stats.rankdata(method="average")`, plus the tie sizes in ascending order of value. The
 * values are radix-sorted once with their indices, several times faster on large samples than
 * sorting indices with a comparator.
 */
export function rankData(values: Float64Array): { ranks: Float64Array; tieSizes: number[] } {
  const n = values.length;
  const sorted = Float64Array.from(values);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  radixSortFloat64(sorted, order);
  const ranks = new Float64Array(n);
  const tieSizes: number[] = [];
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
