import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bootstrapEvidence,
  cellBootstrapEvidence,
  precisionRecallF1,
  type ComparisonEvidence,
  type PairedEvidence,
  type EvalReport,
  type MetricRow,
  type ResampleWeights,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

const RESAMPLES = 100;
const SEED = 11;

/** Class names that sort as their index, so that a class's code is its index here. */
const className = (c: number) => `k${String(c).padStart(4, "0")}`;

/**
 * Two classifiers' probabilities over `classes` classes on `rows` examples: each row puts 0.3 to
 * 0.9 on one class (the label, more often for the challenger) and spreads the rest evenly.
 * Returns the files' folder and what they hold, as the test reads it back.
 */
function predictions(classes: number, rows: number) {
  const random = seededRandom(classes);
  const header = `id,label,${[...Array(classes).keys()].map((c) => `score_${className(c)}`).join(",")}`;
  const files = [[header], [header]];
  const labels = new Int32Array(rows);
  const models = [0, 1].map(() => ({
    predicted: new Int32Array(rows),
    truth: new Float64Array(rows),
    rowSum: new Float64Array(rows),
  }));
  for (let i = 0; i < rows; i++) {
    labels[i] = Math.floor(random() * classes);
    for (const [m, right] of [0.6, 0.75].entries()) {
      const top = random() < right ? labels[i]! : Math.floor(random() * classes);
      const peak = (0.3 + 0.6 * random()).toFixed(4);
      const rest = ((1 - Number(peak)) / (classes - 1)).toFixed(6);
      const cells = [...Array(classes).keys()].map((c) => (c === top ? peak : rest));
      const model = models[m]!;
      model.predicted[i] = top;
      model.truth[i] = Number(cells[labels[i]!]);
      // Summed in class order, as log loss renormalises each row.
      for (const cell of cells) model.rowSum[i]! += Number(cell);
      files[m]!.push(`ex-${i},${className(labels[i]!)},${cells.join(",")}`);
    }
  }
  const dir = tempDir();
  dir.write("champion.csv", `${files[0]!.join("\n")}\n`);
  dir.write("challenger.csv", `${files[1]!.join("\n")}\n`);
  return { dir: dir.dir, labels, models: models as [(typeof models)[0], (typeof models)[0]] };
}

async function gate(dir: string) {
  const policy = tempDir().write(
    "policy.yml",
    [
      `resamples: ${RESAMPLES}`,
      `seed: ${SEED}`,
      "correction: none",
      "min-samples: 1",
      "metrics:",
      "  f1_macro: { direction: higher, max-regression: 0.01 }",
      "  log_loss: { direction: lower, max-regression: 5% }",
    ].join("\n"),
  );
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", policy],
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--comment", "never"],
    ],
    dir,
  );
  expect(run.stderr).toBe("");
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
  const row = (metric: string) => report.rows.find((r) => r.metric === metric) as MetricRow;
  return { f1: row("f1_macro"), logLoss: row("log_loss") };
}

/** The row agrees with evidence computed directly: values, 95% interval and p-value. */
function expectRow(row: MetricRow, evidence: ComparisonEvidence) {
  expect(evidence.insufficient).toBeUndefined();
  const direct = evidence as PairedEvidence;
  const tolerance = 12;
  expect(row.champion).toBeCloseTo(direct.champion, tolerance);
  expect(row.challenger).toBeCloseTo(direct.challenger.value, tolerance);
  const interval = direct.delta.interval(0.025);
  expect(row.evidence!.interval!.lower).toBeCloseTo(interval.lower, tolerance);
  expect(row.evidence!.interval!.upper).toBeCloseTo(interval.upper, tolerance);
  expect(row.evidence!.p_value).toBeCloseTo(direct.noDifferencePValue, tolerance);
}

/**
 * F1 macro by the bootstrap of the joint cells (label, champion's class, challenger's class),
 * each model's K x K confusion matrix summed from a resample's cells: every cell of the cube,
 * or (as the cube's empty cells draw nothing) the cells that hold examples, in cube order.
 */
function directF1(data: ReturnType<typeof predictions>, classes: number, wholeCube: boolean) {
  const { labels, models } = data;
  const key = (i: number) =>
    (labels[i]! * classes + models[0].predicted[i]!) * classes + models[1].predicted[i]!;
  const byKey = new Map<number, number>();
  if (wholeCube) for (let c = 0; c < classes ** 3; c++) byKey.set(c, 0);
  for (let i = 0; i < labels.length; i++) byKey.set(key(i), (byKey.get(key(i)) ?? 0) + 1);
  const keys = [...byKey.keys()].sort((a, b) => a - b);
  const f1 = (model: 0 | 1) => (counts: Float64Array) => {
    const matrix = new Float64Array(classes * classes);
    keys.forEach((k, c) => {
      const label = Math.floor(k / (classes * classes));
      const predicted = model === 0 ? Math.floor(k / classes) % classes : k % classes;
      matrix[label * classes + predicted]! += counts[c]!;
    });
    return precisionRecallF1(matrix, classes, "macro").f1;
  };
  const counts = keys.map((k) => byKey.get(k)!);
  return cellBootstrapEvidence(counts, f1(0), f1(1), { resamples: RESAMPLES, seed: SEED });
}

/** Log loss as its definition reads, -log of the label's probability over the row's sum. */
function directLogLoss({ labels, models }: ReturnType<typeof predictions>) {
  const logLoss = (model: 0 | 1) => (weights: ResampleWeights | undefined) => {
    const { truth, rowSum } = models[model];
    let sum = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
      const w = weights ? weights[i]! : 1;
      sum += w * -Math.log(truth[i]! / rowSum[i]!);
      total += w;
    }
    return sum / total;
  };
  return bootstrapEvidence(logLoss(0), logLoss(1), labels.length, {
    resamples: RESAMPLES,
    seed: SEED,
  });
}

describe("eval-gate with many classes", () => {
  it("gates f1_macro and log_loss over 1,000 classes as computed directly", async () => {
    // The K x K x K cells of 1,000 classes would take 8 GB; 300 examples fill at most 300.
    const data = predictions(1000, 300);
    const { f1, logLoss } = await gate(data.dir);
    expectRow(f1, directF1(data, 1000, false));
    expectRow(logLoss, directLogLoss(data));
  });

  it("draws the very resamples of f1_macro that the whole K x K x K cube draws", async () => {
    const data = predictions(5, 200);
    const { f1 } = await gate(data.dir);
    expectRow(f1, directF1(data, 5, true));
  });
});
