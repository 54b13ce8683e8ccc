import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chiSquareDrift,
  jensenShannonDrift,
  ksTwoSample,
  readColumns,
  wassersteinNormed,
  type DriftReport,
  type NumericColumn,
} from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check } from "./check-csv.js";
import { csvTable } from "./drift-data.js";
import { flags } from "../helpers/flags.js";

const example = (name: string) => `${repoRoot}examples/drift-check/${name}`;

describe("mlops drift-check", () => {
  it("flags the drifted example, writes a report valid against its schema, and fails the step by default", async () => {
    const { dir } = tempDir();
    const run = await mlops(
      [
        "drift-check",
        "--reference",
        example("reference.csv"),
        "--current",
        example("current.csv"),
        "--prediction-column",
        "churn_score",
        "--json",
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      verdict: "drift",
      drifted: "true",
      share: "0.6",
      "drifted-columns": '["age","income","plan","churn_score"]',
      "report-path": "mlops-out/drift-report.json",
      "html-path": "mlops-out/drift-report.html",
    });
    expect(run.stderr).toContain("mlops drift-check: drift: age, income, plan, churn_score");
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    // The action checks the report against mlops.drift-report/v1 before writing it.
    expect(report.schema).toBe("mlops.drift-report/v1");
    expect(report.created_at).toBe("2026-01-01T00:00:00.000Z");
    expect(report.dataset).toMatchObject({
      feature_drift: true,
      prediction_drift: true,
      tested_columns: 5,
    });
  });

  it("uses KS and chi-square up to 1000 reference rows, and numbers with at most 5 distinct values as categories", async () => {
    const { column, report } = await check(
      csvTable({ rows: 1000, seed: 1 }),
      csvTable({ rows: 800, seed: 2 }),
    );
    expect(report.columns.map((c) => [c.name, c.kind, c.method])).toEqual([
      ["x", "numeric", "ks"],
      ["level", "categorical", "chi2"],
      ["color", "categorical", "chi2"],
      ["score", "numeric", "ks"],
    ]);
    expect(column("x").threshold).toBe(0.05);
    expect(report.dataset.drifted).toBe(false);
  });

  it("uses normed Wasserstein and Jensen-Shannon (natural log) past 1000 rows, with the numbers of the stats core", async () => {
    const reference = csvTable({ rows: 1001, seed: 3 });
    const current = csvTable({ rows: 1500, seed: 4, shift: 0.5, red: 0.6 });
    const { column, report, dir } = await check(reference, current);
    expect(column("x").method).toBe("wasserstein");
    expect(column("color").method).toBe("jensen_shannon");
    expect(report.dataset.drifted_columns).toEqual(["x", "color", "score"]);

    const ref = await readColumns(`${dir}/reference.csv`);
    const cur = await readColumns(`${dir}/current.csv`);
    const values = (t: typeof ref) => (t.columns.get("x") as NumericColumn).values;
    const w = wassersteinNormed(values(ref), values(cur));
    const ks = ksTwoSample(values(ref), values(cur));
    expect(column("x").statistic).toBe(w.normed);
    expect(column("x").tests.wasserstein).toEqual({ distance: w.distance, normed: w.normed });
    expect(column("x").tests.ks).toEqual({
      statistic: ks.statistic,
      p_value: ks.pValue,
      method: ks.method,
    });

    const counts = (text: string) => {
      const m = new Map<string, number>();
      for (const line of text.trim().split("\n").slice(1)) {
        const color = line.split(",")[2]!;
        m.set(color, (m.get(color) ?? 0) + 1);
      }
      return m;
    };
    const chi2 = chiSquareDrift(counts(reference), counts(current));
    expect(column("color").tests.chi2).toMatchObject({
      statistic: chi2.statistic,
      p_value: chi2.pValue,
      dof: 2,
    });
    expect(column("color").tests.jensen_shannon).toEqual({
      distance: jensenShannonDrift(counts(reference), counts(current)).distance,
      base: "e",
    });
  });

  it("keeps every other column's threshold when one column's is set (Evidently #678)", async () => {
    const reference = csvTable({ rows: 1200, seed: 5 });
    const current = csvTable({ rows: 1200, seed: 6, shift: 0.3 });
    const { column } = await check(reference, current, ["--threshold", "x: 0.9"]);
    expect(column("x")).toMatchObject({ threshold: 0.9, drifted: false });
    expect(column("score")).toMatchObject({ threshold: 0.1, drifted: true });
    expect(column("color").threshold).toBe(0.1);
  });

  it("takes a method per column, the others staying auto, and a threshold per method", async () => {
    const { column } = await check(
      csvTable({ rows: 300, seed: 7 }),
      csvTable({ rows: 300, seed: 8 }),
      ["--method", "{x: psi, color: jensenshannon}", "--threshold", "{psi: 0.2}"],
    );
    expect(column("x")).toMatchObject({ method: "psi", threshold: 0.2 });
    expect(column("x").tests.psi).toMatchObject({ binning: "evidently" });
    expect(column("color").method).toBe("jensen_shannon");
    expect(column("score").method).toBe("ks");
  });

  it("corrects the feature p-values together with Holm before comparing them", async () => {
    const reference = csvTable({ rows: 400, seed: 9 });
    const current = csvTable({ rows: 400, seed: 10, shift: 0.15 });
    const plain = await check(reference, current);
    const holm = await check(reference, current, ["--correction", "holm"]);
    const pValues = plain.report.columns.map((c) => c.p_value!);
    const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
    let running = 0;
    const expected: number[] = [];
    order.forEach(([p, i], rank) => {
      running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
      expected[i] = running;
    });
    expect(holm.report.columns.map((c) => c.adjusted_p_value)).toEqual(expected);
    expect(plain.report.columns.every((c) => c.adjusted_p_value === null)).toBe(true);
  });

  it("reports the prediction column apart: it does not count in the share, and its drift alone drifts the dataset", async () => {
    const reference = csvTable({ rows: 300, seed: 11 });
    const current = csvTable({ rows: 300, seed: 11 }).replace(
      /,(0\.\d+)\n/g,
      (_, s) => `,${(Number(s) + 0.3).toFixed(6)}\n`,
    );
    const { report, column } = await check(reference, current, ["--prediction-column", "score"]);
    expect(column("score").role).toBe("prediction");
    expect(report.dataset).toMatchObject({
      share: 0,
      feature_drift: false,
      prediction_drift: true,
      drifted: true,
    });
  });

  it("names the file, line and column of a value that does not fit, and writes no report", async () => {
    const current = csvTable({ rows: 20, seed: 12 }).replace(/\n([^,\n]+),/, "\nabc,");
    const { code, stderr } = await check(csvTable({ rows: 20, seed: 13 }), current);
    expect(code).toBe(1);
    // The fix names what works: missing-values for a cell that means no value, else a contract's type.
    expect(stderr).toBe(
      `mlops drift-check: current.csv:2: column 'x' (numeric): "abc" is not a number. Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value), which reads both sides: the current data is read with the types inferred from the reference's first rows\n`,
    );
  });

  it("names a value that does not fit the type its own first rows showed, where no reference gives it", async () => {
    const { dir, write } = tempDir();
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i}`);
    write("current.csv", `age\n${rows.join("\n")}\nabc\n`);
    const { stderr } = await mlops(
      ["drift-check", "--mode", "profile", "--current", "current.csv"],
      dir,
    );
    expect(stderr).toBe(
      `mlops drift-check: current.csv:10002: column 'age' (integer): "abc" is not an integer. Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value): the column's type was inferred from the first rows of the data, which hold none like it\n`,
    );
  });

  it("refuses a column the reference does not have, naming the input", async () => {
    const { code, stderr } = await check(
      csvTable({ rows: 20, seed: 14 }),
      csvTable({ rows: 20, seed: 15 }),
      ["--columns", "x, colour"],
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "mlops drift-check: input 'columns': the reference has no column 'colour'",
    );
  });

  it("drifts every column the current data lacks, as missing in every row, and names them in one warning", async () => {
    const current = csvTable({ rows: 20, seed: 15 }).replace(
      "x,level,color,score",
      "x,size,y,score",
    );
    const { code, stdout, stderr, column, report } = await check(
      csvTable({ rows: 20, seed: 14 }),
      current,
    );
    expect(code).toBe(0);
    expect(stderr).toContain(
      "warning: current.csv lacks columns the reference has, compared as missing in every row: 'level', 'color' (name one dropped on purpose in ignore-columns)\n",
    );
    for (const name of ["level", "color"]) {
      expect(column(name)).toMatchObject({
        score: null,
        drifted: true,
        n_current: 0,
        missing_current: 20,
        note: "absent from the current data, where the reference has 20 values",
      });
    }
    // Two of the four features drifted: the dataset drifts at the default share of 50%.
    expect(report.dataset).toMatchObject({ drifted: true, share: 0.5, tested_columns: 4 });
    expect(report.dataset.drifted_columns).toEqual(expect.arrayContaining(["level", "color"]));
    expect(stdout).toContain("verdict: drift\n");
    expect(stdout).toContain(
      "⚠️ yes (absent from the current data, where the reference has 20 values)",
    );
    expect(stderr).toContain(
      "warning: color drifted: absent from the current data, where the reference has 20 values",
    );
  });

  describe("a prediction column the current data lacks", () => {
    /** The seeded table less the columns at `drop` (0-based: color is 2, score 3). */
    const without = (table: string, drop: number[]) =>
      table
        .split("\n")
        .map((line) =>
          line === ""
            ? line
            : line
                .split(",")
                .filter((_, i) => !drop.includes(i))
                .join(","),
        )
        .join("\n");
    const reference = csvTable({ rows: 20, seed: 14 });
    const current = csvTable({ rows: 20, seed: 15 });
    const predictionAdvice =
      "the prediction column 'score' (prediction-column names one column of the reference and the current data alike: the current data must hold the model's predictions under that name, or, where it holds none, leave prediction-column empty and name 'score' in ignore-columns)";

    it("is named apart, with advice that works for it: ignore-columns does not leave it out", async () => {
      const run = await check(reference, without(current, [3]), [
        "--prediction-column",
        "score",
        "--ignore-columns",
        "score",
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        `warning: current.csv lacks a column the reference has, compared as missing in every row: ${predictionAdvice}\n`,
      );
      expect(run.stderr).not.toContain("name one dropped on purpose");
      // Absent, the prediction drifts, and its drift alone drifts the dataset.
      expect(run.column("score")).toMatchObject({
        role: "prediction",
        drifted: true,
        n_current: 0,
      });
      expect(run.report.dataset).toMatchObject({ prediction_drift: true, drifted: true });
    });

    it("is named after the ordinary columns it lacks, each with its own advice", async () => {
      const run = await check(reference, without(current, [2, 3]), [
        "--prediction-column",
        "score",
      ]);
      expect(run.stderr).toContain(
        `warning: current.csv lacks columns the reference has, compared as missing in every row: 'color' (name one dropped on purpose in ignore-columns), and ${predictionAdvice}\n`,
      );
    });

    it("is not warned of once prediction-column is left empty and ignore-columns names it, as the advice says", async () => {
      const run = await check(reference, without(current, [3]), ["--ignore-columns", "score"]);
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain("lacks");
      expect(run.report.columns.map((c) => c.name)).toEqual(["x", "level", "color"]);
    });
  });

  it.each([
    ["columns", "x, colour", "the reference has no column 'colour'"],
    ["method", "{colour: ks}", "'colour' is not a checked column"],
    ["threshold", "{colour: 0.1}", "'colour' is neither a checked column nor a method"],
  ])(
    "still refuses a name the reference lacks in %s, though the current data lacks it too",
    async (input, value, message) => {
      const current = csvTable({ rows: 20, seed: 15 }).replace("color", "colour");
      const { code, stderr, text } = await check(csvTable({ rows: 20, seed: 14 }), current, [
        `--${input}`,
        value,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(`mlops drift-check: input '${input}': ${message}`);
      expect(text).toBe("{}");
    },
  );

  it("writes no NaN: a column empty in the reference is reported as not tested, with finite numbers elsewhere", async () => {
    const reference = csvTable({ rows: 50, seed: 17 }).replace(/\n[^,\n]+,/g, "\n,");
    const { column, text, report } = await check(reference, csvTable({ rows: 50, seed: 16 }));
    // As a value, not inside a string (the missing values name "NaN").
    expect(text).not.toMatch(/[:[,]\s*-?(?:NaN|Infinity)\b/);
    expect(column("x")).toMatchObject({
      statistic: null,
      drifted: false,
      note: "no values in the reference data",
    });
    expect(report.dataset).toMatchObject({ share: 0, tested_columns: 3 });
  });

  it("drifts a column whose every current value is missing, though no test can score it", async () => {
    const current = csvTable({ rows: 50, seed: 16 }).replace(/\n[^,\n]+,/g, "\n,");
    const { code, stdout, stderr, column, text, report } = await check(
      csvTable({ rows: 50, seed: 17 }),
      current,
      ["--fail-step", "true", "--drift-share", "0"],
    );
    // As a value, not inside a string (the missing values name "NaN").
    expect(text).not.toMatch(/[:[,]\s*-?(?:NaN|Infinity)\b/);
    expect(column("x")).toMatchObject({
      statistic: null,
      score: null,
      drifted: true,
      n_current: 0,
      missing_current: 50,
      note: "all 50 current values are missing, where the reference has 50",
    });
    expect(report.dataset).toMatchObject({
      drifted: true,
      share: 0.25,
      tested_columns: 4,
      drifted_columns: ["x"],
    });
    expect(stdout).toContain(
      "⚠️ yes (all 50 current values are missing, where the reference has 50)",
    );
    expect(stderr).toContain(
      "warning: x drifted: all 50 current values are missing, where the reference has 50",
    );
    expect(code).toBe(1);
  });

  it("fails an empty current dataset as inconclusive by default: no rows is no all-clear", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", csvTable({ rows: 50, seed: 18 }));
    write("current.csv", "x,level,color,score\n");
    const args = flags({ reference: "reference.csv", current: "current.csv", json: true });
    const { code, stdout, stderr } = await mlops(["drift-check", ...args], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: "inconclusive", drifted: "false" });
    expect(stderr).toContain(
      "mlops drift-check: inconclusive: no column could be tested: the current data has no rows",
    );
  });

  it("only reports an empty current dataset as inconclusive with fail-step false, in its verdict output, summary and report", async () => {
    const reference = csvTable({ rows: 50, seed: 18 });
    const header = reference.split("\n")[0]!;
    const { code, stdout, stderr, report } = await check(reference, `${header}\n`);
    expect(code).toBe(0);
    expect(stdout).toContain("verdict: inconclusive\ndrifted: false\n");
    expect(report.dataset).toMatchObject({ inconclusive: true, drifted: false, tested_columns: 0 });
    expect(stdout).toContain(
      "### ⚠️ drift-check: inconclusive (no column could be tested: the current data has no rows)",
    );
    // A warning, not the failure: the log still says that nothing was tested.
    expect(stderr).toContain(
      "warning: inconclusive: no column could be tested: the current data has no rows",
    );
    expect(stderr).not.toContain("mlops drift-check: inconclusive");
  });

  it("applies one numeric method for all to the columns of numbers, keeps auto for text, and says so", async () => {
    const { code, stdout, report, column } = await check(
      csvTable({ rows: 300, seed: 20 }),
      csvTable({ rows: 300, seed: 21 }),
      ["--method", "ks"],
    );
    expect(code).toBe(0);
    expect(report.columns.map((c) => [c.name, c.method])).toEqual([
      ["x", "ks"],
      ["level", "ks"],
      ["color", "chi2"],
      ["score", "ks"],
    ]);
    const note = "tested with chi2, auto's method for categories: method ks compares numbers";
    expect(column("color")).toMatchObject({ note });
    expect(column("x")).toMatchObject({ note: null });
    expect(stdout).toMatch(
      /\| color \| categorical \| chi2 \|.*\| no \(tested with chi2, auto's method/,
    );
  });

  it("still refuses a numeric method named for a column of text", async () => {
    const { code, stderr } = await check(
      csvTable({ rows: 50, seed: 22 }),
      csvTable({ rows: 50, seed: 23 }),
      ["--method", "{color: ks}"],
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "input 'method': ks compares numbers, and column 'color' is categorical. Use chi2, jensen_shannon, hellinger, kl_div, g_test, tvd or z",
    );
  });

  it.each(["chi2", "jensen_shannon"])(
    "bins a continuous column at the reference's quantiles for %s instead of a category per value",
    async (method) => {
      const { column } = await check(
        csvTable({ rows: 800, seed: 24 }),
        csvTable({ rows: 800, seed: 25 }),
        ["--method", `{x: ${method}}`],
      );
      // Sturges for 800 reference rows: ceil(log2(800) + 1) = 11 bins.
      expect(column("x")).toMatchObject({
        kind: "numeric",
        method,
        drifted: false,
        note: "numbers binned for chi2 and jensen_shannon: 11 bins cut at the reference's quantiles",
      });
      expect(column("x").tests.chi2).toMatchObject({ dof: 10, new_categories: [] });
    },
  );

  it("reads drift-share 0 as any drifted feature column: identical data passes, one drifted column fails", async () => {
    const table = csvTable({ rows: 300, seed: 26 });
    const same = await check(table, table, ["--drift-share", "0", "--fail-step", "true"]);
    expect(same.code).toBe(0);
    expect(same.stderr).not.toMatch(/drift:/);
    expect(same.report.dataset).toMatchObject({ drifted: false, share: 0, drifted_columns: [] });

    const shifted = table.replace(/\n(-?\d+\.\d+),/g, (_, x) => `\n${(Number(x) + 1).toFixed(6)},`);
    const one = await check(table, shifted, ["--drift-share", "0", "--fail-step", "true"]);
    expect(one.code).toBe(1);
    expect(one.report.dataset).toMatchObject({ drifted: true, drifted_columns: ["x"] });
    expect(one.stderr).toContain(
      "mlops drift-check: drift: x (25% of the features; the dataset drifts at 0%)",
    );
  });

  it("charts the 30 strongest columns of a wider table and says how many there are", async () => {
    // 32 columns c0..c31, the first shifted the most: c31 and c30 are left off the chart.
    const wide = (shift: number) => {
      const header = Array.from({ length: 32 }, (_, k) => `c${k}`).join(",");
      const rows = Array.from({ length: 200 }, (_, i) =>
        Array.from({ length: 32 }, (_, k) => ((i * 37 + k * 11) % 101) + shift * (32 - k)).join(
          ",",
        ),
      );
      return `${[header, ...rows].join("\n")}\n`;
    };
    const run = await check(wide(0), wide(1));
    expect(run.stdout).toContain(
      'title "Drift score relative to its threshold (1 = threshold, above drifts), the 30 strongest of 32"',
    );
    const labels = run.stdout.match(/x-axis \[(.*)\]/)![1]!.split(", ");
    expect(labels).toHaveLength(30);
    expect(labels.slice(0, 2)).toEqual(['"c0"', '"c1"']);
    expect(labels).not.toContain('"c31"');
    // The table still lists every column.
    expect(run.stdout).toMatch(/\| c31 \|/);
  });

  it("says that no column is left to check when every column is ignored, before reading the current data", async () => {
    const { code, stderr, dir } = await check(csvTable({ rows: 20, seed: 27 }), "not,a,table\n", [
      "--ignore-columns",
      "x, level, color, score",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "mlops drift-check: input 'ignore-columns': leaves no column to check: it ignores every column of the reference. Ignore fewer columns",
    );
    expect(existsSync(`${dir}/mlops-out/drift-report.json`)).toBe(false);
  });

  it("names the untested columns when none could be tested although the data has rows", async () => {
    const ids = (from: number) =>
      `${["id", ...Array.from({ length: 30 }, (_, i) => `u${from + i}`)].join("\n")}\n`;
    const { code, stderr } = await check(ids(0), ids(10), ["--fail-step", "true"]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "mlops drift-check: inconclusive: no column could be tested (id: all 30 reference values are distinct",
    );
  });

  it("bins a continuous column from the sketches for chi2 in compare mode too", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", csvTable({ rows: 800, seed: 24 }));
    write("current.csv", csvTable({ rows: 800, seed: 25 }));
    const profile = ["drift-check", "--mode", "profile", "--current", "current.csv"];
    expect((await mlops([...profile, "--report-path", "current.json"], dir)).code).toBe(0);
    const run = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "compare",
          reference: "reference.csv",
          current: "current.json",
          method: "{x: chi2}",
        }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(
      readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
    ) as DriftReport;
    const x = report.columns.find((c) => c.name === "x")!;
    expect(x).toMatchObject({
      method: "chi2",
      drifted: false,
      note: "numbers binned for chi2 and jensen_shannon: 11 bins cut at the reference's quantiles, from the sketches (approximate)",
    });
    expect(x.tests.chi2).toMatchObject({ dof: 10, new_categories: [] });
  });
});

describe("a checked column the current side lacks, compared as profiles", () => {
  /** The table without its color column. */
  const withoutColor = (table: string) =>
    table
      .split("\n")
      .map((line) => line.split(",").toSpliced(2, 1).join(","))
      .join("\n");

  /** Profiles `data` into `profile` with profile mode. */
  const profiled = async (dir: string, data: string, profile: string) => {
    const run = await mlops(
      ["drift-check", ...flags({ mode: "profile", current: data, "report-path": profile })],
      dir,
    );
    expect(run.code).toBe(0);
  };

  it.each([
    ["data against a reference profile", "reference.json", "current.csv"],
    ["profiles in compare mode", "reference.csv", "profiles/*.json"],
  ])(
    "drifts as missing in every row, named in a warning, the report and the summary: %s",
    async (_, reference, current) => {
      const { dir, write } = tempDir();
      write("reference.csv", csvTable({ rows: 60, seed: 40 }));
      write("current.csv", withoutColor(csvTable({ rows: 45, seed: 41 })));
      await profiled(dir, "reference.csv", "reference.json");
      await profiled(dir, "current.csv", "profiles/0.json");
      const mode = current.endsWith(".json") ? "compare" : "check";
      const run = await mlops(
        ["drift-check", ...flags({ mode, reference, current, "fail-step": "false" })],
        dir,
      );
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        `warning: ${current} lacks a column the reference has, compared as missing in every row: 'color' (name one dropped on purpose in ignore-columns)\n`,
      );
      const report = JSON.parse(
        readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
      ) as DriftReport;
      expect(report.exact).toBe(false);
      expect(report.columns.find((c) => c.name === "color")).toMatchObject({
        type: "categorical",
        score: null,
        drifted: true,
        n_current: 0,
        missing_current: 45,
        note: "absent from the current data, where the reference has 60 values",
      });
      expect(report.dataset).toMatchObject({ tested_columns: 4 });
      expect(report.dataset.drifted_columns).toContain("color");
      expect(run.stdout).toContain(
        "| color | categorical | chi2 | — | — | p_value < 0.05 | ⚠️ yes (absent from the current data, where the reference has 60 values) | 60 | 0 |",
      );
    },
  );
});

describe("a checked key that no line of JSON Lines current data has", () => {
  /** The table as JSON Lines, each row's color given as `color(row)` (absent when undefined). */
  const jsonLines = (table: string, color: (value: string) => string | null | undefined) =>
    table
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => {
        const [x, level, value, score] = line.split(",");
        return JSON.stringify({ x: Number(x), level: Number(level), color: color(value!), score });
      })
      .join("\n");

  /** Writes the reference and the current data, and profiles the reference with profile mode. */
  const written = async (current: (value: string) => string | null | undefined) => {
    const { dir, write } = tempDir();
    write(
      "reference.jsonl",
      jsonLines(csvTable({ rows: 60, seed: 42 }), (value) => value),
    );
    write("current.jsonl", jsonLines(csvTable({ rows: 45, seed: 43 }), current));
    const profiled = await mlops(
      ["drift-check", ...flags({ mode: "profile", current: "reference.jsonl" })],
      dir,
    );
    expect(profiled.code).toBe(0);
    return dir;
  };

  /** Compares current.jsonl with `reference`; the run, and the color column's report. */
  const compared = async (dir: string, reference: string) => {
    const run = await mlops(
      ["drift-check", ...flags({ reference, current: "current.jsonl", "fail-step": "false" })],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(
      readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
    ) as DriftReport;
    return { run, color: report.columns.find((c) => c.name === "color") };
  };

  it.each([
    ["a reference profile", "mlops-out/drift-profile.json"],
    ["reference data", "reference.jsonl"],
  ])("is warned of, named with its file, and drifts as absent: %s", async (_, reference) => {
    const dir = await written(() => undefined);
    const { run, color } = await compared(dir, reference);
    expect(run.stderr).toContain(
      "warning: current.jsonl lacks a column the reference has, compared as missing in every row: 'color' (name one dropped on purpose in ignore-columns)\n",
    );
    expect(color).toMatchObject({
      score: null,
      drifted: true,
      n_current: 0,
      missing_current: 45,
      note: "absent from the current data, where the reference has 60 values",
    });
  });

  it("is not warned of when some line has it, even as null in every line", async () => {
    const dir = await written(() => null);
    const { run, color } = await compared(dir, "mlops-out/drift-profile.json");
    expect(run.stderr).not.toContain("lacks a column");
    expect(color).toMatchObject({
      drifted: true,
      n_current: 0,
      missing_current: 45,
      note: "all 45 current values are missing, where the reference has 60",
    });
  });
});

describe("a JSON Lines key first seen after the rows the columns were read from", () => {
  /** 60 reference rows of x, and `rows` current rows whose `promo` key starts at row `from`. */
  const written = (rows: number, from: number) => {
    const { dir, write } = tempDir();
    const line = (i: number, promo: boolean) =>
      JSON.stringify(promo ? { x: i % 7, promo: "yes" } : { x: i % 7 });
    const lines = (n: number, start: number) =>
      Array.from({ length: n }, (_, i) => line(i, i >= start)).join("\n");
    write("reference.jsonl", lines(60, 60));
    write("current.jsonl", lines(rows, from));
    return dir;
  };
  const warning =
    "warning: current.jsonl has a key the reference lacks, not checked: 'promo' (first at current.jsonl:10006); the columns of JSON Lines data are the keys of its first rows, and this key first appears after them\n";

  it.each([
    ["reference data", "reference.jsonl", []],
    ["a reference profile", "mlops-out/drift-profile.json", ["--mode", "profile"]],
  ])("is warned of with its line, compared with %s", async (_, reference, profiling) => {
    const dir = written(10_010, 10_005);
    if (profiling.length > 0) {
      const args = [...profiling, ...flags({ current: "reference.jsonl" })];
      expect((await mlops(["drift-check", ...args], dir)).code).toBe(0);
    }
    const args = flags({ reference, current: "current.jsonl", "fail-step": "false" });
    const run = await mlops(["drift-check", ...args], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(warning);
  });

  it("is warned of as an early key is, and when the current data is profiled", async () => {
    const values = { reference: "reference.jsonl", current: "current.jsonl", "fail-step": "false" };
    const early = await mlops(["drift-check", ...flags(values)], written(20, 5));
    expect(early.stderr).toContain(
      "warning: current.jsonl has a column the reference lacks, not checked: 'promo'\n",
    );
    const dir = written(10_010, 10_005);
    const profiled = await mlops(
      ["drift-check", ...flags({ mode: "profile", current: "current.jsonl" })],
      dir,
    );
    expect(profiled.stderr).toContain(
      "warning: current.jsonl has a key its columns lack, not profiled: 'promo' (first at current.jsonl:10006)",
    );
  });

  /** drift-check on `dir` with `values`, and the profile of reference.jsonl made first if asked. */
  const run = async (dir: string, values: Record<string, string>, profileFirst = false) => {
    if (profileFirst) {
      const profile = flags({ mode: "profile", current: "reference.jsonl" });
      expect((await mlops(["drift-check", ...profile], dir)).code).toBe(0);
    }
    return mlops(["drift-check", ...flags({ "fail-step": "false", ...values })], dir);
  };

  /** The three ways current data is read: each side's flags, and whether a profile comes first. */
  const SIDES = {
    "reference data": [{ reference: "reference.jsonl" }, false],
    "a reference profile": [{ reference: "mlops-out/drift-profile.json" }, true],
    "nothing, in profile mode": [{ mode: "profile" }, false],
  } as const;

  it.each(Object.entries(SIDES))(
    "is left out unwarned where ignore-columns names it, with %s",
    async (_, [side, profileFirst]) => {
      const dir = written(10_010, 10_005);
      const values = { ...side, current: "current.jsonl", "ignore-columns": "promo" };
      const ignored = await run(dir, values, profileFirst);
      expect(ignored.code).toBe(0);
      expect(ignored.stderr).not.toContain("promo");
    },
  );

  it("is left out unwarned in the reference too, where ignore-columns names it", async () => {
    const { dir, write } = tempDir();
    write("reference.jsonl", readFileSync(`${written(10_010, 10_005)}/current.jsonl`, "utf8"));
    write("current.jsonl", readFileSync(`${written(60, 60)}/current.jsonl`, "utf8"));
    const values = { reference: "reference.jsonl", current: "current.jsonl" };
    expect((await run(dir, values)).stderr).toContain(
      "warning: the reference has a key its columns lack, not checked: 'promo' (first at reference.jsonl:10006)",
    );
    const ignored = await run(dir, { ...values, "ignore-columns": "promo" });
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).not.toContain("promo");
  });

  it.each(Object.entries(SIDES))(
    "leaves a name that is neither a column nor a key refused, once the data is read, with %s",
    async (_, [side, profileFirst]) => {
      const dir = written(10_010, 10_005);
      const values = { ...side, current: "current.jsonl", "ignore-columns": "promx" };
      const typo = await run(dir, values, profileFirst);
      expect(typo.code).toBe(1);
      const refusal =
        "mode" in side
          ? "current.jsonl has no column 'promx'. Its columns: x"
          : "neither the reference nor current.jsonl has a column 'promx'. Their columns: x";
      expect(typo.stderr).toContain(
        `mlops drift-check: input 'ignore-columns': ${refusal}, and keys of later lines: promo\n`,
      );
      const output = "mode" in side ? "drift-profile.json" : "drift-report.json";
      expect(existsSync(`${dir}/mlops-out/${output}`)).toBe(false);
    },
  );
});

describe("an empty current file", () => {
  it.each(["current.jsonl", "current.csv"])(
    "%s of 0 bytes is a day without rows: inconclusive, exit 0 with fail-step false",
    async (current) => {
      const { dir, write } = tempDir();
      write("reference.csv", csvTable({ rows: 50, seed: 18 }));
      write(current, "");
      const args = flags({ reference: "reference.csv", current, "fail-step": "false", json: true });
      const run = await mlops(["drift-check", ...args], dir);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ verdict: "inconclusive" });
      expect(run.stderr).toContain(
        "warning: inconclusive: no column could be tested: the current data has no rows",
      );
      expect(run.stderr).not.toContain("lacks");
    },
  );

  it("a 0-byte CSV reference has no header to read columns from, and is refused", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", "");
    write("current.csv", csvTable({ rows: 50, seed: 18 }));
    const args = flags({ reference: "reference.csv", current: "current.csv" });
    const run = await mlops(["drift-check", ...args], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "mlops drift-check: reference.csv:1: the file is empty: no header names its columns. Write the header row",
    );
  });
});
