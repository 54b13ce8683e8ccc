import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evalReportContract,
  validateContract,
  type EvalReport,
  type MetricRow,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A binary classifier's predictions on 228 examples: 143 of its 145 positives found (recall
 * 98.6%), 74 of its 83 negatives right (accuracy 217 / 228 = 95.2%).
 */
const PREDICTIONS = [
  "id,label,prediction",
  ...Array.from({ length: 228 }, (_, i) => {
    const label = i < 145 ? 1 : 0;
    const right = i < 143 || i >= 154;
    return `ex-${i},${label},${right ? label : 1 - label}`;
  }),
].join("\n");

/** Runs the gate on `challenger` under `policy`, alone or against `champion`. */
async function gate(policy: string, challenger = PREDICTIONS, champion?: string) {
  const dir = tempDir();
  dir.write("challenger.csv", `${challenger}\n`);
  if (champion !== undefined) dir.write("champion.csv", champion);
  dir.write("policy.yml", `schema: mlops.gate-policy/v1\n${policy}`);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--policy", "policy.yml"],
      ...(champion === undefined ? [] : ["--champion", "champion.csv"]),
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--fail-step", "false"],
    ],
    dir.dir,
  );
  expect(run.code).toBe(0);
  const report = JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  return { report, comment: readFileSync(join(dir.dir, "comment.md"), "utf8") };
}

const row = (report: EvalReport, metric: string) =>
  report.rows.find((r) => r.metric === metric) as MetricRow;

describe("eval-gate on a first model's proportions", () => {
  it("sizes an undecided bound with the Wilson interval it was judged on", async () => {
    // Expected numbers: statsmodels 0.13's proportion_confint(count, nobs, alpha=0.05,
    // method="wilson"), bisected for the distance above the minimum an estimate on the same
    // support must lie for the lower end to clear it (mde), and for the support at which the
    // observed proportion's lower end clears it: 214.78 of recall's positives, which the reason
    // gives, scaled to all 228 examples for the report (337.72; 528.43 for accuracy).
    const { report, comment } = await gate(
      "correction: none\nmetrics:\n  recall: {direction: higher, min: 0.96}\n  accuracy: {direction: higher, min: 0.93}\n",
    );
    const recall = row(report, "recall");
    expect(recall.status).toBe("inconclusive");
    expect(recall.evidence).toMatchObject({
      method: "wilson",
      interval_of: "challenger",
      n: 228,
      support: { count: 145, of: "positive examples" },
      examples_needed: 338,
    });
    expect(recall.evidence!.interval!.lower).toBeCloseTo(0.9511074552234658, 12);
    expect(recall.evidence!.interval!.upper).toBeCloseTo(0.9962092475096044, 12);
    expect(recall.evidence!.mde).toBeCloseTo(0.031895521112, 9);
    expect(recall.reason).toContain(
      "with 145 positive examples (of 228) this test detects an estimate more than 3.2 points above the minimum, and about 215 positive examples (70 more) would settle it if the observed value holds",
    );
    const accuracy = row(report, "accuracy");
    expect(accuracy.evidence).toMatchObject({ method: "wilson", examples_needed: 529 });
    expect(accuracy.evidence!.mde).toBeCloseTo(0.033118538379, 9);
    // Undecided, not failed: the check's status says which; passed is false for both.
    expect(recall.checks).toEqual([
      { rule: "min", limit: 0.96, passed: false, status: "inconclusive" },
    ]);
    // Without correction the p column is each check's own p-value, and is titled so.
    expect(report.correction).toBe("none");
    expect(recall.evidence!.p_adjusted).toBeCloseTo(recall.evidence!.p_value!, 15);
    expect(comment).toContain("| Interval of the delta | p | Rule | Status |");
    expect(comment).not.toContain("p (adj.)");
  });

  it("says an estimate below the minimum must lie further below it to settle", async () => {
    // 136 of the 145 positives found: recall 93.8%, under a minimum of 95%. statsmodels' Wilson
    // upper end at that share of 1,969 examples is 0.9500021, at 1,970 it is 0.9499994: between
    // 1,252.2 and 1,252.9 positives, which the reason rounds up.
    const below = PREDICTIONS.split("\n")
      .map((line, i) => (i >= 137 && i <= 145 ? line.replace(/,1,1$/, ",1,0") : line))
      .join("\n");
    const { report } = await gate("metrics:\n  recall: {direction: higher, min: 0.95}\n", below);
    const recall = row(report, "recall");
    expect(recall.challenger).toBeCloseTo(136 / 145, 12);
    expect(recall.status).toBe("inconclusive");
    expect(recall.evidence).toMatchObject({ method: "wilson", examples_needed: 1970 });
    expect(recall.evidence!.interval!.upper).toBeCloseTo(0.9670049175864154, 12);
    expect(recall.reason).toContain(
      "with 145 positive examples (of 228) this test detects an estimate more than 3.6 points below the minimum, and about 1,253 positive examples (1,108 more) would settle it",
    );
  });

  it("names McNemar for a comparison with a champion, and the adjusted p-value under a correction", async () => {
    const champion = PREDICTIONS.replace("ex-0,1,1", "ex-0,1,0");
    const { report, comment } = await gate(
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
      PREDICTIONS,
      champion,
    );
    const accuracy = row(report, "accuracy");
    expect(accuracy.evidence).toMatchObject({ method: "mcnemar", interval_of: "delta" });
    expect(accuracy.checks).toEqual([
      { rule: "max-regression", limit: expect.any(Number), passed: true, status: "pass" },
    ]);
    expect(report.correction).toBe("holm");
    expect(comment).toContain("| Interval of the delta | p (adj.) | Rule | Status |");
  });

  it("says why nothing was judged when every rule compares with a champion", async () => {
    const { report } = await gate(
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.02}\n",
    );
    expect(report.verdict).toBe("inconclusive");
    expect(report.rows.filter((r) => "status" in r && r.status === "inconclusive")).toEqual([]);
    expect(report.notes).toContain(
      "No rule could be evaluated: every rule in the policy compares with a champion (none has a min or a max), and a first model has none, so the verdict is inconclusive with no row to list as such: the gate cannot pass a model it never checked. Give the metrics it must reach a min or a max, or give a champion.",
    );
  });
});
