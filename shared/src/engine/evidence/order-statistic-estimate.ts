import { normalQuantile, normalSf } from "../stats/normal-distribution.js";
import { midpoint } from "../stats/sorted-median.js";
import type { Estimate, Interval } from "./estimate.js";

/**
 * A sorted multiset known only through counting: how many of its N values lie at or below a
 * threshold, and below it. The pairwise differences of two samples are one, without making them.
 */
export interface CountedValues {
  readonly size: number;
  countAtMost(t: number): number;
  countBelow(t: number): number;
  /** The smallest and largest value: -Infinity or Infinity where a value overflowed. */
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
  const value = midpoint(
    orderStatistic(values, Math.floor((n + 1) / 2)),
    orderStatistic(values, Math.floor(n / 2) + 1),
  );
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
 * #{V <= t} >= r is a value of the set. The bisection runs over the doubles in order (their
 * `orderKey`), not over their values: each step halves the doubles left between the ends, so it
 * ends within 64 steps whatever the ends are, infinite ones included, where halving the values
 * would take some 2,000 steps across the whole range and never end from an infinite end.
 */
export function orderStatistic(values: CountedValues, r: number): number {
  if (values.countAtMost(values.range.lower) >= r) return values.range.lower;
  let low = orderKey(values.range.lower);
  let high = orderKey(values.range.upper);
  // Invariant: #{V <= low} < r <= #{V <= high}.
  while (high - low > 1n) {
    const mid = (low + high) >> 1n;
    if (values.countAtMost(fromOrderKey(mid)) >= r) high = mid;
    else low = mid;
  }
  return fromOrderKey(high);
}

const bits = new Float64Array(1);
const bitsAsInteger = new BigInt64Array(bits.buffer);
const SIGN = -(1n << 63n);

/**
 * A double's place in the order of all doubles, as an integer: its bits read as one for a
 * positive double, negated magnitude bits for a negative one (-0 and +0 both 0). Next doubles
 * have next keys, and -Infinity and Infinity lie at the ends.
 */
function orderKey(x: number): bigint {
  bits[0] = x;
  const key = bitsAsInteger[0]!;
  return key < 0n ? -(key & ~SIGN) : key;
}

function fromOrderKey(key: bigint): number {
  bitsAsInteger[0] = key < 0n ? -key | SIGN : key;
  return bits[0]!;
}
