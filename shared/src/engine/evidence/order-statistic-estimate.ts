import { normalQuantile, normalSf } from "../stats/normal-distribution.js";
import type { Estimate, Interval } from "./estimate.js";

/**
 * A sorted multiset known only through counting: how many of its N values lie at or below a
 * threshold, and below it. The pairwise differences of two samples are one, without making them.
 */
export interface CountedValues {
  readonly size: number;
  countAtMost(t: number): number;
  countBelow(t: number): number;
  /** The smallest and largest value. */
  readonly range: Interval;
}

/**
 * An estimate whose interval runs between two order statistics of `values`, as the
 * Hodges-Lehmann interval and the distribution-free interval of a median do: at tail a,
 *
 *   [V_(k), V_(N + 1 - k)],  k = floor(N/2 - z_(1-a) s),
 *
 * with `spread` s the standard deviation of the rank statistic under the null, unbounded when
 * k < 1. The tests are that interval inverted, so that `interval(a).lower > t` exactly when
 * `pAbove(t) <= a`: with c = #{V <= t}, V_(k) > t iff c + 1 <= N/2 - z s, so
 * pAbove(t) = Pr(Z >= (N/2 - c - 1) / s); symmetrically with #{V < t} for pBelow.
 */
export function orderStatisticEstimate(values: CountedValues, spread: number): Estimate {
  const n = values.size;
  const half = n / 2;
  const value =
    (orderStatistic(values, Math.floor((n + 1) / 2)) +
      orderStatistic(values, Math.floor(n / 2) + 1)) /
    2;
  const interval = (tail: number): Interval => {
    const k = Math.floor(half + normalQuantile(tail) * spread);
    return k < 1
      ? { lower: -Infinity, upper: Infinity }
      : { lower: orderStatistic(values, k), upper: orderStatistic(values, n + 1 - k) };
  };
  // One standard error: the half-width of the interval at one sigma, for sizing effects.
  const sigma = interval(normalSf(1));
  return {
    value,
    standardError: Number.isFinite(sigma.lower) ? (sigma.upper - sigma.lower) / 2 : Infinity,
    smallestPValue: 0,
    pAbove: (t) => normalSf((half - values.countAtMost(t) - 1) / spread),
    pBelow: (t) => normalSf((values.countBelow(t) - half - 1) / spread),
    interval,
  };
}

/**
 * The r-th smallest value (1-based), by bisection on the threshold: the smallest t with
 * #{V <= t} >= r is a value of the set. Bisection ends when no double lies between the ends.
 */
export function orderStatistic(values: CountedValues, r: number): number {
  let low = values.range.lower;
  let high = values.range.upper;
  if (values.countAtMost(low) >= r) return low;
  // Invariant: #{V <= low} < r <= #{V <= high}.
  for (;;) {
    const mid = low + (high - low) / 2;
    if (mid <= low || mid >= high) return high;
    if (values.countAtMost(mid) >= r) high = mid;
    else low = mid;
  }
}
