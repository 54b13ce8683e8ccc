import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DriftReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { flags } from "../helpers/flags.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { csvTable } from "./drift-data.js";

/** Two tables, a third of a standard deviation apart on x and score, red twice as common. */
const reference = csvTable({ rows: 600, seed: 41 });
const same = csvTable({ rows: 600, seed: 44 });
const shifted = csvTable({ rows: 600, seed: 43, shift: 0.4, red: 2 / 3 });

/** A binary column `flag`, its share of "yes" given, seeded. */
function flagTable(rows: number, yes: number, seed: number): string {
  const next = seededRandom(seed);
  const lines = ["flag"];
  for (let i = 0; i < rows; i++) lines.push(next() < yes ? "yes" : "no");
  return `${lines.join("\n")}\n`;
}

/** A binary column `flag` and a column `color` of three colours, seeded. */
function flagAndColorTable(rows: number, yes: number, seed: number): string {
  const next = seededRandom(seed);
  const colors = ["red", "green", "blue"];
  const lines = ["flag,color"];
  for (let i = 0; i < rows; i++) {
    lines.push(`${next() < yes ? "yes" : "no"},${colors[Math.floor(next() * 3)]}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A column `flag` holding each value as many times as given, in order. */
const countedFlags = (counts: Record<string, number>): string =>
  [
    "flag",
    ...Object.entries(counts).flatMap(([value, n]) => Array<string>(n).fill(value)),
    "",
  ].join("\n");

/** Runs `mlops drift-check` on two CSV texts (or a profile of the current one) with a method. */
async function check(ref: string, cur: string, method: string, compare = false) {
  const { dir, write } = tempDir();
  write("reference.csv", ref);
  write("current.csv", cur);
  if (compare) {
    const profile = ["drift-check", "--mode", "profile", "--current", "current.csv"];
    expect((await mlops([...profile, "--report-path", "current.json"], dir)).code).toBe(0);
  }
  const run = await mlops(
    [
      "drift-check",
      ...flags({
        mode: compare ? "compare" : "check",
        reference: "reference.csv",
        current: compare ? "current.json" : "current.csv",
        method,
        "fail-step": "false",
      }),
    ],
    dir,
  );
  const path = `${dir}/mlops-out/drift-report.json`;
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as DriftReport)
    : undefined;
  const column = (name: string) => report!.columns.find((c) => c.name === name)!;
  return { ...run, column };
}

describe("drift-check's methods from Evidently", () => {
  it.each([
    ["hellinger", "x", 0.1, "score >= threshold"],
    ["kl_div", "x", 0.1, "score >= threshold"],
    ["energy", "x", 0.1, "score > threshold"],
    ["ed", "x", 0.1, "score > threshold"],
    ["mannw", "x", 0.05, "p_value < threshold"],
    ["anderson", "x", 0.1, "p_value < threshold"],
    ["cramer_von_mises", "x", 0.1, "p_value <= threshold"],
    ["hellinger", "color", 0.1, "score >= threshold"],
    ["kl_div", "color", 0.1, "score >= threshold"],
    ["g_test", "color", 0.1, "p_value < threshold"],
    ["tvd", "color", 0.1, "p_value < threshold"],
    ["TVD", "color", 0.1, "p_value < threshold"],
  ])(
    "%s on %s: drift on shifted data, none on data of the same distribution, Evidently's default threshold",
    async (method, name, threshold, rule) => {
      const calm = await check(reference, same, `{${name}: ${method}}`);
      const moved = await check(reference, shifted, `{${name}: ${method}}`);
      const expected = method === "ed" ? "energy" : method === "TVD" ? "tvd" : method;
      expect(calm.column(name)).toMatchObject({ method: expected, threshold, drift_when: rule });
      expect(calm.column(name).drifted).toBe(false);
      expect(moved.column(name).drifted).toBe(true);
      expect(moved.column(name).tests).toHaveProperty(expected);
    },
  );

  it.each([
    ["z", 0.05],
    ["fisher_exact", 0.1],
  ])(
    "%s: drift when a binary column's shares move, none when they hold, from data or a profile",
    async (method, threshold) => {
      const ref = flagTable(500, 0.3, 7);
      for (const compare of [false, true]) {
        const calm = await check(ref, flagTable(500, 0.3, 8), method, compare);
        const moved = await check(ref, flagTable(500, 0.45, 9), method, compare);
        expect(calm.column("flag")).toMatchObject({ method, threshold, drifted: false });
        expect(moved.column("flag")).toMatchObject({ method, drifted: true });
        expect(moved.column("flag").p_value).toBeLessThan(0.01);
      }
    },
  );

  it("kl_div counts a number with at most 20 distinct values by value, as Evidently bins it", async () => {
    const { column } = await check(reference, same, "{level: kl_div}");
    expect(column("level").tests.kl_div!.binning).toBe("categories, empty ones smoothed");
  });

  it("bins numbers in Sturges' equal-width bins over both samples for hellinger", async () => {
    const { column } = await check(reference, same, "{x: hellinger}");
    // 1200 distinct values: ceil(log2(1200) + 1) = 12 bins.
    expect(column("x").tests.hellinger!.binning).toBe(
      "12 equal-width bins over both samples (Sturges)",
    );
  });

  it("tvd reports Evidently's 1000 permutations and the same p-value on every run", async () => {
    const first = await check(reference, shifted, "{color: tvd}");
    const again = await check(reference, shifted, "{color: tvd}");
    expect(first.column("color").tests.tvd).toMatchObject({ permutations: 1000 });
    expect(again.column("color").tests.tvd).toEqual(first.column("color").tests.tvd);
    expect(first.column("color").statistic).toBe(first.column("color").tests.tvd!.statistic);
  });

  it("cramer_von_mises is exact on samples of at most 20 values, asymptotic past that", async () => {
    const small = await check(
      csvTable({ rows: 15, seed: 1 }),
      csvTable({ rows: 20, seed: 2 }),
      "{x: cramer_von_mises}",
    );
    expect(small.column("x").tests.cramer_von_mises).toMatchObject({ method: "exact" });
    const large = await check(reference, same, "{x: cramer_von_mises}");
    expect(large.column("x").tests.cramer_von_mises).toMatchObject({ method: "asymp" });
  });

  it.each(["hellinger", "kl_div", "g_test", "tvd"])(
    "%s on a categorical column works from a profile too",
    async (method) => {
      const calm = await check(reference, same, `{color: ${method}}`, true);
      const moved = await check(reference, shifted, `{color: ${method}}`, true);
      expect(calm.column("color")).toMatchObject({ method, drifted: false });
      expect(moved.column("color")).toMatchObject({ method, drifted: true });
    },
  );

  it.each(["energy", "mannw", "anderson", "cramer_von_mises", "hellinger", "kl_div"])(
    "refuses %s on a numeric column of a profile, which holds only a sketch of its values",
    async (method) => {
      const run = await check(reference, same, `{x: ${method}}`, true);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `input 'method': ${method} needs every value of column 'x', and a profile holds only a sketch of them. Compare the data itself`,
      );
    },
  );

  it("leaves a column untested by anderson when the two sides hold fewer than 4 values", async () => {
    const run = await check("x\n1\n2\n", "x\n3\n", "anderson");
    expect(run.column("x")).toMatchObject({
      method: "anderson",
      statistic: null,
      drifted: false,
      note: "anderson needs at least 4 values in the two samples together (2 + 1 here)",
    });
    expect(run.stderr).toContain("inconclusive: no column could be tested");
  });

  it.each(["energy", "mannw", "anderson", "cramer_von_mises"])(
    "refuses %s on a column of text",
    async (method) => {
      const run = await check(reference, same, `{color: ${method}}`);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `input 'method': ${method} compares numbers, and column 'color' is categorical`,
      );
    },
  );

  it.each(["g_test", "z", "fisher_exact", "tvd"])(
    "refuses %s on a numeric column",
    async (method) => {
      const run = await check(reference, same, `{x: ${method}}`);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `input 'method': ${method} compares categories, and column 'x' is numeric (more than 5 distinct values)`,
      );
    },
  );

  it.each(["z", "fisher_exact"])(
    "refuses %s on a column of more than two categories",
    async (method) => {
      const run = await check(reference, same, `{color: ${method}}`);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `input 'method': ${method} compares two categories, and column 'color' has 3. Use chi2, g_test`,
      );
    },
  );

  it.each(["z", "fisher_exact"])(
    "%s for every column tests the binary ones and leaves a column of three categories to auto, with a note",
    async (method) => {
      const ref = flagAndColorTable(400, 0.3, 21);
      for (const compare of [false, true]) {
        const run = await check(ref, flagAndColorTable(400, 0.3, 22), method, compare);
        expect(run.code).toBe(0);
        expect(run.column("flag")).toMatchObject({ method, note: null });
        expect(run.column("color")).toMatchObject({
          method: "chi2",
          note: `tested with chi2, auto's method for categories: method ${method} compares two categories, and this column has 3`,
        });
      }
    },
  );

  it("leaves a numeric column to auto when one categorical method is given for every column", async () => {
    const { column } = await check(reference, same, "g_test");
    expect(column("color").method).toBe("g_test");
    expect(column("x")).toMatchObject({
      method: "ks",
      note: "tested with ks, auto's method for numbers: method g_test compares categories",
    });
  });
});

/**
 * Evidently's z-test of a small reference's binary column (1,000 rows, 70% / 30%) against a
 * current of 200 rows (63% / 37%), computed with scipy: z = -1.9510923949370198 (pooled
 * proportion, the second value in sorted order the success), p = 2 * norm.sf(|z|) =
 * 0.051046055736460455; chi-square's p-value is 0.03075356125927456 (`chisquare([126, 74],
 * [140, 60])`). Compared within 5e-13 (`toBeCloseTo(x, 12)`).
 */
const Z_P_VALUE = 0.051046055736460455;
const CHI2_P_VALUE = 0.03075356125927456;

describe("auto, Evidently's default test per column", () => {
  it.each([
    ["no", "yes", "categorical"],
    ["false", "true", "boolean"],
    ["0", "1", "integer"],
  ])(
    "tests a column of two values (%s, %s) on a reference of at most 1,000 rows with the z-test, from data or a profile",
    async (first, second, type) => {
      const ref = countedFlags({ [first]: 700, [second]: 300 });
      const cur = countedFlags({ [first]: 126, [second]: 74 });
      for (const compare of [false, true]) {
        const { column } = await check(ref, cur, "auto", compare);
        expect(column("flag")).toMatchObject({ type, method: "z", threshold: 0.05, note: null });
        expect(column("flag").p_value).toBeCloseTo(Z_P_VALUE, 12);
        expect(column("flag").statistic).toBeCloseTo(-1.9510923949370198, 12);
        // Chi-square, reported beside it, falls below 0.05: the test picked decides the verdict.
        expect(column("flag").tests.chi2!.p_value).toBeCloseTo(CHI2_P_VALUE, 12);
        expect(column("flag").drifted).toBe(false);
      }
    },
  );

  it("keeps chi-square for three values over both sides, a value new in current counted", async () => {
    const ref = countedFlags({ no: 700, yes: 300 });
    const { column } = await check(ref, countedFlags({ no: 126, yes: 73, maybe: 1 }), "auto");
    expect(column("flag")).toMatchObject({ method: "chi2", p_value: 0, drifted: true });
  });

  it("keeps Jensen-Shannon for two values past 1,000 reference rows", async () => {
    const ref = countedFlags({ no: 701, yes: 300 });
    const { column } = await check(ref, countedFlags({ no: 126, yes: 74 }), "auto");
    expect(column("flag")).toMatchObject({ method: "jensen_shannon", threshold: 0.1 });
  });
});
