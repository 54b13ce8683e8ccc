import {
  delongComponents,
  delongCovariance,
  labelMask,
  type DelongComponents,
} from "../stats/delong-components.js";
import { StatsInputError } from "../stats/stats-input-error.js";
import { normalEstimate, twoSidedPValue } from "./estimate.js";
import type { ComparisonEvidence } from "./paired-evidence.js";
import { releaseArrays } from "../release-array.js";

/** DeLong's variance needs at least two examples of each class. */
const PER_CLASS = 2;

/** Insufficient evidence when either class has fewer than two examples. */
function tooFew(examples: number, positives: number): ComparisonEvidence | undefined {
  const negatives = examples - positives;
  if (positives >= PER_CLASS && negatives >= PER_CLASS) return undefined;
  return {
    method: "delong",
    examples,
    champion: null,
    challenger: null,
    insufficient: `${positives} positive(s) and ${negatives} negative(s) among the labels, and ROC AUC needs at least ${PER_CLASS} of each`,
  };
}

/**
 * The evidence from both models' structural components, which must list the same examples in the
 * same order: Var(challenger - champion) = Var(challenger) + Var(champion) - 2 Cov, tests and
 * intervals normal.
 */
function fromComponents(
  examples: number,
  champion: DelongComponents,
  challenger: DelongComponents,
): ComparisonEvidence {
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
  return (
    tooFew(examples, positives) ??
    fromComponents(
      examples,
      delongComponents("championScores", championScores, mask),
      delongComponents("challengerScores", challengerScores, mask),
    )
  );
}

/**
 * One model's examples sorted by its score, highest first (the metrics' `BinaryRanking`):
 * `order[k]` is the example at rank k, `positive[k]` 1 if it is of the positive class, and
 * `groupEnd[k]` 1 where the next rank's score differs (the end of a group of ties).
 */
export interface ScoreRanking {
  readonly order: Uint32Array;
  readonly positive: Uint8Array;
  readonly groupEnd: Uint8Array;
}

/**
 * The examples `members` marks (all when undefined), each numbered among those of its class in
 * example order: the slot of its structural component, the same for both models. With
 * `weights`, each class's total weight and each slot's weight; without, each example weighs 1.
 */
function slotsOf(
  ranking: ScoreRanking,
  members: Uint8Array | undefined,
  weights: Float64Array | undefined,
) {
  const { order, positive } = ranking;
  const n = order.length;
  // Each example's class first, then, in example order, its number within its class.
  const slot = new Uint32Array(n);
  for (let k = 0; k < n; k++) slot[order[k]!] = positive[k]!;
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < n; i++) {
    if (members !== undefined && members[i] === 0) continue;
    slot[i] = slot[i] === 1 ? positives++ : negatives++;
  }
  if (weights === undefined) {
    return { slot, positives, negatives, positiveWeight: positives, negativeWeight: negatives };
  }
  const slotWeights = { v10: new Float64Array(positives), v01: new Float64Array(negatives) };
  let positiveWeight = 0;
  let negativeWeight = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (members !== undefined && members[i] === 0) continue;
    const w = weights[i]!;
    if (positive[k] === 1) {
      slotWeights.v10[slot[i]!] = w;
      positiveWeight += w;
    } else {
      slotWeights.v01[slot[i]!] = w;
      negativeWeight += w;
    }
  }
  return { slot, positives, negatives, positiveWeight, negativeWeight, slotWeights };
}

/**
 * DeLong's structural components in one sweep down a model's ranking, with psi = 1/2 on ties:
 * a positive's V10 is the share of negatives in lower groups plus half of those in its own group,
 * a negative's V01 the share of positives in higher groups plus half of those in its own; with
 * `weights`, shares of weight. The ranking of all examples, restricted to `members`, is still
 * the members' ranking, so a slice needs no sort of its own. AUC = the (weighted) mean of V10.
 */
function sweptComponents(
  ranking: ScoreRanking,
  members: Uint8Array | undefined,
  slots: ReturnType<typeof slotsOf>,
  weights: Float64Array | undefined,
): DelongComponents {
  const { order, positive, groupEnd } = ranking;
  const { slot, positives, negatives, positiveWeight, negativeWeight } = slots;
  const v10 = new Float64Array(positives);
  const v01 = new Float64Array(negatives);
  // The running sums in a typed array, not variables: V8's middle tier boxes a double carried
  // around a loop on every turn, a heap object per group of ties. [area, above, below]
  const sums = new Float64Array([0, 0, negativeWeight]);
  let start = 0;
  for (let end = 0; end < order.length; end++) {
    if (groupEnd[end] === 0) continue;
    let p = 0;
    let q = 0;
    for (let k = start; k <= end; k++) {
      const i = order[k]!;
      if (members !== undefined && members[i] === 0) continue;
      const w = weights === undefined ? 1 : weights[i]!;
      if (positive[k] === 1) p += w;
      else q += w;
    }
    sums[2]! -= q;
    const positiveShare = (sums[2]! + q / 2) / negativeWeight;
    const negativeShare = (sums[1]! + p / 2) / positiveWeight;
    for (let k = start; k <= end; k++) {
      const i = order[k]!;
      if (members !== undefined && members[i] === 0) continue;
      if (positive[k] === 1) v10[slot[i]!] = positiveShare;
      else v01[slot[i]!] = negativeShare;
    }
    sums[0]! += p * positiveShare;
    sums[1]! += p;
    start = end + 1;
  }
  const auc = sums[0]! / positiveWeight;
  return slots.slotWeights ? { auc, v10, v01, weights: slots.slotWeights } : { auc, v10, v01 };
}

/**
 * `delongEvidence` from both models' examples already sorted by score (once per model, as the
 * ROC AUC metric sorts them), on all examples or on those `members` marks with 1 (a slice): a
 * linear sweep per model rather than three sorts. Both rankings must rank the same examples,
 * with the same labels. With `weights` (one per example, above 0 for every member), the AUCs
 * are weighted, as scikit-learn's `sample_weight` weighs them, and their variances and
 * covariance linearised (`delongCovariance`); equal weights give DeLong's own.
 */
export function rankedDelongEvidence(
  champion: ScoreRanking,
  challenger: ScoreRanking,
  members?: Uint8Array,
  weights?: Float64Array,
): ComparisonEvidence {
  const n = champion.order.length;
  if (challenger.order.length !== n || (members !== undefined && members.length !== n)) {
    throw new StatsInputError(
      "challenger",
      `ranks ${challenger.order.length} examples, the champion ${n}${members ? ` and members ${members.length}` : ""}`,
      "rank the same examples for both models, and mark each of them in members",
    );
  }
  const slots = slotsOf(champion, members, weights);
  const examples = slots.positives + slots.negatives;
  const insufficient = tooFew(examples, slots.positives);
  if (insufficient) {
    releaseArrays(slots.slot);
    return insufficient;
  }
  const first = sweptComponents(champion, members, slots, weights);
  const second = sweptComponents(challenger, members, slots, weights);
  releaseArrays(slots.slot);
  const evidence = fromComponents(examples, first, second);
  releaseArrays(first.v10, first.v01, second.v10, second.v01);
  if (slots.slotWeights) releaseArrays(slots.slotWeights.v10, slots.slotWeights.v01);
  return evidence;
}
