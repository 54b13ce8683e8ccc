import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adjustPValues,
  andersonDarlingTwoSample,
  chiSquareContingency,
  chiSquareDrift,
  cramerVonMisesTwoSample,
  delongAuc,
  energyDistance,
  energyDistanceOfWalk,
  delongTest,
  jensenShannon,
  jensenShannonDrift,
  ksTwoSample,
  ksTwoSampleOfWalk,
  mannWhitneyU,
  mcnemar,
  pairedBootstrap,
  psi,
  sortSample,
  asSortedSample,
  StatsInputError,
  totalVariationDrift,
  twoProportionZTest,
  walkEcdfs,
  wasserstein,
  wassersteinNormed,
  wassersteinNormedOfWalk,
  wilsonInterval,
  type SortedSample,
} from "@mlops/shared";

const RUNS = { numRuns: 60, seed: 42 };
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const sample = fc.array(value, { minLength: 1, maxLength: 40 });
const tiedSample = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 });
const anySample = fc.oneof(sample, tiedSample);
const alternative = fc.constantFrom("two-sided" as const, "less" as const, "greater" as const);
const countTable = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), fc.nat({ max: 50 }), {
  minKeys: 1,
});

/** JSON.stringify writes NaN and Infinity as null: finding none proves every number finite. */
function expectAllFinite(result: unknown) {
  expect(JSON.stringify(result)).not.toContain("null");
}

/** The distinct pooled values ascending, and F_x - F_y at each: the definitions, by counting. */
function ecdfsAtPooledValues(x: number[], y: number[]) {
  const pooled = [...new Set([...x, ...y])].sort((a, b) => a - b);
  const share = (values: number[], v: number) =>
    values.filter((u) => u <= v).length / values.length;
  return { pooled, gaps: pooled.map((v) => share(x, v) - share(y, v)) };
}

function expectProbability(p: number) {
  expect(p).toBeGreaterThanOrEqual(0);
  expect(p).toBeLessThanOrEqual(1);
}

describe("ksTwoSample", () => {
  it("returns a statistic and p-value in [0, 1] for any samples, ties included", () => {
    fc.assert(
      fc.property(anySample, anySample, alternative, (x, y, alt) => {
        const res = ksTwoSample(x, y, { alternative: alt });
        expectProbability(res.statistic);
        expectProbability(res.pValue);
        expectAllFinite(res);
      }),
      RUNS,
    );
  });

  it("is symmetric in x and y for the two-sided alternative", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        const a = ksTwoSample(x, y);
        const b = ksTwoSample(y, x);
        expect(b.statistic).toBe(a.statistic);
        expect(b.pValue).toBeCloseTo(a.pValue, 12);
      }),
      RUNS,
    );
  });

  it("swaps 'less' and 'greater' when the samples are swapped", () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        expect(ksTwoSample(x, y, { alternative: "less" }).statistic).toBe(
          ksTwoSample(y, x, { alternative: "greater" }).statistic,
        );
      }),
      RUNS,
    );
  });

  it("finds the largest gap of the two ECDFs at every pooled value, ties and early ends included", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        const { gaps } = ecdfsAtPooledValues(x, y);
        const largest = Math.max(...gaps.map(Math.abs));
        expect(Math.abs(ksTwoSample(x, y).statistic - largest)).toBeLessThanOrEqual(1e-15);
      }),
      RUNS,
    );
  });

  it("computes the exact p-value for 10,000 values per sample (its speed is in npm run bench:data)", () => {
    const x = Float64Array.from({ length: 10000 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
    const y = Float64Array.from(
      { length: 9999 },
      (_, i) => Math.sin(i * 78.233) * 43758.5453 + 900,
    );
    const res = ksTwoSample(x, y);
    expect(res.method).toBe("exact");
    expectProbability(res.pValue);
  });
});

describe("distances", () => {
  it("wasserstein is symmetric, non-negative and zero for identical samples", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        const d = wasserstein(x, y);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(wasserstein(y, x)).toBeCloseTo(d, 6);
        expect(wasserstein(x, x)).toBe(0);
        expectAllFinite(wassersteinNormed(x, y));
      }),
      RUNS,
    );
  });

  it("wasserstein is the integral of the ECDFs' gap between pooled values, ties included", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        const { pooled, gaps } = ecdfsAtPooledValues(x, y);
        let integral = 0;
        for (let k = 0; k + 1 < pooled.length; k++) {
          integral += Math.abs(gaps[k]!) * (pooled[k + 1]! - pooled[k]!);
        }
        const tolerance = 1e-9 * Math.max(1, integral);
        expect(Math.abs(wasserstein(x, y) - integral)).toBeLessThanOrEqual(tolerance);
      }),
      RUNS,
    );
  });

  it("one walk of both ECDFs gives their extreme gaps and both integrals, ties included", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        const { pooled, gaps } = ecdfsAtPooledValues(x, y);
        let area = 0;
        let squared = 0;
        for (let k = 0; k + 1 < pooled.length; k++) {
          const step = pooled[k + 1]! - pooled[k]!;
          area += Math.abs(gaps[k]!) * step;
          squared += gaps[k]! * gaps[k]! * step;
        }
        const walk = walkEcdfs(sortSample(x), sortSample(y));
        expect(walk.n1).toBe(x.length);
        expect(walk.n2).toBe(y.length);
        expect(Math.abs(walk.maxGap - Math.max(0, ...gaps))).toBeLessThanOrEqual(1e-15);
        expect(Math.abs(walk.minGap - Math.min(0, ...gaps))).toBeLessThanOrEqual(1e-15);
        expect(Math.abs(walk.area - area)).toBeLessThanOrEqual(1e-9 * Math.max(1, area));
        expect(Math.abs(walk.squaredArea - squared)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, squared),
        );
      }),
      RUNS,
    );
  });

  it("the tests read from a walk are the tests of its samples, bit for bit", () => {
    fc.assert(
      fc.property(anySample, anySample, alternative, (x, y, alt) => {
        const walk = walkEcdfs(sortSample(x), sortSample(y));
        expect(ksTwoSampleOfWalk(walk, { alternative: alt })).toEqual(
          ksTwoSample(x, y, { alternative: alt }),
        );
        expect(wassersteinNormedOfWalk(walk, sortSample(x))).toEqual(wassersteinNormed(x, y));
        expect(energyDistanceOfWalk(walk)).toBe(energyDistance(x, y));
      }),
      RUNS,
    );
  });

  it("jensenShannon is symmetric and lies in [0, 1] with base 2", () => {
    const freq = fc.array(fc.nat({ max: 100 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(freq, freq, (p, q) => {
        fc.pre(p.some((v) => v > 0) && q.some((v) => v > 0));
        const d = jensenShannon(p, q, { base: 2 });
        expectProbability(d);
        expect(jensenShannon(q, p, { base: 2 })).toBeCloseTo(d, 14);
      }),
      RUNS,
    );
  });

  it("psi is finite and non-negative under both binnings", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        for (const binning of ["evidently", "reference-quantiles"] as const) {
          const res = psi(x, y, { binning });
          expect(res.psi).toBeGreaterThanOrEqual(0);
          expectAllFinite(res);
        }
      }),
      RUNS,
    );
  });
});

describe("categorical drift", () => {
  it("chiSquareDrift and jensenShannonDrift give finite results for any count tables", () => {
    fc.assert(
      fc.property(countTable, countTable, (ref, cur) => {
        const total = (t: Record<string, number>) => Object.values(t).reduce((s, v) => s + v, 0);
        fc.pre(total(ref) > 0 && total(cur) > 0);
        const chi = chiSquareDrift(ref, cur);
        expectProbability(chi.pValue);
        expectAllFinite(chi);
        expectProbability(jensenShannonDrift(ref, cur, { base: 2 }).distance);
      }),
      RUNS,
    );
  });

  it("chiSquareDrift reports a category new in current with p-value 0", () => {
    const res = chiSquareDrift({ a: 10, b: 10 }, { a: 10, b: 9, new: 1 });
    expect(res).toMatchObject({ pValue: 0, newCategories: ["new"] });
  });
});

describe("tests of counts and ranks", () => {
  it("mannWhitneyU gives p in [0, 1] and U in [0, n1 n2]", () => {
    fc.assert(
      fc.property(anySample, anySample, alternative, (x, y, alt) => {
        const res = mannWhitneyU(x, y, { alternative: alt });
        expectProbability(res.pValue);
        expect(res.statistic).toBeGreaterThanOrEqual(0);
        expect(res.statistic).toBeLessThanOrEqual(x.length * y.length);
        expect(res.shiftInterval[0]).toBeLessThanOrEqual(res.shiftInterval[1]);
        expectAllFinite(res);
      }),
      RUNS,
    );
  });

  it("mcnemar, twoProportionZTest and wilsonInterval stay finite and in range", () => {
    const n = fc.nat({ max: 200 });
    fc.assert(
      fc.property(n, n, n, n, fc.boolean(), fc.boolean(), (a, b, c, d, exact, correction) => {
        const m = mcnemar(
          [
            [a, b],
            [c, d],
          ],
          { exact, correction },
        );
        expectProbability(m.pValue);
        expectAllFinite(m);
        const z = twoProportionZTest(Math.min(a, b + a), a + b + 1, c, c + d + 1);
        expectProbability(z.pValue);
        expectAllFinite(z);
        const w = wilsonInterval(a, a + b + 1);
        expect(w.lower).toBeLessThanOrEqual(w.estimate);
        expect(w.upper).toBeGreaterThanOrEqual(w.estimate);
      }),
      RUNS,
    );
  });

  it("chiSquareContingency gives p in [0, 1] for tables with no empty row or column", () => {
    const cell = fc.integer({ min: 1, max: 100 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        (t) => {
          const res = chiSquareContingency(t);
          expectProbability(res.pValue);
          expectAllFinite(res);
        },
      ),
      RUNS,
    );
  });

  it("adjustPValues never lowers a p-value and keeps them in [0, 1]", () => {
    const p = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 });
    const method = fc.constantFrom(
      "bonferroni" as const,
      "holm" as const,
      "benjamini-hochberg" as const,
    );
    fc.assert(
      fc.property(p, method, (pv, m) => {
        const res = adjustPValues(pv, { method: m });
        res.adjusted.forEach((adj, i) => {
          expectProbability(adj);
          expect(adj).toBeGreaterThanOrEqual(pv[i] as number);
        });
      }),
      RUNS,
    );
  });
});

describe("cramerVonMisesTwoSample", () => {
  const small = fc.oneof(
    fc.array(value, { minLength: 1, maxLength: 12 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }),
  );

  it("gives p in [0, 1], the same with the samples swapped, exact or asymptotic", () => {
    fc.assert(
      fc.property(fc.oneof(small, anySample), fc.oneof(small, anySample), (x, y) => {
        const res = cramerVonMisesTwoSample(x, y);
        expectProbability(res.pValue);
        expectAllFinite(res);
        const swapped = cramerVonMisesTwoSample(y, x);
        expect(Math.abs(swapped.statistic - res.statistic)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(swapped.pValue - res.pValue)).toBeLessThanOrEqual(1e-12);
      }),
      RUNS,
    );
  });

  it("tests a sample of one value, which scipy refuses, by the same formulas", () => {
    // x = [0] ranks 1st, 2nd, 3rd or 4th among 4 with y = [1, 2, 3]: U is 9, 7, 7 or 9.
    const res = cramerVonMisesTwoSample([0], [1, 2, 3]);
    expect(res.method).toBe("exact");
    expect(Math.abs(res.statistic - (9 / 12 - 11 / 24))).toBeLessThanOrEqual(1e-15);
    expect(res.pValue).toBe(0.5);
  });
});

describe("totalVariationDrift", () => {
  it("gives a distance and a p-value in [0, 1] for any count tables", () => {
    fc.assert(
      fc.property(countTable, countTable, (ref, cur) => {
        fc.pre(Object.values(ref).some((n) => n > 0) && Object.values(cur).some((n) => n > 0));
        const res = totalVariationDrift(ref, cur, { permutations: 50 });
        expectProbability(res.statistic);
        expectProbability(res.pValue);
      }),
      RUNS,
    );
  });
});

describe("pairedBootstrap", () => {
  const meanDiff = (x: Float64Array, y: Float64Array) => {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += (x[i] as number) - (y[i] as number);
    return s / x.length;
  };
  const x = Array.from({ length: 40 }, (_, i) => Math.sin(i) * 3 + 1);
  const y = Array.from({ length: 40 }, (_, i) => Math.cos(i) * 2);

  it("gives the same interval for the same seed and a different one for another seed", () => {
    const a = pairedBootstrap(x, y, meanDiff, { resamples: 2000, seed: 7 });
    const b = pairedBootstrap(x, y, meanDiff, { resamples: 2000, seed: 7 });
    const c = pairedBootstrap(x, y, meanDiff, { resamples: 2000, seed: 8 });
    expect(b).toEqual(a);
    expect(c.lower).not.toBe(a.lower);
  });

  it("brackets the estimate with percentile and BCa intervals", () => {
    for (const method of ["percentile", "bca"] as const) {
      const res = pairedBootstrap(x, y, meanDiff, { resamples: 2000, method });
      expect(res.lower).toBeLessThan(res.estimate);
      expect(res.upper).toBeGreaterThan(res.estimate);
      expectAllFinite(res);
    }
  });
});

describe("bad input", () => {
  const bad = fc.oneof(
    fc.constant([] as number[]),
    fc.constant([1, Number.NaN]),
    fc.constant([Number.POSITIVE_INFINITY, 2]),
  );

  it("throws StatsInputError naming the argument for empty or non-finite samples", () => {
    fc.assert(
      fc.property(bad, (x) => {
        for (const call of [
          () => ksTwoSample(x, [1, 2]),
          () => wasserstein([1], x),
          () => mannWhitneyU(x, [1]),
          () => psi(x, [1]),
          () => wassersteinNormed(x, [1]),
        ]) {
          expect(call).toThrow(StatsInputError);
        }
      }),
      { numRuns: 10, seed: 1 },
    );
  });

  it("throws StatsInputError for mismatched lengths, bad options and bad counts", () => {
    // As CompactNumbers hands out an empty sample (sortedByMaker): the walk refuses it.
    const empty = new Float64Array(0) as SortedSample;
    expect(() => walkEcdfs(empty, sortSample([1]))).toThrow("a: is empty");
    expect(() => andersonDarlingTwoSample([1, 2], [3])).toThrow(
      "y: holds 1 value and x 2: the test needs at least 4 in all",
    );
    expect(() => jensenShannon([1, 2], [1, 2, 3])).toThrow(StatsInputError);
    expect(() => pairedBootstrap([1, 2, 3], [1, 2], () => 0)).toThrow(StatsInputError);
    expect(() => ksTwoSample([1], [2], { alternative: "sideways" as "less" })).toThrow(
      /alternative/,
    );
    expect(() => chiSquareDrift({ a: -1 }, { a: 1 })).toThrow(StatsInputError);
    expect(() =>
      chiSquareContingency([
        [0, 0],
        [1, 2],
      ]),
    ).toThrow(StatsInputError);
    expect(() => adjustPValues([0.5, 1.5])).toThrow(StatsInputError);
    expect(() => wilsonInterval(5, 3)).toThrow(StatsInputError);
  });

  it("says in one line what is wrong and how to fix it", () => {
    try {
      ksTwoSample([], [1]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StatsInputError);
      expect((error as StatsInputError).line).toMatch(/^x: has 0 value\(s\).*pass a sample/);
    }
  });
});

describe("sortSample", () => {
  // Long enough for the radix sort (1,024 values and more), with negatives, zeros and ties.
  const longSample = fc.array(
    fc.oneof(value, fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 1e-300, -1e-300)),
    { minLength: 1000, maxLength: 3000 },
  );

  it("sorts as Float64Array.prototype.sort does, bit for bit, and leaves its input alone", () => {
    fc.assert(
      fc.property(longSample, (values) => {
        const input = Float64Array.from(values);
        const sorted = sortSample(input);
        expect(sorted).not.toBe(input);
        expect(Array.from(input)).toEqual(values);
        const expected = Float64Array.from(values).sort();
        for (let i = 0; i < expected.length; i++) {
          expect(Object.is(sorted[i], expected[i])).toBe(true);
        }
      }),
      { numRuns: 30, seed: 42 },
    );
  });

  it("is taken as is by the tests, with the same results as the plain arrays", () => {
    fc.assert(
      fc.property(anySample, anySample, (x, y) => {
        const a = sortSample(x);
        const b = sortSample(y);
        expect(sortSample(a)).toBe(a);
        expect(ksTwoSample(a, b)).toEqual(ksTwoSample(x, y));
        expect(wasserstein(a, b)).toBe(wasserstein(x, y));
        expect(wassersteinNormed(a, b).distance).toBe(wassersteinNormed(x, y).distance);
      }),
      RUNS,
    );
  });
});

describe("asSortedSample", () => {
  it("takes an array sorted elsewhere as it is, and the tests take it as sortSample's", () => {
    fc.assert(
      fc.property(sample, (values) => {
        const sorted = Float64Array.from(values).sort();
        const taken = asSortedSample(sorted);
        expect(taken).toBe(sorted);
        expect(sortSample(taken)).toBe(taken);
      }),
      RUNS,
    );
  });

  it.each([
    ["out of order", [1, 3, 2], /value at index 2 is 2, out of ascending order/],
    ["not finite", [1, NaN], /value at index 1 is NaN/],
    ["empty", [], /has 0 value\(s\), at least 1 needed/],
  ])("refuses an array %s", (_, values, message) => {
    expect(() => asSortedSample(Float64Array.from(values), "current")).toThrow(StatsInputError);
    expect(() => asSortedSample(Float64Array.from(values), "current")).toThrow(message);
  });
});

describe("delongAuc and delongTest", () => {
  const scored = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.double({ min: -5, max: 5, noNaN: true })), {
      minLength: 4,
      maxLength: 60,
    })
    .map((rows) =>
      rows.map(([tie, noise], i) => ({ a: tie, b: noise, label: i % 3 === 0 ? 1 : 0 })),
    )
    .filter((rows) => rows.filter((r) => r.label === 1).length >= 2);

  /** DeLong's AUC, variance and covariance by comparing every pair, as the 1988 paper. */
  function byPairs(a: number[], b: number[], labels: number[]) {
    const components = (s: number[]) => {
      const pos = s.filter((_, i) => labels[i] === 1);
      const neg = s.filter((_, i) => labels[i] === 0);
      const psi = (x: number, y: number) => (x > y ? 1 : x === y ? 0.5 : 0);
      const v10 = pos.map((x) => neg.reduce((t, y) => t + psi(x, y), 0) / neg.length);
      const v01 = neg.map((y) => pos.reduce((t, x) => t + psi(x, y), 0) / pos.length);
      return { v10, v01, auc: v10.reduce((t, v) => t + v, 0) / v10.length };
    };
    const cov = (u: number[], v: number[]) => {
      const mu = u.reduce((t, x) => t + x, 0) / u.length;
      const mv = v.reduce((t, x) => t + x, 0) / v.length;
      return u.reduce((t, x, i) => t + (x - mu) * (v[i]! - mv), 0) / (u.length - 1);
    };
    const ca = components(a);
    const cb = components(b);
    const s = (p: typeof ca, q: typeof ca) =>
      cov(p.v10, q.v10) / p.v10.length + cov(p.v01, q.v01) / p.v01.length;
    return {
      aucA: ca.auc,
      aucB: cb.auc,
      varA: s(ca, ca),
      varDiff: s(ca, ca) + s(cb, cb) - 2 * s(ca, cb),
    };
  }

  it("agree with the O(m n) definition, ties included", () => {
    fc.assert(
      fc.property(scored, (rows) => {
        const a = rows.map((r) => r.a);
        const b = rows.map((r) => r.b);
        const labels = rows.map((r) => r.label);
        const expected = byPairs(a, b, labels);
        const auc = delongAuc(a, labels);
        expect(auc.auc).toBeCloseTo(expected.aucA, 12);
        expect(auc.variance).toBeCloseTo(expected.varA, 12);
        expectProbability(auc.lower);
        expectProbability(auc.upper);
        const test = delongTest(a, b, labels);
        expect(test.aucB).toBeCloseTo(expected.aucB, 12);
        expect(test.variance).toBeCloseTo(Math.max(0, expected.varDiff), 12);
        expectProbability(test.pValue);
      }),
      RUNS,
    );
  });

  it("refuses labels other than 0/1 and classes with fewer than two examples", () => {
    expect(() => delongAuc([1, 2, 3, 4], [1, 0, 2, 0])).toThrow(StatsInputError);
    expect(() => delongAuc([1, 2, 3, 4], [1, 0, 0, 0])).toThrow(StatsInputError);
    expect(() => delongTest([1, 2, 3, 4], [1, 2, 3], [1, 1, 0, 0])).toThrow(StatsInputError);
    expect(delongAuc([4, 3, 2, 1], [true, true, false, false]).auc).toBe(1);
  });
});
