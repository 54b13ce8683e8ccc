import { alignCategories, type CategoryCounts } from "./category-counts.js";
import { chiSquareSf } from "./gamma-functions.js";

/**
 * G-test (log-likelihood ratio) drift test for a categorical column, Evidently's `g_test`
 * stattest, which calls scipy `power_divergence(f_obs=cur, f_exp=ref, lambda_="log-likelihood")`.
 * The reference counts are scaled to the current total first, as `chiSquareDrift` does (scipy
 * 1.10 refuses expected counts whose total differs from the observed one):
 *
 *   E_k = ref_k * (N_cur / N_ref),  G = 2 sum_k cur_k ln(cur_k / E_k),  pValue = chi2.sf(G, K - 1).
 *
 * A term with cur_k = 0 is 0. A category new in current makes scipy's G infinite: here the
 * p-value is 0, G sums the other categories, and `newCategories` names the new ones. Fewer than
 * two categories give statistic 0 and pValue 1.
 */
export function gTestDrift(
  referenceCounts: CategoryCounts,
  currentCounts: CategoryCounts,
): { statistic: number; pValue: number; dof: number; newCategories: string[] } {
  const { categories, ref, cur } = alignCategories(referenceCounts, currentCounts);
  const scale = cur.reduce((s, x) => s + x, 0) / ref.reduce((s, x) => s + x, 0);
  const dof = categories.length - 1;
  if (dof < 1) return { statistic: 0, pValue: 1, dof: 0, newCategories: [] };
  const newCategories: string[] = [];
  let statistic = 0;
  for (let k = 0; k < categories.length; k++) {
    const expected = ref[k]! * scale;
    const observed = cur[k]!;
    if (expected === 0) newCategories.push(categories[k]!);
    else if (observed > 0) statistic += 2 * observed * Math.log(observed / expected);
  }
  const pValue = newCategories.length > 0 ? 0 : chiSquareSf(statistic, dof);
  return { statistic, pValue, dof, newCategories };
}
