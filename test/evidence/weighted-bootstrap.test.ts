import { describe, expect, it } from "vitest";
import {
  binomialCdf,
  cellBootstrap,
  chiSquareGoodnessOfFit,
  fillMultinomialWeights,
  fillPoissonWeights,
  logGamma,
  sampleBinomial,
  SeededRandom,
  StatsInputError,
  weightedBootstrap,
  type WeightedBootstrapOptions,
  type WeightedStatistic,
} from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { weightedMean } from "./simulate.js";

/** Mean and variance (divisor n) of an array. */
function moments(values: ArrayLike<number>): { mean: number; variance: number } {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i]!;
  mean /= values.length;
  let variance = 0;
  for (let i = 0; i < values.length; i++) variance += (values[i]! - mean) ** 2;
  return { mean, variance: variance / values.length };
}

/**
 * Pearson's test of draws against a distribution's probabilities, pooling the tails until every
 * expected count is at least 5. The generator is seeded, so the p-value is fixed; a wrong
 * sampler gives a p-value far below 1e-3 at these sample sizes.
 */
function goodnessOfFit(draws: ArrayLike<number>, pmf: (k: number) => number, max: number): number {
  const observed: number[] = [];
  const expected: number[] = [];
  let pendingObserved = 0;
  let pendingExpected = 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < draws.length; i++) counts.set(draws[i]!, (counts.get(draws[i]!) ?? 0) + 1);
  for (let k = 0; k <= max; k++) {
    pendingObserved += counts.get(k) ?? 0;
    pendingExpected += pmf(k) * draws.length;
    if (pendingExpected >= 5) {
      observed.push(pendingObserved);
      expected.push(pendingExpected);
      pendingObserved = 0;
      pendingExpected = 0;
    }
  }
  observed[observed.length - 1]! += pendingObserved;
  expected[expected.length - 1]! += pendingExpected;
  // The pmf is summed to `max`, so the totals agree to rounding; rescale for chisquare's check.
  const scale = observed.reduce((a, b) => a + b, 0) / expected.reduce((a, b) => a + b, 0);
  return chiSquareGoodnessOfFit(
    observed,
    expected.map((e) => e * scale),
  ).pValue;
}

describe("Poisson and multinomial weights", () => {
  it("draws Poisson(1) counts: mean 1, variance 1, and Poisson's frequencies", () => {
    const weights = new Float64Array(200_000);
    fillPoissonWeights(new SeededRandom(1), weights);
    const { mean, variance } = moments(weights);
    // Standard errors 1/sqrt(n) = 0.0022 for the mean, sqrt(3/n) = 0.0039 for the variance.
    expect(Math.abs(mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    const pmf = (k: number) => Math.exp(-1 - logGamma(k + 1));
    expect(goodnessOfFit(weights, pmf, 12)).toBeGreaterThan(1e-3);
  });

  it("fills an odd-length buffer completely", () => {
    const weights = new Float64Array(7).fill(-1);
    fillPoissonWeights(new SeededRandom(3), weights);
    expect([...weights].every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
  });

  it("draws multinomial counts that always sum to n", () => {
    const weights = new Float64Array(1000);
    const rng = new SeededRandom(2);
    for (let r = 0; r < 5; r++) {
      fillMultinomialWeights(rng, weights);
      expect(weights.reduce((a, b) => a + b, 0)).toBe(1000);
    }
  });
});

describe("sampleBinomial", () => {
  it.each([
    [30, 0.2, "geometric waiting times"],
    [1000, 0.3, "BTRS"],
    [1_000_000, 0.0004, "BTRS, rare successes"],
    [60, 0.93, "the failures drawn instead"],
    [500, 0.5, "BTRS at one half"],
  ])("draws Binomial(%i, %f) with the right frequencies (%s)", (n, p) => {
    const rng = new SeededRandom(n);
    const draws = Array.from({ length: 20_000 }, () => sampleBinomial(rng, n, p));
    const pmf = (k: number) => binomialCdf(k, n, p) - binomialCdf(k - 1, n, p);
    const max = Math.min(n, Math.ceil(n * p + 10 * Math.sqrt(n * p * (1 - p)) + 10));
    expect(goodnessOfFit(draws, pmf, max)).toBeGreaterThan(1e-3);
    const { mean, variance } = moments(draws);
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / draws.length));
    expect(variance / (n * p * (1 - p))).toBeCloseTo(1, 1);
  });

  it("returns the sure outcomes without drawing", () => {
    const rng = new SeededRandom(0);
    expect(sampleBinomial(rng, 10, 0)).toBe(0);
    expect(sampleBinomial(rng, 10, 1)).toBe(10);
    expect(sampleBinomial(rng, 0, 0.5)).toBe(0);
  });

  it("refuses a NaN probability or a trial count that is not finite, rather than never returning", () => {
    const rng = new SeededRandom(0);
    expect(() => sampleBinomial(rng, 100, NaN)).toThrow(/^p: is NaN/);
    expect(() => sampleBinomial(rng, NaN, 0.3)).toThrow(StatsInputError);
    expect(() => sampleBinomial(rng, Infinity, 0.3)).toThrow(/trials: is Infinity/);
  }, 2_000);
});

describe("weightedBootstrap", () => {
  const random = seededRandom(9);
  const values = Float64Array.from({ length: 300 }, () => Math.exp(random()) + random());
  const { mean, variance } = moments(values);

  it.each(["multinomial", "poisson"] as const)(
    "resamples a mean around the mean with variance s^2 / n, the closed form (%s weights)",
    (weights) => {
      const resamples = 20_000;
      const boot = weightedBootstrap([weightedMean(values)], values.length, {
        resamples,
        seed: 4,
        weights,
      });
      const replicates = moments(boot.replicates[0]!);
      const exact = variance / values.length;
      // E*(mean*) = mean and Var*(mean*) = s^2 / n for the ordinary bootstrap; the Poisson
      // bootstrap's ratio mean agrees to 1 + O(1/n). Monte Carlo: the replicates' mean is off by
      // sqrt(exact / B) (5 of those allowed), their variance by sqrt(2 / B) = 1% (5% allowed).
      expect(Math.abs(replicates.mean - mean)).toBeLessThan(5 * Math.sqrt(exact / resamples));
      expect(replicates.variance / exact).toBeGreaterThan(0.95);
      expect(replicates.variance / exact).toBeLessThan(1.05);
      expect(boot.weights).toBe(weights);
      expect(boot.estimates[0]).toBeCloseTo(mean, 14);
    },
  );

  it("evaluates every statistic on the same weights, which is what pairs them", () => {
    const shifted = values.map((v) => v + 1);
    const boot = weightedBootstrap([weightedMean(values), weightedMean(shifted)], values.length, {
      resamples: 200,
    });
    const [a, b] = boot.replicates as [Float64Array, Float64Array];
    // The same resample of both columns: every difference is exactly the shift.
    for (let r = 0; r < 200; r++) expect(b[r]! - a[r]!).toBeCloseTo(1, 12);
  });

  it("evaluates the statistics in the order given, so that one may read the value before it", () => {
    // As a first model, on both sides of a gate, computes each draw's value once.
    const mean = weightedMean(values);
    let last = Number.NaN;
    const boot = weightedBootstrap([(w) => (last = mean(w)), () => last], values.length, {
      resamples: 200,
      seed: 5,
    });
    const alone = weightedBootstrap([mean], values.length, { resamples: 200, seed: 5 });
    expect(boot.estimates).toEqual([alone.estimates[0], alone.estimates[0]]);
    expect(boot.replicates).toEqual([alone.replicates[0], alone.replicates[0]]);
  });

  it("gives the same replicates for the same seed and different ones for another", () => {
    const run = (seed: number) =>
      weightedBootstrap([weightedMean(values)], values.length, { resamples: 100, seed })
        .replicates[0]!;
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it("uses multinomial counts below 10,000 examples and Poisson weights from there", () => {
    const constant: WeightedStatistic = () => 1;
    expect(weightedBootstrap([constant], 9_999, { resamples: 100 }).weights).toBe("multinomial");
    expect(weightedBootstrap([constant], 10_000, { resamples: 100 }).weights).toBe("poisson");
  });

  it("hands Poisson counts as bytes, a tenth of the memory a statistic reads, and products as doubles", () => {
    const kinds = (options: WeightedBootstrapOptions) => {
      const seen = new Set<string>();
      weightedBootstrap([(w) => (seen.add(w?.constructor.name ?? "none"), 1)], 10_000, {
        resamples: 100,
        ...options,
      });
      return [...seen];
    };
    expect(kinds({})).toEqual(["none", "Uint8Array"]);
    expect(kinds({ weights: "multinomial" })).toEqual(["none", "Float64Array"]);
    const own = new Float64Array(10_000).fill(2);
    expect(kinds({ exampleWeights: own })).toEqual(["Float64Array"]);
  });

  it("draws again the resamples on which a statistic is undefined, and counts them", () => {
    // A rate of one rare example: undefined (0 / 0) when the resample leaves it out.
    const rare = Float64Array.from({ length: 20 }, (_, i) => (i === 0 ? 1 : 0));
    const onlyRare: WeightedStatistic = (w) => (w === undefined ? 1 : w[0]! / w[0]!);
    const boot = weightedBootstrap([weightedMean(rare), onlyRare], 20, { resamples: 500 });
    // Pr(example 0 left out) = (19/20)^20 = 0.358: a resample takes 0.358 / 0.642 = 0.56 draws
    // too many on average, 279 in all, with a standard deviation of sqrt(500 * 0.87) = 21.
    expect(boot.redrawn).toBeGreaterThan(279 - 4 * 21);
    expect(boot.redrawn).toBeLessThan(279 + 4 * 21);
    expect(boot.undefinedResamples).toBe(0);
    // Every resample kept holds the rare example: the distribution given a defined statistic.
    expect(new Set(boot.replicates[1])).toEqual(new Set([1]));
    expect(boot.replicates[0]!.every((v) => v > 0)).toBe(true);
  });

  it("leaves a resample NaN where a statistic is infinite, or undefined on half the draws", () => {
    const infinite = weightedBootstrap([(w) => (w === undefined ? 1 : Infinity)], 20, {
      resamples: 100,
    });
    expect([infinite.redrawn, infinite.undefinedResamples]).toEqual([0, 100]);
    // Never defined on a resample: as many draws thrown away as resamples, then no more.
    const never = weightedBootstrap([(w) => (w === undefined ? 1 : NaN)], 20, { resamples: 100 });
    expect([never.redrawn, never.undefinedResamples]).toEqual([100, 100]);
    expect(never.replicates[0]!.every(Number.isNaN)).toBe(true);
  });

  it.each([300, 12_000])(
    "hands the statistics each draw's counts times the examples' own weights (%i examples)",
    (n) => {
      const own = Float64Array.from({ length: n }, (_, i) => 0.5 + (i % 7));
      const data = Float64Array.from({ length: n }, (_, i) => values[i % values.length]!);
      const mean = weightedMean(data);
      // The same bootstrap with the statistic weighing by the examples' weights itself.
      const product = new Float64Array(n);
      const weighing: WeightedStatistic = (w) => {
        for (let i = 0; i < n; i++) product[i] = (w === undefined ? 1 : w[i]!) * own[i]!;
        return mean(product);
      };
      const options = { resamples: 200, seed: 3 };
      const given = weightedBootstrap([mean], n, { ...options, exampleWeights: own });
      const made = weightedBootstrap([weighing], n, options);
      expect(given.estimates).toEqual(made.estimates);
      expect(given.replicates).toEqual(made.replicates);
      expect(given.estimates[0]).toBe(mean(own));
    },
  );

  it("refuses fewer than 100 resamples, no examples, and other than one own weight each", () => {
    expect(() => weightedBootstrap([() => 1], 10, { resamples: 50 })).toThrow(StatsInputError);
    expect(() => weightedBootstrap([() => 1], 0)).toThrow(/examples: is 0/);
    expect(() => weightedBootstrap([() => 1], 10, { exampleWeights: new Float64Array(9) })).toThrow(
      /exampleWeights: has 9 weights for 10 examples/,
    );
  });
});

describe("cellBootstrap", () => {
  it("is the ordinary bootstrap: it spreads an accuracy difference as resampling examples does", () => {
    // 2,000 pairs of right/wrong answers, as cells [both, champion only, challenger only, neither].
    const cells = [1500, 120, 160, 220];
    const examples = cells.reduce((a, b) => a + b, 0);
    const championRight = new Float64Array(examples);
    const challengerRight = new Float64Array(examples);
    let i = 0;
    cells.forEach((count, cell) => {
      for (let k = 0; k < count; k++, i++) {
        championRight[i] = cell === 0 || cell === 1 ? 1 : 0;
        challengerRight[i] = cell === 0 || cell === 2 ? 1 : 0;
      }
    });
    const resamples = 8000;
    const byCells = cellBootstrap(
      cells,
      [(n) => (n[0]! + n[2]! - n[0]! - n[1]!) / (n[0]! + n[1]! + n[2]! + n[3]!)],
      { resamples, seed: 1 },
    );
    const byExamples = weightedBootstrap(
      [(w) => weightedMean(challengerRight)(w) - weightedMean(championRight)(w)],
      examples,
      { resamples, seed: 2, weights: "multinomial" },
    );
    const a = moments(byCells.replicates[0]!);
    const b = moments(byExamples.replicates[0]!);
    // Both estimate the same bootstrap distribution; each variance is within sqrt(2 / B) = 1.6%.
    expect(a.variance / b.variance).toBeGreaterThan(0.92);
    expect(a.variance / b.variance).toBeLessThan(1.08);
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(5 * Math.sqrt(b.variance / resamples));
    // And the closed form of the paired difference's variance: (p12 + p21 - d^2) / n.
    const d = 40 / examples;
    expect(a.variance / ((280 / examples - d * d) / examples)).toBeCloseTo(1, 1);
  });

  it("keeps every resample's total at the number of examples", () => {
    const totals: number[] = [];
    cellBootstrap([3, 0, 1_000_000, 7], [(n) => (totals.push(n[0]! + n[1]! + n[2]! + n[3]!), 0)], {
      resamples: 100,
    });
    expect(new Set(totals)).toEqual(new Set([1_000_010]));
  });

  it("refuses counts that are not whole numbers, or all zero", () => {
    expect(() => cellBootstrap([1.5, 2], [() => 0])).toThrow(/counts: holds 1.5/);
    expect(() => cellBootstrap([0, 0], [() => 0])).toThrow(/counts: are all 0/);
  });
});
