import type { Weights } from "./predictions.js";

/**
 * Metrics of predicted classes, as scikit-learn computes them, from one weighted confusion matrix.
 * Weights are sample weights or a bootstrap resample's counts: a weight of 0 leaves the example
 * out, so that a class none of whose examples is drawn is absent, as it would be from a resampled
 * array (scikit-learn, given a zero sample weight, still counts the class as present).
 */

/** The weighted confusion matrix, row = true class, column = predicted class, row-major. */
export function confusionMatrix(
  labels: Int32Array,
  predictions: Int32Array,
  classCount: number,
  weights?: Weights,
): Float64Array {
  const matrix = new Float64Array(classCount * classCount);
  const n = labels.length;
  if (weights === undefined) {
    for (let i = 0; i < n; i++) matrix[labels[i]! * classCount + predictions[i]!]!++;
  } else {
    for (let i = 0; i < n; i++) matrix[labels[i]! * classCount + predictions[i]!]! += weights[i]!;
  }
  return matrix;
}

/** The share of examples predicted right (`accuracy_score`); NaN without weight. */
export function accuracy(labels: Int32Array, predictions: Int32Array, weights?: Weights): number {
  let right = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (labels[i] === predictions[i]) right += w;
    total += w;
  }
  return total > 0 ? right / total : Number.NaN;
}

/**
 * Per class: true positives, true count (a confusion matrix's row), predicted count (its
 * column). Every metric here is a function of these alone, so a caller that has them without
 * a K x K matrix (a bootstrap over the joint cells of two models) computes the metric in O(K).
 */
export interface ClassTallies {
  readonly tp: Float64Array;
  readonly truth: Float64Array;
  readonly predicted: Float64Array;
}

function classSums(matrix: Float64Array, classCount: number): ClassTallies {
  const tp = new Float64Array(classCount);
  const truth = new Float64Array(classCount);
  const predicted = new Float64Array(classCount);
  for (let t = 0; t < classCount; t++) {
    for (let p = 0; p < classCount; p++) {
      const v = matrix[t * classCount + p]!;
      truth[t]! += v;
      predicted[p]! += v;
      if (t === p) tp[t] = v;
    }
  }
  return { tp, truth, predicted };
}

/**
 * The mean recall over the classes that occur as a true label (`balanced_accuracy_score`: a
 * class only predicted is left out, as scikit-learn drops its NaN recall); NaN without weight.
 */
export function balancedAccuracy(matrix: Float64Array, classCount: number): number {
  return balancedAccuracyOf(classSums(matrix, classCount));
}

/** `balancedAccuracy` from each class's tallies. */
export function balancedAccuracyOf({ tp, truth }: ClassTallies): number {
  const classCount = truth.length;
  let sum = 0;
  let classes = 0;
  for (let c = 0; c < classCount; c++) {
    if (truth[c]! > 0) {
      sum += tp[c]! / truth[c]!;
      classes++;
    }
  }
  return classes > 0 ? sum / classes : Number.NaN;
}

/**
 * How precision, recall and F1 average over classes, as scikit-learn's `average`: `binary`, the
 * positive class's alone; `macro`, the unweighted mean over the classes that occur as a label or
 * a prediction; `micro`, from the summed counts; `weighted`, the mean weighted by each class's
 * true count.
 */
export type ClassAverage = "binary" | "macro" | "micro" | "weighted";

export interface PrecisionRecallF1 {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** F1 from precision and recall, 0 when both are 0 (scikit-learn's zero_division default). */
const f1Of = (precision: number, recall: number) => {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
};

/** A ratio, 0 when the denominator is (scikit-learn's zero_division="warn"). */
const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? 0 : numerator / denominator;

/**
 * Precision, recall and F1 (`precision_recall_fscore_support` with `zero_division="warn"`: a
 * ratio over nothing is 0). `positive` is the class code for `binary`.
 */
export function precisionRecallF1(
  matrix: Float64Array,
  classCount: number,
  average: ClassAverage,
  positive = -1,
): PrecisionRecallF1 {
  return precisionRecallF1Of(classSums(matrix, classCount), average, positive);
}

/** `precisionRecallF1` from each class's tallies. */
export function precisionRecallF1Of(
  { tp, truth, predicted }: ClassTallies,
  average: ClassAverage,
  positive = -1,
): PrecisionRecallF1 {
  const classCount = truth.length;
  const present: number[] = [];
  if (average === "binary") present.push(positive);
  else {
    for (let c = 0; c < classCount; c++) if (truth[c]! > 0 || predicted[c]! > 0) present.push(c);
  }
  if (average === "micro") {
    let tpSum = 0;
    let truthSum = 0;
    let predictedSum = 0;
    for (const c of present) {
      tpSum += tp[c]!;
      truthSum += truth[c]!;
      predictedSum += predicted[c]!;
    }
    const precision = ratio(tpSum, predictedSum);
    const recall = ratio(tpSum, truthSum);
    return { precision, recall, f1: f1Of(precision, recall) };
  }
  let precisionSum = 0;
  let recallSum = 0;
  let f1Sum = 0;
  let weightSum = 0;
  for (const c of present) {
    const precision = ratio(tp[c]!, predicted[c]!);
    const recall = ratio(tp[c]!, truth[c]!);
    const w = average === "weighted" ? truth[c]! : 1;
    precisionSum += w * precision;
    recallSum += w * recall;
    f1Sum += w * f1Of(precision, recall);
    weightSum += w;
  }
  if (weightSum === 0) return { precision: 0, recall: 0, f1: 0 };
  return {
    precision: precisionSum / weightSum,
    recall: recallSum / weightSum,
    f1: f1Sum / weightSum,
  };
}

/**
 * The Matthews correlation coefficient (`matthews_corrcoef`), binary and multiclass alike in
 * Gorodkin's R_K form: (c s - Σ t_k p_k) / sqrt((s² - Σ p_k²)(s² - Σ t_k²)), with c the examples
 * predicted right, s all of them, t_k and p_k each class's true and predicted counts. It runs from
 * -1 to 1, and is 0 where either side has a single class (scikit-learn's value there, where the
 * correlation is undefined); NaN without weight.
 */
export function matthewsCorrelation(matrix: Float64Array, classCount: number): number {
  return matthewsCorrelationOf(classSums(matrix, classCount));
}

/** `matthewsCorrelation` from each class's tallies. */
export function matthewsCorrelationOf({ tp, truth, predicted }: ClassTallies): number {
  let right = 0;
  let total = 0;
  let truthByPredicted = 0;
  let predictedSquares = 0;
  let truthSquares = 0;
  for (let c = 0; c < truth.length; c++) {
    right += tp[c]!;
    total += truth[c]!;
    truthByPredicted += truth[c]! * predicted[c]!;
    predictedSquares += predicted[c]! ** 2;
    truthSquares += truth[c]! ** 2;
  }
  if (total === 0) return Number.NaN;
  const spreadPredicted = total * total - predictedSquares;
  const spreadTruth = total * total - truthSquares;
  if (spreadPredicted <= 0 || spreadTruth <= 0) return 0;
  return (right * total - truthByPredicted) / Math.sqrt(spreadPredicted * spreadTruth);
}
