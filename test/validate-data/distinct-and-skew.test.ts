import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { KllSketch } from "@mlops/shared";
import { validate, validateCsv } from "./validate.js";

const csv = (header: string, rows: readonly string[]) => `${header}\n${rows.join("\n")}\n`;
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i));

/** The relative standard error of the profile's HyperLogLog (2^12 registers), 1.04 / 64. */
const HLL_ERROR = 1.04 / 64;

describe("distinct counts", () => {
  it("count up to 65,536 distinct values exactly: 2,000 categories meet a bound of 2,000", async () => {
    // Past the profile's 1,024 exact values these read 2,008 by HyperLogLog, failing `max: 2000`.
    // `category` is text (past 1,000 values in its first rows), `plan` categorical (20 values
    // there, 3,000 in all), `n` integers; empty cells and infinities are not values to count.
    const data = csv(
      "category,plan,n",
      rows(13_000, (i) => {
        const category = i % 7 === 6 ? "" : `c${String(i % 2000).padStart(4, "0")}`;
        const plan = `p${i < 10_000 ? i % 20 : i - 10_000}`;
        return `${category},${plan},${i % 1000 === 999 ? "INF" : i % 5000}`;
      }),
    );
    const contract = (most: number) => `fields:
  - name: category
    type: string
    x-mlops: { distinct: { max: ${most} } }
  - name: plan
    type: string
    x-mlops: { distinct: { max: 3000 } }
  - name: n
    type: number
    x-mlops: { distinct: { min: 4995, max: 4995 } }
`;
    const run = await validateCsv(data, contract(2000));
    expect(run.outputs.valid).toBe("true");
    expect(run.check("category.distinct")).toMatchObject({
      status: "pass",
      observed: 2000,
      note: null,
    });
    expect(run.check("plan.distinct")).toMatchObject({
      status: "pass",
      observed: 3000,
      note: null,
    });
    // 5,000 residues less the five that fall on an infinity every time (999, 1999, ...).
    expect(run.check("n.distinct")).toMatchObject({ status: "pass", observed: 4995, note: null });
    // The profile written keeps its own cap, so that it merges and compares with any other.
    const profile = JSON.parse(readFileSync(`${run.dir}/${run.outputs["profile-path"]}`, "utf8"));
    expect(profile.settings.exactCap).toBe(1024);
    expect(profile.columns.map((c: { type: string }) => c.type)).toEqual([
      "text",
      "categorical",
      "numeric",
    ]);
    expect(profile.columns[0].distinct.exact).toBe(false);
    // One value more than the bound fails, exactly.
    const over = await validateCsv(data, contract(1999));
    expect(over.check("category.distinct")).toMatchObject({
      status: "fail",
      observed: 2000,
      expected: "≤ 1999",
      note: null,
    });
  });

  it("past 65,536 values, leave a bound within two standard errors of the estimate unsettled, not failed", async () => {
    const data = csv(
      "id",
      rows(66_000, (i) => `u${i}`),
    );
    const contract = (range: string) =>
      `fields:\n  - name: id\n    x-mlops: { distinct: ${range} }\n`;
    const check = async (range: string) =>
      (await validateCsv(data, contract(range))).check("id.distinct");
    const run = await validateCsv(data, contract("{ max: 66000 }"));
    const estimate = run.check("id.distinct").observed as number;
    // The estimate is within 3.25% (two standard errors) of the 66,000 values.
    expect(Math.abs(estimate / 66_000 - 1)).toBeLessThan(2 * HLL_ERROR);
    // Two standard errors below it reach under 65,000; the exact count had passed 65,536.
    expect(estimate / (1 + 2 * HLL_ERROR)).toBeLessThan(65_000);
    const high = Math.ceil(estimate / (1 - 2 * HLL_ERROR));
    const range =
      `estimated by HyperLogLog past the 65536 values counted exactly, relative standard error ` +
      `0.01625: the data's distinct count lies between 65537 and ${high} (two standard errors)`;
    expect(run.check("id.distinct")).toMatchObject({
      status: "skipped",
      expected: "≤ 66000",
      note: `${range}; the bound 66000 is in that range, so the estimate cannot settle this check`,
    });
    // The run passes, its counts saying that a check was left open.
    expect(run.outputs.valid).toBe("true");
    expect(run.report.counts).toMatchObject({ failed: 0, skipped: 1 });
    // Bounds outside that range are settled, the note giving the range alone.
    expect(await check("{ min: 65000 }")).toMatchObject({ status: "pass", note: range });
    expect(await check("{ max: 60000 }")).toMatchObject({ status: "fail", note: range });
    expect(await check("{ min: 70000 }")).toMatchObject({ status: "fail", note: range });
  });

  it("past 65,536 values, leave the count unbounded above where the estimate falls short of them", async () => {
    // 65,600 ids that HyperLogLog underestimates by more than two standard errors, as about one
    // set in 45 of this size is: the estimate's range lies wholly below the 65,537 counted.
    const data = csv(
      "id",
      rows(65_600, (i) => `273-${i}`),
    );
    const check = async (range: string) =>
      (
        await validateCsv(data, `fields:\n  - name: id\n    x-mlops: { distinct: ${range} }\n`)
      ).check("id.distinct");
    const open = await check("{ max: 70000 }");
    expect(Math.ceil(open.observed / (1 - 2 * HLL_ERROR))).toBeLessThan(65_537);
    const note =
      "estimated by HyperLogLog past the 65536 values counted exactly, relative standard error " +
      "0.01625: the estimate lies more than two standard errors below the 65537 values counted, " +
      "so the data's distinct count is 65537 or more, with no upper limit";
    // Any maximum past 65,536 is open: the count is known only from below.
    expect(open).toMatchObject({
      status: "skipped",
      note: `${note}; the bound 70000 is in that range, so the estimate cannot settle this check`,
    });
    // Below the values counted, a maximum fails and a minimum passes, settled by the count.
    expect(await check("{ max: 65000 }")).toMatchObject({ status: "fail", note });
    expect(await check("{ min: 65000 }")).toMatchObject({ status: "pass", note });
  });
});

describe("skew rows that say what they could not measure, or why a skew is large", () => {
  /** The note of an unasked skew of a column read as text. */
  const TEXT_NOTE =
    "not checked: the column is read as text, not as categories (its first rows hold no " +
    "values, more than 1,000 distinct values, or more than half as many as values), and text " +
    "is compared only where the field asks: set skew: {} in its x-mlops to compare it by linf, " +
    "or skew: false to leave it out";

  /** validate-data of `data` against reference data, both CSV. */
  const againstReference = (data: string, reference: string, contract: string) =>
    validate(
      { "d.csv": data, "ref.csv": reference, "c.yml": contract },
      { data: "d.csv", schema: "c.yml", reference: "ref.csv" },
    );

  it("list a string field read as text, not categories, as not checked, saying why and how to compare it", async () => {
    // 1,500 categories in the first rows: past the 1,000 of a categorical column.
    const table = (shift: number) =>
      csv(
        "category,x",
        rows(3000, (i) => `c${(i + shift) % 1500},${i % 10}`),
      );
    const contract = (skew: string) =>
      `fields:\n  - name: category\n    type: string\n${skew}  - name: x\n    type: integer\n`;
    const run = await againstReference(table(7), table(0), contract(""));
    expect(run.check("category.skew")).toMatchObject({
      status: "skipped",
      expected: "< 0.1 (L-infinity distance of category shares)",
      observed: null,
      note: TEXT_NOTE,
    });
    expect(run.check("x.skew").status).toBe("pass");
    expect(run.report.counts).toMatchObject({ failed: 0, skipped: 1 });
    // Asked for, it is compared; `skew: false` leaves it out without a row.
    const asked = await againstReference(
      table(7),
      table(0),
      contract("    x-mlops: { skew: {} }\n"),
    );
    expect(asked.check("category.skew")).toMatchObject({
      status: "pass",
      note: "from the most frequent values only (Misra-Gries counts)",
    });
    const left = await againstReference(
      table(7),
      table(0),
      contract("    x-mlops: { skew: false }\n"),
    );
    expect(left.check("category.skew")).toBeUndefined();
  });

  it("list a field read as text for want of values in its first rows, saying so", async () => {
    // A feature that the reference predates (no values at all) and that the data fills only
    // after the first 10,000 rows, which type a field the contract leaves untyped: with no value
    // to read, it is text, which takes anything later.
    const table = (from: number) =>
      csv(
        "feature,x",
        rows(12_000, (i) => `${i < from ? "" : `f${i % 5}`},${i % 10}`),
      );
    const contract = "fields:\n  - name: feature\n  - name: x\n    type: integer\n";
    const run = await againstReference(table(10_500), table(12_000), contract);
    expect(run.check("feature.skew")).toMatchObject({ status: "skipped", note: TEXT_NOTE });
    expect(run.check("x.skew").status).toBe("pass");
  });

  it("read the data's sketch for the later-dates note of a date column only", async () => {
    // 10 values a side, counted exactly by the profiles: the skew needs no sketch, nor does a
    // note that only dates can have.
    const table = (shift: number) =>
      csv(
        "x",
        rows(500, (i) => `${(i + shift) % 10}`),
      );
    const fromState = vi.spyOn(KllSketch, "fromState");
    try {
      const run = await againstReference(
        table(3),
        table(0),
        "fields:\n  - name: x\n    type: integer\n",
      );
      expect(run.check("x.skew")).toMatchObject({ status: "pass", note: null });
      expect(fromState).not.toHaveBeenCalled();
    } finally {
      fromState.mockRestore();
    }
  });

  it("say of a date column wholly past the reference's that it moves on as a timestamp does", async () => {
    /** `n` date-times an hour apart from `start`, with a second column alike on every side. */
    const hours = (n: number, start: number) =>
      csv(
        "ts,x",
        rows(n, (i) => `${new Date(start + i * 3_600_000).toISOString()},${i % 10}`),
      );
    const november = Date.UTC(2026, 10, 1);
    const later =
      "all current values are later than every reference value, as in a timestamp, which moves " +
      "on with every new batch and so fails its skew each time: if it is one, set skew: false " +
      "in the field's x-mlops";
    const contract = "fields:\n  - name: ts\n    type: datetime\n  - name: x\n    type: integer\n";
    // 300 hours a side, counted exactly: the skew is exact, and the note says why it is large.
    const run = await againstReference(
      hours(300, november + 300 * 3_600_000),
      hours(300, november),
      contract,
    );
    expect(run.check("ts.skew")).toMatchObject({ status: "fail", note: later });
    expect(run.check("x.skew").note).toBeNull();
    // 5,000 hours a side: from the sketches, each note in turn.
    const sketched = await againstReference(
      hours(5000, november + 5000 * 3_600_000),
      hours(5000, november),
      contract,
    );
    expect(sketched.check("ts.skew").note).toMatch(
      new RegExp(
        `^estimated from quantile sketches: within [0-9.e-]+ of the value on the full data; ${later}$`,
      ),
    );
    // Dates within the reference's span say nothing of it.
    const within = await againstReference(
      hours(300, november + 100 * 3_600_000),
      hours(300, november),
      contract,
    );
    expect(within.check("ts.skew").note).toBeNull();
  });
});
