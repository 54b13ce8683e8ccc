import type { Weights } from "./predictions.js";

/**
 * Group fairness of a binary classifier over a sensitive column, as fairlearn defines it
 * (`fairlearn.metrics`, method "between_groups": the largest minus the smallest value over the
 * groups). A group is a code of the column; rows whose code is -1 (no value) and groups without
 * weight are left out. NaN when no group has weight.
 */

/** The largest minus the smallest of the values of groups that have weight. */
function spread(values: Float64Array, weight: Float64Array): number {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let g = 0; g < values.length; g++) {
    if (!(weight[g]! > 0)) continue;
    low = Math.min(low, values[g]!);
    high = Math.max(high, values[g]!);
  }
  return high >= low ? high - low : Number.NaN;
}

/**
 * `demographic_parity_difference`: the spread over groups of the selection rate, the weighted
 * share of examples predicted positive.
 */
export function demographicParityDifference(
  predictions: Int32Array,
  positive: number,
  groups: Int32Array,
  groupCount: number,
  weights?: Weights,
): number {
  const selected = new Float64Array(groupCount);
  const total = new Float64Array(groupCount);
  for (let i = 0; i < predictions.length; i++) {
    const g = groups[i]!;
    if (g < 0) continue;
    const w = weights === undefined ? 1 : weights[i]!;
    if (predictions[i] === positive) selected[g]! += w;
    total[g]! += w;
  }
  const rate = selected.map((s, g) => s / total[g]!);
  return spread(rate, total);
}

/**
 * `equalized_odds_difference`: the larger of the spreads over groups of the true positive rate
 * and of the false positive rate. A rate over no examples (a group without positives, or without
 * negatives) is 0, as fairlearn gets it from scikit-learn's `confusion_matrix(normalize="true")`.
 */
export function equalizedOddsDifference(
  labels: Int32Array,
  predictions: Int32Array,
  positive: number,
  groups: Int32Array,
  groupCount: number,
  weights?: Weights,
): number {
  // Per group: weight of positives, of positives predicted positive, of negatives, of negatives
  // predicted positive.
  const positives = new Float64Array(groupCount);
  const truePositives = new Float64Array(groupCount);
  const negatives = new Float64Array(groupCount);
  const falsePositives = new Float64Array(groupCount);
  for (let i = 0; i < labels.length; i++) {
    const g = groups[i]!;
    if (g < 0) continue;
    const w = weights === undefined ? 1 : weights[i]!;
    const predictedPositive = predictions[i] === positive;
    if (labels[i] === positive) {
      positives[g]! += w;
      if (predictedPositive) truePositives[g]! += w;
    } else {
      negatives[g]! += w;
      if (predictedPositive) falsePositives[g]! += w;
    }
  }
  const rate = (numerator: Float64Array, denominator: Float64Array) =>
    numerator.map((v, g) => (denominator[g]! > 0 ? v / denominator[g]! : 0));
  const weight = positives.map((p, g) => p + negatives[g]!);
  const tpr = spread(rate(truePositives, positives), weight);
  const fpr = spread(rate(falsePositives, negatives), weight);
  return Math.max(tpr, fpr);
}
