import type { CategoryCounts } from "./category-counts.js";
import { categoryShareArrays, distinctOfBoth, sturgesBinShares } from "./evidently-bins.js";
import { hellingerDistance } from "./hellinger-distance.js";
import { sortSample } from "./sort-sample.js";

/**
 * Hellinger distance of two samples of numbers, as Evidently's `hellinger` stattest on a
 * numerical column: numpy's Sturges bins for the number of distinct values of both samples
 * together, equal widths over their range, shares per bin, no smoothing.
 */
export function hellingerNumbers(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { distance: number; bins: number } {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  const shares = sturgesBinShares(a, b, distinctOfBoth(a, b));
  return { distance: hellingerDistance(shares.ref, shares.cur), bins: shares.bins };
}

/** Hellinger distance of two category-count tables, over the union of their categories. */
export function hellingerCategories(reference: CategoryCounts, current: CategoryCounts): number {
  const shares = categoryShareArrays(reference, current);
  return hellingerDistance(shares.ref, shares.cur);
}
