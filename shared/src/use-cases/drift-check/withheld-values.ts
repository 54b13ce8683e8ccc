import type { ColumnComparison } from "./compare-samples.js";

/**
 * The columns of a data contract's sensitive fields (`x-mlops: { sensitive: true }`) are
 * compared as any other, and nothing drift-check writes or prints names one of their values:
 * these take the values out where they would show.
 */

/** What stands in the place of a sensitive column's value, or of its categories' names. */
export const WITHHELD = "withheld: sensitive";

/**
 * A sensitive column's comparison without its values: its tests and verdict stay, its
 * distribution (category names, or histogram edges that are its values) goes, and so do the
 * names of its new categories, which keep their count.
 */
export function withheldComparison(comparison: ColumnComparison): ColumnComparison {
  const { chi2 } = comparison.tests;
  return {
    ...comparison,
    tests: chi2 ? { ...comparison.tests, chi2: { ...chi2, new_categories: [] } } : comparison.tests,
    distribution: null,
  };
}
