import { describe, expect, it } from "vitest";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check, driftIn } from "./check-csv.js";

/** A CSV cell, quoted: prose holds commas, quotes and line breaks. */
const cell = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;

/** CSV text of `rows` rows, each the cells `row(i)` gives, under `header`. */
const table = (header: string, rows: number, row: (i: number) => (string | number)[]) =>
  `${[header, ...Array.from({ length: rows }, (_, i) => row(i).map(cell).join(","))].join("\n")}\n`;

/**
 * 1,200 support tickets: `comment` is prose, 720 distinct texts (the first 480 twice), with a
 * line break and quotes, and different texts in each month; `pair` repeats each of 600 values
 * twice, exactly half distinct; `channel` has three values.
 */
const tickets = (month: string) =>
  table("comment,pair,channel", 1_200, (i) => [
    `Ticket ${i % 720} of ${month}: the parcel "arrived" late, and damaged.\nPlease refund me.`,
    `p${i % 600}`,
    ["email", "chat", "phone"][i % 3]!,
  ]);

const PROSE_NOTE =
  "more than half the reference values are distinct, 720 of 1200, as in free text or ids: not tested as categories, where most current values would be new, so compare a measure of it instead, such as its length in a column of its own, or leave it out with ignore-columns";

describe("drift-check on a column of free text", () => {
  it("does not test prose whose reference values are mostly distinct, and says how to compare it", async () => {
    const run = await check(tickets("May"), tickets("June"));
    expect(run.code).toBe(0);
    expect(run.column("comment")).toMatchObject({
      type: "text",
      score: null,
      drifted: false,
      tests: {},
      distribution: null,
      note: PROSE_NOTE,
    });
    // Exactly half distinct is still categories, and tested.
    expect(run.column("pair")).toMatchObject({ note: null, drifted: false });
    expect(run.column("pair").score).not.toBeNull();
    // Every comment of June is new: tested as categories, it would have drifted the dataset.
    expect(run.report.dataset).toMatchObject({
      drifted: false,
      tested_columns: 2,
      drifted_columns: [],
    });
    expect(run.stdout).toContain(`| comment | text | jensen_shannon | — | — |`);
    expect(run.stdout).toContain(`(${PROSE_NOTE})`);
    // No text of a ticket reaches the report.
    expect(run.text).not.toContain("Please refund me");
  });

  it("says so from profiles too", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", tickets("May"));
    write("current.csv", tickets("June"));
    for (const side of ["reference", "current"]) {
      const profile = flags({
        mode: "profile",
        current: `${side}.csv`,
        "report-path": `${side}.json`,
      });
      expect((await mlops(["drift-check", ...profile], dir)).code).toBe(0);
    }
    const run = await driftIn(dir, {
      mode: "compare",
      reference: "reference.json",
      current: "current.json",
    });
    expect(run.code).toBe(0);
    expect(run.column("comment")).toMatchObject({ score: null, tests: {}, note: PROSE_NOTE });
    expect(run.report!.dataset).toMatchObject({ drifted: false, tested_columns: 2 });
  });

  it("still tests a category of 50 values in a reference too small to tell it from prose", async () => {
    // 60 rows of 50 states: 36 distinct, more than half; every current row is one state.
    const states = (i: number) => `S${(i * 37) % 50}`;
    const run = await check(
      table("state", 60, (i) => [states(i)]),
      table("state", 60, () => ["S1"]),
    );
    expect(run.column("state")).toMatchObject({ note: null, drifted: true });
  });

  it("still tests 500 SKUs over 10,000 rows, and 1,500 postcodes that the first rows type as text", async () => {
    // Each SKU about 20 times, each postcode about 7 times: many values, each repeated.
    const orders = (shift: number) =>
      table("sku,postcode", 10_000, (i) => [
        `SKU-${(i * 7 + shift) % 500}`,
        `${String(10_000 + ((i * 13 + shift) % 1500))}-AB`,
      ]);
    const run = await check(orders(0), orders(0));
    expect(run.code).toBe(0);
    for (const [name, distinct, type] of [
      ["sku", 500, "categorical"],
      ["postcode", 1500, "text"],
    ] as const) {
      const column = run.column(name);
      expect(column).toMatchObject({ type, distinct_reference: distinct, note: null });
      expect(column.tests.jensen_shannon).toBeDefined();
      expect(column.distribution?.kind).toBe("categories");
    }
    expect(run.report.dataset.tested_columns).toBe(2);
  });
});
