import { delongComponents, delongCovariance, positiveMask } from "./delong-components.js";
import { normalQuantile } from "./normal-distribution.js";
import { openProbability } from "./validate.js";

export interface DelongAucResult {
  /** The area under the ROC curve: Pr(score of a positive > score of a negative), ties 1/2. */
  auc: number;
  /** DeLong's estimate of the AUC's variance. */
  variance: number;
  standardError: number;
  /** The normal-approximation confidence interval, clipped to [0, 1]. */
  lower: number;
  upper: number;
}

/**
 * The AUC of one classifier with DeLong's variance and confidence interval (as R's pROC
 * `ci.auc(method = "delong")`). With m positives X and n negatives Y, the structural components
 * are V10(X_i) = (1/n) sum_j psi(X_i, Y_j) and V01(Y_j) = (1/m) sum_i psi(X_i, Y_j), where
 * psi(x, y) = 1 if x > y, 1/2 if x = y, 0 otherwise; AUC = mean(V10) = mean(V01) and
 *
 *   Var(AUC) = S10 / m + S01 / n,   S10, S01 the sample variances (divisor m - 1, n - 1),
 *   CI = AUC -/+ Phi^-1(1 - (1 - level) / 2) sqrt(Var(AUC)), clipped to [0, 1].
 *
 * The components come from midranks in O(N log N) (Sun & Xu 2014, "Fast implementation of
 * DeLong's algorithm for comparing the areas under correlated receiver operating characteristic
 * curves", IEEE Signal Processing Letters 21(11), 1389-1393), not from the O(m n) pairs of
 * DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44(3), 837-845. `labels` are 1 (or true)
 * for positives and 0 (or false) for negatives, at least two of each.
 */
export function delongAuc(
  scores: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
  options: { confidenceLevel?: number } = {},
): DelongAucResult {
  const level = openProbability("confidenceLevel", options.confidenceLevel ?? 0.95);
  const components = delongComponents("scores", scores, positiveMask(labels, scores.length));
  const variance = delongCovariance(components, components);
  const standardError = Math.sqrt(variance);
  const half = normalQuantile(1 - (1 - level) / 2) * standardError;
  const auc = components.auc;
  return {
    auc,
    variance,
    standardError,
    lower: Math.max(0, auc - half),
    upper: Math.min(1, auc + half),
  };
}
