import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Per query, a ranking's nDCG@10 computed elsewhere: what a recommendations team gates. */
const PREDICTIONS = "id,ndcg10,segment\nq0,0.5,new\nq1,0.75,returning\nq2,1,new\n";

/** eval-gate on both files of `PREDICTIONS` under `metrics`, with `extra` arguments. */
async function gate(metrics: string, ...extra: string[]) {
  const { dir, write } = tempDir();
  write("challenger.csv", PREDICTIONS);
  write("champion.csv", PREDICTIONS);
  write("policy.yml", `schema: mlops.gate-policy/v1\nmetrics:\n${metrics}`);
  return mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--fail-step", "false", "--report-path", "report.json", ...extra],
    ],
    dir,
  );
}

/** The one line eval-gate refuses `metrics` with. */
async function refusal(metrics: string): Promise<string> {
  const run = await gate(metrics);
  expect(run.code).toBe(1);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  return run.stderr.trimEnd();
}

const NDCG10_MEAN = "  ndcg10_mean: { direction: higher, max-regression: 0.005 }\n";

describe("eval-gate on a policy metric that predictions do not compute", () => {
  it("refuses '<column>_mean' without its column in example-scores, naming that input", async () => {
    expect(await refusal(NDCG10_MEAN)).toBe(
      "mlops eval-gate: policy.yml:3: field '/metrics/ndcg10_mean' is the mean of a per-example score column 'ndcg10' only where input 'example-scores' names that column, and it is empty. Add 'ndcg10' to input 'example-scores' (a column of numbers in both predictions files), or gate a metric computed from predictions, such as accuracy or roc_auc",
    );
  });

  it("refuses an unknown name with the route through example-scores", async () => {
    expect(await refusal("  ndcg: { direction: higher, max-regression: 0.005 }\n")).toMatch(
      /^mlops eval-gate: policy\.yml:3: field '\/metrics\/ndcg' is not a metric computed from predictions\. Use one of: accuracy, .*, add its column to both predictions files, name it in input 'example-scores' and gate '<column>_mean'$/,
    );
  });

  it("gates the mean once the column is named, as the refusal says", async () => {
    const run = await gate(NDCG10_MEAN, "--example-scores", "ndcg10");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

describe("a recall of one's own, as a per-example 0/1 score", () => {
  it("judges a 'caught' column on the frauds alone, as the built-in recall is judged", async () => {
    // 100 frauds among 1,000: the champion flags 70, the challenger 75; 'caught' is empty for
    // every legitimate row, so its mean is the recall.
    const rows = (flagged: number) =>
      [
        "id,label,prediction,caught",
        ...Array.from({ length: 1000 }, (_, i) => {
          if (i >= 100) return `t${i},0,0,`;
          const caught = i < flagged ? 1 : 0;
          return `t${i},1,${caught},${caught}`;
        }),
      ].join("\n") + "\n";
    const { dir, write } = tempDir();
    write("champion.csv", rows(70));
    write("challenger.csv", rows(75));
    write(
      "policy.yml",
      "metrics:\n  caught_mean: { direction: higher, max-regression: 0.03, method: mcnemar }\n  recall: { direction: higher, max-regression: 0.03 }\n",
    );
    const run = await mlops(
      [
        "eval-gate",
        ...[
          "--challenger",
          "challenger.csv",
          "--champion",
          "champion.csv",
          "--policy",
          "policy.yml",
        ],
        ...["--example-scores", "caught", "--report-path", "report.json", "--fail-step", "false"],
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
    const [caught, recall] = ["caught_mean", "recall"].map(
      (name) => report.rows.find((r) => r.metric === name) as MetricRow,
    );
    expect(caught!.evidence).toMatchObject({ method: "mcnemar", n: 100 });
    expect(caught!.challenger).toBeCloseTo(0.75, 12);
    // The same paired proportion on the same 100 frauds: the same interval, to rounding.
    expect(caught!.evidence!.interval!.lower).toBeCloseTo(recall!.evidence!.interval!.lower, 12);
    expect(caught!.evidence!.interval!.upper).toBeCloseTo(recall!.evidence!.interval!.upper, 12);
  });
});
