import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DriftReport } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check } from "./check-csv.js";

const ROWS = 600;

interface Labelled {
  /** Whether row `i` is a positive example (label 1). */
  readonly positive: (i: number) => boolean;
  /** Added to every tenure: 0 leaves the features as the reference's, row for row. */
  readonly shift?: number;
  /** Added to every score, the model's output. */
  readonly scoreShift?: number;
}

/**
 * A churn table of ROWS rows: two features (tenure in months, plan), the model's score and the
 * true label. The features are a function of the row alone, so that two tables with the same
 * shift have the very same features and only their labels (or scores) differ.
 */
function labelled({ positive, shift = 0, scoreShift = 0 }: Labelled): string {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const tenure = ((i * 37) % 120) + shift;
    const plan = ["basic", "pro", "team"][i % 3];
    const score = (((i * 53) % 100) / 100 + scoreShift).toFixed(2);
    return `${tenure},${plan},${score},${positive(i) ? 1 : 0}`;
  });
  return `tenure,plan,score,label\n${rows.join("\n")}\n`;
}

/** One row in ten positive: a churn rate of 10%. */
const TEN_PERCENT = (i: number) => i % 10 === 0;
/** Three rows in ten positive: a churn rate of 30%. */
const THIRTY_PERCENT = (i: number) => i % 10 < 3;
/** 66 of 600 rows positive: 11%, within chance of 10%. */
const ELEVEN_PERCENT = (i: number) => i % 10 === 0 || i % 100 === 5;

const reference = labelled({ positive: TEN_PERCENT });

describe("drift-check's target column (label drift), reported apart from the features", () => {
  it("drifts the dataset on the labels' shift alone: 10% to 30% positives, the features unchanged", async () => {
    const current = labelled({ positive: THIRTY_PERCENT });
    const { report, column } = await check(reference, current, ["--target-column", "label"]);
    // Labels of two values are categories: the z-test of two proportions, as Evidently picks.
    expect(column("label")).toMatchObject({
      role: "target",
      kind: "categorical",
      method: "z",
      adjusted_p_value: null,
      drifted: true,
    });
    // statsmodels' proportions_ztest([60, 180], [600, 600]): z = -8.660254037844386,
    // p = 4.707140590140388e-18; within 1e-9, relative for the p-value.
    expect(Math.abs(column("label").statistic! - -8.660254037844386)).toBeLessThan(1e-9);
    expect(Math.abs(column("label").p_value! / 4.707140590140388e-18 - 1)).toBeLessThan(1e-9);
    expect(report.dataset).toEqual({
      drifted: true,
      inconclusive: false,
      share: 0,
      feature_drift: false,
      prediction_drift: null,
      target_drift: true,
      // The label is not a feature: tenure, plan and score are.
      tested_columns: 3,
      drifted_columns: ["label"],
      notes: [],
    });
  });

  it("acts on target drift as on any drift: the verdict, the outputs, and a failed step", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", reference);
    write("current.csv", labelled({ positive: THIRTY_PERCENT }));
    const run = await mlops(
      [
        "drift-check",
        ...flags({ reference: "reference.csv", current: "current.csv", "target-column": "label" }),
        "--json",
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      verdict: "drift",
      drifted: "true",
      share: "0",
      "drifted-columns": '["label"]',
      "report-path": "mlops-out/drift-report.json",
      "html-path": "mlops-out/drift-report.html",
    });
    expect(run.stderr).toContain("mlops drift-check: drift: label (0% of the features;");
  });

  it("reports a stable target beside drifted features: target_drift false, the features' share alone", async () => {
    const current = labelled({ positive: ELEVEN_PERCENT, shift: 40, scoreShift: 0.3 });
    const { report, column } = await check(reference, current, ["--target-column", "label"]);
    expect(column("label")).toMatchObject({ role: "target", drifted: false });
    // statsmodels' proportions_ztest([60, 66], [600, 600]) gives p = 0.5720684439367236.
    expect(Math.abs(column("label").p_value! - 0.5720684439367236)).toBeLessThan(1e-9);
    expect(report.dataset).toMatchObject({
      drifted: true,
      feature_drift: true,
      target_drift: false,
      prediction_drift: null,
      // tenure and score, of tenure, plan and score: the label is not counted.
      share: 2 / 3,
      tested_columns: 3,
      drifted_columns: ["tenure", "score"],
    });
  });

  it("judges no target where the current data has no label yet, as predictions logged before their labels", async () => {
    const unlabelled = labelled({ positive: THIRTY_PERCENT }).replace(/,[01]$/gm, ",");
    for (const current of [unlabelled, unlabelled.replace(/,label$|,$/gm, "")]) {
      const { report, column, stdout, stderr } = await check(reference, current, [
        "--target-column",
        "label",
      ]);
      expect(column("label")).toMatchObject({
        role: "target",
        n_current: 0,
        drifted: false,
        note: "no current value: the labels have not come in yet, and the target is judged once they have",
      });
      expect(report.dataset).toMatchObject({ drifted: false, target_drift: null, share: 0 });
      expect(stdout).toContain(
        "### ✅ drift-check: pass (0 of 3 columns drifted, 0%; the dataset drifts at 50%; the target has no labels yet)",
      );
      // Data without its labels is the usual case, not a column gone: no warning.
      expect(stderr).not.toContain("lacks");
    }
  });

  it("says a partly labelled target is judged on its labelled rows, which late labels may not represent", async () => {
    // The first 200 rows labelled, 30% positive; the other 400 awaiting their labels.
    const partly = labelled({ positive: THIRTY_PERCENT })
      .split("\n")
      .map((line, i) => (i > 200 ? line.replace(/,[01]$/, ",") : line))
      .join("\n");
    const { report, column, stdout } = await check(reference, partly, ["--target-column", "label"]);
    expect(column("label")).toMatchObject({
      role: "target",
      n_current: 200,
      missing_current: 400,
      drifted: true,
      note: "judged on the 200 current rows with a label, 400 more having none yet: labels that come late are seldom a sample of the rest",
    });
    expect(report.dataset.target_drift).toBe(true);
    expect(stdout).toContain(
      "(judged on the 200 current rows with a label, 400 more having none yet",
    );
    // A target labelled throughout has no such note.
    const whole = await check(reference, labelled({ positive: THIRTY_PERCENT }), [
      "--target-column",
      "label",
    ]);
    expect(whole.column("label").note).toBeNull();
  });

  it("writes target_drift null, and every column a feature, without a target column", async () => {
    const { report } = await check(reference, labelled({ positive: THIRTY_PERCENT }));
    expect(report.dataset).toMatchObject({ target_drift: null, share: 0.25, tested_columns: 4 });
    expect(report.columns.every((c) => c.role === "feature")).toBe(true);
  });

  it("tests a numeric regression target with the numeric methods", async () => {
    const prices = (shift: number) =>
      `rooms,price\n${Array.from({ length: ROWS }, (_, i) => `${1 + (i % 4)},${100 + ((i * 13) % 50) + shift}`).join("\n")}\n`;
    const { report, column } = await check(prices(0), prices(15), ["--target-column", "price"]);
    expect(column("price")).toMatchObject({
      role: "target",
      kind: "numeric",
      method: "ks",
      drifted: true,
    });
    expect(report.dataset).toMatchObject({ share: 0, target_drift: true, drifted: true });
  });

  it("leaves the target out of the multiple-testing correction, as the prediction column", async () => {
    const current = labelled({ positive: ELEVEN_PERCENT, shift: 1 });
    const { column, report } = await check(reference, current, [
      "--target-column",
      "label",
      "--correction",
      "bonferroni",
    ]);
    // Bonferroni over the three features: each p-value times three, at most 1.
    for (const name of ["tenure", "plan", "score"]) {
      const { p_value, adjusted_p_value } = column(name);
      expect(Math.abs(adjusted_p_value! - Math.min(1, 3 * p_value!))).toBeLessThan(1e-12);
    }
    expect(column("label")).toMatchObject({ adjusted_p_value: null });
    expect(column("label").score).toBe(column("label").p_value);
    expect(report.dataset.tested_columns).toBe(3);
  });

  it("shows the target row apart in the summary, after the features, and says how it went in the headline", async () => {
    const { stdout } = await check(reference, labelled({ positive: THIRTY_PERCENT }), [
      "--target-column",
      "label",
    ]);
    expect(stdout).toContain(
      "### ⚠️ drift-check: drift (0 of 3 columns drifted, 0%; the dataset drifts at 50%; the target drifted)",
    );
    const [features, target] = stdout.split("**Target drift**");
    expect(features).not.toMatch(/^\| label \|/m);
    expect(target).toMatch(/^\| label \| integer \| z \| .* \| ⚠️ yes \| 600 \| 600 \|$/m);
    expect(target).not.toMatch(/^\| (tenure|plan|score) \|/m);
  });

  it("marks the target row in the HTML report's overview and in its section's heading", async () => {
    const { dir } = await check(reference, labelled({ positive: THIRTY_PERCENT }), [
      "--target-column",
      "label",
    ]);
    const html = readFileSync(`${dir}/mlops-out/drift-report.html`, "utf8");
    expect(html).toMatch(
      /<td><a href="#column-3-label">label<\/a> <small class="role">target<\/small><\/td>/,
    );
    expect(html).toContain("<h2>label <small>integer, target</small>");
    expect(html).toContain("the target drifted");
    // A feature's row carries no role.
    expect(html).toMatch(/<td><a href="#column-0-tenure">tenure<\/a><\/td>/);
  });

  it("reports the prediction and the target apart from the features and from each other", async () => {
    const current = labelled({ positive: THIRTY_PERCENT, scoreShift: 0.3 });
    const { report, column, stdout } = await check(reference, current, [
      "--prediction-column",
      "score",
      "--target-column",
      "label",
    ]);
    expect([column("score").role, column("label").role]).toEqual(["prediction", "target"]);
    expect(report.dataset).toMatchObject({
      drifted: true,
      share: 0,
      feature_drift: false,
      prediction_drift: true,
      target_drift: true,
      tested_columns: 2,
      drifted_columns: ["score", "label"],
    });
    expect(stdout).toContain("; the prediction drifted; the target drifted)");
    const prediction = stdout.indexOf("**Prediction drift**");
    const target = stdout.indexOf("**Target drift**");
    expect(prediction).toBeGreaterThan(0);
    expect(target).toBeGreaterThan(prediction);
  });

  it("says the target is stable where the prediction drifted and the labels did not", async () => {
    const current = labelled({ positive: TEN_PERCENT, scoreShift: 0.3 });
    const { report, stdout } = await check(reference, current, [
      "--prediction-column",
      "score",
      "--target-column",
      "label",
    ]);
    expect(report.dataset).toMatchObject({
      drifted: true,
      prediction_drift: true,
      target_drift: false,
    });
    expect(stdout).toContain("; the prediction drifted; the target is stable)");
  });

  it("checks the target column even where ignore-columns names it, as it does the prediction column", async () => {
    const current = labelled({ positive: THIRTY_PERCENT, scoreShift: 0.3 });
    const { report } = await check(reference, current, [
      ...flags({
        "ignore-columns": "label, score",
        "target-column": "label",
        "prediction-column": "score",
      }),
    ]);
    expect(report.columns.map((c) => [c.name, c.role])).toEqual([
      ["tenure", "feature"],
      ["plan", "feature"],
      ["score", "prediction"],
      ["label", "target"],
    ]);
  });

  it("keeps the target column in a profile, and judges it as the target in compare mode", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", reference);
    // Labelled but for the last 100 rows: the profile counts them missing, and the note says so.
    write(
      "current.csv",
      labelled({ positive: THIRTY_PERCENT })
        .split("\n")
        .map((line, i) => (i > 500 ? line.replace(/,[01]$/, ",") : line))
        .join("\n"),
    );
    const profile = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "profile",
          current: "current.csv",
          columns: "tenure",
          "target-column": "label",
          "report-path": "current-profile.json",
        }),
      ],
      dir,
    );
    expect(profile.code).toBe(0);
    const compare = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "compare",
          reference: "reference.csv",
          current: "current-profile.json",
          columns: "tenure",
          "target-column": "label",
          "fail-step": "false",
        }),
      ],
      dir,
    );
    expect(compare.code).toBe(0);
    const report = JSON.parse(
      readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
    ) as DriftReport;
    expect(report.columns.map((c) => [c.name, c.role, c.drifted])).toEqual([
      ["tenure", "feature", false],
      ["label", "target", true],
    ]);
    expect(report.columns[1]).toMatchObject({
      n_current: 500,
      missing_current: 100,
      note: "judged on the 500 current rows with a label, 100 more having none yet: labels that come late are seldom a sample of the rest",
    });
    expect(report.dataset).toMatchObject({ target_drift: true, share: 0, drifted: true });
  });

  it("says nothing of the labelled rows where the target could not be tested", async () => {
    // A reference without labels leaves the target untested: no rows were judged.
    const unlabelledReference = reference.replace(/,[01]$/gm, ",");
    const partly = labelled({ positive: THIRTY_PERCENT })
      .split("\n")
      .map((line, i) => (i > 200 ? line.replace(/,[01]$/, ",") : line))
      .join("\n");
    const { column } = await check(unlabelledReference, partly, ["--target-column", "label"]);
    expect(column("label").statistic).toBeNull();
    expect(column("label").note).not.toContain("judged on");
  });

  describe("refuses in one line, writing nothing", () => {
    it.each([
      [
        "a target column the reference lacks, listing its columns",
        { "target-column": "churned" },
        "mlops drift-check: input 'target-column': the reference has no column 'churned'. Its columns: tenure, plan, score, label\n",
      ],
      [
        "the same column as the target and the prediction",
        { "target-column": "label", "prediction-column": "label" },
        "mlops drift-check: input 'target-column': names the prediction column 'label' too. Give target-column the column of the true labels and prediction-column the model's predictions, or leave one of them out\n",
      ],
    ])("%s", async (_, inputs, line) => {
      const { code, stderr, dir } = await check(
        reference,
        labelled({ positive: THIRTY_PERCENT }),
        flags(inputs),
      );
      expect(code).toBe(1);
      expect(stderr).toBe(line);
      expect(existsSync(`${dir}/mlops-out/drift-report.json`)).toBe(false);
      expect(existsSync(`${dir}/mlops-out/drift-report.html`)).toBe(false);
    });

    it("refuses the same column given both roles in profile mode too, before any data is read", async () => {
      const { dir } = tempDir();
      const run = await mlops(
        [
          "drift-check",
          ...flags({
            mode: "profile",
            current: "no-such.csv",
            "target-column": "label",
            "prediction-column": " label ",
          }),
        ],
        dir,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^mlops drift-check: input 'target-column': names the prediction column 'label' too\. /,
      );
      expect(existsSync(`${dir}/mlops-out/drift-profile.json`)).toBe(false);
    });
  });
});
