import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  mergeProfiles,
  profileBatches,
  type Batch,
  type ColumnProfile,
  type Profile,
} from "@mlops/shared";

/** A batch with a numeric column `x` (NaN = missing) and a categorical column `c`. */
function batch(xs: number[], cs: (string | null)[]): Batch {
  const dictionary: string[] = [];
  const codes = Int32Array.from(cs, (c) => {
    if (c === null) return -1;
    let code = dictionary.indexOf(c);
    if (code < 0) code = dictionary.push(c) - 1;
    return code;
  });
  return {
    file: "memory",
    length: xs.length,
    rowOffset: 0,
    lineNumbers: new Float64Array(xs.length),
    names: ["x", "c"],
    columns: new Map([
      ["x", { name: "x", type: "numeric" as const, values: Float64Array.from(xs) }],
      ["c", { name: "c", type: "categorical" as const, codes, dictionary }],
    ]),
  };
}

const part = fc
  .array(
    fc.record({
      x: fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -5, max: 5 }),
        fc.constant(Number.NaN),
      ),
      c: fc.option(fc.constantFrom("a", "b", "c", "d"), { nil: null }),
    }),
    { minLength: 0, maxLength: 300 },
  )
  .map((rows) =>
    batch(
      rows.map((r) => r.x),
      rows.map((r) => r.c),
    ),
  );

/** The relative tolerance for means and M2 after a merge: float rounding only. */
const TOLERANCE = 1e-9;

function close(a: number | null, b: number | null, scale: number): void {
  if (a === null || b === null) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(scale)));
}

function sameCountsAndMoments(merged: ColumnProfile, whole: ColumnProfile): void {
  expect(merged.count).toBe(whole.count);
  expect(merged.missing).toBe(whole.missing);
  expect(merged.infinite).toBe(whole.infinite);
  expect(merged.min).toBe(whole.min);
  expect(merged.max).toBe(whole.max);
  const scale = Math.max(Math.abs(whole.min ?? 0), Math.abs(whole.max ?? 0));
  close(merged.mean, whole.mean, scale);
  close(merged.m2, whole.m2, (whole.m2 ?? 0) + scale * scale);
  expect(merged.distinct.value).toBe(whole.distinct.value);
  expect(merged.frequent).toEqual(whole.frequent);
}

describe("merging profiles", () => {
  test("merge(profile A, profile B) equals profile(A then B) for counts and moments", async () => {
    await fc.assert(
      fc.asyncProperty(part, part, async (a, b) => {
        const merged = mergeProfiles(await profileBatches([a]), await profileBatches([b]));
        const whole = await profileBatches([a, b]);
        expect(merged.rowCount).toBe(whole.rowCount);
        merged.columns.forEach((column, i) => sameCountsAndMoments(column, whole.columns[i]!));
      }),
      { numRuns: 150 },
    );
  });

  test("is associative", async () => {
    await fc.assert(
      fc.asyncProperty(part, part, part, async (a, b, c) => {
        const [pa, pb, pc] = await Promise.all([a, b, c].map((x) => profileBatches([x])));
        const left = mergeProfiles(mergeProfiles(pa!, pb!), pc!);
        const right = mergeProfiles(pa!, mergeProfiles(pb!, pc!));
        left.columns.forEach((column, i) => sameCountsAndMoments(column, right.columns[i]!));
        // Below k values the sketches are exact, so the quantiles agree exactly.
        expect(left.columns[0]!.sketch!.quantiles).toEqual(right.columns[0]!.sketch!.quantiles);
      }),
      { numRuns: 100 },
    );
  });

  test("is deterministic byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(part, part, async (a, b) => {
        const once = JSON.stringify(
          mergeProfiles(await profileBatches([a]), await profileBatches([b])),
        );
        const twice = JSON.stringify(
          mergeProfiles(await profileBatches([a]), await profileBatches([b])),
        );
        expect(twice).toBe(once);
      }),
      { numRuns: 50 },
    );
  });

  test("past the caps: HyperLogLog registers equal those of the concatenation", async () => {
    const xs = (offset: number) => Array.from({ length: 5000 }, (_, i) => (i + offset) * 0.25);
    const cs = (offset: number) =>
      Array.from({ length: 5000 }, (_, i) => `v${(i + offset) % 4000}`);
    const a = batch(xs(0), cs(0));
    const b = batch(xs(2500), cs(2500));
    const merged = mergeProfiles(await profileBatches([a]), await profileBatches([b]));
    const whole = await profileBatches([a, b]);
    for (const i of [0, 1]) {
      expect(merged.columns[i]!.distinct).toEqual(whole.columns[i]!.distinct);
      expect(merged.columns[i]!.distinct.exact).toBe(false);
    }
    expect(merged.columns[0]!.count).toBe(10_000);
    const q = (p: Profile, at: number) =>
      p.columns[0]!.sketch!.quantiles.find((x) => x.q === at)!.value;
    // Within the stated rank error: 1.65% of 10,000 values spaced 0.25 apart.
    expect(Math.abs(q(merged, 0.5) - q(whole, 0.5))).toBeLessThanOrEqual(
      2 * 0.0165 * 10_000 * 0.25,
    );
  });

  test("refuses profiles with different columns or settings", async () => {
    const a = await profileBatches([batch([1], ["a"])]);
    const b = await profileBatches([batch([1], ["a"])], { quantileK: 100 });
    expect(() => mergeProfiles(a, b, ["a.json", "b.json"])).toThrow(
      "a.json and b.json were made with different settings and cannot be merged",
    );
    const c = { ...a, columns: a.columns.slice(0, 1) };
    expect(() => mergeProfiles(a, c, ["a.json", "c.json"])).toThrow(
      `a.json and c.json differ in their columns: column 2 is '${a.columns[1]!.name}' (${a.columns[1]!.type}) in a.json and absent in c.json`,
    );
    expect(() => mergeProfiles(c, a)).toThrow(
      /^the first profile and the second profile differ in their columns: column 2 is absent in the first profile and '/,
    );
  });

  test("merges a column of integers with one a late decimal widened to numbers, as numbers", async () => {
    const integers = await profileBatches([batch([1, 2, 3], ["a", "b", "c"])]);
    const asIntegers: Profile = {
      ...integers,
      columns: integers.columns.map((column, i) =>
        i === 0 ? { ...column, type: "integer" } : column,
      ),
    };
    const widened = await profileBatches([batch([4, 5.5], ["a", "b"])]);
    for (const merged of [mergeProfiles(asIntegers, widened), mergeProfiles(widened, asIntegers)]) {
      expect(merged.columns[0]).toMatchObject({ name: "x", type: "numeric", count: 5 });
      expect(merged.columns[0]!.mean).toBeCloseTo(3.1, 12);
    }
    // Numbers and text still differ.
    const text = {
      ...widened,
      columns: [{ ...widened.columns[1]!, name: "x" }, widened.columns[1]!],
    };
    expect(() => mergeProfiles(asIntegers, text)).toThrow(/differ in their columns: column 1/);
  });

  test("takes a profile of no rows and no columns, an empty shard's, as adding nothing", async () => {
    const some = await profileBatches([batch([1, 2], ["a", "b"])]);
    const none: Profile = { ...some, rowCount: 0, columns: [] };
    expect(mergeProfiles(some, none)).toEqual(some);
    expect(mergeProfiles(none, some)).toEqual(some);
    // Rows without columns are no empty shard.
    expect(() => mergeProfiles(some, { ...none, rowCount: 3 })).toThrow(/differ in their columns/);
  });

  test("keeps the missing values both were made with, and refuses two made with different ones", async () => {
    const na = await profileBatches([batch([1], ["a"])], {}, ["", "NA"]);
    const alike = await profileBatches([batch([2], ["b"])], {}, ["NA", ""]);
    expect(mergeProfiles(na, alike).missingValues).toEqual(["", "NA"]);
    // A profile that does not record them was made with the empty cell alone.
    const { missingValues: _, ...older } = await profileBatches([batch([1], ["a"])]);
    expect(mergeProfiles(older, older).missingValues).toBeUndefined();
    expect(() => mergeProfiles(older, na, ["shard-0.json", "shard-1.json"])).toThrow(
      'shard-0.json was made with missing values [""] and shard-1.json with ["", "NA"], so their counts are of data read differently',
    );
  });

  test("keeps a column's own missing values, and refuses two made with different ones for a column", async () => {
    const own = (values: string[]) => new Map([["c", values]]);
    const dash = await profileBatches([batch([1], ["a"])], {}, [""], own(["-", "?"]));
    const alike = await profileBatches([batch([2], ["b"])], {}, [""], own(["?", "-"]));
    const merged = mergeProfiles(dash, alike);
    expect(merged.columns.map((c) => c.missingValues)).toEqual([undefined, ["-", "?"]]);
    expect(merged.missingValues).toBeUndefined();
    const plain = await profileBatches([batch([2], ["b"])]);
    expect(() => mergeProfiles(dash, plain, ["shard-0.json", "shard-1.json"])).toThrow(
      `column 'c' of shard-0.json was made with missing values ["-", "?"] and of shard-1.json with [""], so its counts are of data read differently`,
    );
  });
});
