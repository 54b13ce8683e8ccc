import { describe, expect, test } from "vitest";
import { FrequentValues, type FrequentSettings } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

/** A batch as a string column gives it: a dictionary and a count per code (zero: absent). */
interface CountedBatch {
  dictionary: string[];
  counts: Float64Array;
}

function settings(exactCap: number, frequentK: number): FrequentSettings {
  return { exactCap, frequentK, hllPrecision: 10, keepBeyondCap: true };
}

/** Everything a profile reads of a summary, the order of its entries included. */
function state(f: FrequentValues) {
  return {
    entries: [...f.counts],
    maxError: f.maxError,
    exact: f.exact,
    tracked: f.tracked,
    hll: f.hll?.toBase64() ?? null,
  };
}

/** The batches added with `addCounts` and one value at a time summarise the same. */
function expectSameSummary(
  batches: CountedBatch[],
  s: FrequentSettings,
  start?: Map<string, number>,
) {
  const byBatch = new FrequentValues(s);
  const oneByOne = new FrequentValues(s);
  if (start) {
    for (const f of [byBatch, oneByOne]) for (const [v, c] of start) f.add(v, c);
  }
  for (const { dictionary, counts } of batches) {
    byBatch.addCounts(dictionary, counts);
    dictionary.forEach((value, code) => {
      if (counts[code]! > 0) oneByOne.add(value, counts[code]!);
    });
    expect(state(byBatch)).toEqual(state(oneByOne));
  }
  return { byBatch, oneByOne };
}

function batchOf(values: string[], counts: number[]): CountedBatch {
  return { dictionary: values, counts: Float64Array.from(counts) };
}

describe("FrequentValues.addCounts, a batch of a string column at once", () => {
  test("summarises all-distinct values as adding them one at a time, across the cap mid-batch", () => {
    const batches: CountedBatch[] = [];
    for (let b = 0; b < 6; b++) {
      const values = Array.from({ length: 700 }, (_, i) => `user${b * 700 + i}@example.com`);
      batches.push(
        batchOf(
          values,
          values.map(() => 1),
        ),
      );
    }
    const { byBatch } = expectSameSummary(batches, settings(1000, 8));
    expect(byBatch.exact).toBe(false);
    expect(byBatch.maxError).toBeGreaterThan(0);
  });

  test("agrees on skewed values repeated across batches, with counts above 1 and ties", () => {
    const random = seededRandom(11);
    const batches: CountedBatch[] = [];
    for (let b = 0; b < 40; b++) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 400; i++) {
        // A few heavy values, a long tail, and many equal counts.
        const rank = Math.floor(1 / (random() + 0.002));
        const value = `v${rank}`;
        counts.set(value, (counts.get(value) ?? 0) + (random() < 0.3 ? 3 : 1));
      }
      batches.push(batchOf([...counts.keys()], [...counts.values()]));
    }
    expectSameSummary(batches, settings(20, 4));
    expectSameSummary(batches, settings(50, 1));
    expectSameSummary(batches, settings(0, 0));
  });

  test("skips codes absent from the batch, as a categorical dictionary shared by batches has", () => {
    const random = seededRandom(5);
    const dictionary: string[] = [];
    const batches: CountedBatch[] = [];
    for (let b = 0; b < 30; b++) {
      for (let i = 0; i < 15; i++) dictionary.push(`c${dictionary.length}`);
      const counts = dictionary.map(() => (random() < 0.4 ? 0 : 1 + Math.floor(random() * 4)));
      batches.push(batchOf([...dictionary], counts));
    }
    expectSameSummary(batches, settings(30, 5));
  });

  test("agrees from a summary with fractional counts, on repeated values and on all-equal counts", () => {
    const start = new Map([
      ["a", 0.5],
      ["b", 2.25],
      ["c", 7],
    ]);
    const repeated = batchOf(["a", "x", "a", "y", "b", "x", "z", "c"], [1, 2, 1, 0.5, 3, 1, 1, 2]);
    const equal = batchOf(
      Array.from({ length: 300 }, (_, i) => `e${i % 150}`),
      Array.from({ length: 300 }, () => 1),
    );
    expectSameSummary([repeated, equal, repeated], settings(2, 2), start);
  });

  test("merges into and from other summaries as the one-at-a-time summary does", () => {
    const random = seededRandom(3);
    const make = (seed: number) =>
      Array.from({ length: 8 }, (_, b) => {
        const values = Array.from(
          { length: 90 },
          (_, i) => `s${seed}-${Math.floor(random() * 60) + b * i}`,
        );
        const unique = [...new Set(values)];
        return batchOf(
          unique,
          unique.map(() => 1 + Math.floor(random() * 3)),
        );
      });
    const first = expectSameSummary(make(1), settings(40, 6));
    const second = expectSameSummary(make(2), settings(40, 6));
    first.byBatch.merge(second.byBatch);
    first.oneByOne.merge(second.oneByOne);
    expect(state(first.byBatch)).toEqual(state(first.oneByOne));
  });
});
