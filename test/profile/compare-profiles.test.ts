import { describe, expect, test } from "vitest";
import {
  compareProfiles,
  MlopsError,
  profileBatches,
  profileDataset,
  type Batch,
} from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

function numbers(values: Float64Array): Batch {
  return {
    file: "memory",
    length: values.length,
    rowOffset: 0,
    lineNumbers: new Float64Array(values.length),
    names: ["x"],
    columns: new Map([["x", { name: "x", type: "numeric" as const, values }]]),
  };
}

/** KS and Wasserstein-1 computed directly on the values, the way scipy does. */
function exact(a: Float64Array, b: Float64Array): { ks: number; w1: number } {
  const sa = Float64Array.from(a).sort();
  const sb = Float64Array.from(b).sort();
  const all = Float64Array.from([...sa, ...sb]).sort();
  const cdf = (s: Float64Array, x: number) => {
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / s.length;
  };
  let ks = 0;
  let w1 = 0;
  for (let i = 0; i < all.length; i++) {
    const gap = Math.abs(cdf(sa, all[i]!) - cdf(sb, all[i]!));
    ks = Math.max(ks, gap);
    if (i + 1 < all.length) w1 += gap * (all[i + 1]! - all[i]!);
  }
  return { ks, w1 };
}

describe("comparing two profiles", () => {
  test("with exact sketches the statistics are exact and the bounds zero", async () => {
    const a = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const b = Float64Array.from([2.5, 3.5, 8, 9]);
    const [result] = compareProfiles(
      await profileBatches([numbers(a)]),
      await profileBatches([numbers(b)]),
    );
    const truth = exact(a, b);
    expect(result!.ks).toEqual({ statistic: truth.ks, errorBound: 0 });
    expect(result!.wasserstein!.distance).toBeCloseTo(truth.w1, 12);
    expect(result!.wasserstein!.errorBound).toBe(0);
    expect(result!.psi.errorBound).toBe(0);
  });

  test("on large data they stay within the stated bounds", async () => {
    const next = seededRandom(7);
    const a = Float64Array.from({ length: 100_000 }, () => next() * 10);
    const b = Float64Array.from({ length: 80_000 }, () => next() * 10 + 1);
    const [result] = compareProfiles(
      await profileBatches([numbers(a)]),
      await profileBatches([numbers(b)]),
    );
    const truth = exact(a, b);
    expect(result!.ks!.errorBound).toBeCloseTo(0.033, 6);
    expect(Math.abs(result!.ks!.statistic - truth.ks)).toBeLessThanOrEqual(result!.ks!.errorBound);
    expect(Math.abs(result!.wasserstein!.distance - truth.w1)).toBeLessThanOrEqual(
      result!.wasserstein!.errorBound,
    );
    expect(result!.wasserstein!.normed).toBeCloseTo(
      result!.wasserstein!.distance / Math.sqrt(100 / 12),
      1,
    );
    expect(result!.psi.bins).toBe(10);
    expect(result!.psi.statistic).toBeGreaterThan(0.1);
  });

  test("identical data shows no drift", async () => {
    const next = seededRandom(3);
    const a = Float64Array.from({ length: 50_000 }, () => next());
    const profile = await profileBatches([numbers(a)]);
    const [result] = compareProfiles(profile, profile);
    expect(result!.ks!.statistic).toBe(0);
    expect(result!.wasserstein!.distance).toBe(0);
    expect(result!.psi.statistic).toBe(0);
  });

  test("string columns compare by category shares (PSI)", async () => {
    const categorical = (cs: string[]): Batch => {
      const dictionary = [...new Set(cs)];
      return {
        file: "memory",
        length: cs.length,
        rowOffset: 0,
        lineNumbers: new Float64Array(cs.length),
        names: ["c"],
        columns: new Map([
          [
            "c",
            {
              name: "c",
              type: "categorical" as const,
              codes: Int32Array.from(cs, (c) => dictionary.indexOf(c)),
              dictionary,
            },
          ],
        ]),
      };
    };
    const ref = await profileBatches([categorical(["a", "a", "b", "b"])]);
    const cur = await profileBatches([categorical(["a", "a", "a", "b"])]);
    const [result] = compareProfiles(ref, cur);
    const expected = (0.75 - 0.5) * Math.log(0.75 / 0.5) + (0.25 - 0.5) * Math.log(0.25 / 0.5);
    expect(result!.psi.statistic).toBeCloseTo(expected, 12);
    expect(result!.psi.errorBound).toBe(0);
    expect(result!.ks).toBeNull();
  });

  test("a column of numbers in one and of text in the other is refused, saying how to make them alike", async () => {
    const { write } = tempDir();
    const ref = await profileDataset(write("ref.csv", "age\n31\n45\n"));
    const cur = await profileDataset(write("cur.csv", "age\nunknown\n45\n"));
    const error = (() => {
      try {
        return compareProfiles(ref, cur);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MlopsError);
    // Both sides are profiles here: the fix names the inputs that make them again, not a schema.
    expect((error as MlopsError).line).toBe(
      "column 'age' is integer in the reference profile and categorical in the current one, and numbers do not compare with text. Make the profiles again with the column read as one type: with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one side's first rows read it as the other. A profile made before Parquet string columns of ISO 8601 dates were read as dates has such a column as text: make it again, or declare the field type: string",
    );
  });
});
