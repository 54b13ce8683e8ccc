import { MetricError } from "./metric-error.js";
import type { Weights } from "./predictions.js";

/**
 * Top-k accuracy (decision 0039): an example counts as right when its label is among the k
 * classes its model scores highest. Named `top_<k>_accuracy`, k written in the name.
 */

/**
 * The largest k a name takes: past it, a hit among so many guesses is a retrieval metric
 * (recall at k), and a larger number is more likely a typo than a gate anyone reads.
 */
export const MOST_TOP_K = 1000;

const NAME = /^top_(\d+)_accuracy$/;

/** Whether a name is of the shape `top_<k>_accuracy`, whatever its k (`topKOf` reads the k). */
export const isTopKName = (name: string): boolean => NAME.test(name);

/** The names other tools give top-k accuracy without a k of their own (Keras, scikit-learn). */
const WITHOUT_K = /^(?:sparse_)?top_?k(?:_categorical)?_accuracy(?:_score)?$/;

/**
 * The k of a name `top_<k>_accuracy`, or undefined for a name of another shape. A name of that
 * shape whose k cannot be gated, or another tool's top-k name without a k, is a `MetricError`
 * saying what to write instead.
 */
export function topKOf(name: string): number | undefined {
  if (WITHOUT_K.test(name)) {
    throw new MetricError(
      name,
      "names no k: top-k accuracy is gated as top_<k>_accuracy, with k in the name",
      "Write k in the name, as top_5_accuracy for the share of examples whose label is among the 5 classes scored highest",
    );
  }
  const digits = NAME.exec(name)?.[1];
  if (digits === undefined) return undefined;
  const k = Number(digits);
  if (k < 1 || k > MOST_TOP_K) {
    throw new MetricError(
      name,
      `takes k from 2 to ${MOST_TOP_K}, and k is ${digits.length > 12 ? `${digits.slice(0, 12)}...` : digits}`,
      `Write k from 2 to ${MOST_TOP_K}, below the number of classes, as top_5_accuracy`,
    );
  }
  if (k === 1) {
    throw new MetricError(
      name,
      "is the share of examples whose label is the class scored highest, which is accuracy",
      "Gate accuracy (where the files have no prediction column, its predicted class is the one scored highest), or top_<k>_accuracy with k of 2 or more",
    );
  }
  if (String(k) !== digits) {
    throw new MetricError(
      name,
      "writes k with leading zeros, so one metric would have two names in the report",
      `Write it as top_${k}_accuracy`,
    );
  }
  return k;
}

/**
 * The `top_<k>_accuracy` that a name likely misspells (`top_5_acuracy`, `top5_acc`): one
 * beginning with `top` and holding a number, as a candidate for a "did you mean".
 */
export function topKCandidate(name: string): string | undefined {
  const digits = /^top\D{0,3}?(\d{1,4})(?!\d)/i.exec(name.trim())?.[1];
  const k = Number(digits);
  if (digits === undefined || k < 1 || k > MOST_TOP_K) return undefined;
  return k === 1 ? "accuracy" : `top_${k}_accuracy`;
}

/**
 * Whether each example's label is among the k classes scored highest, 1 or 0: the label's class
 * is in the top k when fewer than k other classes score as high as it or higher. A tie is
 * counted against the label, so that the outcome never depends on the order of the classes; a
 * class whose score is missing (NaN: a top-k export that writes the top classes alone) ranks
 * below every score given, and a label whose score is missing is outside the top k.
 *
 * Class by class over the examples (each column read once, in order), O(n x classes) once per
 * model: a bootstrap then weighs the n outcomes, and McNemar's test counts them.
 */
export function topKHits(
  labels: Int32Array,
  classScores: readonly Float64Array[],
  k: number,
): Uint8Array {
  const n = labels.length;
  const own = new Float64Array(n);
  for (let i = 0; i < n; i++) own[i] = classScores[labels[i]!]![i]!;
  // How many other classes score as high as the label or higher; NaN compares false.
  const above = new Int32Array(n);
  classScores.forEach((scores, c) => {
    for (let i = 0; i < n; i++) {
      if (scores[i]! >= own[i]! && labels[i] !== c) above[i]!++;
    }
  });
  const hits = new Uint8Array(n);
  for (let i = 0; i < n; i++) hits[i] = above[i]! < k && !Number.isNaN(own[i]!) ? 1 : 0;
  return hits;
}

/** The weighted share of 1s among `outcomes`; NaN without weight. */
export function shareOfHits(outcomes: Uint8Array, weights?: Weights): number {
  let right = 0;
  let total = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    right += w * outcomes[i]!;
    total += w;
  }
  return total > 0 ? right / total : Number.NaN;
}
