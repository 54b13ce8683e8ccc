import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const ACCURACY = "metrics:\n  accuracy: {direction: higher, min: 0.5}\n";
const MAE = "metrics:\n  mae: {direction: lower, max: 1}\n";

/** The row of example `i` by column: a label, a prediction right but for every `wrongEvery`th. */
type RowOf = (i: number, wrongEvery: number) => Record<string, string | number>;

/** A binary classifier's predictions under scikit-learn's names, as a user's own script writes. */
const sklearnRow: RowOf = (i, wrongEvery) => {
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

/** The one error line of a run refused for its columns. */
async function refused(dir: string, flags: string[], policy = ACCURACY): Promise<string> {
  const run = await gate(dir, flags, policy);
  expect(run.code).toBe(1);
  expect(run.stderr.split("\n")).toHaveLength(2);
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
