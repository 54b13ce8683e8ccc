import { describe, expect, test } from "vitest";
import {
  profileBatches,
  profileDataset,
  profileContract,
  validateContract,
  readColumns,
  type Batch,
  type Profile,
} from "@mlops/shared";
import { scratchFolder } from "../data/temp-files.js";

const write = scratchFolder();
function expectValid(profile: Profile): void {
  const json: unknown = JSON.parse(JSON.stringify(profile));
  expect(validateContract(profileContract, json, "profile")).toEqual(json);
}

function numericBatch(values: number[], name = "x"): Batch {
  return {
    file: "memory",
    length: values.length,
    rowOffset: 0,
    lineNumbers: new Float64Array(values.length),
    names: [name],
    columns: new Map([[name, { name, type: "numeric", values: Float64Array.from(values) }]]),
  };
}

describe("a profile", () => {
  test("states counts, moments, distinct and frequent values of each column", async () => {
    const file = write("small.csv", "x,c\n1,a\n2,b\n3,a\n,a\n4,\n");
    const profile = await profileDataset(file);
    expectValid(profile);
    expect(profile.rowCount).toBe(5);
    const [x, c] = profile.columns;
    expect(x).toMatchObject({ name: "x", type: "integer", count: 4, missing: 1, min: 1, max: 4 });
    expect(x!.mean).toBe(2.5);
    expect(x!.variance).toBeCloseTo(1.25, 12);
    expect(x!.distinct).toEqual({ value: 4, exact: true, relativeError: 0, hll: null });
    expect(x!.sketch!.rankError).toBe(0);
    expect(x!.sketch!.quantiles.find((q) => q.q === 0.5)!.value).toBe(2);
    expect(x!.histogram!.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(c).toMatchObject({ type: "categorical", count: 4, missing: 1, min: null, sketch: null });
    expect(c!.frequent).toEqual({
      exact: true,
      maxError: 0,
      items: [
        { value: "a", count: 3 },
        { value: "b", count: 1 },
      ],
    });
  });

  test("is the same, byte for byte, on every run", async () => {
    const lines = ["x,c"];
    for (let i = 0; i < 30_000; i++) lines.push(`${Math.sin(i) * 1000},c${(i * 7919) % 3000}`);
    const file = write("repeat.csv", lines.join("\n"));
    const first = JSON.stringify(await profileDataset(file));
    const second = JSON.stringify(await profileDataset(file));
    expect(second).toBe(first);
    const profile = JSON.parse(first) as Profile;
    expectValid(profile);
    expect(profile.columns[0]!.distinct.exact).toBe(false);
    expect(profile.columns[0]!.frequent).toBeNull();
    expect(profile.columns[1]!.frequent!.exact).toBe(false);
    expect(profile.columns[1]!.frequent!.items.length).toBeLessThanOrEqual(128);
  });

  test("records the missing values its data was read with: the read's, else its schema's, else the empty cell", async () => {
    const file = write("gaps.csv", "x\n1\nNA\n-\n\n");
    const read = await profileDataset(file, { read: { missingValues: ["NA", "-"] } });
    expectValid(read);
    expect(read.missingValues).toEqual(["NA", "-"]);
    expect(read.columns[0]).toMatchObject({ type: "integer", count: 1, missing: 2 });
    const schema = { fields: [{ name: "x", type: "number" as const }], missingValues: ["", "NA"] };
    expect(
      (await profileDataset(file, { read: { schema, onInvalidCell: () => {} } })).missingValues,
    ).toEqual(["", "NA"]);
    // The empty cell alone is what a profile without them means: nothing is recorded.
    expect((await profileDataset(write("plain.csv", "x\n1\n\n"))).missingValues).toBeUndefined();
  });

  test("records a column's own missing values with it, where they are not the table's", async () => {
    const file = write("own.csv", "x,y,z\n1,a,NA\n-,-,b\nNA,c,\n");
    const schema = {
      fields: [
        { name: "x", missingValues: ["-", "NA", "-"] },
        { name: "z", missingValues: ["NA", ""] },
      ],
      missingValues: ["", "NA"],
    };
    const profile = await profileDataset(file, { read: { schema } });
    expectValid(profile);
    expect(profile.missingValues).toEqual(["", "NA"]);
    const [x, y, z] = profile.columns;
    expect(x).toMatchObject({ type: "integer", missingValues: ["-", "NA"], count: 1, missing: 2 });
    // y is read with the table's, z with its own that are the same: neither records them.
    expect(y).toMatchObject({ type: "categorical", count: 3, missing: 0 });
    expect(y!.missingValues).toBeUndefined();
    expect(z).toMatchObject({ count: 1, missing: 2 });
    expect(z!.missingValues).toBeUndefined();
    // A read's own per column, with no schema, records them alike.
    const read = await profileDataset(file, {
      read: { columnMissingValues: new Map([["y", ["-"]]]) },
    });
    expect(read.columns[1]).toMatchObject({ missingValues: ["-"], count: 2, missing: 1 });
  });

  test("never holds NaN or Infinity: empty, all-missing, one value, infinite values", async () => {
    const empty = await profileBatches([numericBatch([])]);
    const allMissing = await profileBatches([numericBatch([Number.NaN, Number.NaN])]);
    const one = await profileBatches([numericBatch([7])]);
    const infinite = await profileBatches([numericBatch([1, Infinity, -Infinity, 3])]);
    for (const profile of [empty, allMissing, one, infinite]) {
      expectValid(profile);
      expect(JSON.stringify(profile)).not.toMatch(/NaN|Infinity/);
    }
    expect(empty.columns[0]).toMatchObject({ count: 0, min: null, mean: null, histogram: null });
    expect(allMissing.columns[0]).toMatchObject({ count: 0, missing: 2, variance: null });
    expect(one.columns[0]).toMatchObject({ count: 1, min: 7, max: 7, variance: 0 });
    expect(one.columns[0]!.histogram).toEqual({ edges: [7, 7], counts: [1] });
    expect(infinite.columns[0]).toMatchObject({ count: 2, infinite: 2, min: 1, max: 3, mean: 2 });
  });

  test("counts integers over a short range as it counts any numbers: the same counts, in the same order", async () => {
    // Ages with missing values and a -0, in batches: counted by offset from the least (the
    // integers) and hashed (the same values plus a half), whose frequent values must agree.
    const ages = Array.from({ length: 3_000 }, (_, i) =>
      i % 97 === 0 ? NaN : 18 + ((i * 37) % 83),
    );
    ages[5] = -0;
    const batches = (shift: number) =>
      [0, 1, 2].map((b) =>
        numericBatch(ages.slice(b * 1_000, (b + 1) * 1_000).map((v) => v + shift)),
      );
    const [whole, halves] = [await profileBatches(batches(0)), await profileBatches(batches(0.5))];
    const items = (profile: Profile) => profile.columns[0]!.frequent!.items;
    expect(items(whole).map(({ count }) => count)).toEqual(items(halves).map(({ count }) => count));
    expect(items(whole).map(({ value }) => Number(value) + 0.5)).toEqual(
      items(halves).map(({ value }) => Number(value)),
    );
    expect(items(whole).find(({ value }) => value === 0)).toEqual({ value: 0, count: 1 });
    expect(whole.columns[0]!.distinct.value).toBe(84);
  });

  test("distinct counts past the cap are HyperLogLog estimates within 5%", async () => {
    const values = Array.from({ length: 50_000 }, (_, i) => i * 1.5);
    const profile = await profileBatches([numericBatch(values)]);
    const distinct = profile.columns[0]!.distinct;
    expect(distinct.exact).toBe(false);
    expect(distinct.relativeError).toBeCloseTo(1.04 / 64, 6);
    expect(Math.abs(distinct.value - 50_000) / 50_000).toBeLessThan(0.05);
  });

  test("a text column keeps its heaviest values past the cap (Misra-Gries)", async () => {
    const lines = ["t"];
    for (let i = 0; i < 20_000; i++) lines.push(i % 4 === 0 ? "hot" : `cold-${i}`);
    const profile = await profileDataset(write("heavy.csv", lines.join("\n")));
    const frequent = profile.columns[0]!.frequent!;
    expect(frequent.exact).toBe(false);
    const hot = frequent.items[0]!;
    expect(hot.value).toBe("hot");
    expect(hot.count).toBeLessThanOrEqual(5_000);
    expect(hot.count + frequent.maxError).toBeGreaterThanOrEqual(5_000);
    expect(frequent.maxError).toBeLessThanOrEqual(20_000 / 65);
  });

  test("moments match a direct computation", async () => {
    const file = write(
      "moments.csv",
      "x\n" + Array.from({ length: 1000 }, (_, i) => i / 7).join("\n"),
    );
    const table = await readColumns(file);
    const x = table.columns.get("x")!;
    const values = "values" in x ? [...x.values] : [];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    const profile = await profileDataset(file);
    expect(profile.columns[0]!.mean).toBeCloseTo(mean, 10);
    expect(profile.columns[0]!.variance).toBeCloseTo(variance, 9);
  });
});
