import { delongComponents, delongCovariance, labelMask } from "../stats/delong-components.js";
import { normalEstimate, twoSidedPValue } from "./estimate.js";
import type { ComparisonEvidence } from "./paired-evidence.js";

/** DeLong's variance needs at least two examples of each class. */
const PER_CLASS = 2;

/**
 * The evidence for ROC AUC of two models scoring the same examples: DeLong, DeLong &
 * Clarke-Pearson (1988). Each AUC's structural components are computed once (by midranks, Sun &
 * Xu 2014) and give the challenger's variance and the covariance of the pair, so
 * Var(challenger - champion) = Var(challenger) + Var(champion) - 2 Cov; tests and intervals are
 * normal. Labels are 1/true for positives and 0/false for negatives; fewer than two of either
 * class is insufficient.
 */
export function delongEvidence(
  labels: ArrayLike<number | boolean>,
  championScores: ArrayLike<number>,
  challengerScores: ArrayLike<number>,
): ComparisonEvidence {
  const examples = championScores.length;
  const { mask, positives } = labelMask(labels, examples);
  const negatives = examples - positives;
  if (positives < PER_CLASS || negatives < PER_CLASS) {
    return {
      method: "delong",
      examples,
      champion: null,
      challenger: null,
      insufficient: `${positives} positive(s) and ${negatives} negative(s) among the labels, and ROC AUC needs at least ${PER_CLASS} of each`,
    };
  }
  const champion = delongComponents("championScores", championScores, mask);
  const challenger = delongComponents("challengerScores", challengerScores, mask);
  const challengerVariance = delongCovariance(challenger, challenger);
  const deltaVariance = Math.max(
    0,
    challengerVariance +
      delongCovariance(champion, champion) -
      2 * delongCovariance(challenger, champion),
  );
  const delta = normalEstimate(challenger.auc - champion.auc, Math.sqrt(deltaVariance), {
    lower: -1,
    upper: 1,
  });
  return {
    method: "delong",
    examples,
    champion: champion.auc,
    challenger: normalEstimate(challenger.auc, Math.sqrt(challengerVariance), {
      lower: 0,
      upper: 1,
    }),
    delta,
    noDifferencePValue: twoSidedPValue(delta, 0),
  };
}
