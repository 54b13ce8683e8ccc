/**
 * eval-gate judging top_<k>_accuracy on per-example predictions of many classes: as accuracy is,
 * by McNemar's test on the examples each model has its label in the top k or not, on all examples
 * and in each slice, or on the bootstrap where the policy says so; from every class's
 * probabilities or from a top-k export of each row's top classes alone, which log loss refuses.
 * Files without probabilities are refused when read, and a name it cannot take at its line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

const CLASSES = 30;
const EXAMPLES = 600;
const className = (c: number) => `k${String(c).padStart(2, "0")}`;

/**
 * Two models' probabilities on the same examples: each class's logit a uniform draw times 4, the
 * label's raised by 1.5 (champion) or 2.5 (challenger), softmaxed and written to 6 decimals.
 * Half the examples are of region `eu`, half of `us`.
 */
function models() {
  const random = seededRandom(5);
  const labels = Array.from({ length: EXAMPLES }, () => Math.floor(random() * CLASSES));
  const probabilities = [1.5, 2.5].map((raise) =>
    labels.map((label) => {
      const logits = Array.from(
        { length: CLASSES },
        (_, c) => 4 * random() + (c === label ? raise : 0),
      );
      const exps = logits.map((z) => Math.exp(z));
      const sum = exps.reduce((a, b) => a + b, 0);
      return exps.map((e) => Number((e / sum).toFixed(6)));
    }),
  );
  return { labels, champion: probabilities[0]!, challenger: probabilities[1]! };
}

const { labels, champion, challenger } = models();
const regionOf = (i: number) => (i % 2 === 0 ? "eu" : "us");

/** Whether the label is in the row's top k: fewer than k other classes score as high. */
const inTopK = (row: readonly number[], label: number, k: number) =>
  row.filter((p, c) => c !== label && p >= row[label]!).length < k;

/** The share of `rows` (all examples, or those of a region) with the label in the top k. */
function topKShare(rows: readonly (readonly number[])[], k: number, region?: string) {
  const kept = [...rows.keys()].filter((i) => region === undefined || regionOf(i) === region);
  return kept.filter((i) => inTopK(rows[i]!, labels[i]!, k)).length / kept.length;
}

/** A predictions file; with `top`, each row's `top` most probable classes alone, the rest empty. */
function predictionsFile(rows: readonly (readonly number[])[], top?: number) {
  const header = `id,label,region,${[...Array(CLASSES).keys()].map((c) => `score_${className(c)}`).join(",")}`;
  const lines = rows.map((row, i) => {
    const kept = new Set([...row.keys()].sort((a, b) => row[b]! - row[a]!).slice(0, top));
    const cells = row.map((p, c) => (kept.has(c) ? p.toFixed(6) : ""));
    return `ex${i},${className(labels[i]!)},${regionOf(i)},${cells.join(",")}`;
  });
  return `${header}\n${lines.join("\n")}\n`;
}

/**
 * Gates `challengerFile` under a policy of `metrics`, against `championFile` (the champion's
 * probabilities of every class unless given) unless `alone`.
 */
async function gate(
  challengerFile: string,
  metrics: string,
  { alone = false, championFile = predictionsFile(champion) } = {},
) {
  const { dir, write } = tempDir();
  write("champion.csv", championFile);
  write("challenger.csv", challengerFile);
  write(
    "policy.yml",
    `schema: mlops.gate-policy/v1\nslices:\n  by: [region]\nmetrics:\n${metrics}`,
  );
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--policy", "policy.yml"],
      ...(alone ? [] : ["--champion", "champion.csv"]),
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--comment", "never"],
    ],
    dir,
  );
  const path = join(dir, "report.json");
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as EvalReport)
    : undefined;
  const comment = existsSync(join(dir, "comment.md"))
    ? readFileSync(join(dir, "comment.md"), "utf8")
    : "";
  return { ...run, report, comment };
}

const TOP_5 = "  top_5_accuracy: { direction: higher, max-regression: 0.02 }\n";

/** The report's rows of a metric, by slice (`all` for all examples). */
const rowsOf = (report: EvalReport, metric: string) =>
  new Map(
    report.rows
      .filter((row): row is MetricRow => row.metric === metric && row.gated)
      .map((row) => [row.slice ?? "all", row]),
  );

describe("eval-gate on top_5_accuracy of 30 classes, sliced by region", () => {
  it("judges it on all examples and in each region by McNemar's test, as accuracy", async () => {
    const { code, report, comment } = await gate(predictionsFile(challenger), TOP_5);
    expect(code).toBe(0);
    expect(report!.verdict).toBe("pass");
    const rows = rowsOf(report!, "top_5_accuracy");
    expect([...rows.keys()]).toEqual(["all", "region=eu", "region=us"]);
    for (const [slice, row] of rows) {
      const region = slice === "all" ? undefined : slice.slice("region=".length);
      // Counts of examples over 600 or 300: exact as doubles, so compared within 1e-12.
      expect(row.champion).toBeCloseTo(topKShare(champion, 5, region), 12);
      expect(row.challenger).toBeCloseTo(topKShare(challenger, 5, region), 12);
      expect(row.evidence!.method).toBe("mcnemar");
      expect(row.evidence!.n).toBe(region === undefined ? EXAMPLES : EXAMPLES / 2);
      expect(row.status).toBe("pass");
    }
    // The challenger's label is raised more: it is better by over 10 points.
    expect(rows.get("all")!.delta).toBeGreaterThan(0.1);
    expect(rows.get("all")!.champion).toBeLessThan(0.7);
    expect(comment).toContain("top_5_accuracy");
  });

  it("reads a top-5 export, each row's other classes empty, as every class's probabilities", async () => {
    const full = await gate(predictionsFile(challenger), TOP_5);
    const exported = await gate(predictionsFile(challenger, 5), TOP_5);
    expect(exported.code).toBe(0);
    const [a, b] = [
      rowsOf(full.report!, "top_5_accuracy"),
      rowsOf(exported.report!, "top_5_accuracy"),
    ];
    for (const [slice, row] of a) {
      const other = b.get(slice)!;
      expect([other.challenger, other.delta, other.status]).toEqual([
        row.challenger,
        row.delta,
        row.status,
      ]);
      expect(other.evidence!.interval).toEqual(row.evidence!.interval);
    }
  });

  it("holds a first model's own value to a min on Wilson's interval, as accuracy's", async () => {
    const { code, report } = await gate(
      predictionsFile(challenger),
      "  top_5_accuracy: { direction: higher, min: 0.5 }\n",
      { alone: true },
    );
    expect(code).toBe(0);
    const row = rowsOf(report!, "top_5_accuracy").get("all")!;
    expect(row.challenger).toBeCloseTo(topKShare(challenger, 5), 12);
    expect(row.evidence!.method).toBe("wilson");
    expect(row.status).toBe("pass");
  });

  it("refuses a required log loss on that export, naming its first empty cell, with the fix", async () => {
    const { code, stderr, report } = await gate(
      predictionsFile(challenger, 5),
      `${TOP_5}  log_loss: { direction: lower, max-regression: 0.1 }\n`,
    );
    expect(code).toBe(1);
    expect(report).toBeUndefined();
    expect(stderr).toMatch(
      /^mlops eval-gate: metric 'log_loss': reads each row's probabilities of every class as one distribution, and challenger\.csv is a top-5 export: each row gives 5 of the 30 classes' probabilities \(line 2 leaves column 'score_k\d\d' empty\)\. Gate top_<k>_accuracy and metrics of the predicted classes on such a file, .*; or give 'log_loss' required: false in the policy to skip it where a file is a top-k export\n$/,
    );
  });

  it("skips a log loss the policy does not require on that export, judging top-5 accuracy", async () => {
    const { code, report } = await gate(
      predictionsFile(challenger, 5),
      `${TOP_5}  log_loss: { direction: lower, max-regression: 0.1, required: false }\n`,
    );
    expect(code).toBe(0);
    const logLoss = rowsOf(report!, "log_loss");
    // Skipped once, on all examples: a slice of the export is no distribution either.
    expect([...logLoss.keys()]).toEqual(["all"]);
    expect(logLoss.get("all")).toMatchObject({ status: "skipped", challenger: null });
    expect(logLoss.get("all")!.reason).toMatch(/is a top-5 export: .*; not required$/);
    expect(rowsOf(report!, "top_5_accuracy").get("all")!.status).toBe("pass");
  });

  it("refuses a k above the export's, which would read a label ranked 6th to 10th as a miss", async () => {
    const { code, stderr, report } = await gate(
      predictionsFile(challenger, 5),
      "  top_10_accuracy: { direction: higher, max-regression: 0.02 }\n",
    );
    expect(code).toBe(1);
    expect(report).toBeUndefined();
    expect(stderr).toMatch(
      /^mlops eval-gate: metric 'top_10_accuracy': ranks each row's 10 classes scored highest, and challenger\.csv is a top-5 export: each row gives 5 of the 30 classes' probabilities \(line 2 leaves column 'score_k\d\d' empty\): a label outside a row's top 5 would count as a miss where the model ranks it among its top 10\. Gate top_<k>_accuracy with k of 5 or less on such a file, .*; or give 'top_10_accuracy' required: false in the policy to skip it where a file exports fewer classes\n$/,
    );
  });

  it("skips such a k where the policy does not require it, judging those the export holds", async () => {
    const { code, report } = await gate(
      predictionsFile(challenger, 5),
      `${TOP_5}  top_10_accuracy: { direction: higher, max-regression: 0.02, required: false }\n`,
    );
    expect(code).toBe(0);
    const top10 = rowsOf(report!, "top_10_accuracy");
    expect([...top10.keys()]).toEqual(["all"]);
    expect(top10.get("all")).toMatchObject({ status: "skipped", champion: null, challenger: null });
    expect(top10.get("all")!.reason).toMatch(
      /is a top-5 export: .* among its top 10; not required$/,
    );
    expect(rowsOf(report!, "top_5_accuracy").get("all")!.challenger).toBeCloseTo(
      topKShare(challenger, 5),
      12,
    );
  });

  it("refuses another tool's name at its line in the policy, with the name meant", async () => {
    const { code, stderr, report } = await gate(
      predictionsFile(challenger),
      "  top5: { direction: higher, max-regression: 0.02 }\n",
    );
    expect(code).toBe(1);
    expect(report).toBeUndefined();
    expect(stderr).toMatch(
      /^mlops eval-gate: policy\.yml:5: field '\/metrics\/top5' is not a metric computed from predictions\. Did you mean 'top_5_accuracy'\? Use one of: accuracy, top_<k>_accuracy, /,
    );
  });

  it.each([
    [
      "accuracy's second name",
      "top_1_accuracy",
      "is the share of examples whose label is the class scored highest, which is accuracy.",
    ],
    ["k with leading zeros", "top_05_accuracy", "writes k with leading zeros,"],
    ["k past 1000", "top_1001_accuracy", "takes k from 2 to 1000, and k is 1001."],
    ["k as an exponent", "top_1e3_accuracy", "is not a metric computed from predictions."],
    [
      "k as a full-width digit",
      "top_\uFF15_accuracy",
      "is not a metric computed from predictions.",
    ],
    ["no k", "top_k_accuracy", "names no k:"],
    ["an object's own key", "__proto__", "is not a metric computed from predictions."],
  ])("refuses a name of %s at its line in the policy, in one line", async (_, name, says) => {
    const { code, stderr, report } = await gate(
      predictionsFile(challenger),
      `  ${name}: { direction: higher, max-regression: 0.02 }\n`,
    );
    expect(code).toBe(1);
    expect(report).toBeUndefined();
    expect(
      stderr.startsWith(`mlops eval-gate: policy.yml:5: field '/metrics/${name}' ${says}`),
    ).toBe(true);
    expect(stderr.split("\n")).toHaveLength(2);
  });

  it("refuses a k as large as the classes, naming the metric and the fix", async () => {
    const { code, stderr } = await gate(
      predictionsFile(challenger),
      "  top_30_accuracy: { direction: higher, max-regression: 0.02 }\n",
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops eval-gate: metric 'top_30_accuracy': counts an example right when its label is among the 30 classes scored highest, and the predictions have 30 classes, so every example would count and any model would score 1. Gate top_<k>_accuracy with k below 30, or accuracy\n",
    );
  });
});

describe("eval-gate on top_<k>_accuracy, the files' columns and the bootstrap", () => {
  /** Gates files of 40 examples of classes a to d with a predicted class and no scores. */
  function gatePredictedOnly(metrics: string) {
    const file = (shift: number) =>
      "id,label,region,prediction\n" +
      Array.from(
        { length: 40 },
        (_, i) => `ex${i},${"abcd"[i % 4]},${regionOf(i)},${"abcd"[(i + shift) % 4]}\n`,
      ).join("");
    return gate(file(0), metrics, { championFile: file(1) });
  }

  it("asks files without probabilities for each class's when read, as for roc_auc of 4 classes", async () => {
    const rule = "{ direction: higher, max-regression: 0.02 }";
    for (const metric of ["top_2_accuracy", "roc_auc"]) {
      const { code, stderr, report } = await gatePredictedOnly(`  ${metric}: ${rule}\n`);
      expect(code).toBe(1);
      expect(stderr).toBe(
        `mlops eval-gate: champion.csv: has no column 'score' or columns 'score_a', 'score_b', 'score_c' and 'score_d' (each class's predicted probability, as a JSON list per row or a column per class, for metric '${metric}'). Set input 'score-column' to the column that holds each class's predicted probability as a JSON list per row, or add one column per class named 'score_<class>'; the file's columns are 'id', 'label', 'region', 'prediction'. Where the file has no such column, add it, or give '${metric}' required: false in the policy\n`,
      );
      expect(report).toBeUndefined();
    }
  });

  it("skips it on such files where the policy does not require it, judging the rest", async () => {
    const { report } = await gatePredictedOnly(
      "  top_2_accuracy: { direction: higher, max-regression: 0.02, required: false }\n  accuracy: { direction: higher, max-regression: 0.02 }\n",
    );
    const rows = report!.rows.filter((row) => row.gated && row.slice === null) as MetricRow[];
    expect(rows.find((row) => row.metric === "top_2_accuracy")).toMatchObject({
      status: "skipped",
      reason:
        "ranks the classes by their scores, and the predictions have no score of each class; not required",
    });
    // The challenger predicts every label, the champion none.
    expect(rows.find((row) => row.metric === "accuracy")).toMatchObject({
      champion: 0,
      challenger: 1,
      status: "pass",
    });
  });

  it("judges it on the paired bootstrap where the policy names that method", async () => {
    const { code, report } = await gate(
      predictionsFile(challenger, 5),
      "  top_5_accuracy: { direction: higher, max-regression: 0.02, method: bootstrap }\nresamples: 2000\n",
    );
    expect(code).toBe(0);
    const row = rowsOf(report!, "top_5_accuracy").get("all")!;
    expect(row.delta).toBeCloseTo(topKShare(challenger, 5) - topKShare(champion, 5), 12);
    expect(row.evidence).toMatchObject({ method: "bootstrap", resamples: 2000, n: EXAMPLES });
    const { lower, upper } = row.evidence!.interval!;
    expect(lower).toBeGreaterThan(0);
    expect(lower).toBeLessThan(row.delta!);
    expect(upper).toBeGreaterThan(row.delta!);
    expect(row.status).toBe("pass");
  });
});
