import { rankData } from "./rank-data.js";
import { StatsInputError } from "./stats-input-error.js";
import { finiteSample } from "./validate.js";

/** Which examples are positive (labels 1/true) and how many, refusing labels that are not 0/1. */
export function labelMask(
  labels: ArrayLike<number | boolean>,
  length: number,
): { mask: Uint8Array; positives: number } {
  if (labels === null || typeof labels !== "object" || labels.length !== length) {
    throw new StatsInputError(
      "labels",
      `has ${String(labels?.length)} value(s), the scores ${length}`,
      "pass one label per score",
    );
  }
  const mask = new Uint8Array(length);
  let positives = 0;
  for (let i = 0; i < length; i++) {
    const label = labels[i];
    if (label === 1 || label === true) mask[i] = 1;
    else if (label !== 0 && label !== false) {
      throw new StatsInputError(
        "labels",
        `value at index ${i} is ${String(label)}`,
        "label each example 1 (or true) for positive, 0 (or false) for negative",
      );
    }
    positives += mask[i]!;
  }
  return { mask, positives };
}

/** Which examples are positive, with the two of each class that DeLong's variance needs. */
export function positiveMask(labels: ArrayLike<number | boolean>, length: number): Uint8Array {
  const { mask, positives } = labelMask(labels, length);
  if (positives < 2 || length - positives < 2) {
    throw new StatsInputError(
      "labels",
      `has ${positives} positive(s) and ${length - positives} negative(s)`,
      "pass at least two examples of each class: DeLong's variance needs them",
    );
  }
  return mask;
}

/** One classifier's AUC and its DeLong structural components. */
export interface DelongComponents {
  auc: number;
  /** V10[i]: the share of negatives that positive i outscores (ties count one half). */
  v10: Float64Array;
  /** V01[j]: the share of positives that outscore negative j (ties count one half). */
  v01: Float64Array;
  /**
   * Where examples carry sample weights, each component's example's weight: the shares above
   * are then of weight, not of examples, and the AUC is the weighted mean of V10.
   */
  weights?: { readonly v10: Float64Array; readonly v01: Float64Array };
}

/**
 * The structural components of DeLong, DeLong & Clarke-Pearson (1988) for one classifier, by
 * Sun & Xu's (2014) midrank identities rather than comparing every pair: with Tz the midranks
 * of all m + n scores, Tx those of the m positives among themselves and Ty those of the n
 * negatives,
 *
 *   V10[i] = (Tz[i] - Tx[i]) / n,   V01[j] = 1 - (Tz[j] - Ty[j]) / m,
 *   AUC = (sum over positives of Tz - m (m + 1) / 2) / (m n),
 *
 * O((m + n) log(m + n)) instead of O(m n).
 */
export function delongComponents(
  argument: string,
  scores: ArrayLike<number>,
  positive: Uint8Array,
): DelongComponents {
  const all = finiteSample(argument, scores);
  if (all.length !== positive.length) {
    throw new StatsInputError(
      argument,
      `has ${all.length} value(s), the labels ${positive.length}`,
      "pass one score per label",
    );
  }
  let m = 0;
  for (const p of positive) m += p;
  const n = all.length - m;
  const x = new Float64Array(m);
  const y = new Float64Array(n);
  const z = new Float64Array(m + n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < all.length; k++) {
    if (positive[k] === 1) x[i++] = all[k]!;
    else y[j++] = all[k]!;
  }
  z.set(x);
  z.set(y, m);
  const tx = rankData(x).ranks;
  const ty = rankData(y).ranks;
  const tz = rankData(z).ranks;
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let rankSum = 0;
  for (let a = 0; a < m; a++) {
    rankSum += tz[a]!;
    v10[a] = (tz[a]! - tx[a]!) / n;
  }
  for (let b = 0; b < n; b++) v01[b] = 1 - (tz[m + b]! - ty[b]!) / m;
  return { auc: (rankSum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}

/** The sample covariance (divisor length - 1) of two equally long vectors. */
export function sampleCovariance(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i]!;
    meanB += b[i]!;
  }
  meanA /= n;
  meanB /= n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (a[i]! - meanA) * (b[i]! - meanB);
  return sum / (n - 1);
}

/**
 * The covariance of the weighted means of `a` and `b` over the same m examples (each weighing
 * above 0), linearised as a survey's ratio estimate is: sum of w^2 (a - mean a)(b - mean b) /
 * (sum of w)^2, times m / (m - 1), so that equal weights give `sampleCovariance(a, b) / m`,
 * DeLong's own term. Each weight is taken as its share of the sum, which no square of a weight
 * or of the sum can overflow.
 */
function linearisedCovariance(a: Float64Array, b: Float64Array, w: Float64Array): number {
  const m = w.length;
  let total = 0;
  for (let i = 0; i < m; i++) total += w[i]!;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < m; i++) {
    meanA += (w[i]! / total) * a[i]!;
    meanB += (w[i]! / total) * b[i]!;
  }
  let sum = 0;
  for (let i = 0; i < m; i++) {
    const share = w[i]! / total;
    sum += share * share * (a[i]! - meanA) * (b[i]! - meanB);
  }
  return (sum * m) / (m - 1);
}

/**
 * DeLong's covariance of the AUCs of two classifiers (a classifier with itself: its variance);
 * with sample weights (both classifiers' components weigh the same examples alike), each
 * class's term linearised (`linearisedCovariance`), as McNemar's effective counts are.
 */
export function delongCovariance(a: DelongComponents, b: DelongComponents): number {
  if (a.weights) {
    return (
      linearisedCovariance(a.v10, b.v10, a.weights.v10) +
      linearisedCovariance(a.v01, b.v01, a.weights.v01)
    );
  }
  return (
    sampleCovariance(a.v10, b.v10) / a.v10.length + sampleCovariance(a.v01, b.v01) / a.v01.length
  );
}
