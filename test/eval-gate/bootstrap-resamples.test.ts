import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bootstrapEstimate,
  defaultResamples,
  evalReportContract,
  judgeEvidence,
  normalEstimate,
  normalQuantile,
  resamplesBeyondEnd,
  strictestTail,
  validateContract,
  type EvalReport,
  type MetricRow,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("the bootstrap's default resamples", () => {
  it.each([
    // 7 checks under Holm: the first claim is tested at 0.05 / 14, one-sided 0.36%.
    [0.95, "holm", 7, 14_000],
    [0.95, "bh", 7, 14_000],
    [0.95, "holm", 1, 2_000],
    // Without correction a check's two claims are corrected alone, whatever the family.
    [0.95, "none", 7, 2_000],
    // 50 beyond a one-sided 10% need 500: the default never goes below 1,000.
    [0.8, "none", 1, 1_000],
    // 30 checks would need 30,000: the default stops at 20,000, for time.
    [0.95, "holm", 30, 20_000],
  ] as const)(
    "at %s confidence, %s over %s checks, are %s",
    (confidence, correction, checks, resamples) => {
      const tail = strictestTail(confidence, correction, checks);
      expect(defaultResamples(tail, 2_400)).toBe(resamples);
      if (resamples < 20_000)
        expect(resamplesBeyondEnd(resamples, tail)).toBeGreaterThanOrEqual(50);
    },
  );

  it("leave 50 beyond each end where 1,000 left 3", () => {
    const tail = strictestTail(0.95, "holm", 7);
    expect(resamplesBeyondEnd(1000, tail)).toBe(3);
    expect(resamplesBeyondEnd(defaultResamples(tail, 2_400), tail)).toBe(50);
  });

  it.each([
    // About 4 s a row at 20 ns per example and resample: 14,000 fit up to 14,285 examples.
    [10_000, 14_000],
    [100_000, 2_000],
    // Never fewer than 1,000, however many examples.
    [1_000_000, 1_000],
  ])(
    "on %s examples, 7 checks under Holm, take %s, bounded by the time they cost",
    (examples, resamples) => {
      expect(defaultResamples(strictestTail(0.95, "holm", 7), examples)).toBe(resamples);
    },
  );
});

/**
 * Two binary classifiers' scores on 800 examples, the challenger's 0.03 too high: its
 * calibration error sits near the bound the policy gives it, as a user's did.
 */
function predictions() {
  const random = seededRandom(45);
  const files = [["id,label,score"], ["id,label,score"]] as [string[], string[]];
  for (let i = 0; i < 800; i++) {
    const p = 0.15 + 0.7 * random();
    const label = random() < p ? 1 : 0;
    for (const [m, shift] of [0, 0.03].entries()) {
      const score = Math.min(0.99, Math.max(0.01, p + shift + 0.1 * (random() - 0.5)));
      files[m]!.push(`ex-${i},${label},${score.toFixed(4)}`);
    }
  }
  const dir = tempDir();
  dir.write("champion.csv", `${files[0].join("\n")}\n`);
  dir.write("challenger.csv", `${files[1].join("\n")}\n`);
  return dir.dir;
}

/** Seven checks under Holm, one of them ece's bound, judged at `seed`. */
async function gate(dir: string, seed: number, resamples?: number) {
  const policy = tempDir().write(
    "policy.yml",
    [
      `seed: ${seed}`,
      ...(resamples === undefined ? [] : [`resamples: ${resamples}`]),
      "metrics:",
      "  ece: { direction: lower, max: 0.075 }",
      "  accuracy: { direction: higher, max-regression: 0.02, min: 0.5, max: 0.99 }",
      "  roc_auc: { direction: higher, max-regression: 0.02, min: 0.5, max: 0.999 }",
    ].join("\n"),
  );
  await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", policy],
      ...["--report-path", `report-${seed}.json`, "--comment-path", `comment-${seed}.md`],
    ],
    dir,
  );
  const report = JSON.parse(readFileSync(join(dir, `report-${seed}.json`), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  const ece = report.rows.find((row) => row.metric === "ece") as MetricRow;
  return { report, ece };
}

describe("a bootstrap row judged at three seeds", () => {
  it("keeps its verdict at the default resamples, where 1,000 flipped it", async () => {
    const dir = predictions();
    const seeds = [0, 1, 2];
    const byDefault = await Promise.all(seeds.map((seed) => gate(dir, seed)));
    expect(byDefault.map(({ ece }) => ece.status)).toEqual(["pass", "pass", "pass"]);
    expect(byDefault.map(({ ece }) => ece.evidence?.resamples)).toEqual([14_000, 14_000, 14_000]);
    expect(byDefault[0]!.report.notes).toContain(
      "3 rows (metrics × slices) judged at 95% confidence, corrected with Holm's method over 14 one-sided claims, two per check",
    );

    const coarse = await Promise.all(seeds.map((seed) => gate(dir, seed, 1000)));
    expect(new Set(coarse.map(({ ece }) => ece.status))).toEqual(new Set(["pass", "inconclusive"]));
    expect(coarse[0]!.report.notes).toContain(
      "The bootstrap rows rest on 1,000 resamples (the policy's resamples): an interval at the strictest level the correction can test at (one-sided 0.36%) has 3 resamples beyond each end, fewer than 50, so its verdict may change with the seed alone. Set resamples: 14000 (or leave it out for the default) to settle it, about 14 times this run's resampling time",
    );
  });

  it("sizes an inconclusive row from the side of its interval that reaches past the bound", async () => {
    const dir = predictions();
    const inconclusive = (await Promise.all([0, 1, 2].map((seed) => gate(dir, seed, 1000))))
      .map(({ ece }) => ece)
      .filter((ece) => ece.status === "inconclusive");
    expect(inconclusive.length).toBeGreaterThan(0);
    for (const ece of inconclusive) {
      const distance = 0.075 - ece.challenger!;
      expect(ece.evidence!.interval!.upper).toBeGreaterThan(0.075);
      expect(ece.evidence!.mde!).toBeGreaterThan(distance);
      expect(ece.evidence!.examples_needed!).toBeGreaterThan(800);
    }
  });
});

describe("the examples an inconclusive bootstrap row needs", () => {
  it("are never fewer than it has, however skewed its interval", () => {
    // A calibration error's bootstrap: resamples above the value observed, with a long right
    // tail (exponential, mean and standard deviation 0.01), as a bias a resample adds to.
    const random = seededRandom(3);
    const replicates = Float64Array.from({ length: 4000 }, () => -0.01 * Math.log(1 - random()));
    const estimate = bootstrapEstimate(0, replicates);
    const evidence = {
      method: "bootstrap" as const,
      examples: 500,
      champion: 0,
      challenger: estimate,
      delta: estimate,
      noDifferencePValue: 1,
    };
    // A bound the symmetric standard error says this test detects, inside the interval's reach:
    // sized by it, the row would need fewer examples than it has.
    const z = normalQuantile(0.975);
    const symmetric = (z + normalQuantile(0.8)) * estimate.standardError;
    const bound = 1.01 * symmetric;
    const upper = estimate.interval(0.025).upper;
    expect(upper).toBeGreaterThan(bound);
    const [check] = judgeEvidence([
      { metric: "ece", direction: "lower", bounds: { max: bound }, evidence },
    ]).rows[0]!.checks;
    expect(check!.verdict).toBe("inconclusive");
    expect(check!.detectableEffect!).toBeGreaterThan(bound);
    expect(check!.examplesNeeded!).toBeGreaterThan(500);
    // Sized from the side that reaches the bound: its half-width over z, to 80% power.
    expect(check!.detectableEffect!).toBeCloseTo((upper / z) * (z + normalQuantile(0.8)), 12);
  });

  it("are as before for a normal interval, sized from its standard error", () => {
    const estimate = normalEstimate(0.02, 0.01);
    const evidence = {
      method: "delong" as const,
      examples: 500,
      champion: 0,
      challenger: estimate,
      delta: estimate,
      noDifferencePValue: 1,
    };
    const [check] = judgeEvidence([
      { metric: "score", direction: "lower", bounds: { max: 0.035 }, evidence },
    ]).rows[0]!.checks;
    const effect = (normalQuantile(0.975) + normalQuantile(0.8)) * 0.01;
    expect(check!.detectableEffect!).toBeCloseTo(effect, 12);
    expect(check!.examplesNeeded).toBe(Math.ceil(500 * (effect / 0.015) ** 2));
  });
});
