import type { ClassifierData } from "@mlops/shared";

/**
 * A binary classifier's data as eval-gate reads it: `labels` of 0 and 1, 1 the positive class,
 * its `scores`, and the predicted class of each score above 0.5 or at it.
 */
export function binaryData(labels: readonly number[], scores: readonly number[]): ClassifierData {
  return {
    task: "classification",
    count: labels.length,
    classes: ["0", "1"],
    positive: 1,
    labels: Int32Array.from(labels),
    predictions: Int32Array.from(scores, (s) => (s >= 0.5 ? 1 : 0)),
    predictionsFromScores: true,
    positiveScores: Float64Array.from(scores),
    exampleScores: new Map(),
    slices: new Map(),
  };
}
