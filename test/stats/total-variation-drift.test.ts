import { describe, expect, it } from "vitest";
import {
  chiSquareGoodnessOfFit,
  logGamma,
  sampleHypergeometric,
  SeededRandom,
  StatsInputError,
  totalVariationDrift,
} from "@mlops/shared";

/** P(X = k) of Hypergeometric(total, marked, draws), for k from 0 to draws. */
function hypergeometricPmf(total: number, marked: number, draws: number): number[] {
  const logChoose = (n: number, k: number) =>
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  return Array.from({ length: draws + 1 }, (_, k) =>
    k > marked || draws - k > total - marked
      ? 0
      : Math.exp(
          logChoose(marked, k) + logChoose(total - marked, draws - k) - logChoose(total, draws),
        ),
  );
}

describe("sampleHypergeometric", () => {
  it.each([
    [50, 10, 20, "ten marked items, followed one by one"],
    [50, 30, 8, "eight draws, followed one by one"],
    [200, 60, 80, "inverted from the mode"],
    [200, 150, 120, "inverted from the mode, most items marked"],
    [40, 25, 30, "a support cut at both ends"],
  ])(
    "draws Hypergeometric(%i, %i, %i) (%s): 20,000 draws pass a chi-square fit at 1e-4",
    (total, marked, draws) => {
      const rng = new SeededRandom(7);
      const pmf = hypergeometricPmf(total, marked, draws);
      const seen = new Array<number>(pmf.length).fill(0);
      const n = 20000;
      for (let i = 0; i < n; i++) seen[sampleHypergeometric(rng, total, marked, draws)]!++;
      // Cells expecting fewer than 5 draws are pooled into one, as a chi-square fit asks.
      const kept = pmf.flatMap((p, k) => (p * n >= 5 ? [k] : []));
      const rest = (values: number[]) =>
        values.reduce((s, v, k) => (kept.includes(k) ? s : s + v), 0);
      const tail = rest(pmf) * n > 0;
      const observed = [...kept.map((k) => seen[k]!), ...(tail ? [rest(seen)] : [])];
      const expected = [...kept.map((k) => pmf[k]! * n), ...(tail ? [rest(pmf) * n] : [])];
      const fit = chiSquareGoodnessOfFit(observed, expected);
      expect(fit.pValue).toBeGreaterThan(1e-4);
    },
  );

  it("has the law's mean and variance on a million items, within four standard errors", () => {
    const [total, marked, draws] = [1_000_000, 300_000, 500_000];
    const rng = new SeededRandom(11);
    const n = 20000;
    const x = Array.from({ length: n }, () => sampleHypergeometric(rng, total, marked, draws));
    const mean = x.reduce((s, v) => s + v, 0) / n;
    const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
    const share = marked / total;
    const lawVariance = (draws * share * (1 - share) * (total - draws)) / (total - 1);
    expect(Math.abs(mean - draws * share)).toBeLessThan(4 * Math.sqrt(lawVariance / n));
    // The sample variance's standard error is about variance * sqrt(2 / n).
    expect(Math.abs(variance / lawVariance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it("gives the only possible count where there is one", () => {
    const rng = new SeededRandom(1);
    expect(sampleHypergeometric(rng, 30, 0, 10)).toBe(0);
    expect(sampleHypergeometric(rng, 30, 30, 10)).toBe(10);
    expect(sampleHypergeometric(rng, 30, 25, 0)).toBe(0);
    expect(sampleHypergeometric(rng, 30, 25, 28)).toBeGreaterThanOrEqual(23);
  });
});

describe("totalVariationDrift", () => {
  const reference = { a: 120, b: 60, c: 20 };
  const current = { a: 90, b: 80, c: 30 };

  it("gives the same p-value for the same seed, every time", () => {
    const first = totalVariationDrift(reference, current);
    const again = totalVariationDrift(reference, current);
    expect(again).toEqual(first);
    expect(totalVariationDrift(reference, current, { seed: 5 })).toEqual(
      totalVariationDrift(reference, current, { seed: 5 }),
    );
  });

  it("depends on the counts, not on the order the categories come in", () => {
    const shuffled = new Map([
      ["c", 20],
      ["a", 120],
      ["b", 60],
    ]);
    const later = new Map([
      ["b", 80],
      ["c", 30],
      ["a", 90],
    ]);
    expect(totalVariationDrift(shuffled, later)).toEqual(totalVariationDrift(reference, current));
  });

  it("counts a split whose distance equals the observed one, in whole numbers", () => {
    // Two categories of equal size on each side: every split is at least as far as this one.
    const res = totalVariationDrift({ a: 5, b: 5 }, { a: 5, b: 5 });
    expect(res).toEqual({ statistic: 0, pValue: 1, permutations: 1000 });
  });

  it("takes another number of permutations", () => {
    expect(totalVariationDrift(reference, current, { permutations: 50 }).permutations).toBe(50);
  });

  it("refuses shares, and a number of permutations that is not a whole number of at least 1", () => {
    expect(() => totalVariationDrift({ a: 0.5, b: 0.5 }, { a: 1, b: 1 })).toThrow(
      "referenceCounts: count for 'a' is 0.5, not a whole number",
    );
    expect(() => totalVariationDrift(reference, current, { permutations: 0 })).toThrow(
      StatsInputError,
    );
    expect(() => totalVariationDrift(reference, current, { permutations: 2.5 })).toThrow(
      /permutations: is 2.5/,
    );
  });
});
