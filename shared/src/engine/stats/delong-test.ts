import { delongComponents, delongCovariance, positiveMask } from "./delong-components.js";
import { normalCdf, normalSf } from "./normal-distribution.js";
import { checkAlternative, type Alternative } from "./validate.js";

export interface DelongTestResult {
  aucA: number;
  aucB: number;
  /** aucA - aucB. */
  difference: number;
  /** DeLong's variance of the difference: Var(A) + Var(B) - 2 Cov(A, B). */
  variance: number;
  /** z = difference / sqrt(variance). */
  statistic: number;
  pValue: number;
}

/**
 * DeLong's test of the difference between the AUCs of two classifiers scored on the same
 * examples (as R's pROC `roc.test(method = "delong", paired = TRUE)`). With each classifier's
 * structural components V10 (per positive) and V01 (per negative) (see `delongAuc`), S10 and S01
 * the 2 x 2 sample covariance matrices of the components across the two classifiers, and
 * S = S10 / m + S01 / n,
 *
 *   z = (AUC_A - AUC_B) / sqrt(S_AA + S_BB - 2 S_AB),
 *
 * referred to the standard normal: 'two-sided' 2 Pr(Z >= |z|); 'greater' (A's AUC is larger)
 * Pr(Z >= z); 'less' Pr(Z <= z). When the variance of the difference is 0 (for example the same
 * scores twice), an equal pair has z = 0 and p = 1, an unequal one z = -/+Infinity.
 *
 * References: DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44(3), 837-845; the components
 * by midranks in O(N log N): Sun & Xu (2014), IEEE Signal Processing Letters 21(11), 1389-1393.
 */
export function delongTest(
  scoresA: ArrayLike<number>,
  scoresB: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
  options: { alternative?: Alternative } = {},
): DelongTestResult {
  const alternative = checkAlternative(options.alternative);
  const positive = positiveMask(labels, scoresA.length);
  const a = delongComponents("scoresA", scoresA, positive);
  const b = delongComponents("scoresB", scoresB, positive);
  const difference = a.auc - b.auc;
  const variance = Math.max(
    0,
    delongCovariance(a, a) + delongCovariance(b, b) - 2 * delongCovariance(a, b),
  );
  const statistic =
    variance > 0 ? difference / Math.sqrt(variance) : difference === 0 ? 0 : difference * Infinity;
  const pValue =
    alternative === "two-sided"
      ? Math.min(1, 2 * normalSf(Math.abs(statistic)))
      : alternative === "greater"
        ? normalSf(statistic)
        : normalCdf(statistic);
  return { aucA: a.auc, aucB: b.auc, difference, variance, statistic, pValue };
}
