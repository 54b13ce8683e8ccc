/**
 * Gates of per-example scores (an LLM grader's 0-1 grade, a per-example right or wrong): files
 * that hold an id and the score alone are judged without a label or a prediction, and a score of
 * 0 and 1 is judged by McNemar's test, as accuracy is.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A CSV of `header` and one row per example, cells joined by commas. */
const csv = (header: string, rows: readonly (readonly (string | number)[])[]) =>
  `${header}\n${rows.map((row) => row.join(",")).join("\n")}\n`;

/**
 * Runs the gate on both files under `policy`, reading the column `score` as an example score; on
 * the challenger's alone (a first model) where `champion` is undefined.
 */
async function gate(
  champion: string | undefined,
  challenger: string,
  policy: string,
  score: string,
) {
  const { dir, write } = tempDir();
  if (champion !== undefined) write("champion.csv", champion);
  write("challenger.csv", challenger);
  write("policy.yml", `schema: mlops.gate-policy/v1\n${policy}`);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--policy", "policy.yml"],
      ...(champion === undefined ? [] : ["--champion", "champion.csv"]),
      ...["--example-scores", score, "--report-path", "report.json"],
      ...["--comment-path", "comment.md"],
    ],
    dir,
  );
  const path = join(dir, "report.json");
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as EvalReport)
    : undefined;
  return { ...run, report };
}

/** The one line of a run refused before writing a report. */
async function refusal(
  champion: string | undefined,
  challenger: string,
  policy: string,
  score: string,
) {
  const run = await gate(champion, challenger, policy, score);
  expect(run.code).toBe(1);
  expect(run.report).toBeUndefined();
  return run.stderr.trim();
}

const row = (report: EvalReport, metric: string) =>
  report.rows.find((r) => r.metric === metric && "slice" in r && r.slice === null) as MetricRow;

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** A grader's grades from 0 to 1, two decimals, of `n` examples. */
function grades(seed: number, n: number, shift: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () =>
    Number(Math.min(1, Math.max(0, random() * 0.8 + shift)).toFixed(2)),
  );
}

const GRADE = "metrics:\n  grade_mean: {direction: higher, max-regression: 0.1}\n";

describe("eval-gate of per-example scores alone", () => {
  const champion = grades(1, 120, 0.1);
  const challenger = grades(2, 120, 0.15);
  const scoresOnly = (values: number[]) =>
    csv(
      "id,grade",
      values.map((grade, i) => [`q${i}`, grade]),
    );

  it("judges a grader's mean score on files of an id and the score, with no label nor prediction", async () => {
    const run = await gate(scoresOnly(champion), scoresOnly(challenger), GRADE, "grade");
    expect(run.stderr).not.toContain("has no column");
    const report = run.report!;
    expect(report.mode).toBe("predictions");
    expect(report.pairing).toMatchObject({ paired: 120, label_mismatches: 0 });
    const grade = row(report, "grade_mean");
    expect(grade.champion).toBeCloseTo(mean(champion), 12);
    expect(grade.challenger).toBeCloseTo(mean(challenger), 12);
    expect(grade.evidence).toMatchObject({ method: "bootstrap", n: 120 });
    // Nothing else can be computed without labels: no metric of them is listed ungated.
    expect(report.rows.map((r) => r.metric)).toEqual(["grade_mean"]);
  });

  it("pairs a champion that has labels with a challenger that has only the score, by id", async () => {
    const labelled = csv(
      "id,label,prediction,grade",
      champion.map((grade, i) => [`q${i}`, i % 2, i % 2, grade]),
    );
    // The challenger lists its examples in reverse order: they pair by id, not by line.
    const reversed = csv("id,grade", challenger.map((grade, i) => [`q${i}`, grade]).reverse());
    const { report } = await gate(labelled, reversed, GRADE, "grade");
    expect(row(report!, "grade_mean").delta).toBeCloseTo(mean(challenger) - mean(champion), 12);
  });

  it("still reads labels where both files have them, and lists the metrics they give ungated", async () => {
    const labelled = (values: number[]) =>
      csv(
        "id,label,prediction,grade",
        values.map((grade, i) => [`q${i}`, i % 2, i % 3 === 0 ? 1 - (i % 2) : i % 2, grade]),
      );
    const { report } = await gate(labelled(champion), labelled(challenger), GRADE, "grade");
    const accuracy = report!.rows.find((r) => r.metric === "accuracy")!;
    expect(accuracy).toMatchObject({ gated: false, champion: 80 / 120, challenger: 80 / 120 });
  });

  it("refuses a file without labels where a required metric reads them, naming that metric and the fix", async () => {
    const policy = `${GRADE}  accuracy: {direction: higher, max-regression: 0.02}\n`;
    expect(await refusal(scoresOnly(champion), scoresOnly(challenger), policy, "grade")).toBe(
      "mlops eval-gate: champion.csv: has no column 'label' (the true label, for metric 'accuracy') nor a prediction column 'prediction' or score column 'score' (for metric 'accuracy'). Set input 'label-column' to the column that holds the true label; 'prediction-column' to the column that holds the predicted class or value; the file's columns are 'id', 'grade'. Where the file has no such column, add it, or give 'accuracy' required: false in the policy",
    );
  });

  it("skips a metric of labels that is not required, and judges the scores", async () => {
    const policy = `${GRADE}  roc_auc: {direction: higher, max-regression: 0.02, required: false}\n`;
    const { report } = await gate(scoresOnly(champion), scoresOnly(challenger), policy, "grade");
    expect(row(report!, "grade_mean").evidence!.n).toBe(120);
    expect(row(report!, "roc_auc")).toMatchObject({
      status: "skipped",
      reason:
        "reads the label and the predicted class or probabilities, and champion.csv and challenger.csv have no label column, or no prediction or score column (read for their per-example scores alone); not required",
    });
  });

  it("names the one file without labels where the other has them", async () => {
    const policy = `${GRADE}  accuracy: {direction: higher, max-regression: 0.02, required: false}\n`;
    const labelled = csv(
      "id,label,prediction,grade",
      champion.map((grade, i) => [`q${i}`, i % 2, i % 2, grade]),
    );
    const { report } = await gate(labelled, scoresOnly(challenger), policy, "grade");
    expect(row(report!, "accuracy").reason).toBe(
      "reads the label and the predicted class or probabilities, and challenger.csv has no label column, or no prediction or score column (read for its per-example scores alone); not required",
    );
  });

  describe("where the files hold their labels and predictions under other names", () => {
    const named = (values: number[]) =>
      csv(
        "id,y_true,y_pred,grade",
        values.map((grade, i) => [`q${i}`, i % 2, i % 3 === 0 ? 1 - (i % 2) : i % 2, grade]),
      );
    const NOTE =
      "champion.csv and challenger.csv were read for their per-example scores alone, as no required metric reads a label: each has no column 'label' (the true label) nor a prediction column 'prediction' or score column 'score', so no metric of labels is computed, gated or not. To compute them, set input 'label-column' to the column that holds the true label, likely 'y_true'; 'prediction-column' to the column that holds the predicted class or value, likely 'y_pred'.";

    it("judges the scores, and notes the columns likely meant and the inputs that read them", async () => {
      const { code, report } = await gate(named(champion), named(challenger), GRADE, "grade");
      expect(code).toBe(0);
      expect(report!.notes).toContain(NOTE);
      expect(report!.rows.map((r) => r.metric)).toEqual(["grade_mean"]);
    });

    it("says nothing of the kind where the files have nothing like a label", async () => {
      const { report } = await gate(scoresOnly(champion), scoresOnly(challenger), GRADE, "grade");
      expect(report!.notes.join("\n")).not.toContain("per-example scores alone");
    });
  });
});

/**
 * Both models' files over the four kinds of example of a paired 2 x 2 table, with the label,
 * the prediction and `correct`, 1 where the prediction is the label: accuracy and the mean of
 * `correct` are one proportion.
 */
function pairedTable(cells: {
  both: number;
  championOnly: number;
  challengerOnly: number;
  neither: number;
}) {
  const kinds = [
    ...Array<[number, number]>(cells.both).fill([1, 1]),
    ...Array<[number, number]>(cells.championOnly).fill([1, 0]),
    ...Array<[number, number]>(cells.challengerOnly).fill([0, 1]),
    ...Array<[number, number]>(cells.neither).fill([0, 0]),
  ];
  const file = (model: 0 | 1) =>
    csv(
      "id,label,prediction,correct",
      kinds.map((kind, i) => {
        const label = i % 2;
        return [`e${i}`, label, kind[model] ? label : 1 - label, kind[model]];
      }),
    );
  return { champion: file(0), challenger: file(1) };
}

describe("McNemar's test of a per-example score of 0 and 1", () => {
  // 18 examples only the champion gets right, 34 only the challenger: 52 discordant pairs.
  const table = pairedTable({ both: 200, championOnly: 18, challengerOnly: 34, neither: 48 });
  const superiority = (metric: string) =>
    `  ${metric}: {direction: higher, min-improvement: 0, method: mcnemar}\n`;

  it("judges the mean of a right-or-wrong score as accuracy is judged on the same examples", async () => {
    const policy = `correction: none\nmetrics:\n${superiority("accuracy")}${superiority("correct_mean")}`;
    const { report } = await gate(table.champion, table.challenger, policy, "correct");
    const [accuracy, correct] = [row(report!, "accuracy"), row(report!, "correct_mean")];
    expect(correct.evidence).toEqual(accuracy.evidence);
    expect(correct.evidence).toMatchObject({ method: "mcnemar", n: 300, interval_of: "delta" });
    expect(correct.delta).toBeCloseTo((34 - 18) / 300, 12);
    // At a margin of 0 the row's p-value is McNemar's test without continuity correction:
    // statsmodels 0.13.5's mcnemar([[200, 18], [34, 48]], exact=False, correction=False).pvalue,
    // run once, is 0.026500280602491884.
    expect(correct.evidence!.p_value).toBeCloseTo(0.026500280602491884, 9);
  });

  it("leaves out of the table the examples either model has no score for", async () => {
    const policy = `metrics:\n${superiority("correct_mean")}`;
    // The champion's score is missing on its first 3 examples, the challenger's on its last.
    const champion = table.champion.replace(/^(e[012],.*,)[01]$/gm, "$1");
    const challenger = table.challenger.replace(/^(e299,.*,)[01]$/m, "$1");
    const { report } = await gate(champion, challenger, policy, "correct");
    expect(row(report!, "correct_mean").evidence).toMatchObject({ method: "mcnemar", n: 296 });
  });

  it("refuses a score other than 0 and 1 at its line, naming the column and the fix", async () => {
    const policy = `metrics:\n${superiority("correct_mean")}`;
    const challenger = table.challenger.replace(
      /^(e4,.*,)[01]$/m,
      (_, cells: string) => `${cells}0.5`,
    );
    expect(await refusal(table.champion, challenger, policy, "correct")).toBe(
      "mlops eval-gate: challenger.csv:6: column 'correct': 0.5 is not 0 or 1, as method mcnemar of 'correct_mean' needs: it counts the examples each model gets right (1) or wrong (0), for McNemar's test against a champion or, for a first model, Wilson's interval of its share right. Write the score 'correct' as 0 or 1 in every row (or leave it empty), or judge 'correct_mean' with method auto or bootstrap, which take any number",
    );
  });

  it("holds a first model's bound against Wilson's interval of its share right, refusing 0.5 too", async () => {
    const policy = "metrics:\n  correct_mean: {direction: higher, min: 0.5, method: mcnemar}\n";
    // The challenger is right on 234 of its 300 examples (both and challengerOnly).
    const { report } = await gate(undefined, table.challenger, policy, "correct");
    const correct = row(report!, "correct_mean");
    expect(correct.challenger).toBeCloseTo(234 / 300, 12);
    expect(correct.evidence).toMatchObject({ method: "wilson", n: 300, interval_of: "challenger" });
    const half = table.challenger.replace(/^(e4,.*,)[01]$/m, (_, cells: string) => `${cells}0.5`);
    expect(await refusal(undefined, half, policy, "correct")).toContain(
      "challenger.csv:6: column 'correct': 0.5 is not 0 or 1, as method mcnemar of 'correct_mean' needs: it counts the examples each model gets right (1) or wrong (0), for McNemar's test against a champion or, for a first model, Wilson's interval of its share right.",
    );
  });

  it("judges a score of any number by the bootstrap, which the auto method picks", async () => {
    const challenger = table.challenger.replace(
      /^(e4,.*,)[01]$/m,
      (_, cells: string) => `${cells}0.5`,
    );
    const { report } = await gate(
      table.champion,
      challenger,
      "metrics:\n  correct_mean: {direction: higher, min-improvement: 0}\n",
      "correct",
    );
    expect(row(report!, "correct_mean").evidence!.method).toBe("bootstrap");
  });

  it("refuses McNemar for a metrics file's mean of a score, which it fits on predictions only", async () => {
    const policy = "metrics:\n  correct_mean: {direction: higher, min: 0.5, method: mcnemar}\n";
    const metrics = (value: number) => `name,value\ncorrect_mean,${value}\n`;
    expect(await refusal(metrics(0.78), metrics(0.8), policy, "correct")).toBe(
      "mlops eval-gate: policy.yml:3: field '/metrics/correct_mean/method' is mcnemar, which tests a proportion of examples (accuracy, binary recall; the mean of a per-example score of 0 and 1 only where the files are per-example predictions, not metrics), not correct_mean. Use method auto or bootstrap for this metric",
    );
  });

  it("still refuses McNemar for the mean of a latency, which is no share of examples", async () => {
    const policy = "metrics:\n  latency_ms_mean: {direction: lower, max: 50, method: mcnemar}\n";
    expect(await refusal(table.champion, table.challenger, policy, "correct")).toBe(
      "mlops eval-gate: policy.yml:3: field '/metrics/latency_ms_mean/method' is mcnemar, which tests a proportion of examples (accuracy, binary recall, the mean of a per-example score of 0 and 1), not latency_ms_mean. Use method auto or bootstrap for this metric",
    );
  });
});
