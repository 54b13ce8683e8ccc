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
    // Left out, not added as 0: an error that overflows would make it 0 * Infinity = NaN.
    if (w === 0) continue;
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

/**
 * Whether a sum (or mean) of squares can be trusted as computed: no square overflowed, and the
 * squares that lost bits (below 2^-1022) or vanished (below 2^-1074), each off by 2^-1075 at most,
 * cannot add up to a part of it that counts: a sum of 2^-900 or more.
 */
const trusted = (squares: number) => squares >= 2 ** -900 && squares < Infinity;

/**
 * The exponent of the power of two that brings `largest`, the size of a difference of two doubles,
 * to between 1 and 2: -1024 where the difference overflowed (it is below 2^1025 all the same), 0
 * where it is 0 or NaN. Lifting stops at 2^1000, short of the largest double: a difference of
 * 2^-1074 becomes 2^-74, whose square is still far above the smallest double.
 */
function scaleExponent(largest: number): number {
  if (largest === Infinity) return -1024;
  if (!(largest > 0)) return 0;
  return Math.min(1000, -Math.floor(Math.log2(largest)));
}

/**
 * `b - a` times `factor`, a power of two: exact as far as the product is a double, and 0 only
 * where `a === b`. Where the difference overflows, both are past 2^970, so that their halves are
 * exact and the halves' difference a double.
 */
function scaledDifference(a: number, b: number, factor: number): number {
  const difference = b - a;
  return Number.isFinite(difference) ? difference * factor : (b * 0.5 - a * 0.5) * (factor * 2);
}

/**
 * The weighted mean square of `others - labels` (`others` a number: the same for every label),
 * each difference first times 2^exponent, which brings the largest among the examples with weight
 * to between 1 and 2 (see scaleExponent): the true mean square times 4^exponent, made of squares
 * that neither overflow nor vanish, and 0 only where every difference is 0.
 */
function scaledMeanSquare(
  labels: Float64Array,
  others: Float64Array | number,
  weights: Weights | undefined,
): { meanSquare: number; exponent: number } {
  const other = typeof others === "number" ? () => others : (i: number) => others[i]!;
  let largest = 0;
  for (let i = 0; i < labels.length; i++) {
    if (weights !== undefined && weights[i] === 0) continue;
    // A NaN is passed over: it makes the mean NaN with any factor.
    const size = Math.abs(other(i) - labels[i]!);
    if (size > largest) largest = size;
  }
  const exponent = scaleExponent(largest);
  const factor = 2 ** exponent;
  const square = (y: number, o: number) => {
    const difference = scaledDifference(y, o, factor);
    return difference * difference;
  };
  // meanError pairs each label with a second array's value; a single number pairs with them all.
  const meanSquare =
    typeof others === "number"
      ? meanError(labels, labels, weights, (y) => square(y, others))
      : meanError(labels, others, weights, square);
  return { meanSquare, exponent };
}

/**
 * `mean_squared_error(squared=False)`: the square root of the mean squared error. Where the squares
 * of the errors overflow or vanish, the errors are scaled by a power of two first (see
 * scaledMeanSquare), so the result is finite wherever the true one is; elsewhere it is the same to
 * the last bit.
 */
export function rootMeanSquaredError(
  labels: Float64Array,
  predictions: Float64Array,
  weights?: Weights,
): number {
  const meanSquare = meanError(labels, predictions, weights, (y, p) => (y - p) * (y - p));
  if (trusted(meanSquare)) return Math.sqrt(meanSquare);
  const scaled = scaledMeanSquare(labels, predictions, weights);
  return Math.sqrt(scaled.meanSquare) / 2 ** scaled.exponent;
}

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
 * scikit-learn (`force_finite=True`): 1 when both sums are 0, 0 when only the total is (and for
 * labels all equal, whose total only the rounding of their mean makes other than 0); NaN with
 * fewer than two examples (a weight counts as that many examples). Where the squares of either sum
 * overflow or vanish, see scaledR2.
 */
export function r2Score(
  labels: Float64Array,
  predictions: Float64Array,
  weights?: Weights,
): number {
  let total = 0;
  let weightedSum = 0;
  let first: number | undefined;
  let constant = true;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w === 0) continue;
    total += w;
    weightedSum += w * labels[i]!;
    first ??= labels[i]!;
    if (labels[i] !== first) constant = false;
  }
  if (!(total >= 2)) return Number.NaN;
  const mean = Number.isFinite(weightedSum)
    ? weightedSum / total
    : scaledMean(labels, weights, total);
  let residual = 0;
  let spread = 0;
  let perfect = true;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    // As in meanError: a weight of 0 would turn an overflowed square into NaN.
    if (w === 0) continue;
    const y = labels[i]!;
    residual += w * (y - predictions[i]!) * (y - predictions[i]!);
    spread += w * (y - mean) * (y - mean);
    if (predictions[i] !== y) perfect = false;
  }
  // Equal labels have no spread, whatever the rounding of their mean leaves of it (the mean of
  // three 0.1 is not 0.1, and scikit-learn's r2 there some -5e31): scikit-learn's 0, or 1.
  if (constant) return perfect ? 1 : 0;
  // Both at 2^-900 or more: neither is 0, so this is scikit-learn's value.
  if (trusted(residual) && trusted(spread)) return 1 - residual / spread;
  return scaledR2(labels, predictions, weights, mean);
}

/**
 * The weighted mean of labels whose weighted sum overflows, as near the largest double: each is
 * scaled down by 2^64 first (exactly, short of labels below 2^-958, which count for nothing
 * beside those), which keeps the sum finite short of weights that sum to 2^64.
 */
function scaledMean(labels: Float64Array, weights: Weights | undefined, total: number): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w !== 0) sum += w * (labels[i]! * 2 ** -64);
  }
  return (sum / total) * 2 ** 64;
}

/**
 * r2 from both sums made again, each of its differences scaled by its own power of two (see
 * scaledMeanSquare): one factor for both would, where the errors dwarf the labels' spread, leave
 * the spread 0 and give r2 = 0 for a model far worse than the mean. Each scaled sum is 0 only where
 * the true one is, and their ratio is put together from its square root, which cannot overflow
 * where the ratio does not: -Infinity is then the true value past the largest double.
 */
function scaledR2(
  labels: Float64Array,
  predictions: Float64Array,
  weights: Weights | undefined,
  mean: number,
): number {
  const errors = scaledMeanSquare(labels, predictions, weights);
  if (errors.meanSquare === 0) return 1;
  // Labels that are not all equal lie some way off their mean: the spread is never 0 here.
  const deviations = scaledMeanSquare(labels, mean, weights);
  // Each scaled mean is a modest number (its largest square lies between 1 and 4), and so is
  // their roots' ratio: a power of two that overflows (or vanishes) makes r2 -Infinity (or 1), as
  // the true ratio would.
  const root =
    (Math.sqrt(errors.meanSquare) / Math.sqrt(deviations.meanSquare)) *
    2 ** (deviations.exponent - errors.exponent);
  return 1 - root * root;
}
