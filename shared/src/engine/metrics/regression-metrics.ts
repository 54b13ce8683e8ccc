import type { Weights } from "./predictions.js";

/**
 * Metrics of predicted numbers, as scikit-learn computes them; weights as sample weights or a
 * bootstrap resample's counts. Each returns NaN without weight.
 */

/** The weighted mean of `error(label, prediction)`. */
function meanError(
  labels: Float64Array,
  predictions: Float64Array,
  weights: Weights | undefined,
  error: (label: number, prediction: number) => number,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    sum += w * error(labels[i]!, predictions[i]!);
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/** `mean_absolute_error`. */
export const meanAbsoluteError = (
  labels: Float64Array,
  predictions: Float64Array,
  weights?: Weights,
) => meanError(labels, predictions, weights, (y, p) => Math.abs(p - y));

/** `mean_squared_error(squared=False)`: the square root of the mean squared error. */
export const rootMeanSquaredError = (
  labels: Float64Array,
  predictions: Float64Array,
  weights?: Weights,
) => Math.sqrt(meanError(labels, predictions, weights, (y, p) => (y - p) * (y - p)));

/** The floor of MAPE's denominator: float64's machine epsilon, as scikit-learn. */
export const MAPE_EPSILON = 2.220446049250313e-16;

/**
 * `mean_absolute_percentage_error`: |prediction - label| / max(|label|, eps), as a fraction (not
 * times 100); a label of 0 gives a huge error, as in scikit-learn.
 */
export const meanAbsolutePercentageError = (
  labels: Float64Array,
  predictions: Float64Array,
  weights?: Weights,
) =>
  meanError(
    labels,
    predictions,
    weights,
    (y, p) => Math.abs(p - y) / Math.max(Math.abs(y), MAPE_EPSILON),
  );

/**
 * `r2_score`: 1 - residual sum of squares / total sum of squares around the weighted mean. As
 * scikit-learn (`force_finite=True`): 1 when both sums are 0, 0 when only the total is; NaN with
 * fewer than two examples (a weight counts as that many examples).
 */
export function r2Score(
  labels: Float64Array,
  predictions: Float64Array,
  weights?: Weights,
): number {
  let total = 0;
  let weightedSum = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    total += w;
    weightedSum += w * labels[i]!;
  }
  if (!(total >= 2)) return Number.NaN;
  const mean = weightedSum / total;
  let residual = 0;
  let spread = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const y = labels[i]!;
    residual += w * (y - predictions[i]!) * (y - predictions[i]!);
    spread += w * (y - mean) * (y - mean);
  }
  if (residual === 0) return 1;
  return spread === 0 ? 0 : 1 - residual / spread;
}
