import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  compareProfiles,
  MlopsError,
  mergeNamedProfiles,
  mergeProfiles,
  profileBatches,
  profileDataset,
  type Batch,
  type ColumnProfile,
  type Profile,
} from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

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

/**
 * Three days of sales as CSV files of 3,000 rows: day 0 has no price and no holiday (every cell
 * empty, so both read as text), day 1 prices and a holiday on two rows in three, day 2 prices
 * and no holiday. Enough rows that the price sketches compact, and so only approximate.
 */
function salesDays(): { dir: string; days: string[]; files: string[] } {
  const { dir, write } = tempDir();
  const random = seededRandom(47);
  const days = ["day-0.csv", "day-1.csv", "day-2.csv"];
  const files = days.map((name, day) => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const price = day === 0 ? "" : (1 + 99 * random()).toFixed(2);
      const holiday = day === 1 && i % 3 !== 0 ? "Christmas Eve" : "";
      return `${Math.floor(random() * 40)},${price},${holiday}`;
    });
    return write(name, ["units,price,holiday", ...rows].join("\n") + "\n");
  });
  return { dir, days, files };
}

describe("merging parts whose sums pass the largest double", () => {
  test("leaves the moments a part could not hold unknown, as profiling all rows does", async () => {
    const small = batch([1, 2, 3, 4], ["a", "a", "b", "b"]);
    // Its variance passes the largest double; with the second 1e308, its sum does too.
    const spread = batch([1e308, -1e308, 5], ["a", "b", "a"]);
    const huge = batch([1e308, 1e308, 5], ["a", "b", "a"]);
    for (const [part, unknown] of [
      [spread, ["m2", "variance", "stddev"]],
      [huge, ["mean", "m2", "variance", "stddev"]],
    ] as const) {
      const alone = (await profileBatches([part])).columns[0]!;
      for (const key of unknown) expect(alone[key]).toBeNull();
      const parts = [await profileBatches([small]), await profileBatches([part])];
      const whole = (await profileBatches([small, part])).columns[0]!;
      for (const [first, second] of [parts, [...parts].reverse()]) {
        const merged = mergeProfiles(first!, second!).columns[0]!;
        // They were the small part's alone, as if the other's were 0.
        for (const key of unknown) expect([merged[key], whole[key]]).toEqual([null, null]);
        expect(merged).toMatchObject({ count: 7, min: whole.min, max: whole.max });
      }
    }
  });
});

describe("merging parts whose column has no values in some of them", () => {
  test("takes the type of the parts with values, and gives what profiling all rows gives", async () => {
    const { days, files } = salesDays();
    const parts = await Promise.all(files.map((file) => profileDataset(file)));
    expect(parts.map((part) => part.columns.map((column) => column.type))).toEqual([
      ["integer", "text", "text"],
      ["integer", "numeric", "categorical"],
      ["integer", "numeric", "text"],
    ]);
    // All rows read as one table, day 1 first: a read types a column from its first rows, and
    // from day 0's empty ones it would take every price that follows for text.
    const whole = await profileDataset([files[1]!, files[0]!, files[2]!]);
    const inOrder = mergeNamedProfiles(parts.map((profile, i) => ({ profile, shown: days[i]! })));
    const dayOneFirst = mergeNamedProfiles(
      [1, 0, 2].map((i) => ({ profile: parts[i]!, shown: days[i]! })),
    );
    for (const merged of [inOrder, dayOneFirst]) {
      expect(merged.rowCount).toBe(9000);
      expect(merged.columns.map((column) => column.type)).toEqual(
        whole.columns.map((column) => column.type),
      );
      merged.columns.forEach((column, i) => sameCountsAndMoments(column, whole.columns[i]!));
      expect(merged.columns[1]).toMatchObject({ count: 6000, missing: 3000 });
      expect(merged.columns[2]).toMatchObject({ type: "categorical", count: 2000, missing: 7000 });
      // The same rows, sketched apart: their distribution functions differ only within the
      // sketches' stated rank errors.
      const price = compareProfiles(whole, merged).find((c) => c.column === "price")!;
      expect(price.ks!.errorBound).toBeGreaterThan(0);
      expect(price.ks!.statistic).toBeLessThanOrEqual(price.ks!.errorBound);
    }
  });

  test("keeps the first part's type of strings, text or categorical, as a read of both would", async () => {
    const { write } = tempDir();
    // 60 distinct notes in 60 rows read as text; three notes over 60 rows as categories.
    const notes = write(
      "notes.csv",
      ["note", ...Array.from({ length: 60 }, (_, i) => `n${i}`)].join("\n"),
    );
    const few = write(
      "few.csv",
      ["note", ...Array.from({ length: 60 }, (_, i) => `n${i % 3}`)].join("\n"),
    );
    const [a, b] = await Promise.all([notes, few].map((file) => profileDataset(file)));
    expect([a!.columns[0]!.type, b!.columns[0]!.type]).toEqual(["text", "categorical"]);
    for (const [first, second, files] of [
      [a!, b!, [notes, few]],
      [b!, a!, [few, notes]],
    ] as const) {
      const merged = mergeProfiles(first, second).columns[0]!;
      const whole = (await profileDataset([...files])).columns[0]!;
      expect(merged.type).toBe(first.columns[0]!.type);
      expect(merged.type).toBe(whole.type);
      sameCountsAndMoments(merged, whole);
    }
  });

  test("refuses numbers and text both with values, naming the first part with values and the other", async () => {
    const { write } = tempDir();
    const profile = async (name: string, text: string) => ({
      profile: await profileDataset(write(name, text)),
      shown: name,
    });
    const parts = [
      await profile("day-0.csv", "units,holiday\n1,\n2,\n"),
      await profile("day-1.csv", "units,holiday\n3,Christmas Eve\n4,\n"),
      await profile("day-2.csv", "units,holiday\n5,1\n6,0\n"),
    ];
    const error = (() => {
      try {
        return mergeNamedProfiles(parts);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MlopsError);
    expect((error as MlopsError).line).toBe(
      "day-1.csv and day-2.csv differ in their columns: column 2 is 'holiday' (categorical) in day-1.csv and 'holiday' (integer) in day-2.csv. Make the profiles again with column 'holiday' read as one type: each with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one part's first rows read it as the other",
    );
  });
});
