import { alignCategories, type CategoryCounts } from "./category-counts.js";
import { chiSquareSf } from "./gamma-functions.js";

/**
 * Chi-square drift test for a categorical column, as Evidently's `chisquare` stattest
 * (`_chi_stat_test`): over the union of categories, the current counts are the observed
 * frequencies and the reference counts scaled to the current total are the expected ones,
 *
 *   E_k = ref_k * (N_cur / N_ref),  statistic = sum_k (cur_k - E_k)^2 / E_k,
 *   pValue = chi2.sf(statistic, K - 1)   (scipy `chisquare(f_obs=cur, f_exp=E)`).
 *
 * Evidently flags drift when pValue < 0.05.
 *
 * Edge cases, which scipy would answer with Infinity or NaN:
 * - A category new in current (reference count 0, current count > 0) is impossible under the
 *   reference: scipy's statistic is infinite and its p-value 0. Here `pValue` is 0, `statistic`
 *   sums the categories the reference has (so it stays finite), and `newCategories` names the
 *   new ones.
 * - A category with zero count on both sides is ignored (it would be 0/0).
 * - A category the reference has and current lacks is an ordinary term (E_k contributes E_k).
 * - Fewer than two categories in all: nothing can differ, statistic 0, pValue 1, dof 0.
 * - A side with no observations at all throws `StatsInputError`.
 */
export function chiSquareDrift(
  referenceCounts: CategoryCounts,
  currentCounts: CategoryCounts,
): { statistic: number; pValue: number; dof: number; newCategories: string[] } {
  const { categories, ref, cur } = alignCategories(referenceCounts, currentCounts);
  const refTotal = ref.reduce((s, x) => s + x, 0);
  const curTotal = cur.reduce((s, x) => s + x, 0);
  const scale = curTotal / refTotal;
  const dof = categories.length - 1;
  if (dof < 1) return { statistic: 0, pValue: 1, dof: 0, newCategories: [] };
  const newCategories: string[] = [];
  let statistic = 0;
  for (let k = 0; k < categories.length; k++) {
    const expected = (ref[k] as number) * scale;
    if (expected === 0) {
      newCategories.push(categories[k] as string);
      continue;
    }
    const diff = (cur[k] as number) - expected;
    statistic += (diff * diff) / expected;
  }
  const pValue = newCategories.length > 0 ? 0 : chiSquareSf(statistic, dof);
  return { statistic, pValue, dof, newCategories };
}
