import { mannWhitneyUTest } from "../stats/mann-whitney-u.js";
import { normalSf } from "../stats/normal-distribution.js";
import { StatsInputError } from "../stats/stats-input-error.js";
import { sortedMedian } from "../stats/sorted-median.js";
import { normalEstimate } from "./estimate.js";
import { orderStatisticEstimate, type CountedValues } from "./order-statistic-estimate.js";
import type { ComparisonEvidence } from "./paired-evidence.js";
import { proportionEstimate } from "./paired-proportions.js";
import { DEFAULT_ROLES, type Roles } from "./reason.js";

/** Finite values, sorted ascending; anything else is refused. */
function sortedSample(argument: string, sample: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(sample);
  sorted.forEach((v, i) => {
    if (!Number.isFinite(v))
      throw new StatsInputError(argument, `holds ${v} at index ${i}`, "pass finite numbers");
  });
  return sorted.sort();
}

/**
 * The n m differences x_i - y_j of two sorted samples, counted in O(n + m) per threshold: as x_i
 * grows, the first y_j with x_i - y_j <= t can only move right (rounding is monotone, overflow
 * to -Infinity or Infinity included).
 */
function pairwiseDifferences(x: Float64Array, y: Float64Array): CountedValues {
  const count = (t: number, atMost: boolean) => {
    let total = 0;
    let j = 0;
    for (const xi of x) {
      while (j < y.length && (atMost ? xi - y[j]! > t : xi - y[j]! >= t)) j++;
      total += y.length - j;
    }
    return total;
  };
  return {
    size: x.length * y.length,
    countAtMost: (t) => count(t, true),
    countBelow: (t) => count(t, false),
    range: { lower: x[0]! - y[y.length - 1]!, upper: x[x.length - 1]! - y[0]! },
  };
}

/** One sorted sample, counted by binary search. */
function sampleValues(x: Float64Array): CountedValues {
  const count = (t: number, atMost: boolean) => {
    let low = 0;
    let high = x.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (atMost ? x[mid]! <= t : x[mid]! < t) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    size: x.length,
    countAtMost: (t) => count(t, true),
    countBelow: (t) => count(t, false),
    range: { lower: x[0]!, upper: x[x.length - 1]! },
  };
}

/**
 * Two independent samples of a measurement (a canary's latencies and its baseline's): the
 * challenger's median with its distribution-free interval, and the shift challenger - champion
 * as the Hodges-Lehmann estimate with the interval that inverts the Mann-Whitney test (Hollander,
 * Wolfe & Chicken, 4.3), its tests consistent with the interval. `examples` is the smaller sample.
 */
export function rankShiftEvidence(
  champion: ArrayLike<number>,
  challenger: ArrayLike<number>,
  roles: Roles = DEFAULT_ROLES,
): ComparisonEvidence {
  const y = sortedSample("champion", champion);
  const x = sortedSample("challenger", challenger);
  const examples = Math.min(x.length, y.length);
  if (examples === 0) {
    const empty = [
      x.length === 0 && `the ${roles.challenger}`,
      y.length === 0 && `the ${roles.champion}`,
    ];
    return {
      method: "mann-whitney",
      examples,
      champion: y.length === 0 ? null : sortedMedian(y),
      challenger: x.length === 0 ? null : sortedMedian(x),
      insufficient: `no values from ${empty.filter(Boolean).join(" or ")}`,
    };
  }
  const n = x.length;
  const m = y.length;
  const delta = orderStatisticEstimate(
    pairwiseDifferences(x, y),
    Math.sqrt((n * m * (n + m + 1)) / 12),
  );
  if (!Number.isFinite(delta.value)) {
    return {
      method: "mann-whitney",
      examples,
      champion: sortedMedian(y),
      challenger: sortedMedian(x),
      insufficient: pastDouble(roles),
    };
  }
  return {
    method: "mann-whitney",
    examples,
    champion: sortedMedian(y),
    challenger: orderStatisticEstimate(sampleValues(x), Math.sqrt(n) / 2),
    delta,
    noDifferencePValue: mannWhitneyUTest(x, y).pValue,
  };
}

/**
 * Why no shift can be estimated when the middle differences of the two samples overflow, as
 * values of opposite signs near the largest double do. A larger unit brings them into range.
 */
function pastDouble({ challenger, champion }: Roles): string {
  return `the differences between the ${challenger}'s values and the ${champion}'s are past the range of a double (beyond ±1.8e308), so no shift can be estimated: report the metric in a larger unit`;
}

/** Events of which some failed (requests and their errors). */
export interface Counts {
  readonly failures: number;
  readonly total: number;
}

/**
 * Two independent proportions (a canary's error rate and its baseline's): the challenger's with
 * Wilson's score test and interval, the difference challenger - champion with Agresti and
 * Caffo's interval (one failure and one success added to each group, then Wald's), which keeps
 * its coverage near the nominal level for rare events where Wald's collapses at zero failures.
 * The test of no difference is the pooled two-proportion z test.
 */
export function proportionDifferenceEvidence(
  champion: Counts,
  challenger: Counts,
  roles: Roles = DEFAULT_ROLES,
): ComparisonEvidence {
  checkCounts("champion", champion);
  checkCounts("challenger", challenger);
  const examples = Math.min(champion.total, challenger.total);
  const rate = (c: Counts) => (c.total === 0 ? null : c.failures / c.total);
  if (examples === 0) {
    return {
      method: "two-proportion",
      examples,
      champion: rate(champion),
      challenger: rate(challenger),
      insufficient: `no events from the ${champion.total === 0 ? roles.champion : roles.challenger}`,
    };
  }
  const adjusted = (c: Counts) => (c.failures + 1) / (c.total + 2);
  const [p1, p2] = [adjusted(challenger), adjusted(champion)];
  // Each group's spread as a square root of its own, joined by hypot: past some 1e162 events
  // a group's variance, p(1 - p) / n, is below the least double and read as 0.
  const spread = (p: number, c: Counts) => Math.sqrt(p * (1 - p)) / Math.sqrt(c.total + 2);
  const se = Math.hypot(spread(p1, challenger), spread(p2, champion));
  const raw = rate(challenger)! - rate(champion)!;
  const pooled = (champion.failures + challenger.failures) / (champion.total + challenger.total);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / champion.total + 1 / challenger.total));
  return {
    method: "two-proportion",
    examples,
    champion: rate(champion)!,
    challenger: proportionEstimate(challenger.failures, challenger.total),
    delta: { ...normalEstimate(p1 - p2, se, { lower: -1, upper: 1 }), value: raw },
    noDifferencePValue: pooledSe === 0 ? 1 : Math.min(1, 2 * normalSf(Math.abs(raw) / pooledSe)),
  };
}

function checkCounts(argument: string, counts: Counts): void {
  const { failures, total } = counts;
  if (
    !Number.isInteger(total) ||
    total < 0 ||
    !Number.isInteger(failures) ||
    failures < 0 ||
    failures > total
  )
    throw new StatsInputError(
      argument,
      `has ${String(failures)} failures of ${String(total)}`,
      "pass whole numbers with failures at most total",
    );
}
