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
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/** One example: its slice, its true class, and each model's score and predicted class. */
interface Example {
  readonly slice: string;
  readonly label: 0 | 1;
  readonly scores: readonly [number, number];
}

/** Runs the gate on both models' predictions under `policy`, and reads its report. */
async function gate(examples: readonly Example[], policy: string): Promise<EvalReport> {
  const dir = tempDir();
  for (const [m, name] of ["champion", "challenger"].entries()) {
    const lines = examples.map(
      (e, i) =>
        `ex-${i},${e.label},${e.scores[m]!.toFixed(4)},${e.scores[m]! >= 0.5 ? 1 : 0},${e.slice}`,
    );
    dir.write(`${name}.csv`, ["id,label,score,prediction,country", ...lines].join("\n") + "\n");
  }
  dir.write("policy.yml", policy);
  const gated = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--fail-step", "false"],
    ],
    dir.dir,
  );
  expect(gated.code).toBe(0);
  const report = JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  return report;
}

const row = (report: EvalReport, metric: string, slice: string | null = null) =>
  report.rows.find((r) => r.metric === metric && "slice" in r && r.slice === slice) as MetricRow;

const gated = (report: EvalReport) =>
  report.rows.filter((r): r is MetricRow => "status" in r && r.evidence?.method === "bootstrap");

/**
 * 5,000 transactions in 10 countries, 10% fraud, the challenger's scores much sharper: its
 * average precision, log loss and Brier score are better by many standard errors everywhere.
 */
function sharper(): Example[] {
  const random = seededRandom(48);
  return Array.from({ length: 5_000 }, (_, i) => {
    const label = random() < 0.1 ? 1 : 0;
    const noisy = (spread: number) =>
      Math.min(0.99, Math.max(0.01, label * 0.5 + 0.25 + spread * (random() - 0.5)));
    return { slice: `c${i % 10}`, label, scores: [noisy(1.2), noisy(0.6)] as const };
  });
}

/** Three metrics on all examples and in 10 slices: 33 checks, 66 claims under Holm. */
const policy = (resamples: number) =>
  [
    `resamples: ${resamples}`,
    "slices: {by: [country]}",
    "metrics:",
    "  average_precision: {direction: higher, max-regression: 0.02}",
    "  log_loss: {direction: lower, max-regression: 10%}",
    "  brier: {direction: lower, max-regression: 10%}",
  ].join("\n");

describe("bootstrap rows in a family stricter than their resamples resolve", () => {
  it("are decided on the normal bootstrap interval, and the note says so with one number", async () => {
    // Holm's first claim is tested at 0.05 / 66 = 0.076%, below 1 / 1,001: on percentiles alone
    // no row could pass, however far inside its margin.
    const report = await gate(sharper(), policy(1000));
    const rows = gated(report);
    expect(rows).toHaveLength(33);
    expect(rows.every((r) => r.status === "pass")).toBe(true);
    expect(rows.every((r) => r.evidence!.normal_approximation === true)).toBe(true);
    expect(rows.some((r) => r.evidence!.p_at_floor)).toBe(false);
    // Holm's later steps test at levels 1,000 resamples resolve (99.8%, one-sided 1 / 1,000):
    // there the interval is the percentiles', and the reason does not call it normal.
    const resolved = rows.filter((r) => r.evidence!.confidence <= 1 - 2 / 1001);
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.some((r) => r.reason!.includes("normal approximation"))).toBe(false);
    const ap = row(report, "average_precision");
    expect(ap.evidence!.interval!.lower).toBeGreaterThan(-0.02);
    expect(ap.evidence!.p_value!).toBeLessThan(1 / 1001);
    expect(ap.reason).toMatch(
      /^the challenger's average_precision is no worse than the champion's \(99\.\d+% CI \+0\.\d+ to \+0\.\d+, normal approximation\), within the margin of 0\.02$/,
    );
    // 50 beyond each end at 0.05 / 66 is ceil(50 / 0.000758) = 66,000 resamples: 66 times these.
    expect(report.notes).toContain(
      "The bootstrap rows rest on 1,000 resamples (the policy's resamples), none beyond either end of an interval at the strictest level the correction can test at (one-sided 0.076%): beyond every resample, a check is judged on the normal bootstrap interval, the estimate ± z standard errors of the resamples (33 rows here). Set resamples: 66000 (or leave it out for the default) to judge every check on percentiles alone, about 66 times this run's resampling time",
    );
  });

  it("are judged on their percentiles alone where the resamples resolve that level, to the same verdicts", async () => {
    // 2,000 resamples resolve 0.076% (1 / 2,001 is 0.05%).
    const report = await gate(sharper(), policy(2000));
    const rows = gated(report);
    expect(rows.every((r) => r.status === "pass")).toBe(true);
    expect(rows.some((r) => r.evidence!.normal_approximation)).toBe(false);
    // They leave floor(0.000758 * 2,001) = 1 beyond each end: the seed note, not this one.
    expect(report.notes.some((note) => note.includes("normal bootstrap interval"))).toBe(false);
    expect(report.notes.some((note) => note.includes("1 resample beyond each end"))).toBe(true);
  });
});

/**
 * 2,000 transactions in two countries, NG with 3 frauds among 1,000. The challenger scores each
 * fraud 0.9 and flags only them; the champion scores them 0.5, below 200 legitimate ones it
 * scores 0.6 and flags with them. On any resample that holds a fraud the challenger's average
 * precision and precision are 1 and the champion's far less: better, strictly.
 */
function threeFrauds(): Example[] {
  return Array.from({ length: 2_000 }, (_, i) => {
    const slice = i < 1_000 ? "NG" : "US";
    const fraud = i < 1_000 ? i < 3 : i < 1_030;
    const flagged = i % 1_000 >= 500 && i % 1_000 < 700;
    return fraud
      ? { slice, label: 1, scores: [0.5, 0.9] as const }
      : { slice, label: 0, scores: flagged ? ([0.6, 0.3] as const) : ([0.1, 0.1] as const) };
  });
}

describe("a bootstrap resample on which the metric is not defined", () => {
  it("is drawn again, not counted as a change of 0, and the report says how many were", async () => {
    const report = await gate(
      threeFrauds(),
      [
        "correction: none",
        "slices: {by: [country], min-samples: 1}",
        "metrics:",
        "  average_precision: {direction: higher, min-improvement: 0}",
        "  precision: {direction: higher, min-improvement: 0}",
      ].join("\n"),
    );
    for (const metric of ["average_precision", "precision"]) {
      const ng = row(report, metric, "country=NG");
      // Before, the ~5% of resamples without a fraud gave both models 0 (average precision) or
      // the challenger 0 beside the champion's 0 (precision): p near 0.05, inconclusive.
      expect(ng.status).toBe("pass");
      expect(ng.evidence!.interval!.lower).toBeGreaterThan(0);
      expect(ng.evidence!.p_value).toBeCloseTo(2 / 2001, 12);
      // Pr(no fraud among 1,000 draws) = (997/1000)^1000 = 0.0496 (scipy binom.pmf(0, 1000,
      // 0.003)): 0.0496 / 0.9504 draws too many a resample, 104 for 2,000, standard deviation 10.5.
      expect(ng.evidence!.resamples).toBe(2000);
      expect(ng.evidence!.resamples_redrawn).toBeGreaterThan(104 - 4 * 10.5);
      expect(ng.evidence!.resamples_redrawn).toBeLessThan(104 + 4 * 10.5);
      // 30 frauds among 1,000: a resample without one is a chance of e^-30, never drawn.
      expect(row(report, metric, "country=US").evidence!.resamples_redrawn).toBeUndefined();
    }
  });
});
