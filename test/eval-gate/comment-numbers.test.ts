import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkReason,
  renderComment,
  type CheckFinding,
  type EvalReport,
  type MetricRow,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A non-inferiority check on a metric where higher is better. */
const finding = (over: Partial<CheckFinding>): CheckFinding => ({
  kind: "comparison",
  test: "non-inferiority",
  direction: "higher",
  metric: "accuracy",
  scale: "value",
  verdict: "inconclusive",
  estimate: 0,
  lower: -0.01,
  upper: 0.01,
  level: 0.95,
  margin: 0.01,
  examples: 1000,
  power: 0.8,
  detectableEffect: null,
  ...over,
});

describe("the numbers of an eval-gate reason", () => {
  it("rounds an 'at least' bound toward zero, and the interval outwards, so neither is overstated", () => {
    const reason = checkReason(
      finding({ verdict: "fail", estimate: -0.074, lower: -0.0991, upper: -0.0486575 }),
    );
    expect(reason).toBe(
      "the challenger's accuracy is at least 0.048 worse than the champion's (95% CI -0.100 to -0.048), beyond the margin of 0.01",
    );
  });

  it("rounds an 'at most' bound away from zero", () => {
    const reason = checkReason(
      finding({ verdict: "pass", estimate: 0.001, lower: -0.00413, upper: 0.00612 }),
    );
    expect(reason).toContain(
      "is at most 0.0042 worse than the champion's (95% CI -0.0042 to +0.0062)",
    );
  });

  it("writes a metric in tiny units with its own digits, not as 0.0000000000", () => {
    // An RMSE of targets in units of 1e-14, held to a max of 1e-15.
    const reason = checkReason(
      finding({
        kind: "max",
        metric: "rmse",
        direction: "lower",
        verdict: "fail",
        bound: 1e-15,
        estimate: 8.1e-14,
        lower: 6.23e-14,
        upper: 1.004e-13,
      }),
    );
    expect(reason).toBe(
      "the challenger's rmse is at least 0.000000000000062 (95% CI 0.000000000000062 to 0.000000000000101), above the maximum 1e-15",
    );
  });

  it("writes no more digits than a double holds, where the interval is only rounding wide", () => {
    const reason = checkReason(
      finding({
        kind: "min",
        verdict: "pass",
        bound: 0.4,
        estimate: 0.5,
        lower: 0.49999999999999994,
        upper: 0.5000000000000001,
      }),
    );
    expect(reason).toBe(
      "the challenger's accuracy is at least 0.500000000000000 (95% CI 0.500000000000000 to 0.500000000000000), above the minimum 0.4",
    );
  });

  it("rounds a bound in a metric's large raw units in its own direction too", () => {
    const reason = checkReason(
      finding({
        kind: "min",
        metric: "revenue",
        verdict: "pass",
        bound: 12345678900000,
        estimate: 12345678901300,
        lower: 12345678901250,
        upper: 12345678901349,
      }),
    );
    expect(reason).toMatch(/at least 12345678901250\b/);
    expect(reason).toMatch(/CI 12345678901250 to 12345678901349\b/);
  });

  it("shows the digits that tell an interval's end from the margin it straddles", () => {
    const reason = checkReason(
      finding({ scale: "points", estimate: -0.002, lower: -0.010086, upper: 0.0098, level: 0.995 }),
    );
    expect(reason).toContain(
      "(99.5% CI -1.009 to +0.980 points), an interval that straddles the margin of 1 point",
    );
  });

  it("shows the digits that tell a change from the margin of the same rounded size", () => {
    const reason = checkReason(
      finding({ scale: "points", margin: 0.02, estimate: -0.0208, lower: -0.08, upper: 0.04 }),
    );
    expect(reason).toContain("the challenger's accuracy is 2.08 points worse than the champion's");
  });

  it("says a change of exactly nothing is the same, not '0 better'", () => {
    const reason = checkReason(finding({ scale: "points" }));
    expect(reason).toContain("the challenger's accuracy is the same as the champion's (95% CI");
    expect(reason).not.toMatch(/\b0(\.0+)? points better/);
  });
});

describe("the interval of an eval-gate reason", () => {
  it("has two significant digits of its half-width, rounded outwards: ±9.18 points reads ±9.2", () => {
    const reason = checkReason(
      finding({ scale: "points", margin: 0.02, lower: -0.0918, upper: 0.0918 }),
    );
    // One digit would write -10 to +10, about a tenth wider than the interval computed.
    expect(reason).toContain("(95% CI -9.2 to +9.2 points)");
  });

  it("has more digits where an end lies closer to the margin than those two digits tell", () => {
    // Two digits of the half-width (1.5 points) would round -1.996 out to -2.0: on the margin.
    const reason = checkReason(
      finding({ scale: "points", margin: 0.02, verdict: "pass", lower: -0.01996, upper: 0.01 }),
    );
    expect(reason).toBe(
      "the challenger's accuracy is at most 1.996 points worse than the champion's (95% CI -1.996 to +1.000 points), within the margin of 2 points",
    );
  });

  it.each<[string, Partial<CheckFinding>, string]>([
    [
      "of zero width",
      { verdict: "pass", estimate: 0.03, lower: 0.03, upper: 0.03 },
      "+0.03000 to +0.03000",
    ],
    ["below zero", { verdict: "fail", estimate: -0.3, lower: -0.5, upper: -0.1 }, "-0.50 to -0.10"],
    ["ending just below zero", { estimate: -0.02, lower: -0.05, upper: -1e-5 }, "-0.050 to 0.000"],
    ["across zero", { verdict: "pass", lower: -0.003, upper: 0.0071 }, "-0.0030 to +0.0071"],
    [
      "a billionth wide",
      { verdict: "pass", estimate: 0.5, lower: 0.5 - 5e-10, upper: 0.5 + 5e-10 },
      "+0.49999999950 to +0.50000000050",
    ],
    [
      "a billion wide",
      { verdict: "pass", lower: -5.123e8, upper: 5.123e8, margin: 1e10 },
      "-512300000 to +512300000",
    ],
  ])("is written in plain decimals, with no -0, when %s", (_, over, ends) => {
    expect(checkReason(finding(over))).toContain(`(95% CI ${ends})`);
  });
});

const evidenceRow = (over: Partial<MetricRow> & Pick<MetricRow, "metric">): MetricRow => ({
  slice: null,
  gated: true,
  direction: "higher",
  champion: 0.9,
  challenger: 0.8,
  delta: -0.1,
  relative_delta: -0.111,
  rule: "higher is better; regression ≤ 0.01",
  checks: [{ rule: "max-regression", limit: 0.89, passed: false }],
  status: "fail",
  reason: "worse",
  evidence: {
    method: "mcnemar",
    n: 100_000,
    confidence: 0.95,
    interval_of: "delta",
    interval: { lower: -0.11, upper: -0.09 },
    p_value: 0,
    p_adjusted: 0,
    mde: null,
    examples_needed: null,
  },
  ...over,
});

function predictionsReport(rows: MetricRow[]): EvalReport {
  const ref = (file: string) => ({ file, sha256: "0".repeat(64) });
  return {
    schema: "mlops.eval-report/v1",
    tool: { name: "mlops", version: "0.0.0" },
    created_at: "2026-01-01T00:00:00.000Z",
    mode: "predictions",
    verdict: "fail",
    challenger: ref("challenger.csv"),
    champion: ref("champion.csv"),
    policy: ref("policy.yml"),
    model: null,
    rows,
    counts: { pass: 0, fail: rows.length, skipped: 0, info: 0 },
    notes: [],
  };
}

describe("the eval-gate comment's evidence table", () => {
  const text = renderComment(
    predictionsReport([
      evidenceRow({ metric: "accuracy" }),
      evidenceRow({
        metric: "log_loss",
        direction: "lower",
        champion: 0.8,
        challenger: 0.44,
        delta: -0.36,
        status: "pass",
      }),
    ]),
  );

  it("shows a p-value that underflowed to 0 as a bound, not as 0", () => {
    expect(text).toContain(
      "| `accuracy` | 0.9 | 0.8 | -0.1 ▼ | [-0.11, -0.09] at 95% | < 1e-300 |",
    );
  });

  it("says under the table what ▲ and ▼ mean: better and worse, not up and down", () => {
    expect(text).toContain("| `log_loss` | 0.8 | 0.44 | -0.36 ▲ |");
    expect(text).toContain(
      "\n\n_▲ better, ▼ worse, by each metric's direction (a lower loss is ▲)._",
    );
  });
});

describe("the unpaired-examples reason", () => {
  it("names ids the challenger repeats as repeated, not as champion rows without a partner", async () => {
    const { dir, write } = tempDir();
    const rows = (ids: string[]) =>
      `id,label,prediction\n${ids.map((id, i) => `${id},${i % 2},${i % 2}`).join("\n")}\n`;
    write("champion.csv", rows(["a", "b", "c", "d"]));
    write("challenger.csv", rows(["a", "b", "b", "c", "c", "d"]));
    write("policy.yml", "metrics:\n  accuracy: {direction: higher, min: 0.5}\n");
    const { stderr } = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "champion.csv",
        "--policy",
        "policy.yml",
      ],
      dir,
    );
    expect(stderr).toContain(
      'unpaired examples: 50% of the examples (2 ids of 4 in either file) are not in a pair: 2 ids repeated in the challenger ("b", "c"): their 4 rows, and the champion\'s 2 rows of them, pair with nothing; the two files must hold predictions for the same examples, each id once',
    );
    expect(stderr).not.toContain("without a challenger row");
  });
});

describe("a bootstrap p-value at its floor", () => {
  it("is shown as the bound it is, and marked so in the report", async () => {
    const { dir, write } = tempDir();
    // The challenger gets right 60 examples the champion gets wrong, and none the other way:
    // every resample of the F1 delta lies on one side.
    const rows = (right: (i: number) => boolean) =>
      `id,label,prediction\n${[...Array(400).keys()]
        .map((i) => `e${i},${i % 2},${right(i) ? i % 2 : 1 - (i % 2)}`)
        .join("\n")}\n`;
    write(
      "champion.csv",
      rows((i) => i >= 60),
    );
    write(
      "challenger.csv",
      rows(() => true),
    );
    write("policy.yml", "metrics:\n  f1: {direction: higher, max-regression: 0.01}\n");
    const run = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
        ...["--policy", "policy.yml", "--report-path", "report.json", "--comment-path", "c.md"],
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
    const f1 = report.rows.find((r) => r.metric === "f1") as MetricRow;
    expect(f1.evidence?.method).toBe("bootstrap");
    expect(f1.evidence?.p_at_floor).toBe(true);
    // One check: by default 2,000 resamples, 50 beyond each end of a one-sided 2.5%. The
    // smallest one-sided p is 1/2001, and Holm over the check's two claims doubles it.
    expect(f1.evidence?.resamples).toBe(2000);
    expect(f1.evidence?.p_adjusted).toBeCloseTo(2 / 2001, 12);
    expect(readFileSync(join(dir, "c.md"), "utf8")).toContain("| ≤ 0.0009995 |");
  });
});
