import { describe, expect, test } from "vitest";
import { FINE_KLL_K, KLL_RANK_ERROR, KllSketch } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

function maxRankError(sketch: KllSketch, sorted: Float64Array): number {
  let worst = 0;
  for (let i = 1; i < 100; i++) {
    const q = i / 100;
    const value = sketch.quantile(q);
    // The true rank interval of the value: [first index >= value, last index <= value].
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && sorted[end] === value) end++;
    const target = q * sorted.length;
    const error = target < lo ? lo - target : target > end ? target - end : 0;
    worst = Math.max(worst, error / sorted.length);
  }
  return worst;
}

describe("the deterministic KLL sketch", () => {
  const n = 200_000;
  const next = seededRandom(42);
  const orders: [string, Float64Array][] = [
    ["random", Float64Array.from({ length: n }, () => next())],
    ["sorted", Float64Array.from({ length: n }, (_, i) => i)],
    ["reversed", Float64Array.from({ length: n }, (_, i) => n - i)],
    ["zigzag", Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i : n - i))],
    ["few values", Float64Array.from({ length: n }, () => Math.floor(next() * 5))],
  ];

  test.each(orders)("stays within its stated rank error on %s data", (_, values) => {
    const sketch = new KllSketch();
    sketch.updateMany(values);
    expect(sketch.n).toBe(n);
    expect(sketch.rankError).toBe(KLL_RANK_ERROR);
    const sorted = Float64Array.from(values).sort();
    expect(maxRankError(sketch, sorted)).toBeLessThanOrEqual(KLL_RANK_ERROR);
  });

  test("a merge of parts stays within the stated error too", () => {
    const values = orders[0]![1];
    const parts = [0, 1, 2, 3].map((p) => {
      const s = new KllSketch();
      s.updateMany(values.subarray((p * n) / 4, ((p + 1) * n) / 4));
      return s;
    });
    const merged = parts[0]!;
    for (const part of parts.slice(1)) merged.merge(part);
    expect(merged.n).toBe(n);
    expect(maxRankError(merged, Float64Array.from(values).sort())).toBeLessThanOrEqual(
      KLL_RANK_ERROR,
    );
  });

  test.each(orders.slice(0, 3))(
    "at FINE_KLL_K (what quantile checks read) stays within a tenth of the error on %s data",
    (_, values) => {
      const sketch = new KllSketch(FINE_KLL_K);
      sketch.updateMany(values);
      expect(sketch.rankError).toBeCloseTo(KLL_RANK_ERROR / 10, 12);
      const sorted = Float64Array.from(values).sort();
      expect(maxRankError(sketch, sorted)).toBeLessThanOrEqual(sketch.rankError);
    },
  );

  test("holds every value, exactly, up to k of them", () => {
    const sketch = new KllSketch(200);
    for (let i = 199; i >= 0; i--) sketch.update(i);
    expect(sketch.rankError).toBe(0);
    expect(sketch.quantile(0.5)).toBe(99);
    expect(sketch.quantile(0)).toBe(0);
    expect(sketch.quantile(1)).toBe(199);
  });

  test("is deterministic: the same values in the same order give the same state", () => {
    const a = new KllSketch();
    const b = new KllSketch();
    a.updateMany(orders[0]![1]);
    b.updateMany(orders[0]![1]);
    expect(JSON.stringify(a.toState())).toBe(JSON.stringify(b.toState()));
  });

  test("sorts integers of a short range as it sorts other numbers, shifted or not", () => {
    const random = seededRandom(9);
    // Ranges within and past what is sorted by counting; numbers near 2^53; sorted runs.
    const columns = [
      () => Math.floor(random() * 5),
      (i: number) => 18 + Math.floor(random() * 70) + (i % 997 === 0 ? 900 : 0),
      () => Math.floor(random() * 900) - 450,
      () => 2 ** 52 + Math.floor(random() * 300) * 2,
      (i: number) => (i % 400 < 200 ? i : Math.floor(random() * 50)),
    ];
    for (const column of columns) {
      const values = Float64Array.from({ length: 30_000 }, (_, i) => column(i));
      const integers = new KllSketch();
      const halves = new KllSketch();
      integers.updateMany(values);
      halves.updateMany(values.map((v) => v + 0.5));
      // Compaction looks only at the order, so adding a half to every value adds it to the state.
      const shifted = integers.toState().levels.map((level) => level.map((v) => v + 0.5));
      expect(halves.toState().levels).toEqual(shifted);
    }
  });

  test("keeps -0 before 0 in every sorted level, as a typed array sorts them", () => {
    const random = seededRandom(4);
    const sketch = new KllSketch(20);
    sketch.updateMany(
      Float64Array.from({ length: 5_000 }, () => [-0, 0, 1, -1][Math.floor(random() * 4)]!),
    );
    const levels = sketch.toState().levels.slice(1);
    expect(levels.some((level) => level.some((v) => Object.is(v, -0)))).toBe(true);
    for (const level of levels) {
      const sorted = Float64Array.from(level).sort();
      expect(level.every((v, i) => Object.is(v, sorted[i]))).toBe(true);
    }
  });
});
