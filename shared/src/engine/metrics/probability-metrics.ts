import type { Weights } from "./predictions.js";

/**
 * Metrics of predicted probabilities. Binary functions take the positive class's probability;
 * multiclass ones one column per class, by class code. Each returns NaN without weight.
 */

/** The clip of log loss: float64's machine epsilon, scikit-learn's `eps="auto"` for float64. */
export const LOG_LOSS_EPSILON = 2.220446049250313e-16;

const clip = (p: number) =>
  p < LOG_LOSS_EPSILON ? LOG_LOSS_EPSILON : p > 1 - LOG_LOSS_EPSILON ? 1 - LOG_LOSS_EPSILON : p;

/**
 * Binary log loss (`log_loss`): probabilities clipped to [eps, 1 - eps], each row's two
 * probabilities renormalised to sum to 1, as scikit-learn does.
 */
export function binaryLogLoss(
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
  weights?: Weights,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w === 0) continue;
    const p = clip(scores[i]!);
    const q = 1 - p;
    sum -= w * Math.log((labels[i] === positive ? p : q) / (q + p));
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/** Multiclass log loss (`log_loss`): each probability clipped, then each row renormalised. */
export function multiclassLogLoss(
  labels: Int32Array,
  classScores: readonly Float64Array[],
  weights?: Weights,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w === 0) continue;
    let rowSum = 0;
    for (const column of classScores) rowSum += clip(column[i]!);
    sum -= w * Math.log(clip(classScores[labels[i]!]![i]!) / rowSum);
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/** Brier score of two classes (`brier_score_loss`): mean squared error of the probability. */
export function binaryBrier(
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
  weights?: Weights,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const d = (labels[i] === positive ? 1 : 0) - scores[i]!;
    sum += w * d * d;
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/**
 * Multiclass Brier score: the mean over examples of the sum over classes of the squared error
 * of each class's probability (scikit-learn 1.7's multiclass `brier_score_loss`; the binary one
 * is half of this on two columns).
 */
export function multiclassBrier(
  labels: Int32Array,
  classScores: readonly Float64Array[],
  weights?: Weights,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    let row = 0;
    for (let c = 0; c < classScores.length; c++) {
      const d = (labels[i] === c ? 1 : 0) - classScores[c]![i]!;
      row += d * d;
    }
    sum += w * row;
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/** Bins of the expected calibration error. */
export const CALIBRATION_BINS = 10;

/** The bin of a confidence: (0, 0.1] is bin 0, ..., (0.9, 1] bin 9 (0 goes to bin 0). */
const binOf = (confidence: number) =>
  Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.ceil(confidence * CALIBRATION_BINS) - 1));

/** ECE from per-bin sums of weight x (correct - confidence). */
function calibrationError(gaps: Float64Array, total: number): number {
  if (!(total > 0)) return Number.NaN;
  let sum = 0;
  for (const gap of gaps) sum += Math.abs(gap);
  return sum / total;
}

/**
 * Expected calibration error of the top label (Guo et al., 2017), which scikit-learn lacks:
 * each example's confidence is the probability of its predicted class (the larger of p and 1 - p;
 * the positive class is predicted when p > 0.5); the examples fall into 10 equal-width bins of
 * confidence, (0, 0.1] ... (0.9, 1], the bin being ceil(10 c) - 1; ECE is the sum over bins of
 * the bin's share of the weight times |accuracy - mean confidence| in it.
 */
export function binaryCalibrationError(
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
  weights?: Weights,
): number {
  const gaps = new Float64Array(CALIBRATION_BINS);
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const p = scores[i]!;
    const predictsPositive = p > 0.5;
    const confidence = predictsPositive ? p : 1 - p;
    const correct = predictsPositive === (labels[i] === positive) ? 1 : 0;
    gaps[binOf(confidence)]! += w * (correct - confidence);
    total += w;
  }
  return calibrationError(gaps, total);
}

/**
 * Multiclass expected calibration error of the top label: the confidence is the largest class
 * probability, its class (the first of equal ones, as numpy's argmax) the prediction; bins as
 * for two classes.
 */
export function multiclassCalibrationError(
  labels: Int32Array,
  classScores: readonly Float64Array[],
  weights?: Weights,
): number {
  const gaps = new Float64Array(CALIBRATION_BINS);
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    let best = 0;
    let confidence = classScores[0]![i]!;
    for (let c = 1; c < classScores.length; c++) {
      const p = classScores[c]![i]!;
      if (p > confidence) {
        confidence = p;
        best = c;
      }
    }
    gaps[binOf(confidence)]! += w * ((labels[i] === best ? 1 : 0) - confidence);
    total += w;
  }
  return calibrationError(gaps, total);
}
