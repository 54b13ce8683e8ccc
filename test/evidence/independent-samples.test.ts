import { describe, expect, it } from "vitest";
import {
  judgeEvidence,
  mannWhitneyU,
  normalCdf,
  normalQuantile,
  orderStatistic,
  proportionDifferenceEvidence,
  rankShiftEvidence,
  StatsInputError,
  type ComparisonEvidence,
  type CountedValues,
  type Estimate,
  type PairedEvidence,
} from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { normalDraws } from "./simulate.js";

function judged(evidence: ComparisonEvidence): PairedEvidence {
  if (evidence.insufficient !== undefined) throw new Error(evidence.insufficient);
  return evidence;
}

/** n latencies around `center`, rounded to `step` so that ties occur when the step is coarse. */
function latencies(n: number, center: number, seed: number, step = 1e-9): number[] {
  const draw = normalDraws(seed);
  return Array.from({ length: n }, () => Math.round((center + 10 * draw()) / step) * step);
}

/** Every value of the multiset, the midpoints between neighbours, and a value beyond each end. */
function probesAround(values: number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const mids = sorted.slice(1).map((v, i) => (v + sorted[i]!) / 2);
  return [sorted[0]! - 1, ...sorted, ...mids, sorted.at(-1)! + 1];
}

/**
 * The promise of every Estimate: `interval(a).lower > t` exactly when `pAbove(t) <= a`, and
 * `interval(a).upper < t` exactly when `pBelow(t) <= a`, at every probed threshold.
 */
function expectTestsAgreeWithIntervals(estimate: Estimate, probes: number[]): void {
  for (const tail of [0.001, 0.005, 0.025, 0.1]) {
    const { lower, upper } = estimate.interval(tail);
    const disagreements = probes.filter(
      (t) => lower > t !== estimate.pAbove(t) <= tail || upper < t !== estimate.pBelow(t) <= tail,
    );
    expect(disagreements, `tail ${tail}`).toEqual([]);
  }
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

const differences = (x: number[], y: number[]) => x.flatMap((xi) => y.map((yj) => xi - yj));

const samplePairs = {
  "continuous, equal sizes": [latencies(40, 100, 1), latencies(40, 104, 2)],
  "ties from coarse rounding": [latencies(25, 100, 3, 5), latencies(30, 100, 4, 5)],
  "unequal sizes": [latencies(90, 100, 5), latencies(7, 95, 6)],
  "every value tied": [Array(12).fill(50), Array(9).fill(50)],
} as const;

describe("rankShiftEvidence: the canary's shift from its baseline", () => {
  for (const [name, [baseline, canary]] of Object.entries(samplePairs)) {
    it(`is mannWhitneyU's Hodges-Lehmann shift and interval (${name})`, () => {
      const evidence = judged(rankShiftEvidence(baseline, canary));
      for (const level of [0.9, 0.95, 0.99]) {
        const reference = mannWhitneyU(canary, baseline, { confidenceLevel: level });
        const interval = evidence.delta.interval((1 - level) / 2);
        expect(evidence.delta.value).toBeCloseTo(reference.shift, 12);
        expect(interval.lower).toBeCloseTo(reference.shiftInterval[0], 12);
        expect(interval.upper).toBeCloseTo(reference.shiftInterval[1], 12);
      }
      expect(evidence.noDifferencePValue).toBeCloseTo(mannWhitneyU(canary, baseline).pValue, 12);
      expect(evidence.examples).toBe(Math.min(baseline.length, canary.length));
    });

    it(`has tests that agree with its intervals (${name})`, () => {
      const evidence = judged(rankShiftEvidence(baseline, canary));
      expectTestsAgreeWithIntervals(evidence.delta, probesAround(differences(canary, baseline)));
      expectTestsAgreeWithIntervals(evidence.challenger, probesAround(canary));
    });
  }

  it("from a single canary value, has mannWhitneyU's shift and an unbounded interval where mannWhitneyU clips to the range", () => {
    // With n = 1 the order statistic k = floor(m/2 - z sqrt(m (m + 2) / 12)) is below 1 at any
    // usual level: no pair of differences brackets the shift with that confidence.
    const baseline = latencies(9, 100, 7);
    const evidence = judged(rankShiftEvidence(baseline, [103]));
    const reference = mannWhitneyU([103], baseline);
    expect(evidence.delta.value).toBeCloseTo(reference.shift, 12);
    expect(evidence.delta.interval(0.025)).toEqual({ lower: -Infinity, upper: Infinity });
    expect(reference.shiftInterval).toEqual([
      Math.min(...differences([103], baseline)),
      Math.max(...differences([103], baseline)),
    ]);
    expectTestsAgreeWithIntervals(evidence.delta, probesAround(differences([103], baseline)));
  });

  it("gives the canary's median with the distribution-free interval between order statistics", () => {
    // k = floor(n/2 - z sqrt(n)/2): for n = 100 at 95%, floor(50 - 1.96 * 5) = 40, so the
    // interval runs from the 40th to the 61st smallest value.
    const canary = Array.from({ length: 100 }, (_, i) => 100 - i);
    const { challenger, champion } = judged(rankShiftEvidence([1, 2, 3], canary));
    expect(challenger.value).toBe(50.5);
    expect(champion).toBe(2);
    expect(challenger.interval(0.025)).toEqual({ lower: 40, upper: 61 });
    const z = -normalQuantile(0.005);
    const k = Math.floor(50 - (z * Math.sqrt(100)) / 2);
    expect(challenger.interval(0.005)).toEqual({ lower: k, upper: 101 - k });
  });

  it("covers the true median as often as its order statistics promise (2000 seeded samples, within 1.5 points)", () => {
    // The median lies in [X_(k), X_(n+1-k)] exactly when k <= #{X <= median} <= n - k, a
    // Binomial(n, 1/2) count: for n = 50, k = 18, so the coverage is 96.7%, not quite 95%.
    const n = 50;
    const k = Math.floor(n / 2 + (normalQuantile(0.025) * Math.sqrt(n)) / 2);
    let promised = 0;
    for (let b = k, choose = binomial(n, k); b <= n - k; choose = (choose * (n - b)) / (b + 1), b++)
      promised += choose / 2 ** n;
    const random = seededRandom(11);
    let covered = 0;
    const draws = 2000;
    for (let d = 0; d < draws; d++) {
      // Exponential latencies, whose median is ln 2.
      const sample = Array.from({ length: n }, () => -Math.log(1 - random()));
      const { lower, upper } = judged(rankShiftEvidence([0], sample)).challenger.interval(0.025);
      if (lower <= Math.LN2 && Math.LN2 <= upper) covered++;
    }
    expect(promised).toBeGreaterThan(0.95);
    expect(Math.abs(covered / draws - promised)).toBeLessThan(0.015);
  });

  it("is insufficient, with the empty side named, when a variant gave no values", () => {
    const roles = { challenger: "canary", champion: "baseline", example: "point" };
    expect(rankShiftEvidence([1, 2, 3], [], roles)).toEqual({
      method: "mann-whitney",
      examples: 0,
      champion: 2,
      challenger: null,
      insufficient: "no values from the canary",
    });
    expect(rankShiftEvidence([], [], roles).insufficient).toBe(
      "no values from the canary or the baseline",
    );
  });

  it("refuses values that are not finite numbers, naming the side and the index", () => {
    expect(() => rankShiftEvidence([1, NaN], [2])).toThrow(StatsInputError);
    expect(() => rankShiftEvidence([1], [2, Infinity])).toThrow(/challenger.*index 1/);
  });
});

/**
 * A sorted multiset counted directly, with the given ends, that refuses a 100th count: a search
 * that would never end fails instead, which a timeout cannot make a synchronous loop do.
 */
function countedOnce(sorted: number[], range: { lower: number; upper: number }) {
  let counts = 0;
  const count = (keep: (v: number) => boolean) => {
    if (++counts >= 100) throw new Error("counted 100 times: the search does not end");
    return sorted.filter(keep).length;
  };
  const values: CountedValues = {
    size: sorted.length,
    countAtMost: (t) => count((v) => v <= t),
    countBelow: (t) => count((v) => v < t),
    range,
  };
  return { values, counts: () => counts };
}

describe("orderStatistic", () => {
  it("finds each value within 65 counts, whatever the ends, infinite ones included", () => {
    // Bisecting the values from an infinite end gives NaN; across the whole range of doubles
    // it takes about 2,000 steps.
    const sorted = [-Infinity, -1e308, -1, 0, 5e-324, 1, 1e308, Infinity];
    for (const [r, expected] of sorted.entries()) {
      const { values, counts } = countedOnce(sorted, { lower: -Infinity, upper: Infinity });
      expect(orderStatistic(values, r + 1)).toBe(expected);
      expect(counts()).toBeLessThanOrEqual(65);
    }
  }, 2_000);

  it("ends even where the ends are NaN", () => {
    const { values } = countedOnce([1, 2, 3], { lower: NaN, upper: NaN });
    expect(() => orderStatistic(values, 2)).not.toThrow();
  }, 2_000);
});

// Each test has a short timeout: the search for an order statistic once never ended here.
describe("rankShiftEvidence: values near the largest double, whose differences overflow", () => {
  const roles = { challenger: "canary", champion: "baseline", example: "point" };

  it("is insufficient, and judged inconclusive, saying the shift is past the range of a double, when the middle differences overflow", () => {
    // Half the differences are -1e308 - 1e308, which is -Infinity as a double.
    const baseline = Array<number>(50).fill(1e308);
    const canary = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 1e308 : -1e308));
    const why =
      "the differences between the canary's values and the baseline's are past the range of a double (beyond ±1.8e308), so no shift can be estimated: report the metric in a larger unit";
    const evidence = rankShiftEvidence(baseline, canary, roles);
    expect(evidence).toEqual({
      method: "mann-whitney",
      examples: 50,
      champion: 1e308,
      challenger: 0,
      insufficient: why,
    });
    const comparison = { test: "non-inferiority", margin: { relative: 0.25 } } as const;
    const judgement = judgeEvidence([
      { metric: "big", direction: "lower", comparison, evidence, roles },
    ]);
    expect(judgement.verdict).toBe("inconclusive");
    expect(judgement.rows[0]!.reason).toBe(`${why}; counted as inconclusive (on-insufficient)`);
  }, 2_000);

  it("finds each order statistic of the differences, -Infinity for the one that overflowed, when only the extremes overflow", () => {
    const baseline = [...latencies(20, 100, 8), 1e308];
    const canary = [...latencies(20, 104, 9), -1e308];
    const sorted = differences(canary, baseline).sort((a, b) => a - b);
    expect(sorted.slice(0, 2)).toEqual([-Infinity, -1e308]);
    const size = sorted.length;
    const spread = Math.sqrt((21 * 21 * 43) / 12);
    // The tail at which the interval runs from the k-th smallest difference to the k-th largest.
    const tailFor = (k: number) => normalCdf((k + 0.5 - size / 2) / spread);
    const { delta } = judged(rankShiftEvidence(baseline, canary));
    for (const k of [1, 2, 41, 42, 100]) {
      expect(delta.interval(tailFor(k)), `k = ${k}`).toEqual({
        lower: sorted[k - 1],
        upper: sorted[size - k],
      });
    }
    expect(delta.value).toBe(sorted[(size - 1) / 2]);
    expectTestsAgreeWithIntervals(delta, probesAround(sorted));
  }, 2_000);

  it("keeps the medians of values above half the largest double finite", () => {
    const { champion, challenger } = judged(
      rankShiftEvidence([1.5e308, 1.7e308], [1.2e308, 1.75e308]),
    );
    // Within 5e295, 13 significant digits.
    expect(champion).toBeCloseTo(1.6e308, -296);
    expect(challenger.value).toBeCloseTo(1.475e308, -296);
  }, 2_000);
});

describe("proportionDifferenceEvidence: the canary's error rate against its baseline's", () => {
  // Reference values from statsmodels 0.13.5: confint_proportions_2indep(30, 1000, 10, 1000,
  // method="agresti-caffo"), proportion_confint(30, 1000, method="wilson") and
  // proportions_ztest([30, 10], [1000, 1000]).
  const evidence = judged(
    proportionDifferenceEvidence({ failures: 10, total: 1000 }, { failures: 30, total: 1000 }),
  );

  it("gives the rates, their difference and Agresti and Caffo's interval", () => {
    expect(evidence.method).toBe("two-proportion");
    expect(evidence.examples).toBe(1000);
    expect(evidence.champion).toBe(0.01);
    expect(evidence.challenger.value).toBe(0.03);
    expect(evidence.delta.value).toBeCloseTo(0.02, 15);
    const interval = evidence.delta.interval(0.025);
    expect(interval.lower).toBeCloseTo(0.007447437544797994, 12);
    expect(interval.upper).toBeCloseTo(0.03247272213584073, 12);
  });

  it("gives the canary's own rate with Wilson's interval, and the pooled test of no difference", () => {
    const wilson = evidence.challenger.interval(0.025);
    expect(wilson.lower).toBeCloseTo(0.021093738828834696, 9);
    expect(wilson.upper).toBeCloseTo(0.042503414147587126, 9);
    expect(evidence.noDifferencePValue).toBeCloseTo(0.0014013015809602137, 9);
  });

  it("has tests that agree with its intervals", () => {
    const probes = Array.from({ length: 801 }, (_, i) => -0.04 + i * 1e-4);
    expectTestsAgreeWithIntervals(evidence.delta, probes);
  });

  it("with no failure on either side, still has an interval of nonzero width", () => {
    // Wald's interval would be [0, 0] here, and would pass any margin on no evidence.
    const none = judged(
      proportionDifferenceEvidence({ failures: 0, total: 500 }, { failures: 0, total: 500 }),
    );
    const { lower, upper } = none.delta.interval(0.025);
    expect(none.delta.value).toBe(0);
    expect(lower).toBeCloseTo(-0.005516026908077972, 12);
    expect(upper).toBeCloseTo(0.005516026908077972, 12);
    expect(none.noDifferencePValue).toBe(1);
  });

  it("keeps its width past some 1e162 requests a side, where each side's variance is below the least double", () => {
    const n = 1e200;
    const none = judged(
      proportionDifferenceEvidence({ failures: 0, total: n }, { failures: 0, total: n }),
    );
    const { lower, upper } = none.delta.interval(0.025);
    // Each side's spread is √(p(1 - p)/(n + 2)) with p = 1/(n + 2): nearly 1/(n + 2), so the
    // interval is ±z·√2/(n + 2) (z = 1.959963984540054).
    const half = (1.959963984540054 * Math.SQRT2) / (n + 2);
    expect(upper / half).toBeCloseTo(1, 12);
    expect(lower / half).toBeCloseTo(-1, 12);
  });

  /** How often the 95% interval of the difference held the truth, over 2000 seeded draws. */
  function coverage(baseRate: number, canaryRate: number, n: number): number {
    const random = seededRandom(17);
    const failures = (p: number) => {
      let count = 0;
      for (let i = 0; i < n; i++) if (random() < p) count++;
      return count;
    };
    let covered = 0;
    const draws = 2000;
    for (let d = 0; d < draws; d++) {
      const result = judged(
        proportionDifferenceEvidence(
          { failures: failures(baseRate), total: n },
          { failures: failures(canaryRate), total: n },
        ),
      );
      const { lower, upper } = result.delta.interval(0.025);
      if (lower <= canaryRate - baseRate && canaryRate - baseRate <= upper) covered++;
    }
    return covered / draws;
  }

  it("covers the true difference near its nominal level (1% against 2% over 500 requests: within 2.5 points)", () => {
    // The simulation's own standard error is 0.5 points; the method is a little conservative at
    // rates this small (96.6% with this seed).
    expect(Math.abs(coverage(0.01, 0.02, 500) - 0.95)).toBeLessThan(0.025);
    expect(Math.abs(coverage(0.005, 0.01, 2000) - 0.95)).toBeLessThan(0.025);
  });

  it("does not fall below its nominal level for rare errors, where Wald's collapses (0.2% each over 1000 requests)", () => {
    // With about two failures a side, the added events make it conservative (99.3% here).
    expect(coverage(0.002, 0.002, 1000)).toBeGreaterThan(0.94);
  });

  it("is insufficient, naming the side without events, when a variant served no requests", () => {
    const roles = { challenger: "canary", champion: "baseline", example: "request" };
    expect(
      proportionDifferenceEvidence({ failures: 0, total: 0 }, { failures: 1, total: 50 }, roles),
    ).toEqual({
      method: "two-proportion",
      examples: 0,
      champion: null,
      challenger: 0.02,
      insufficient: "no events from the baseline",
    });
    expect(
      proportionDifferenceEvidence({ failures: 1, total: 50 }, { failures: 0, total: 0 }, roles)
        .insufficient,
    ).toBe("no events from the canary");
  });

  it("refuses counts that are not whole numbers with failures at most the total", () => {
    expect(() =>
      proportionDifferenceEvidence({ failures: 3, total: 2 }, { failures: 0, total: 1 }),
    ).toThrow(/champion.*3 failures of 2/);
    expect(() =>
      proportionDifferenceEvidence({ failures: 0, total: 1 }, { failures: 0.5, total: 1 }),
    ).toThrow(StatsInputError);
  });
});
