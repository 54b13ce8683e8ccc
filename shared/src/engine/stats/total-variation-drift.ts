import { alignCategories, type CategoryCounts } from "./category-counts.js";
import { sampleHypergeometric } from "./hypergeometric-sample.js";
import { SeededRandom } from "./seeded-random.js";
import { StatsInputError } from "./stats-input-error.js";

/** Evidently's number of permutations. */
export const TVD_PERMUTATIONS = 1000;

export interface TotalVariationDriftOptions {
  /** How many random splits of the pooled rows; Evidently's 1000 by default. */
  readonly permutations?: number;
  /** The seed of the splits: the same seed and counts give the same p-value. 0 by default. */
  readonly seed?: number;
}

/** Counts that are whole numbers of rows, which a permutation can move. */
function wholeCounts(argument: string, counts: Float64Array, categories: readonly string[]) {
  const k = counts.findIndex((c) => !Number.isInteger(c));
  if (k >= 0) {
    throw new StatsInputError(
      argument,
      `count for '${categories[k]}' is ${counts[k]}, not a whole number`,
      "pass counts of rows: the permutation test moves whole rows",
    );
  }
}

/**
 * Twice n_ref n_cur times the total variation distance of reference counts `x` (the rest of each
 * category's `totals` being current's): sum_k |x_k n_cur - (t_k - x_k) n_ref|. In whole numbers,
 * exact while n_ref n_cur stays below 2^52, so that equal distances compare equal.
 */
function scaledDistance(x: Float64Array, totals: Float64Array, nRef: number, nCur: number) {
  let sum = 0;
  for (let k = 0; k < x.length; k++) sum += Math.abs(x[k]! * nCur - (totals[k]! - x[k]!) * nRef);
  return sum;
}

/**
 * Evidently's `TVD` stattest (tvd_stattest.py) on two category-count tables: the total variation
 * distance of their shares, 1/2 sum_k |p_k - q_k|, and its permutation p-value, the share of
 * random splits of the pooled rows into a reference and a current of the same sizes whose
 * distance reaches the observed one (Evidently's `permutation_test`: 1000 splits, no +1).
 *
 * A split is drawn as the reference's count of each category, one hypergeometric draw after
 * another (the multivariate hypergeometric law of a random split), so a split costs one draw per
 * category, not one per row. Evidently draws its splits from numpy's generator seeded with 0;
 * these come from `SeededRandom`, with the categories in sorted order, so the p-value depends
 * only on the counts and the seed, and is within Monte Carlo error of Evidently's, not equal
 * to it.
 */
export function totalVariationDrift(
  referenceCounts: CategoryCounts,
  currentCounts: CategoryCounts,
  options: TotalVariationDriftOptions = {},
): { statistic: number; pValue: number; permutations: number } {
  const permutations = options.permutations ?? TVD_PERMUTATIONS;
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new StatsInputError(
      "permutations",
      `is ${String(permutations)}`,
      "pass a whole number of at least 1",
    );
  }
  const aligned = alignCategories(referenceCounts, currentCounts);
  wholeCounts("referenceCounts", aligned.ref, aligned.categories);
  wholeCounts("currentCounts", aligned.cur, aligned.categories);
  const order = aligned.categories
    .map((_, k) => k)
    .sort((i, j) => {
      const [a, b] = [aligned.categories[i]!, aligned.categories[j]!];
      return a < b ? -1 : a > b ? 1 : 0;
    });
  const ref = Float64Array.from(order, (k) => aligned.ref[k]!);
  const totals = Float64Array.from(order, (k) => aligned.ref[k]! + aligned.cur[k]!);
  const nRef = ref.reduce((s, c) => s + c, 0);
  const nCur = totals.reduce((s, c) => s + c, 0) - nRef;
  const observed = scaledDistance(ref, totals, nRef, nCur);
  const rng = new SeededRandom(options.seed ?? 0);
  const split = new Float64Array(ref.length);
  let reached = 0;
  for (let p = 0; p < permutations; p++) {
    let rowsLeft = nRef + nCur;
    let drawsLeft = nRef;
    for (let k = 0; k < totals.length; k++) {
      // The last category takes what is left; an exhausted reference takes nothing more.
      const drawn =
        rowsLeft === totals[k] || drawsLeft === 0
          ? drawsLeft
          : sampleHypergeometric(rng, rowsLeft, totals[k]!, drawsLeft);
      split[k] = drawn;
      rowsLeft -= totals[k]!;
      drawsLeft -= drawn;
    }
    // As scipy's permutation_test, a distance within a relative 1e-14 of the observed one
    // counts as reaching it: past 2^52 the sums round.
    if (scaledDistance(split, totals, nRef, nCur) >= observed * (1 - 1e-14)) reached++;
  }
  return { statistic: observed / (2 * nRef * nCur), pValue: reached / permutations, permutations };
}
