import { describe, expect, it } from "vitest";
import {
  columnsToWithhold,
  compareProfiles,
  mergeProfiles,
  profileBatches,
  readProfile,
  withholdColumns,
  type Batch,
  type Profile,
} from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A batch of a column of numbers `card`, integers unless one is not whole (NaN is missing), and
 * a categorical column `tier`.
 */
function batch(cards: readonly number[], tiers: readonly string[]): Batch {
  const dictionary = [...new Set(tiers)];
  const whole = cards.every((card) => Number.isNaN(card) || Number.isInteger(card));
  const type = whole ? ("integer" as const) : ("numeric" as const);
  return {
    file: "memory",
    length: cards.length,
    rowOffset: 0,
    lineNumbers: new Float64Array(cards.length),
    names: ["card", "tier"],
    columns: new Map([
      ["card", { name: "card", type, values: Float64Array.from(cards) }],
      [
        "tier",
        {
          name: "tier",
          type: "categorical" as const,
          codes: Int32Array.from(tiers, (t) => dictionary.indexOf(t)),
          dictionary,
        },
      ],
    ]),
  };
}

const profileOf = (cards: readonly number[], tiers: readonly string[]) =>
  profileBatches([batch(cards, tiers)]);

const SENSITIVE = new Set(["card"]);

describe("a profile's withheld column", () => {
  it("keeps the counts and distinct count, and no value nor statistic of the values", async () => {
    const whole = await profileOf([4111, 4222, 4222, Number.NaN], ["a", "b", "a", "a"]);
    const withheld = withholdColumns(whole, SENSITIVE);
    expect(withheld.columns[0]).toEqual({
      name: "card",
      type: "integer",
      sensitive: true,
      count: 3,
      missing: 1,
      infinite: 0,
      min: null,
      max: null,
      mean: null,
      m2: null,
      variance: null,
      stddev: null,
      distinct: { value: 2, exact: true, relativeError: 0, hll: null },
      frequent: null,
      sketch: null,
      histogram: null,
    });
    // The other column, and the profile's own fields, are as they were.
    expect({ ...withheld, columns: withheld.columns.slice(1) }).toEqual({
      ...whole,
      columns: whole.columns.slice(1),
    });
    expect(JSON.stringify(withheld)).not.toMatch(/4111|4222/);
  });

  it("drops the HyperLogLog registers past the exact cap, keeping the estimate", async () => {
    const cards = Array.from({ length: 3000 }, (_, i) => 10_000 + i);
    const whole = await profileOf(
      cards,
      cards.map(() => "a"),
    );
    expect(whole.columns[0]!.distinct.hll).not.toBeNull();
    const { distinct } = withholdColumns(whole, SENSITIVE).columns[0]!;
    expect(distinct).toEqual({ ...whole.columns[0]!.distinct, hll: null });
    expect(distinct.exact).toBe(false);
  });

  it("reads back, marked, as profiles without the mark still read", async () => {
    const { write } = tempDir();
    const whole = await profileOf([1, 2, 3], ["a", "b", "c"]);
    const withheld = withholdColumns(whole, SENSITIVE);
    expect(
      await readProfile(write("marked.json", JSON.stringify(withheld)), "marked.json"),
    ).toEqual(withheld);
    const older = await readProfile(write("older.json", JSON.stringify(whole)), "older.json");
    expect(older.columns.map((c) => c.sensitive)).toEqual([undefined, undefined]);
  });

  it("is refused where it keeps a value, or a mark other than true", async () => {
    const { write } = tempDir();
    const withheld = withholdColumns(await profileOf([1, 2, 3], ["a", "b", "c"]), SENSITIVE);
    const whole = await profileOf([1, 2, 3], ["a", "b", "c"]);
    // Marked by hand on a column that kept its values: they would be read as withheld.
    const kept = { ...withheld, columns: [{ ...whole.columns[0]!, sensitive: true }] };
    const text = JSON.stringify(kept, null, 2);
    const line = text.split("\n").findIndex((l) => l.includes('"min"')) + 1;
    await expect(readProfile(write("kept.json", text), "kept.json")).rejects.toThrow(
      `kept.json:${line}: marks column 'card' sensitive, and yet keeps its min: a sensitive column's profile keeps its counts alone`,
    );
    const registers = {
      ...withheld,
      columns: [
        {
          ...withheld.columns[0]!,
          distinct: { ...withheld.columns[0]!.distinct, hll: { precision: 4, registers: "AA==" } },
        },
      ],
    };
    await expect(
      readProfile(write("hll.json", JSON.stringify(registers)), "hll.json"),
    ).rejects.toThrow("keeps its HyperLogLog registers");
    const unmarked = { ...withheld, columns: [{ ...withheld.columns[0]!, sensitive: false }] };
    await expect(
      readProfile(write("false.json", JSON.stringify(unmarked)), "false.json"),
    ).rejects.toThrow("/columns/0/sensitive");
  });
});

describe("merging a withheld column", () => {
  it("adds the counts and keeps the larger distinct count, not exact, without any value", async () => {
    const a = withholdColumns(await profileOf([1, 2, 3], ["a", "a", "a"]), SENSITIVE);
    const b = withholdColumns(
      await profileOf([3, 4, Number.NaN, 5.5], ["a", "b", "a", "a"]),
      SENSITIVE,
    );
    const merged = mergeProfiles(a, b);
    expect(merged.columns[0]).toMatchObject({
      name: "card",
      // Integers and numbers make numbers, as for any column.
      type: "numeric",
      sensitive: true,
      count: 6,
      missing: 1,
      distinct: { value: 3, exact: false, relativeError: 0, hll: null },
      min: null,
      frequent: null,
      sketch: null,
    });
    expect(merged.columns[1]!.frequent!.items).toEqual([
      { value: "a", count: 6 },
      { value: "b", count: 1 },
    ]);
  });

  it("withholds the values of a part that kept them, where the other part withheld the column", async () => {
    const withheld = withholdColumns(await profileOf([1, 2], ["a", "a"]), SENSITIVE);
    const kept: Profile = await profileOf([7_777_001, 7_777_002], ["a", "b"]);
    for (const [first, second] of [
      [withheld, kept],
      [kept, withheld],
    ] as const) {
      const merged = mergeProfiles(first, second);
      expect(merged.columns[0]).toMatchObject({ sensitive: true, count: 4, sketch: null });
      expect(JSON.stringify(merged.columns[0])).not.toContain("7777");
    }
  });

  it("keeps an exact count where the other part has no value of the column", async () => {
    const withheld = withholdColumns(await profileOf([1, 2, 2], ["a", "a", "a"]), SENSITIVE);
    const empty = await profileOf([Number.NaN, Number.NaN], ["a", "a"]);
    expect(mergeProfiles(withheld, empty).columns[0]!.distinct).toEqual({
      value: 2,
      exact: true,
      relativeError: 0,
      hll: null,
    });
  });
});

describe("comparing profiles with a withheld column", () => {
  it("compares the other columns and leaves it out, on either side", async () => {
    const reference = await profileOf([1, 2, 3, 4], ["a", "b", "a", "b"]);
    const current = await profileOf([2, 3, 4, 5], ["a", "a", "a", "b"]);
    const whole = compareProfiles(reference, current).map((c) => c.column);
    expect(whole).toEqual(["card", "tier"]);
    const withheld = withholdColumns(reference, SENSITIVE);
    expect(compareProfiles(withheld, current).map((c) => c.column)).toEqual(["tier"]);
    expect(compareProfiles(current, withheld).map((c) => c.column)).toEqual(["tier"]);
  });
});

describe("the columns withheld from data read under a contract that marks a field", () => {
  const marked = new Set(["email"]);
  const declared = new Set(["id", "email"]);
  const withheld = (columns: string[], absent?: string[]) =>
    [...columnsToWithhold(columns, marked, declared, absent)].sort();

  it("are the marked field's where the data names every marked field", () => {
    expect(withheld(["id", "email", "plan"])).toEqual(["email"]);
  });

  it("take a column named as the field up to case and Unicode normalisation, beside it", () => {
    // Two producers merged: one writes `email`, the other `Email`; the decomposed é alike.
    expect(withheld(["id", "email", "Email", "plan"])).toEqual(["Email", "email"]);
    const mark = new Set(["e\u0301mail"]);
    const alike = columnsToWithhold(["\u00c9mail", "plan"], mark, new Set(["e\u0301mail"]));
    expect(alike.has("\u00c9mail")).toBe(true);
  });

  it("take every undeclared column where the field is absent, or a column no line has as a key", () => {
    expect(withheld(["id", "e_mail", "plan"])).toEqual(["e_mail", "email", "plan"]);
    expect(withheld(["id", "email", "e_mail"], ["email"])).toEqual(["e_mail", "email"]);
  });

  it("are none where no field is marked", () => {
    expect(columnsToWithhold(["id", "Email"], new Set(), declared).size).toBe(0);
  });
});
