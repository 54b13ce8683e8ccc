import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sortLevel } from "@mlops/shared";

/** `values` sorted by `sortLevel` inside a longer array, and the part after it left alone. */
function sortedByLevel(values: number[]): { sorted: number[]; rest: number[] } {
  const level = Float64Array.from([...values, 7, 8]);
  sortLevel(level, values.length);
  return {
    sorted: Array.from(level.subarray(0, values.length)),
    rest: [level.at(-2)!, level.at(-1)!],
  };
}

const spreadOut = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 400 });
const withOutliers = fc
  .tuple(spreadOut, fc.constantFrom(1e300, -1.7e308, 1.7e308))
  .map(([values, outlier]) => [...values, outlier]);
const piledUp = fc.array(fc.constantFrom(0, -0, 1.5, 2.25, -3), { maxLength: 400 });
const shortIntegers = fc.array(fc.integer({ min: -50, max: 400 }), { maxLength: 400 });
const decimals = fc.array(
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((m) => m / 100),
  { minLength: 150, maxLength: 260 },
);
// A level of the finer sketch (k = 2,000), decimals spread over their range: more buckets.
const longLevel = fc.array(
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((m) => m / 100),
  { minLength: 1_500, maxLength: 2_600 },
);

describe("sortLevel, the sort of a KLL level before its compaction", () => {
  test("sorts as Float64Array.prototype.sort does, -0 before +0, whichever way it takes", () => {
    fc.assert(
      fc.property(
        fc.oneof(spreadOut, withOutliers, piledUp, shortIntegers, decimals, longLevel),
        (values) => {
          const { sorted, rest } = sortedByLevel(values);
          expect(sorted).toEqual(Array.from(Float64Array.from(values).sort()));
          expect(rest).toEqual([7, 8]);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  test("sorts a level already in order, apart from its zeros, in place", () => {
    const { sorted } = sortedByLevel([-2, 0, -0, 0, -0, 3]);
    expect(sorted.map((v) => Object.is(v, -0))).toEqual([false, true, true, false, false, false]);
  });
});
