/**
 * eval-gate with a sample weight per example (`weight-column`), as scikit-learn's sample_weight:
 * a team that kept one negative example in ten weighs each kept one 10, and the gate then judges
 * the models on the traffic they will meet rather than on the sample. Every metric weighs its
 * examples; McNemar's test takes the weighted counts as effective counts, DeLong's test weighs its
 * structural components, and the other rows are judged on the paired bootstrap, which draws
 * examples with their weights.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

const EXAMPLES = 1200;

/**
 * Transactions, one in six a fraud (the negatives down-sampled one in ten, so that each weighs
 * 10), scored by two models: the cautious champion flags about 40% of the frauds and 1% of the
 * rest; the eager challenger 95% of the frauds and 6% of the rest. Counted as the sample is,
 * the challenger is the more accurate (by about 5 points); weighed back to the traffic, where
 * negatives are ten times as many, the champion is (by about 4). The first half of the examples
 * are of region `eu`, the rest of `us`.
 */
function transactions() {
  const random = seededRandom(11);
  const labels = Array.from({ length: EXAMPLES }, (_, i) => (i % 6 === 0 ? 1 : 0));
  const model = (caught: number, flagged: number) =>
    labels.map((label) => {
      const positive = random() < (label === 1 ? caught : flagged);
      return Number((positive ? 0.5 + 0.5 * random() : 0.5 * random()).toFixed(3));
    });
  return { labels, cautious: model(0.4, 0.01), eager: model(0.95, 0.06) };
}

const { labels, cautious, eager } = transactions();
const regionOf = (i: number) => (i < EXAMPLES / 2 ? "eu" : "us");

interface Rows {
  readonly scores: readonly number[];
  /** Each example's weight, written in a `sample_weight` column; none for no column. */
  readonly weights?: (i: number) => string;
  /** Each example written this many times, under ids of their own (a weight spelled out). */
  readonly copies?: (i: number) => number;
}

/** A predictions file: the predicted class is a score of 0.5 or more. */
function predictionsFile({ scores, weights, copies }: Rows): string {
  const lines = [`id,label,score,prediction,region${weights ? ",sample_weight" : ""}`];
  scores.forEach((score, i) => {
    for (let copy = 0; copy < (copies?.(i) ?? 1); copy++) {
      const cells = [`tx${i}-${copy}`, labels[i], score, score >= 0.5 ? 1 : 0, regionOf(i)];
      lines.push([...cells, ...(weights ? [weights(i)] : [])].join(","));
    }
  });
  return `${lines.join("\n")}\n`;
}

/** Negatives weigh `negative` each, frauds 1. */
const byClass =
  (negative: number) =>
  (i: number): string =>
    labels[i] === 1 ? "1" : String(negative);

/**
 * Gates `challenger` against `champion` (none for a first model) under `metrics`, weighing the
 * examples by `sample_weight` where `weighed`.
 */
async function gate(
  challenger: Rows,
  champion: Rows | undefined,
  metrics: string,
  { weighed = true, extra = "" }: { weighed?: boolean; extra?: string } = {},
) {
  const { dir, write } = tempDir();
  write("challenger.csv", predictionsFile(challenger));
  if (champion) write("champion.csv", predictionsFile(champion));
  write(
    "policy.yml",
    `schema: mlops.gate-policy/v1\nresamples: 2000\nseed: 3\n${extra}metrics:\n${metrics}`,
  );
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--policy", "policy.yml"],
      ...(champion ? ["--champion", "champion.csv"] : []),
      ...(weighed ? ["--weight-column", "sample_weight"] : []),
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--comment", "never"],
    ],
    dir,
  );
  const path = join(dir, "report.json");
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as EvalReport)
    : undefined;
  return { ...run, report, written: existsSync(path) || existsSync(join(dir, "comment.md")) };
}

/** The report's row of a metric on all examples, gated or not. */
const rowOf = (report: EvalReport, metric: string) =>
  report.rows.find((row) => row.metric === metric && (!row.gated || row.slice === null)) as
    MetricRow | undefined;

/** The report's gated rows, in its order. */
const gated = (report: EvalReport) => report.rows.filter((row) => row.gated) as MetricRow[];

const ACCURACY = "  accuracy: { direction: higher, max-regression: 0.01 }\n";

/** The normal quantile of a two-sided 95% interval. */
const Z_975 = 1.959963984540054;

/**
 * A model's weighted ROC AUC and DeLong's structural components by their definition, every
 * (positive, negative) pair compared: V10 of a positive is the weight of the negatives it
 * outscores (ties one half) over all the negatives' weight, V01 of a negative the same of the
 * positives that outscore it. Slow, and independent of the sweep the gate makes.
 */
function weighedDelong(scores: readonly number[], weights: (i: number) => number) {
  const positives = labels.flatMap((label, i) => (label === 1 ? [i] : []));
  const negatives = labels.flatMap((label, i) => (label === 0 ? [i] : []));
  const sum = (rows: number[]) => rows.reduce((total, i) => total + weights(i), 0);
  const psi = (p: number, n: number) =>
    scores[p]! > scores[n]! ? 1 : scores[p] === scores[n] ? 0.5 : 0;
  const v10 = positives.map(
    (p) => negatives.reduce((total, n) => total + weights(n) * psi(p, n), 0) / sum(negatives),
  );
  const v01 = negatives.map(
    (n) => positives.reduce((total, p) => total + weights(p) * psi(p, n), 0) / sum(positives),
  );
  const auc = positives.reduce((total, p, k) => total + weights(p) * v10[k]!, 0) / sum(positives);
  return { auc, v10, v01, positives, negatives, weights };
}

/**
 * The linearised covariance of two weighted AUCs: per class, sum of w^2 (a - mean)(b - mean) over
 * the square of the class's weight, times m / (m - 1) for its m examples.
 */
function covariance(a: ReturnType<typeof weighedDelong>, b: ReturnType<typeof weighedDelong>) {
  const term = (x: number[], y: number[], rows: number[]) => {
    const w = rows.map(a.weights);
    const total = w.reduce((t, v) => t + v, 0);
    const meanX = x.reduce((t, v, k) => t + w[k]! * v, 0) / total;
    const meanY = y.reduce((t, v, k) => t + w[k]! * v, 0) / total;
    const sum = x.reduce((t, v, k) => t + w[k]! ** 2 * (v - meanX) * (y[k]! - meanY), 0);
    return (sum / total ** 2) * (rows.length / (rows.length - 1));
  };
  return term(a.v10, b.v10, a.positives) + term(a.v01, b.v01, a.negatives);
}

describe("eval-gate weighing each example by its sample weight", () => {
  it("judges the models on the traffic the weights stand for: the eager challenger passes on the sample and fails weighed", async () => {
    const challenger = { scores: eager, weights: byClass(10) };
    const champion = { scores: cautious, weights: byClass(10) };
    const counted = await gate(challenger, champion, ACCURACY, { weighed: false });
    expect(counted.report!.verdict).toBe("pass");
    expect(rowOf(counted.report!, "accuracy")!.delta).toBeGreaterThan(0.01);

    const weighed = await gate(challenger, champion, ACCURACY);
    expect(weighed.code).toBe(1);
    expect(weighed.report!.verdict).toBe("fail");
    const row = rowOf(weighed.report!, "accuracy")!;
    expect(row.status).toBe("fail");
    expect(row.delta).toBeLessThan(-0.03);
    expect(row.evidence!.interval!.upper).toBeLessThan(-0.01);
    // McNemar's test on the weighted cells as effective counts, as it counts examples unweighed.
    expect(row.evidence).toMatchObject({ method: "mcnemar", n: EXAMPLES });
    expect(weighed.report!.notes.join("\n")).toContain(
      "Each example weighs what column 'sample_weight' of challenger.csv gives it (the heaviest 10 times the lightest): every metric weighs its examples so, the tests of a proportion (McNemar's, Wilson's) take the weighted counts as effective counts, DeLong's test weighs its structural components, and the other rows are judged on the bootstrap, which draws examples with their weights",
    );
  });

  it("gives every metric the value of the same examples written out as many times as they weigh", async () => {
    const metrics = [
      "accuracy",
      "balanced_accuracy",
      "precision",
      "recall",
      "f1",
      "mcc",
      "roc_auc",
      "average_precision",
      "log_loss",
      "brier",
      "recall_at_alert_rate_5",
      "recall_at_precision_50",
    ];
    const policy = metrics
      .map((name) => {
        const lower = name === "log_loss" || name === "brier";
        return `  ${name}: { direction: ${lower ? "lower" : "higher"}, max-regression: 0.5 }\n`;
      })
      .join("");
    const weights = (i: number) => 1 + (i % 3);
    const weighed = await gate(
      { scores: eager, weights: (i) => String(weights(i)) },
      { scores: cautious, weights: (i) => String(weights(i)) },
      policy,
    );
    const copied = await gate(
      { scores: eager, copies: weights },
      { scores: cautious, copies: weights },
      policy,
      {
        weighed: false,
      },
    );
    for (const metric of metrics) {
      const [mine, theirs] = [rowOf(weighed.report!, metric)!, rowOf(copied.report!, metric)!];
      // Weighted sums against counted ones: equal but for rounding, within 1e-12.
      expect(mine.champion, metric).toBeCloseTo(theirs.champion!, 12);
      expect(mine.challenger, metric).toBeCloseTo(theirs.challenger!, 12);
    }
  });

  it("reads weights for their ratios: a thousandth of each gives the same values, intervals and verdicts", async () => {
    const policy = `${ACCURACY}  roc_auc: { direction: higher, max-regression: 0.02 }\n`;
    const whole = await gate(
      { scores: eager, weights: byClass(10) },
      { scores: cautious, weights: byClass(10) },
      policy,
      { extra: "slices:\n  by: [region]\n" },
    );
    const small = await gate(
      { scores: eager, weights: (i) => String(Number(byClass(10)(i)) / 1000) },
      { scores: cautious, weights: (i) => String(Number(byClass(10)(i)) / 1000) },
      policy,
      { extra: "slices:\n  by: [region]\n" },
    );
    const [mine, theirs] = [gated(whole.report!), gated(small.report!)];
    expect(mine).toHaveLength(6);
    mine.forEach((row, i) => {
      const other = theirs[i]!;
      expect([other.metric, other.slice, other.status]).toEqual([
        row.metric,
        row.slice,
        row.status,
      ]);
      expect(other.challenger).toBeCloseTo(row.challenger!, 12);
      expect(other.evidence!.interval!.lower).toBeCloseTo(row.evidence!.interval!.lower!, 12);
      expect(other.evidence!.interval!.upper).toBeCloseTo(row.evidence!.interval!.upper!, 12);
    });
  });

  it("judges weights that are all the same exactly as no weights, by the same tests", async () => {
    // Both models find the same 35 of 40 frauds: McNemar's interval stays wide where a
    // bootstrap's would collapse to [0, 0] and pass any margin.
    const found = labels.map((label, i) => (label === 1 && i % 48 < 42 ? 0.9 : 0.1));
    const policy =
      "  recall: { direction: higher, max-regression: 0.02 }\n" +
      "  roc_auc: { direction: higher, max-regression: 0.02 }\n";
    const rows = (weights?: (i: number) => string) => ({
      scores: found,
      ...(weights && { weights }),
    });
    const alike = await gate(
      rows(() => "2.5"),
      rows(() => "2.5"),
      policy,
    );
    const none = await gate(rows(), rows(), policy, { weighed: false });
    const [mine, theirs] = [gated(alike.report!), gated(none.report!)];
    expect(mine.map((row) => [row.metric, row.status, row.evidence!.method])).toEqual(
      theirs.map((row) => [row.metric, row.status, row.evidence!.method]),
    );
    mine.forEach((row, i) => {
      const other = theirs[i]!.evidence!.interval!;
      expect(row.evidence!.interval!.lower).toBeCloseTo(other.lower!, 12);
      expect(row.evidence!.interval!.upper).toBeCloseTo(other.upper!, 12);
    });
    expect(rowOf(alike.report!, "recall")).toMatchObject({
      status: "inconclusive",
      evidence: { method: "mcnemar" },
    });
    expect(rowOf(alike.report!, "roc_auc")!.evidence).toMatchObject({ method: "delong" });
    expect(alike.report!.notes).toContain(
      "Every example weighs the same by column 'sample_weight' of challenger.csv, so the examples are judged as unweighted",
    );
  });

  it("leaves an example of weight 0 out of every value and of the examples a row rests on", async () => {
    const policy = `${ACCURACY}  roc_auc: { direction: higher, max-regression: 0.02 }\n`;
    // The first 300 examples weigh 0; the same files without them give the same values.
    const weighed = await gate(
      { scores: eager, weights: (i) => (i < 300 ? "0" : "1") },
      { scores: cautious, weights: (i) => (i < 300 ? "0" : "1") },
      policy,
    );
    const without = await gate(
      { scores: eager, copies: (i) => (i < 300 ? 0 : 1) },
      { scores: cautious, copies: (i) => (i < 300 ? 0 : 1) },
      policy,
      { weighed: false },
    );
    for (const metric of ["accuracy", "roc_auc"]) {
      const [mine, theirs] = [rowOf(weighed.report!, metric)!, rowOf(without.report!, metric)!];
      expect(mine.champion).toBeCloseTo(theirs.champion!, 12);
      expect(mine.challenger).toBeCloseTo(theirs.challenger!, 12);
    }
    expect(weighed.report!.notes.join("\n")).toContain(
      "300 examples weigh 0 and count for nothing",
    );
    for (const metric of ["accuracy", "roc_auc"]) {
      expect(rowOf(weighed.report!, metric)!.evidence!.n).toBe(EXAMPLES - 300);
    }
    // 20 examples of 1,200 weigh above 0: too few for the default min-samples of 30.
    const few = await gate(
      { scores: eager, weights: (i) => (i % 60 === 1 ? "1" : "0") },
      { scores: cautious, weights: (i) => (i % 60 === 1 ? "1" : "0") },
      ACCURACY,
    );
    expect(rowOf(few.report!, "accuracy")).toMatchObject({
      status: "inconclusive",
      reason: expect.stringContaining("only 20 examples, fewer than the 30 min-samples") as string,
    });
  });

  it("judges no slice whose every example weighs 0, and says so", async () => {
    // The `us` half weighs 0: the gate judges `eu` alone, and passes as on `eu`'s files alone.
    const weights = (i: number) => (regionOf(i) === "us" ? "0" : byClass(10)(i));
    const { code, report } = await gate(
      { scores: cautious, weights },
      { scores: eager, weights },
      ACCURACY,
      { extra: "slices:\n  by: [region]\n" },
    );
    expect(code).toBe(0);
    expect(gated(report!).map((row) => row.slice)).toEqual([null, "region=eu"]);
    expect(report!.notes).toContain(
      "Every example of 'region=us' weighs 0, so that slice is not judged",
    );
  });

  it("judges weights of 0 and 1 as no weights on the examples of weight 1", async () => {
    const policy = `${ACCURACY}  roc_auc: { direction: higher, max-regression: 0.02 }\n`;
    const kept = (i: number) => (i % 4 === 0 ? "0" : "1");
    const weighed = await gate(
      { scores: eager, weights: kept },
      { scores: cautious, weights: kept },
      policy,
    );
    const copied = await gate(
      { scores: eager, copies: (i) => Number(kept(i)) },
      { scores: cautious, copies: (i) => Number(kept(i)) },
      policy,
      { weighed: false },
    );
    for (const metric of ["accuracy", "roc_auc"]) {
      const [mine, theirs] = [rowOf(weighed.report!, metric)!, rowOf(copied.report!, metric)!];
      expect(mine.evidence!.method).toBe(theirs.evidence!.method);
      expect(mine.evidence!.interval!.lower).toBeCloseTo(theirs.evidence!.interval!.lower!, 12);
      expect(mine.evidence!.interval!.upper).toBeCloseTo(theirs.evidence!.interval!.upper!, 12);
    }
    expect(weighed.report!.notes).toContain(
      "Every example weighs the same by column 'sample_weight' of challenger.csv but 300 examples weigh 0 and count for nothing, so the others are judged as unweighted",
    );
  });

  it("sizes a weighted accuracy's interval by its weighted variance, where the heavy examples are those the models differ on", async () => {
    // Both models agree on the light nine tenths of the examples and differ on the heavy tenth,
    // weighing 10: the change rests on those 120 examples, not on all 1,200.
    const differ = (i: number) => i % 10 === 0;
    const weights = (i: number) => (differ(i) ? "10" : "1");
    const truth = (i: number) => labels[i] === 1;
    const right = (flip: boolean) =>
      labels.map((_, i) => {
        const correct = differ(i) ? (i % 20 === 0) !== flip : true;
        return correct === truth(i) ? 0.9 : 0.1;
      });
    const { report } = await gate(
      { scores: right(false), weights },
      { scores: right(true), weights },
      "  accuracy: { direction: higher, max-regression: 0.5 }\n",
      { extra: "confidence: 0.95\ncorrection: none\n" },
    );
    const interval = rowOf(report!, "accuracy")!.evidence!.interval!;
    // The 120 heavy examples hold about half the weight, and each model is right on half of
    // them: the change's 95% interval is about ±0.094, where Kish's size alone, blind to where
    // the heavy examples fall, would give about ±0.071.
    expect(interval.upper! - interval.lower!).toBeGreaterThan(0.17);
    expect(interval.upper! - interval.lower!).toBeLessThan(0.21);
  });

  it("resamples the cells of a few weights as it resamples the examples of many", async () => {
    // Two weights: the joint cells' bootstrap, split by weight. A hundred (each negative's 10
    // nudged by a billionth or so): example by example. Both resample the examples with their
    // weights, so their intervals differ by the resampling's own noise alone.
    const policy = "  f1: { direction: higher, max-regression: 0.05 }\n";
    const nudged = (i: number) => (labels[i] === 1 ? "1" : String(10 + (i % 100) * 1e-9));
    const [few, many] = await Promise.all([
      gate(
        { scores: eager, weights: byClass(10) },
        { scores: cautious, weights: byClass(10) },
        policy,
      ),
      gate({ scores: eager, weights: nudged }, { scores: cautious, weights: nudged }, policy),
    ]);
    const [mine, theirs] = [rowOf(few.report!, "f1")!, rowOf(many.report!, "f1")!];
    expect(mine.challenger).toBeCloseTo(theirs.challenger!, 6);
    const [a, b] = [mine.evidence!.interval!, theirs.evidence!.interval!];
    const width = a.upper! - a.lower!;
    expect(Math.abs(a.lower! - b.lower!)).toBeLessThan(0.25 * width);
    expect(Math.abs(a.upper! - b.upper!)).toBeLessThan(0.25 * width);
  });

  it("draws a resample again where it leaves out a precision's every positive prediction", async () => {
    // The champion flags 4 examples of the 1,200: a resample without them has no precision.
    const rare = labels.map((_, i) => (i % 300 === 0 ? 0.9 : 0.1));
    const { report } = await gate(
      { scores: eager, weights: byClass(10) },
      { scores: rare, weights: byClass(10) },
      "  precision: { direction: higher, max-regression: 0.05 }\n",
    );
    const row = rowOf(report!, "precision")!;
    expect(row.evidence).toMatchObject({ method: "bootstrap" });
    // About 2% of resamples draw none of 4 examples: (1 - 1/1200)^(4 x 1200).
    expect(row.evidence!.resamples_redrawn).toBeGreaterThan(10);
  });

  it("rests a recall at an alert rate on the alerts the weighed budget lets in", async () => {
    // 5% of the weight is about 530 units: ten times as many light frauds as heavy negatives.
    const { report } = await gate(
      { scores: eager, weights: byClass(10) },
      { scores: cautious, weights: byClass(10) },
      "  recall_at_alert_rate_5: { direction: higher, max-regression: 0.05 }\n",
    );
    const support = rowOf(report!, "recall_at_alert_rate_5")!.evidence!.support!;
    expect(support.of).toBe("alerts");
    // Unweighed, 5% of 1,200 examples would be 60 alerts; weighed, the frauds fill more of them.
    expect(support.count).toBeGreaterThan(60);
    expect(support.count).toBeLessThanOrEqual(200);
  });

  it("takes the challenger's weights for both where the champion's file has none, and says so", async () => {
    const { code, report } = await gate(
      { scores: eager, weights: byClass(10) },
      { scores: cautious },
      ACCURACY,
    );
    expect(code).toBe(1);
    expect(rowOf(report!, "accuracy")!.status).toBe("fail");
    expect(report!.notes.join("\n")).toContain(
      "champion.csv has no such column, so these weights count for both models",
    );
  });

  it("weighs a latency percentile as its values written out as many times as they weigh", async () => {
    const { dir, write } = tempDir();
    // Weights 1, 1, 3 are 10, 20, 30, 30, 30 ms, whose median is 30 (numpy's too); 0.1, 0.1,
    // 0.3 the same; weights 0, 1, 1 leave 20 and 30 ms, whose median is 25; 5, 5, 5, the
    // unweighted median, 20.
    const rows = (weights: readonly number[]) =>
      `id,label,prediction,latency_ms,sample_weight\n${[10, 20, 30].map((ms, i) => `e${i},1,1,${ms},${weights[i]}`).join("\n")}\n`;
    const median = async (weights: readonly number[]) => {
      write("challenger.csv", rows(weights));
      write("policy.yml", "metrics:\n  latency_ms_p50: { direction: lower, max: 100 }\n");
      await mlops(
        [
          "eval-gate",
          ...["--challenger", "challenger.csv", "--policy", "policy.yml"],
          ...["--weight-column", "sample_weight", "--comment", "never"],
          ...["--report-path", "report.json", "--comment-path", "comment.md"],
        ],
        dir,
      );
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
      return rowOf(report, "latency_ms_p50")!.challenger;
    };
    expect(await median([1, 1, 3])).toBeCloseTo(30, 12);
    expect(await median([0.1, 0.1, 0.3])).toBeCloseTo(30, 12);
    expect(await median([0, 1, 1])).toBeCloseTo(25, 12);
    expect(await median([5, 5, 5])).toBeCloseTo(20, 12);
  });

  it("reads the weights of JSON Lines files as of CSV ones", async () => {
    const policy = `${ACCURACY}  average_precision: { direction: higher, max-regression: 0.02 }\n`;
    const csv = await gate(
      { scores: eager, weights: byClass(10) },
      { scores: cautious, weights: byClass(10) },
      policy,
    );
    const { dir, write } = tempDir();
    const jsonl = (scores: readonly number[]) =>
      scores
        .map((score, i) =>
          JSON.stringify({
            id: `tx${i}`,
            label: labels[i],
            score,
            prediction: score >= 0.5 ? 1 : 0,
            sample_weight: Number(byClass(10)(i)),
          }),
        )
        .join("\n");
    write("challenger.jsonl", jsonl(eager));
    write("champion.jsonl", jsonl(cautious));
    write("policy.yml", `resamples: 2000\nseed: 3\nmetrics:\n${policy}`);
    await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.jsonl", "--champion", "champion.jsonl"],
        ...["--policy", "policy.yml", "--weight-column", "sample_weight", "--comment", "never"],
        ...["--report-path", "report.json", "--comment-path", "comment.md"],
      ],
      dir,
    );
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
    for (const metric of ["accuracy", "average_precision"]) {
      const [mine, theirs] = [rowOf(report, metric)!, rowOf(csv.report!, metric)!];
      expect(mine.challenger).toBeCloseTo(theirs.challenger!, 12);
      expect(mine.evidence!.interval!.lower).toBeCloseTo(theirs.evidence!.interval!.lower!, 12);
      expect(mine.evidence!.interval!.upper).toBeCloseTo(theirs.evidence!.interval!.upper!, 12);
    }
  });

  it("judges a first model's own weighed values against its bounds", async () => {
    const { report } = await gate(
      { scores: eager, weights: byClass(10) },
      undefined,
      "  accuracy: { direction: higher, min: 0.97 }\n",
    );
    const row = rowOf(report!, "accuracy")!;
    // Weighed back, the eager model's false alarms cost it: about 0.94 of the traffic.
    expect(row.challenger).toBeGreaterThan(0.92);
    expect(row.challenger).toBeLessThan(0.96);
    expect(row.status).toBe("fail");
    // Wilson's interval of the effective count, as McNemar's test takes them.
    expect(row.evidence).toMatchObject({ method: "wilson" });
  });

  it("judges a weighted ROC AUC with DeLong's test, its structural components weighed", async () => {
    const weights = (i: number) => [1, 2.5, 10][(i * 7) % 3]!;
    const written = (i: number) => String(weights(i));
    const policy = "  roc_auc: { direction: higher, max-regression: 0.5 }\n";
    const extra = "confidence: 0.95\ncorrection: none\n";
    const paired = await gate(
      { scores: eager, weights: written },
      { scores: cautious, weights: written },
      policy,
      { extra },
    );
    const row = rowOf(paired.report!, "roc_auc")!;
    const [champion, challenger] = [
      weighedDelong(cautious, weights),
      weighedDelong(eager, weights),
    ];
    expect(row.evidence!.method).toBe("delong");
    expect(row.champion).toBeCloseTo(champion.auc, 12);
    expect(row.challenger).toBeCloseTo(challenger.auc, 12);
    const variance =
      covariance(challenger, challenger) +
      covariance(champion, champion) -
      2 * covariance(challenger, champion);
    const half = Z_975 * Math.sqrt(variance);
    expect(row.evidence!.interval!.lower).toBeCloseTo(challenger.auc - champion.auc - half, 10);
    expect(row.evidence!.interval!.upper).toBeCloseTo(challenger.auc - champion.auc + half, 10);

    // A first model's own interval: its weighted AUC's variance alone.
    const alone = await gate(
      { scores: eager, weights: written },
      undefined,
      "  roc_auc: { direction: higher, min: 0.5 }\n",
      { extra },
    );
    const own = rowOf(alone.report!, "roc_auc")!.evidence!;
    const ownHalf = Z_975 * Math.sqrt(covariance(challenger, challenger));
    expect(own.method).toBe("delong");
    expect(own.interval!.lower).toBeCloseTo(challenger.auc - ownHalf, 10);
    expect(own.interval!.upper).toBeCloseTo(Math.min(1, challenger.auc + ownHalf), 10);
  });

  it("leaves ROC AUC and its interval as unweighted where the weights only differ by class", async () => {
    // Down-sampled negatives weighing 10 change no ranking within a class: the AUC is a share of
    // (positive, negative) pairs, and each class's components weigh alike.
    const policy = "  roc_auc: { direction: higher, max-regression: 0.02 }\n";
    const [weighed, counted] = await Promise.all([
      gate(
        { scores: eager, weights: byClass(10) },
        { scores: cautious, weights: byClass(10) },
        policy,
      ),
      gate({ scores: eager }, { scores: cautious }, policy, { weighed: false }),
    ]);
    const [mine, theirs] = [rowOf(weighed.report!, "roc_auc")!, rowOf(counted.report!, "roc_auc")!];
    expect(mine.evidence!.method).toBe("delong");
    expect(mine.delta).toBeCloseTo(theirs.delta!, 12);
    expect(mine.evidence!.interval!.lower).toBeCloseTo(theirs.evidence!.interval!.lower!, 12);
    expect(mine.evidence!.interval!.upper).toBeCloseTo(theirs.evidence!.interval!.upper!, 12);
  });
});

describe("eval-gate refusing sample weights it cannot weigh by", () => {
  const refused = async (challenger: Rows, champion: Rows | undefined, metrics = ACCURACY) => {
    const run = await gate(challenger, champion, metrics);
    expect(run.code).toBe(1);
    expect(run.written).toBe(false);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    return run.stderr.trim();
  };
  /** eval-gate on `files` (name to text) in a folder of their own, weighing by `column`. */
  const runOn = async (files: Record<string, string>, column: string, args: string[] = []) => {
    const { dir, write } = tempDir();
    for (const [name, text] of Object.entries(files)) write(name, text);
    const challenger = Object.keys(files).find((name) => name.startsWith("challenger"))!;
    return mlops(
      [
        "eval-gate",
        ...["--challenger", challenger, "--policy", "policy.yml", "--comment", "never"],
        ...["--weight-column", column, ...args],
      ],
      dir,
    );
  };
  const cell = (value: string) => ({
    scores: eager,
    weights: (i: number) => (i === 4 ? value : "1"),
  });

  it.each([
    ["-1", "-1 is not a weight (a number from 0 up)"],
    ["", "the weight is missing"],
    [
      "inf",
      "infinity (written inf or Infinity, or a number past ±1.8e308) is not a weight (a number from 0 up)",
    ],
    [
      "Infinity",
      "infinity (written inf or Infinity, or a number past ±1.8e308) is not a weight (a number from 0 up)",
    ],
    [
      "1e400",
      "infinity (written inf or Infinity, or a number past ±1.8e308) is not a weight (a number from 0 up)",
    ],
    ["heavy", '"heavy" is not a number'],
  ])("refuses a weight of %j at its line", async (value, problem) => {
    expect(await refused(cell(value), { scores: cautious })).toBe(
      `mlops eval-gate: challenger.csv:6: column 'sample_weight': ${problem}. Write each example's weight as a number from 0 up (0 leaves the example out), as scikit-learn's sample_weight`,
    );
  });

  it("refuses a challenger's file without the column, naming the one likely meant", async () => {
    const run = await runOn(
      {
        "challenger.csv": predictionsFile({ scores: eager, weights: byClass(10) }),
        "policy.yml": `metrics:\n${ACCURACY}`,
      },
      "weight",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "challenger.csv: has no column 'weight' (each example's sample weight). Set input 'weight-column' to the column that holds each example's sample weight, likely 'sample_weight'",
    );
  });

  it("refuses weights that are all 0", async () => {
    expect(await refused({ scores: eager, weights: () => "0" }, undefined)).toBe(
      "mlops eval-gate: challenger.csv: column 'sample_weight': every example weighs 0, which leaves nothing to judge. Give the examples that count a weight above 0",
    );
  });

  it("refuses two files that weigh an example differently, naming it", async () => {
    const message = await refused(
      { scores: eager, weights: byClass(10) },
      { scores: cautious, weights: (i) => (i === 7 ? "9" : byClass(10)(i)) },
    );
    expect(message).toBe(
      "mlops eval-gate: challenger.csv: column 'sample_weight': example 'tx7-0' weighs 10 here and 9 in the champion's file. A weight belongs to the example, as its label does: write the same weights in both files, or leave the column out of the champion's file (the challenger's weights then count for both)",
    );
  });

  it("takes a champion's weights that are the challenger's times one constant: only ratios count", async () => {
    // The champion's file writes each weight as a share of 1,000: the same examples, weighed alike.
    const shares = (i: number) => String(Number(byClass(10)(i)) / 1000);
    const policy = `${ACCURACY}  roc_auc: { direction: higher, max-regression: 0.02 }\n`;
    const [scaled, same] = await Promise.all([
      gate({ scores: eager, weights: byClass(10) }, { scores: cautious, weights: shares }, policy),
      gate(
        { scores: eager, weights: byClass(10) },
        { scores: cautious, weights: byClass(10) },
        policy,
      ),
    ]);
    expect(gated(scaled.report!)).toEqual(gated(same.report!));
    // Past the first pair, the constant holds for every other.
    const message = await refused(
      { scores: eager, weights: byClass(10) },
      { scores: cautious, weights: (i) => (i === 7 ? "0.02" : shares(i)) },
    );
    expect(message).toBe(
      "mlops eval-gate: challenger.csv: column 'sample_weight': example 'tx7-0' weighs 10 here and 0.02 in the champion's file. A weight belongs to the example, as its label does: write the same weights in both files (or the same times one constant: the champion's first weigh 0.001 times the challenger's), or leave the column out of the champion's file (the challenger's weights then count for both)",
    );
  });

  it("takes two files' weights as the same within float32's rounding", async () => {
    const { report } = await gate(
      { scores: eager, weights: byClass(0.1) },
      { scores: cautious, weights: (i) => (labels[i] === 1 ? "1" : String(Math.fround(0.1))) },
      ACCURACY,
    );
    expect(rowOf(report!, "accuracy")!.evidence).toMatchObject({ method: "mcnemar" });
  });

  it("takes method delong where examples weigh unequally: the row auto gives", async () => {
    const judged = (method: string) =>
      gate(
        { scores: eager, weights: byClass(10) },
        { scores: cautious, weights: byClass(10) },
        `  roc_auc: { direction: higher, max-regression: 0.01, method: ${method} }\n`,
      );
    const [named, auto] = await Promise.all([judged("delong"), judged("auto")]);
    expect(rowOf(named.report!, "roc_auc")!.evidence).toMatchObject({ method: "delong" });
    expect(gated(named.report!)).toEqual(gated(auto.report!));
  });

  it("takes weights up to 1e15 times apart, and refuses more, which sums of doubles lose", async () => {
    const apart = (ratio: string) => (i: number) => (i % 2 === 0 ? ratio : "1");
    const policy = "  roc_auc: { direction: higher, max-regression: 0.5 }\n";
    const { report } = await gate(
      { scores: eager, weights: apart("1e15") },
      { scores: cautious, weights: apart("1e15") },
      policy,
    );
    const { lower, upper } = rowOf(report!, "roc_auc")!.evidence!.interval!;
    expect(upper! - lower!).toBeGreaterThan(0.01);
    expect(upper! - lower!).toBeLessThan(0.5);
    expect(await refused({ scores: eager, weights: apart("1e16") }, undefined, policy)).toBe(
      "mlops eval-gate: challenger.csv: column 'sample_weight': the heaviest example weighs 1.000e+16 times the lightest above 0, past the 1e15 that sums of doubles can hold apart. Clip the weights to a range of at most 1e15, or weigh 0 the examples that should count for nothing",
    );
    // 1e308 over 0.03 is past the largest double: the ratio is no number to name.
    const beyond = (i: number) => (i % 2 === 0 ? "1e308" : "0.03");
    expect(await refused({ scores: eager, weights: beyond }, undefined, policy)).toContain(
      "the heaviest example weighs more than 1.8e308 times the lightest above 0",
    );
  });

  it("takes method delong where every example weighs the same", async () => {
    const { code, report } = await gate(
      { scores: eager, weights: () => "3" },
      { scores: cautious, weights: () => "3" },
      "  roc_auc: { direction: higher, max-regression: 0.01, method: delong }\n",
    );
    expect(code).toBe(0);
    expect(rowOf(report!, "roc_auc")!.evidence).toMatchObject({ method: "delong" });
  });

  it.each(["id", "label", "score", "prediction"])(
    "refuses the %s column as the weights",
    async (role) => {
      const run = await runOn(
        {
          "challenger.csv": predictionsFile({ scores: eager }),
          "policy.yml": `metrics:\n${ACCURACY}`,
        },
        role,
      );
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `mlops eval-gate: input 'weight-column': is '${role}', which ${role}-column names: the weights would be what the examples are judged on. Name the column that holds each example's sample weight, or leave weight-column empty`,
      );
    },
  );

  it("refuses a per-example score's column as the weights", async () => {
    const run = await runOn(
      {
        "challenger.csv": "id,label,prediction,grade\na,1,1,0.5\n",
        "policy.yml": "metrics:\n  grade_mean: { direction: higher, min: 0.1 }\n",
      },
      "grade",
      ["--example-scores", "grade"],
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "mlops eval-gate: input 'weight-column': is 'grade', which example-scores names: the weights would be what the examples are judged on. Name the column that holds each example's sample weight, or leave weight-column empty",
    );
  });

  it("refuses a weight column for metrics files, which hold no examples", async () => {
    const run = await runOn(
      {
        "challenger.json": '{"accuracy": 0.91}',
        "champion.json": '{"accuracy": 0.9}',
        "policy.yml": `metrics:\n${ACCURACY}`,
      },
      "w",
      ["--champion", "champion.json"],
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "mlops eval-gate: input 'weight-column': is set, and the challenger 'challenger.json' holds aggregate metrics, which have no examples to weigh. Leave weight-column empty for metrics files, or give both models' per-example predictions",
    );
  });
});
