import { normalCdf, normalQuantile, normalSf } from "../stats/normal-distribution.js";

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * A quantity estimated from the data (a metric's value, or the difference of two), with the
 * tests and intervals of the method that estimated it. The intervals are the tests inverted, so
 * the two always agree: `interval(a).lower > t` exactly when `pAbove(t) <= a`, and
 * `interval(a).upper < t` exactly when `pBelow(t) <= a`. That is what lets a gate show the
 * interval that decided a verdict at whatever level the multiple-testing correction asked for.
 */
export interface Estimate {
  readonly value: number;
  /** The estimate's standard error, for sizing detectable effects. */
  readonly standardError: number;
  /**
   * Where the test's spread is taken at the threshold, as a proportion's score test takes
   * sqrt(t (1 - t) / n), that spread at `threshold`: the interval at tail a clears the threshold
   * exactly when the value lies more than z(1 - a) times it beyond. Sizing at an edge uses it,
   * since the spread at the value says little near 0 or 1, where the interval is lopsided.
   */
  readonly standardErrorAt?: (threshold: number) => number;
  /** The p-value of the claim that the true value is above `threshold` (H0: it is at most that). */
  pAbove(threshold: number): number;
  /** The p-value of the claim that the true value is below `threshold`. */
  pBelow(threshold: number): number;
  /** The values that neither one-sided test rejects at level `tail`: two-sided level 1 - 2 tail. */
  interval(tail: number): Interval;
  /**
   * The smallest p-value the method's own tests give: 1 / (resamples + 1) for a bootstrap's
   * percentiles, else 0. Below it, an estimate with `tails: "normal"` answers from the normal
   * approximation.
   */
  readonly smallestPValue: number;
  /**
   * For a bootstrap whose resamples are not all equal: the same estimate with the normal
   * bootstrap interval beyond its resamples (`withNormalTails`), for a level its percentiles
   * cannot resolve.
   */
  readonly normalTails?: () => Estimate;
  /** Present on the estimate `normalTails` gives. */
  readonly tails?: "normal";
}

/**
 * An estimate with a normal sampling distribution: z = (value - t) / standardError. With a
 * standard error of 0 the value is taken as exact. `range` clips the interval to the values the
 * quantity can take (an AUC stays in [0, 1]); the tests and the interval still agree on every
 * threshold inside it.
 */
export function normalEstimate(
  value: number,
  standardError: number,
  range: Interval = { lower: -Infinity, upper: Infinity },
): Estimate {
  const z = (t: number) => (value - t) / standardError;
  return {
    value,
    standardError,
    smallestPValue: 0,
    pAbove: (t) => (standardError > 0 ? normalSf(z(t)) : value > t ? 0 : 1),
    pBelow: (t) => (standardError > 0 ? normalCdf(z(t)) : value < t ? 0 : 1),
    interval: (tail) => {
      const half = -normalQuantile(tail) * standardError;
      return {
        lower: Math.max(range.lower, value - half),
        upper: Math.min(range.upper, value + half),
      };
    },
  };
}

/**
 * A bootstrap estimate: `value` on the data as observed, `replicates` its values on the
 * resamples (all finite), `range` the values it can take (for `normalTails`). Tests and
 * intervals are the percentile method's, with the Monte Carlo p-value (count + 1) / (B + 1) of
 * Davison & Hinkley (1997, 4.2.5), so no p-value is below 1 / (B + 1):
 *
 *   pAbove(t) = (#{replicates <= t} + 1) / (B + 1),  pBelow(t) = (#{replicates >= t} + 1) / (B + 1),
 *
 * and the interval at level 1 - 2a runs from the k-th smallest to the k-th largest replicate,
 * k = floor(a (B + 1)) (Davison & Hinkley 5.2.1); when k is 0, B resamples cannot resolve that
 * level and the interval is unbounded, unless `normalTails` extends it.
 */
export function bootstrapEstimate(
  value: number,
  replicates: Float64Array,
  range: Interval = { lower: -Infinity, upper: Infinity },
): Estimate {
  const sorted = Float64Array.from(replicates).sort();
  const b = sorted.length;
  let mean = 0;
  for (const r of sorted) mean += r;
  mean /= b;
  let squares = 0;
  for (const r of sorted) squares += (r - mean) ** 2;
  const percentile: Estimate = {
    value,
    standardError: Math.sqrt(squares / (b - 1)),
    smallestPValue: 1 / (b + 1),
    pAbove: (t) => (countAtMost(sorted, t) + 1) / (b + 1),
    pBelow: (t) => (b - countBelow(sorted, t) + 1) / (b + 1),
    interval: (tail) => {
      const k = Math.floor(tail * (b + 1));
      return k < 1
        ? { lower: -Infinity, upper: Infinity }
        : { lower: sorted[k - 1] as number, upper: sorted[b - k] as number };
    },
  };
  // Resamples that are all equal have no spread to extend: a normal p-value of 0 would pass
  // any margin on them, where the percentiles ask for more resamples.
  if (sorted[0] === sorted[b - 1]) return percentile;
  return { ...percentile, normalTails: () => withNormalTails(percentile, sorted, range) };
}

/**
 * The percentile estimate, with the normal bootstrap interval where its resamples run out: the
 * estimate ± z(1 - a) times the resamples' standard deviation, the standard normal interval of
 * Efron & Tibshirani (1993, An Introduction to the Bootstrap, ch. 13; Davison & Hinkley 1997,
 * 5.2). A threshold with a resample on its far side keeps the percentile p-value; one beyond
 * every resample, where that p-value is stuck at its floor 1 / (B + 1), takes the normal one
 * where smaller:
 *
 *   pAbove(t) = min(1 / (B + 1), 1 - Phi((value - t) / se))  when no resample is at most t,
 *
 * and likewise below. The p-values still rise with t (the floor is below the 2 / (B + 1) of one
 * resample), and the interval is these tests inverted: the percentile interval where that is
 * finite (k >= 1), else from the smaller of the least resample and value - z se to the larger
 * of the greatest and value + z se, clipped to the values the quantity can take (`range`: a
 * share's difference stays within ±1). Resamples that are all equal get none (`bootstrapEstimate`).
 */
function withNormalTails(percentile: Estimate, sorted: Float64Array, range: Interval): Estimate {
  const b = sorted.length;
  const floor = percentile.smallestPValue;
  const normal = normalEstimate(percentile.value, percentile.standardError, range);
  return {
    ...percentile,
    tails: "normal",
    pAbove: (t) =>
      t < (sorted[0] as number) ? Math.min(floor, normal.pAbove(t)) : percentile.pAbove(t),
    pBelow: (t) =>
      t > (sorted[b - 1] as number) ? Math.min(floor, normal.pBelow(t)) : percentile.pBelow(t),
    interval: (tail) => {
      const resolved = percentile.interval(tail);
      if (Number.isFinite(resolved.lower)) return resolved;
      const { lower, upper } = normal.interval(tail);
      return {
        lower: Math.min(sorted[0] as number, lower),
        upper: Math.max(sorted[b - 1] as number, upper),
      };
    },
  };
}

/** The two-sided p-value of H0: the true value is `threshold`. */
export function twoSidedPValue(estimate: Estimate, threshold: number): number {
  return Math.min(1, 2 * Math.min(estimate.pAbove(threshold), estimate.pBelow(threshold)));
}

/** How many sorted values are below t. */
function countBelow(sorted: Float64Array, t: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < t) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many sorted values are at most t. */
function countAtMost(sorted: Float64Array, t: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}
