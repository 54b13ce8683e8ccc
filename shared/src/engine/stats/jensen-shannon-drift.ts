import { alignCategories, type CategoryCounts } from "./category-counts.js";
import { jensenShannon } from "./jensen-shannon.js";

/**
 * Jensen-Shannon drift score for a categorical column, as Evidently's `jensenshannon` stattest
 * on categorical data: the distance between the category frequency vectors of reference and
 * current over the union of their categories (a category missing on one side has frequency 0
 * there; no smoothing), `jensenShannon(refFreq, curFreq, { base })`.
 *
 * The base defaults to e (natural log), as this project's drift defaults state; Evidently's own
 * function defaults to base 2, so pass `{ base: 2 }` to reproduce its numbers. Drift when the
 * distance is >= 0.1. Always finite, in [0, sqrt(ln 2)] for base e and [0, 1] for base 2.
 */
export function jensenShannonDrift(
  referenceCounts: CategoryCounts,
  currentCounts: CategoryCounts,
  options: { base?: number } = {},
): { distance: number; base: number } {
  const { ref, cur } = alignCategories(referenceCounts, currentCounts);
  const base = options.base ?? Math.E;
  return { distance: jensenShannon(ref, cur, base === Math.E ? {} : { base }), base };
}
