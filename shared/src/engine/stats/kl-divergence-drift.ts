import type { CategoryCounts } from "./category-counts.js";
import { categoryShareArrays, fillEmptyShares, sturgesBinShares } from "./evidently-bins.js";
import { klDivergence } from "./kl-divergence.js";
import { sortSample } from "./sort-sample.js";

/**
 * KL(reference || current) of two samples of numbers, as Evidently's `kl_div` stattest on a
 * numerical column of more than 20 distinct reference values (`get_binned_data`): numpy's
 * Sturges bins for all values of both samples, equal widths over their range, empty bins
 * smoothed (`fillEmptyShares`).
 */
export function klDivergenceNumbers(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { divergence: number; bins: number } {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  const shares = sturgesBinShares(a, b, a.length + b.length);
  const divergence = klDivergence(fillEmptyShares(shares.ref), fillEmptyShares(shares.cur));
  return { divergence, bins: shares.bins };
}

/** KL(reference || current) of two category-count tables, empty categories smoothed. */
export function klDivergenceCategories(reference: CategoryCounts, current: CategoryCounts): number {
  const shares = categoryShareArrays(reference, current);
  return klDivergence(fillEmptyShares(shares.ref), fillEmptyShares(shares.cur));
}
