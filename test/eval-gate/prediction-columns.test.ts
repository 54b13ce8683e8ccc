import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const ACCURACY = "metrics:\n  accuracy: {direction: higher, min: 0.5}\n";
const MAE = "metrics:\n  mae: {direction: lower, max: 1}\n";
const ROC_AUC = "min-samples: 10\nmetrics:\n  roc_auc: {direction: higher, min: 0.5}\n";

/** The row of example `i` by column: a label, a prediction right but for every `wrongEvery`th. */
type RowOf = (i: number, wrongEvery: number) => Record<string, string | number>;

/** A binary classifier's predictions under scikit-learn's names, as a user's own script writes. */
const sklearnRow = (i: number, wrongEvery: number) => {
  const label = i % 2;
  const predicted = i % wrongEvery === 0 ? 1 - label : label;
  return { row_id: `ex-${i}`, y_true: label, y_pred: predicted, proba: predicted ? 0.8 : 0.2 };
};

/** A regressor's predictions under forecasting's names, off by 0.5 but for every `wrongEvery`th. */
const regressionRow: RowOf = (i, wrongEvery) => ({
  row_id: `ex-${i}`,
  y_true: i,
  yhat: i + (i % wrongEvery === 0 ? 2 : 0.5),
});

/** Both models' files of 40 examples, with the columns `header` (a column no role has is 0). */
function files(header: string[], rowOf: RowOf = sklearnRow) {
  const { dir, write } = tempDir();
  const file = (wrongEvery: number) =>
    [
      header.join(","),
      ...Array.from({ length: 40 }, (_, i) => {
        const row = rowOf(i, wrongEvery);
        return header.map((column) => row[column] ?? 0).join(",");
      }),
    ].join("\n") + "\n";
  write("champion.csv", file(5));
  write("challenger.csv", file(10));
  return dir;
}

async function gate(dir: string, flags: string[], policy = ACCURACY) {
  const policyFile = tempDir().write("p.yml", policy);
  return mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", policyFile],
      ...["--report-path", "report.json", ...flags],
    ],
    dir,
  );
}

/** The one error line of a run refused for its columns, which wrote no report. */
async function refused(dir: string, flags: string[], policy = ACCURACY): Promise<string> {
  const run = await gate(dir, flags, policy);
  expect(run.code).toBe(1);
  expect(run.stderr.split("\n")).toHaveLength(2);
  expect(existsSync(join(dir, "report.json"))).toBe(false);
  return run.stderr;
}

const SKLEARN = ["row_id", "y_true", "y_pred", "proba"];

describe("eval-gate naming every column a predictions file lacks, with the one likely meant", () => {
  it("names all three columns of a file with scikit-learn's names in one error, then gates it", async () => {
    const dir = files(SKLEARN);
    expect(await refused(dir, [])).toBe(
      "mlops eval-gate: challenger.csv: is read as per-example predictions, as its header has 4 columns where a metrics CSV has 2 (name,value), but it has no column 'id' (the id of each example), 'label' (the true label), nor a prediction column 'prediction' or score column 'score'. Set input 'id-column' to the column that holds the id of each example, likely 'row_id'; 'label-column' to the column that holds the true label, likely 'y_true'; 'prediction-column' to the column that holds the predicted class or value, likely 'y_pred', or 'score-column' to the column that holds the predicted probability, likely 'proba'; the file's columns are 'row_id', 'y_true', 'y_pred', 'proba'; for aggregate metrics, write one name,value row per metric\n",
    );
    const flags = ["--id-column", "row_id", "--label-column", "y_true", "--prediction-column"];
    const run = await gate(dir, [...flags, "y_pred"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
    expect(report.mode).toBe("predictions");
    expect(report.verdict).toBe("pass");
    const accuracy = report.rows.find((r) => r.metric === "accuracy") as MetricRow;
    expect(accuracy.champion).toBeCloseTo(32 / 40, 12);
    expect(accuracy.challenger).toBeCloseTo(36 / 40, 12);
  });

  it("names the columns still missing once the header tells predictions, in the file read first", async () => {
    expect(await refused(files(SKLEARN), ["--id-column", "row_id"])).toBe(
      "mlops eval-gate: champion.csv: has no column 'label' (the true label) nor a prediction column 'prediction' or score column 'score'. Set input 'label-column' to the column that holds the true label, likely 'y_true'; 'prediction-column' to the column that holds the predicted class or value, likely 'y_pred', or 'score-column' to the column that holds the predicted probability, likely 'proba'; the file's columns are 'row_id', 'y_true', 'y_pred', 'proba'\n",
    );
  });

  it("guesses no column for a role that two columns could hold", async () => {
    const dir = files(["row_id", "y_true", "y_pred", "pred", "proba"]);
    expect(await refused(dir, ["--id-column", "row_id", "--label-column", "y_true"])).toBe(
      "mlops eval-gate: champion.csv: has neither a prediction column 'prediction' nor a score column 'score'. Set input 'prediction-column' to the column that holds the predicted class or value, or 'score-column' to the column that holds the predicted probability, likely 'proba'; the file's columns are 'row_id', 'y_true', 'y_pred', 'pred', 'proba'\n",
    );
  });

  it("guesses no column that another role already reads", async () => {
    // The label is set to the predictions by mistake: they are not offered for the prediction too.
    const dir = files(["row_id", "y_true", "y_pred"]);
    expect(await refused(dir, ["--label-column", "y_pred"])).toBe(
      "mlops eval-gate: champion.csv: has no column 'id' (the id of each example) nor a prediction column 'prediction' or score column 'score'. Set input 'id-column' to the column that holds the id of each example, likely 'row_id'; 'prediction-column' to the column that holds the predicted class or value; the file's columns are 'row_id', 'y_true', 'y_pred'\n",
    );
  });

  it("names a regressor's label and prediction, and no score", async () => {
    const dir = files(["row_id", "y_true", "yhat"], regressionRow);
    expect(await refused(dir, ["--id-column", "row_id"], MAE)).toBe(
      "mlops eval-gate: champion.csv: has no column 'label' (the true label) nor 'prediction' (the predicted class or value). Set input 'label-column' to the column that holds the true label, likely 'y_true'; 'prediction-column' to the column that holds the predicted class or value, likely 'yhat'; the file's columns are 'row_id', 'y_true', 'yhat'\n",
    );
    const flags = ["--id-column", "row_id", "--label-column", "y_true"];
    const run = await gate(dir, [...flags, "--prediction-column", "yhat"], MAE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("names a column the user set as set, with the column likely meant", async () => {
    const dir = files(["id", "y_true", "y_pred"]);
    expect(await refused(dir, ["--label-column", "nope", "--prediction-column", "y_pred"])).toBe(
      "mlops eval-gate: champion.csv: has no column 'nope' (the true label). Set input 'label-column' to the column that holds the true label, likely 'y_true'; the file's columns are 'id', 'y_true', 'y_pred'\n",
    );
  });

  it("prefers the column a name misspells to the one other tools name the role by", async () => {
    const dir = files(["id", "labels", "y_true", "prediction"]);
    expect(await refused(dir, [])).toBe(
      "mlops eval-gate: champion.csv: has no column 'label' (the true label). Did you mean 'labels'? Set input 'label-column' to the column that holds the true label; the file's columns are 'id', 'labels', 'y_true', 'prediction'\n",
    );
  });

  it("names the columns of JSON Lines predictions with scikit-learn's names, not their metrics", async () => {
    const { dir, write } = tempDir();
    const rows = (wrongEvery: number) =>
      Array.from({ length: 40 }, (_, i) => JSON.stringify(sklearnRow(i, wrongEvery))).join("\n");
    write("champion.jsonl", rows(5));
    write("challenger.jsonl", rows(10));
    const policy = tempDir().write("p.yml", ACCURACY);
    const files = ["--challenger", "challenger.jsonl", "--champion", "champion.jsonl"];
    const run = await mlops(["eval-gate", ...files, "--policy", policy], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops eval-gate: challenger.jsonl: is read as per-example predictions, as its keys 'row_id', 'y_true', 'y_pred', 'proba' are named as other tools name their columns, but it has no column 'id' (the id of each example), 'label' (the true label), nor a prediction column 'prediction' or score column 'score'. Set input 'id-column' to the column that holds the id of each example, likely 'row_id'; 'label-column' to the column that holds the true label, likely 'y_true'; 'prediction-column' to the column that holds the predicted class or value, likely 'y_pred', or 'score-column' to the column that holds the predicted probability, likely 'proba'; the file's columns are 'row_id', 'y_true', 'y_pred', 'proba'\n",
    );
  });

  it("takes no longer column for a misspelling: label_pred is another column, not the label", async () => {
    const dir = files(["id", "label_pred", "y_true", "prediction"]);
    expect(await refused(dir, [])).toBe(
      "mlops eval-gate: champion.csv: has no column 'label' (the true label). Set input 'label-column' to the column that holds the true label, likely 'y_true'; the file's columns are 'id', 'label_pred', 'y_true', 'prediction'\n",
    );
  });
});

/** A regressor's predictions with a plural prediction column, off by 0.5 but every `wrongEvery`th. */
const pluralRow: RowOf = (i, wrongEvery) => ({
  row_id: `ex-${i}`,
  y_true: i,
  predictions: i + (i % wrongEvery === 0 ? 2 : 0.5),
});

/** A classifier's predictions under the default names, with a latency and a cost per example. */
const servedRow: RowOf = (i, wrongEvery) => {
  const { row_id, y_true, y_pred, proba } = sklearnRow(i, wrongEvery);
  return { id: row_id, label: y_true, prediction: y_pred, proba, latency_ms: 20 + (i % 7) };
};

const report = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;

describe("eval-gate naming the columns its policy needs, all in one error", () => {
  it("names a regressor's id, label and misnamed prediction before reading the policy, and no score", async () => {
    const dir = files(["row_id", "y_true", "predictions"], pluralRow);
    expect(await refused(dir, [], MAE)).toBe(
      "mlops eval-gate: challenger.csv: is read as per-example predictions, as its header has 3 columns where a metrics CSV has 2 (name,value), but it has no column 'id' (the id of each example), 'label' (the true label), nor 'prediction' (the predicted class or value). Set input 'id-column' to the column that holds the id of each example, likely 'row_id'; 'label-column' to the column that holds the true label, likely 'y_true'; 'prediction-column' to the column that holds the predicted class or value, likely 'predictions'; the file's columns are 'row_id', 'y_true', 'predictions'; for aggregate metrics, write one name,value row per metric\n",
    );
    const flags = ["--id-column", "row_id", "--label-column", "y_true"];
    const run = await gate(dir, [...flags, "--prediction-column", "predictions"], MAE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Off by 2 on every 5th (champion) or 10th (challenger) example of 40, else by 0.5.
    const mae = report(dir).rows.find((r) => r.metric === "mae") as MetricRow;
    expect(mae.champion).toBeCloseTo((8 * 2 + 32 * 0.5) / 40, 12);
    expect(mae.challenger).toBeCloseTo((4 * 2 + 36 * 0.5) / 40, 12);
  });

  it("asks a policy of probabilities for the score it needs, not for the prediction", async () => {
    const dir = files(["id", "label", "y_pred", "proba"], servedRow);
    expect(await refused(dir, [], ROC_AUC)).toBe(
      "mlops eval-gate: champion.csv: has no column 'score' (the predicted probability, for metric 'roc_auc'). Set input 'score-column' to the column that holds the predicted probability, likely 'proba'; the file's columns are 'id', 'label', 'y_pred', 'proba'\n",
    );
    const run = await gate(dir, ["--score-column", "proba"], ROC_AUC);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Two score levels: the area is the mean of the true positive and true negative rates.
    const auc = report(dir).rows.find((r) => r.metric === "roc_auc") as MetricRow;
    expect(auc.champion).toBeCloseTo((16 / 20 + 16 / 20) / 2, 12);
    expect(auc.challenger).toBeCloseTo((20 / 20 + 16 / 20) / 2, 12);
  });

  it("names a latency and a cost column the inputs set and the file lacks in one error", async () => {
    const dir = files(["id", "label", "prediction", "latency_ms", "costs_usd"], servedRow);
    const flags = ["--latency-column", "latency_msec", "--cost-column", "cost_usd"];
    expect(await refused(dir, flags)).toBe(
      "mlops eval-gate: champion.csv: has no column 'latency_msec' (the latency in milliseconds) nor 'cost_usd' (the cost of each prediction). Set input 'latency-column' to the column that holds the latency in milliseconds, likely 'latency_ms'; 'cost-column' to the column that holds the cost of each prediction, likely 'costs_usd'; the file's columns are 'id', 'label', 'prediction', 'latency_ms', 'costs_usd'\n",
    );
    const run = await gate(dir, ["--latency-column", "latency_ms", "--cost-column", "costs_usd"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The latency is 20 + i mod 7 ms for every example i < 40, in both files alike.
    const mean = Array.from({ length: 40 }, (_, i) => 20 + (i % 7)).reduce((a, b) => a + b) / 40;
    const latency = report(dir).rows.find((r) => r.metric === "latency_ms_mean") as MetricRow;
    expect(latency.challenger).toBeCloseTo(mean, 12);
  });

  it("names the cost and per-example score columns that required metrics read, and not an unrequired one's", async () => {
    const dir = files(["id", "label", "prediction", "costs", "grades"], servedRow);
    const policy = `${ACCURACY}  cost_p95: {direction: lower, max: 1}\n  grade_mean: {direction: higher, min: 0}\n  latency_ms_p95: {direction: lower, max: 100, required: false}\n`;
    expect(await refused(dir, ["--example-scores", "grade"], policy)).toBe(
      "mlops eval-gate: champion.csv: has no column 'cost' (the cost of each prediction, for metric 'cost_p95') nor 'grade' (a per-example score). Set input 'cost-column' to the column that holds the cost of each prediction, likely 'costs'; 'example-scores' to the column that holds a per-example score, likely 'grades'; the file's columns are 'id', 'label', 'prediction', 'costs', 'grades'\n",
    );
  });
});
