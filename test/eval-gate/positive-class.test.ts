import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A churn model's predictions with text labels, its score the probability of `churn`: the
 * positive class by default is the greater name, `stay`.
 */
function churnFiles() {
  const dir = tempDir();
  for (const [model, seed, sharpness] of [
    ["champion", 1, 1],
    ["challenger", 2, 3],
  ] as const) {
    const random = seededRandom(seed);
    const rows = ["id,label,score,prediction"];
    for (let i = 0; i < 300; i++) {
      const churns = i % 3 === 0;
      const logit = (churns ? 1 : -1) * sharpness + (random() - 0.5) * 4;
      const score = 1 / (1 + Math.exp(-logit));
      rows.push(`c-${i},${churns ? "churn" : "stay"},${score},${score > 0.5 ? "churn" : "stay"}`);
    }
    dir.write(`${model}.csv`, `${rows.join("\n")}\n`);
  }
  dir.write("policy.yml", "metrics:\n  roc_auc: {direction: higher, max-regression: 0.01}\n");
  return dir.dir;
}

const gate = (dir: string, extra: string[] = []) =>
  mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--report-path", "report.json", ...extra],
    ],
    dir,
  );

describe("eval-gate and the positive class of text labels", () => {
  it("refuses a score that reads as the other class's probability, before judging anything", async () => {
    const dir = churnFiles();
    const run = await gate(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^mlops eval-gate: champion\.csv: its score does not read as the probability of the positive class 'stay': the rows it predicts 'stay' score 0\.\d+ on average, those it predicts 'churn' 0\.\d+\. If the score is the probability of 'churn', set positive-label to 'churn' \(recall, precision and F1 are then of 'churn'\); if it is the confidence of the predicted class, write the probability of 'stay' as the score\n$/,
    );
  });

  it("judges the same files once the positive class is named, and says which it is", async () => {
    const dir = churnFiles();
    const run = await gate(dir, ["--positive-label", "churn"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
    const auc = report.rows.find((r) => r.metric === "roc_auc") as MetricRow;
    // Both models rank churners first: their AUCs are well above a coin's.
    expect(auc.champion).toBeGreaterThan(0.7);
    expect(auc.challenger).toBeGreaterThan(auc.champion!);
    expect(auc.status).toBe("pass");
    // The class the metrics are of is said, in the report and the comment.
    expect(report.pairing?.positive_class).toBe("churn");
    expect(readFileSync(join(dir, "mlops-out/eval-comment.md"), "utf8")).toContain(
      "every row of both files; the positive class is `churn`.",
    );
  });
});
