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
 * A metric of probabilities made ready for weights: each example's part (its loss, its
 * confidence bin and gap) is computed once, so a bootstrap resample weighs n numbers, where
 * recomputing the parts would read every class's probability of every example again.
 */
export type PreparedProbabilityMetric = (weights?: Weights) => number;

/**
 * The weighted mean of each example's part; NaN without weight. `squared`: each part is a
 * difference whose square is the example's part, weighed as w * d * d, in the order the sum was
 * taken before the parts were prepared, so that a bootstrap's values stay bit for bit the same
 * (w * (d * d) differs in the last bit where w is 3 or more).
 */
function weightedMean(parts: Float64Array, squared = false): PreparedProbabilityMetric {
  // Where every part is finite, an example weighted 0 adds exactly 0 to either sum, so no example
  // need be skipped: a bootstrap weighs about a third of them 0, in no order the processor can
  // predict, and the loop without that branch gives the same sums bit for bit, some 7x sooner.
  const finite = parts.every((part) => Number.isFinite(part));
  return (weights) => {
    let sum = 0;
    let total = 0;
    if (weights === undefined) {
      for (let i = 0; i < parts.length; i++) sum += squared ? parts[i]! * parts[i]! : parts[i]!;
      total = parts.length;
    } else if (finite) {
      for (let i = 0; i < parts.length; i++) {
        const w = weights[i]!;
        sum += squared ? w * parts[i]! * parts[i]! : w * parts[i]!;
        total += w;
      }
    } else {
      for (let i = 0; i < parts.length; i++) {
        const w = weights[i]!;
        if (w === 0) continue;
        sum += squared ? w * parts[i]! * parts[i]! : w * parts[i]!;
        total += w;
      }
    }
    return total > 0 ? sum / total : Number.NaN;
  };
}

/** Each example's part of a metric of one example at a time. */
function partsOf(count: number, part: (i: number) => number): Float64Array {
  const parts = new Float64Array(count);
  for (let i = 0; i < count; i++) parts[i] = part(i);
  return parts;
}

/**
 * Binary log loss (`log_loss`): probabilities clipped to [eps, 1 - eps], each row's two
 * probabilities renormalised to sum to 1, as scikit-learn does.
 */
export function prepareBinaryLogLoss(
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
): PreparedProbabilityMetric {
  return weightedMean(
    partsOf(labels.length, (i) => {
      const p = clip(scores[i]!);
      const q = 1 - p;
      return -Math.log((labels[i] === positive ? p : q) / (q + p));
    }),
  );
}

/** Multiclass log loss (`log_loss`): each probability clipped, then each row renormalised. */
export function prepareMulticlassLogLoss(
  labels: Int32Array,
  classScores: readonly Float64Array[],
): PreparedProbabilityMetric {
  return weightedMean(
    partsOf(labels.length, (i) => {
      let rowSum = 0;
      for (const column of classScores) rowSum += clip(column[i]!);
      return -Math.log(clip(classScores[labels[i]!]![i]!) / rowSum);
    }),
  );
}

/** Brier score of two classes (`brier_score_loss`): mean squared error of the probability. */
export function prepareBinaryBrier(
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
): PreparedProbabilityMetric {
  return weightedMean(
    partsOf(labels.length, (i) => (labels[i] === positive ? 1 : 0) - scores[i]!),
    true,
  );
}

/**
 * Multiclass Brier score: the mean over examples of the sum over classes of the squared error
 * of each class's probability (scikit-learn 1.7's multiclass `brier_score_loss`; the binary one
 * is half of this on two columns).
 */
export function prepareMulticlassBrier(
  labels: Int32Array,
  classScores: readonly Float64Array[],
): PreparedProbabilityMetric {
  return weightedMean(
    partsOf(labels.length, (i) => {
      let row = 0;
      for (let c = 0; c < classScores.length; c++) {
        const d = (labels[i] === c ? 1 : 0) - classScores[c]![i]!;
        row += d * d;
      }
      return row;
    }),
  );
}

/** Bins of the expected calibration error. */
export const CALIBRATION_BINS = 10;

/** The bin of a confidence: (0, 0.1] is bin 0, ..., (0.9, 1] bin 9 (0 goes to bin 0). */
const binOf = (confidence: number) =>
  Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.ceil(confidence * CALIBRATION_BINS) - 1));

/**
 * ECE from each example's confidence bin and gap, correct (1 or 0) - confidence: the sum over
 * bins of |the weighted sum of the gaps in the bin| over the total weight.
 */
function calibrationError(bins: Uint8Array, gaps: Float64Array): PreparedProbabilityMetric {
  const sums = new Float64Array(CALIBRATION_BINS);
  return (weights) => {
    sums.fill(0);
    let total = 0;
    for (let i = 0; i < gaps.length; i++) {
      const w = weights === undefined ? 1 : weights[i]!;
      if (w === 0) continue;
      sums[bins[i]!]! += w * gaps[i]!;
      total += w;
    }
    if (!(total > 0)) return Number.NaN;
    let sum = 0;
    for (const gap of sums) sum += Math.abs(gap);
    return sum / total;
  };
}

/** Each example's bin and gap, from its confidence and whether its prediction is right. */
function calibrationOf(
  count: number,
  example: (i: number) => { confidence: number; correct: boolean },
): PreparedProbabilityMetric {
  const bins = new Uint8Array(count);
  const gaps = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const { confidence, correct } = example(i);
    bins[i] = binOf(confidence);
    gaps[i] = (correct ? 1 : 0) - confidence;
  }
  return calibrationError(bins, gaps);
}

/**
 * Expected calibration error of the top label (Guo et al., 2017), which scikit-learn lacks:
 * each example's confidence is the probability of its predicted class (the larger of p and 1 - p;
 * the positive class is predicted when p > 0.5); the examples fall into 10 equal-width bins of
 * confidence, (0, 0.1] ... (0.9, 1], the bin being ceil(10 c) - 1; ECE is the sum over bins of
 * the bin's share of the weight times |accuracy - mean confidence| in it.
 */
export function prepareBinaryCalibrationError(
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
): PreparedProbabilityMetric {
  return calibrationOf(labels.length, (i) => {
    const p = scores[i]!;
    const predictsPositive = p > 0.5;
    return {
      confidence: predictsPositive ? p : 1 - p,
      correct: predictsPositive === (labels[i] === positive),
    };
  });
}

/**
 * Multiclass expected calibration error of the top label: the confidence is the largest class
 * probability, its class (the first of equal ones, as numpy's argmax) the prediction; bins as
 * for two classes.
 */
export function prepareMulticlassCalibrationError(
  labels: Int32Array,
  classScores: readonly Float64Array[],
): PreparedProbabilityMetric {
  return calibrationOf(labels.length, (i) => {
    let best = 0;
    let confidence = classScores[0]![i]!;
    for (let c = 1; c < classScores.length; c++) {
      const p = classScores[c]![i]!;
      if (p > confidence) {
        confidence = p;
        best = c;
      }
    }
    return { confidence, correct: labels[i] === best };
  });
}

/** The metrics above on one set of weights, each prepared and evaluated once. */
export const binaryLogLoss = (
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
  weights?: Weights,
) => prepareBinaryLogLoss(labels, positive, scores)(weights);
export const multiclassLogLoss = (
  labels: Int32Array,
  classScores: readonly Float64Array[],
  weights?: Weights,
) => prepareMulticlassLogLoss(labels, classScores)(weights);
export const binaryBrier = (
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
  weights?: Weights,
) => prepareBinaryBrier(labels, positive, scores)(weights);
export const multiclassBrier = (
  labels: Int32Array,
  classScores: readonly Float64Array[],
  weights?: Weights,
) => prepareMulticlassBrier(labels, classScores)(weights);
export const binaryCalibrationError = (
  labels: Int32Array,
  positive: number,
  scores: Float64Array,
  weights?: Weights,
) => prepareBinaryCalibrationError(labels, positive, scores)(weights);
export const multiclassCalibrationError = (
  labels: Int32Array,
  classScores: readonly Float64Array[],
  weights?: Weights,
) => prepareMulticlassCalibrationError(labels, classScores)(weights);
