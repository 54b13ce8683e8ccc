import { describe, expect, it } from "vitest";
import {
  bootstrapEvidence,
  cellBootstrapEvidence,
  delongEvidence,
  judgeEvidence,
  normalEstimate,
  normalQuantile,
  pairedProportionEvidence,
  StatsInputError,
  type ComparisonEvidence,
  type EvidenceRow,
  type PairedEvidence,
} from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { normalDraws, simulatePairs, weightedMean } from "./simulate.js";

const accuracyRow = (
  evidence: ComparisonEvidence,
  row: Partial<EvidenceRow> = {},
): EvidenceRow => ({
  metric: "accuracy",
  direction: "higher",
  comparison: { test: "non-inferiority", margin: { absolute: 0.01 } },
  evidence,
  ...row,
});

function paired(evidence: ComparisonEvidence): PairedEvidence {
  if (evidence.insufficient !== undefined) throw new Error(evidence.insufficient);
  return evidence;
}

/** Scores of a binary classifier: positives shifted up by `signal`, plus the shared and own noise. */
function scoredExamples(n: number, seed: number) {
  const normal = normalDraws(seed);
  const labels = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const truth = labels.map((y) => y * 1.2 + normal());
  return {
    labels,
    scores: (noise: number) => truth.map((t) => t + noise * normal()),
  };
}

describe("non-inferiority (max-regression)", () => {
  it("passes a challenger truly worse by less than the margin, given enough examples", () => {
    // True accuracies 0.90 and 0.897: 0.3 points worse, against a margin of 1 point.
    const outcomes = simulatePairs(
      100_000,
      { both: 0.85, championOnly: 0.05, challengerOnly: 0.047 },
      1,
    );
    const judged = judgeEvidence([accuracyRow(pairedProportionEvidence(outcomes))]);
    const [row] = judged.rows;
    expect(judged.verdict).toBe("pass");
    expect(row!.delta).toBeLessThan(0);
    expect(row!.checks[0]!.lower).toBeGreaterThan(-0.01);
    expect(row!.checks[0]!.rule).toBe("non-inferiority: at most 1 point worse");
    expect(row!.reason).toMatch(
      /^the challenger's accuracy is at most 0\.\d+ points worse than the champion's \(95% CI -0\.\d+ to [-+]0\.\d+ points\), within the margin of 1 point$/,
    );
  });

  it("calls 200 examples with a real 2-point drop inconclusive, and says what would settle it", () => {
    const outcomes = simulatePairs(
      200,
      { both: 0.78, championOnly: 0.06, challengerOnly: 0.04 },
      2,
    );
    const evidence = paired(pairedProportionEvidence(outcomes));
    const judged = judgeEvidence([accuracyRow(evidence)]);
    const check = judged.rows[0]!.checks[0]!;
    expect(judged.verdict).toBe("inconclusive");
    expect(check.lower).toBeLessThan(-0.01);
    expect(check.upper).toBeGreaterThan(-0.01);
    // One check, two one-sided claims: Holm tests the smaller at alpha / 2, a 95% interval.
    expect(check.level).toBeCloseTo(0.95, 12);
    const effect = (normalQuantile(0.975) + normalQuantile(0.8)) * evidence.delta.standardError;
    expect(check.detectableEffect).toBeCloseTo(effect, 12);
    // The examples at which the observed distance from the margin is that detectable effect.
    const distance = Math.abs(evidence.delta.value + 0.01);
    expect(check.examplesNeeded).toBe(Math.ceil(200 * (effect / distance) ** 2));
    expect(check.reason).toContain("an interval that straddles the margin of 1 point");
    expect(check.reason).toContain(
      `with 200 examples the smallest distance from the margin this test detects (80% power) is ${(effect * 100).toFixed(1)} points`,
    );
    expect(check.reason).toMatch(
      /and about [\d,]+ examples \([\d,]+ more\) would settle it if the observed value holds$/,
    );
  });

  it("fails a challenger worse by clearly more than the margin", () => {
    const outcomes = simulatePairs(
      50_000,
      { both: 0.8, championOnly: 0.07, challengerOnly: 0.04 },
      3,
    );
    const judged = judgeEvidence([accuracyRow(pairedProportionEvidence(outcomes))]);
    expect(judged.verdict).toBe("fail");
    expect(judged.rows[0]!.checks[0]!.upper).toBeLessThan(-0.01);
    expect(judged.rows[0]!.reason).toMatch(
      /is at least [\d.]+ points worse .*, beyond the margin of 1 point$/,
    );
  });

  it("with a margin of 0 is the two-sided test of a difference, read by its sign", () => {
    const worse = simulatePairs(20_000, { both: 0.8, championOnly: 0.06, challengerOnly: 0.04 }, 4);
    const judged = judgeEvidence([
      accuracyRow(pairedProportionEvidence(worse), {
        comparison: { test: "non-inferiority", margin: { absolute: 0 } },
      }),
    ]);
    const check = judged.rows[0]!.checks[0]!;
    expect(check.verdict).toBe("fail");
    expect(check.rule).toBe("non-inferiority: no worse");
    expect(check.reason).toMatch(
      /^the challenger's accuracy is worse than the champion's \(95% CI/,
    );
  });

  it("shows a claim whose p-value is subnormal at the level it was tested at, not at 100%", () => {
    // 38.45 standard errors inside the margin: a one-sided p-value of about 1e-323, which times
    // alpha would round to 0 and put the interval at a level of 100%, infinitely wide.
    const se = 0.001;
    const delta = normalEstimate(-0.03, se);
    expect(delta.pAbove(-0.03 - 38.45 * se)).toBeGreaterThan(0);
    const evidence: PairedEvidence = {
      method: "delong",
      examples: 2_000,
      champion: 0.8,
      challenger: normalEstimate(0.77, 0.01),
      delta,
      noDifferencePValue: 0,
    };
    const margin = { absolute: 0.03 + 38.45 * se };
    const [row] = judgeEvidence([
      accuracyRow(evidence, { comparison: { test: "non-inferiority", margin } }),
    ]).rows;
    const check = row!.checks[0]!;
    expect(check.verdict).toBe("pass");
    expect(check.level).toBeCloseTo(0.95, 9);
    const half = normalQuantile(0.975) * se;
    expect(check.lower).toBeCloseTo(-0.03 - half, 9);
    expect(check.upper).toBeCloseTo(-0.03 + half, 9);
  });
});

describe("superiority (min-improvement)", () => {
  const superiority = { test: "superiority", margin: { absolute: 0.005 } } as const;

  it("passes a challenger better by clearly more than the required improvement", () => {
    const outcomes = simulatePairs(
      50_000,
      { both: 0.8, championOnly: 0.03, challengerOnly: 0.05 },
      5,
    );
    const judged = judgeEvidence([
      accuracyRow(pairedProportionEvidence(outcomes), { comparison: superiority }),
    ]);
    expect(judged.verdict).toBe("pass");
    expect(judged.rows[0]!.checks[0]!.rule).toBe("superiority: at least 0.5 points better");
    expect(judged.rows[0]!.reason).toMatch(/clearing the required improvement of 0\.5 points$/);
  });

  it("fails a challenger better by clearly less, and is inconclusive on too few examples", () => {
    // 0.2 points better: short of the 0.5 required, which 400,000 examples show and 2,000 cannot.
    const chances = { both: 0.8, championOnly: 0.03, challengerOnly: 0.032 };
    const many = judgeEvidence([
      accuracyRow(pairedProportionEvidence(simulatePairs(400_000, chances, 6)), {
        comparison: superiority,
      }),
    ]);
    expect(many.verdict).toBe("fail");
    expect(many.rows[0]!.reason).toMatch(/short of the required improvement of 0\.5 points$/);
    const few = judgeEvidence([
      accuracyRow(pairedProportionEvidence(simulatePairs(2_000, chances, 6)), {
        comparison: superiority,
      }),
    ]);
    expect(few.verdict).toBe("inconclusive");
  });
});

describe("equivalence (two-sided margin)", () => {
  const equivalence = { test: "equivalence", margin: { absolute: 0.01 } } as const;

  it("passes when the interval lies inside the band and fails when it lies outside", () => {
    const same = simulatePairs(100_000, { both: 0.8, championOnly: 0.04, challengerOnly: 0.04 }, 7);
    const better = simulatePairs(
      100_000,
      { both: 0.8, championOnly: 0.02, challengerOnly: 0.05 },
      8,
    );
    const judged = judgeEvidence(
      [same, better].map((o) =>
        accuracyRow(pairedProportionEvidence(o), { comparison: equivalence }),
      ),
    );
    expect(judged.rows.map((r) => r.verdict)).toEqual(["pass", "fail"]);
    expect(judged.rows[0]!.reason).toMatch(/inside the margin of ±1 point$/);
    // Equivalence fails a challenger that is much better too: it is not the same model.
    expect(judged.rows[1]!.reason).toMatch(/differs from the champion's by at least [\d.]+ points/);
  });

  it("refuses a margin of 0, which nothing could pass", () => {
    const outcomes = simulatePairs(100, { both: 0.8, championOnly: 0.04, challengerOnly: 0.04 }, 9);
    expect(() =>
      judgeEvidence([
        accuracyRow(pairedProportionEvidence(outcomes), {
          comparison: { test: "equivalence", margin: { absolute: 0 } },
        }),
      ]),
    ).toThrow(/is 0 for an equivalence test/);
  });
});

describe("a lower-is-better metric with a relative margin (log loss, bootstrap)", () => {
  // Per-example log losses: the challenger's are 1% higher on average, plus noise.
  const n = 20_000;
  const random = seededRandom(10);
  const normal = normalDraws(11);
  const champion = Float64Array.from({ length: n }, () => -Math.log(1 - 0.74 * random()));
  const challenger = champion.map((loss) => loss * 1.01 + 0.05 * normal());
  const evidence = bootstrapEvidence(weightedMean(champion), weightedMean(challenger), n, {
    seed: 3,
  });
  const row = (margin: EvidenceRow["comparison"]): EvidenceRow => ({
    metric: "log loss",
    direction: "lower",
    comparison: margin,
    evidence,
  });

  it("passes a 1% rise against a margin of 2% of the champion's value", () => {
    const judged = judgeEvidence([row({ test: "non-inferiority", margin: { relative: 0.02 } })]);
    const check = judged.rows[0]!.checks[0]!;
    const championLoss = judged.rows[0]!.champion!;
    expect(check.verdict).toBe("pass");
    expect(check.upper).toBeLessThan(0.02 * championLoss);
    expect(check.estimate).toBeGreaterThan(0);
    expect(check.rule).toMatch(
      /^non-inferiority: at most 2% of the champion's value \(0\.\d+\) worse$/,
    );
    expect(check.reason).toMatch(
      /^the challenger's log loss is at most 0\.\d+ worse than the champion's/,
    );
  });

  it("fails it against an absolute margin smaller than the rise", () => {
    const judged = judgeEvidence([row({ test: "non-inferiority", margin: { absolute: 0.001 } })]);
    expect(judged.verdict).toBe("fail");
    expect(judged.rows[0]!.checks[0]!.lower).toBeGreaterThan(0.001);
  });

  it("passes superiority for the champion's direction only: lower is better", () => {
    const judged = judgeEvidence([row({ test: "superiority", margin: { absolute: 0 } })]);
    expect(judged.rows[0]!.verdict).toBe("fail");
    expect(judged.rows[0]!.reason).toMatch(/is no better than the champion's/);
  });
});

describe("absolute bounds on the challenger", () => {
  const at = (n: number, chances: Parameters<typeof simulatePairs>[1]) =>
    pairedProportionEvidence(simulatePairs(n, chances, n));
  const bounds = { min: 0.8 };

  it("holds the challenger's interval to the bound: inconclusive, pass and fail", () => {
    const judged = judgeEvidence([
      {
        metric: "accuracy",
        direction: "higher",
        bounds,
        evidence: at(200, { both: 0.8, championOnly: 0.03, challengerOnly: 0.03 }),
      },
      {
        metric: "accuracy",
        direction: "higher",
        bounds,
        evidence: at(20_000, { both: 0.8, championOnly: 0.03, challengerOnly: 0.03 }),
      },
      {
        metric: "accuracy",
        direction: "higher",
        bounds,
        evidence: at(20_000, { both: 0.7, championOnly: 0.03, challengerOnly: 0.03 }),
      },
    ]);
    expect(judged.rows.map((r) => r.verdict)).toEqual(["inconclusive", "pass", "fail"]);
    expect(judged.rows[1]!.checks[0]!.rule).toBe("at least 80%");
    expect(judged.rows[1]!.reason).toMatch(
      /^the challenger's accuracy is at least 8\d\.\d+% \(9\d\.?\d*% CI 8\d\.\d+% to 8\d\.\d+%\), above the minimum 80%$/,
    );
    expect(judged.rows[2]!.reason).toMatch(/below the minimum 80%$/);
  });

  it("gives a row with a comparison and bounds the worst of its checks' verdicts", () => {
    const evidence = at(20_000, { both: 0.7, championOnly: 0.03, challengerOnly: 0.03 });
    const judged = judgeEvidence([accuracyRow(evidence, { bounds })]);
    expect(judged.rows[0]!.checks.map((c) => c.verdict)).toEqual(["pass", "fail"]);
    expect(judged.rows[0]!.verdict).toBe("fail");
    expect(judged.rows[0]!.reason).toMatch(/below the minimum 80%$/);
  });

  it("sizes an undecided proportion at the bound, where its Wilson interval decides, not at the estimate", () => {
    // 143 of 145 right (98.6%) against a minimum of 96%, at 95% (no correction): Wilson's
    // interval, 95.1% to 99.6%, straddles it. Near 1 the interval is lopsided, so the spread at
    // 98.6% would size a distance it does not detect. The expected numbers are statsmodels'
    // (0.13): bisecting proportion_confint(q * 145, 145, alpha=0.05, method="wilson") for the
    // estimate q whose lower end clears 0.96 gives q - 0.96, and bisecting it at the observed
    // 143 / 145 on m trials for the m where it clears gives the 214.78 examples needed.
    const evidence = pairedProportionEvidence({
      bothCorrect: 143,
      championOnly: 0,
      challengerOnly: 0,
      neitherCorrect: 2,
    });
    const judged = judgeEvidence(
      [{ metric: "accuracy", direction: "higher", bounds: { min: 0.96 }, evidence }],
      { correction: "none" },
    );
    const check = judged.rows[0]!.checks[0]!;
    expect(check.verdict).toBe("inconclusive");
    expect(check.lower).toBeCloseTo(0.9511074552234658, 12);
    expect(check.upper).toBeCloseTo(0.9962092475096044, 12);
    expect(check.detectableEffect).toBeCloseTo(0.031895521112, 9);
    expect(check.examplesNeeded).toBe(215);
    // What it detects lies beyond what it did not: 2.6 points from the minimum.
    expect(check.detectableEffect!).toBeGreaterThan(143 / 145 - 0.96);
    expect(check.reason).toBe(
      "the challenger's accuracy is 98.6% (95% CI 95.1% to 99.7%), an interval that straddles the minimum 96%; with 145 examples this test detects an estimate more than 3.2 points above the minimum, and about 215 examples (70 more) would settle it if the observed value holds",
    );
  });

  it("holds an AUC to a bound with DeLong's interval", () => {
    const { labels, scores } = scoredExamples(3_000, 12);
    const evidence = delongEvidence(labels, scores(0.8), scores(0.5));
    const judged = judgeEvidence([
      {
        metric: "roc_auc",
        direction: "higher",
        comparison: { test: "non-inferiority", margin: { absolute: 0.01 } },
        bounds: { min: 0.7, max: 0.99 },
        evidence,
      },
    ]);
    expect(judged.rows[0]!.checks.map((c) => c.verdict)).toEqual(["pass", "pass", "pass"]);
    expect(judged.rows[0]!.method).toBe("delong");
    expect(judged.rows[0]!.checks[1]!.reason).toMatch(
      /^the challenger's roc_auc is at least 0\.\d+ \(/,
    );
  });
});

describe("insufficient data", () => {
  const few = pairedProportionEvidence(
    simulatePairs(20, { both: 0.8, championOnly: 0.05, challengerOnly: 0.05 }, 13),
  );

  it("takes fewer examples than min-samples as insufficient, with on-insufficient's verdict", () => {
    for (const onInsufficient of ["inconclusive", "fail", "pass"] as const) {
      const judged = judgeEvidence([accuracyRow(few)], { onInsufficient });
      expect(judged.verdict).toBe(onInsufficient);
      expect(judged.rows[0]!.insufficient).toBe(true);
      expect(judged.rows[0]!.reason).toBe(
        `only 20 examples, fewer than the 30 min-samples; counted as ${onInsufficient} (on-insufficient)`,
      );
    }
    expect(judgeEvidence([accuracyRow(few)], { minSamples: 20 }).rows[0]!.insufficient).toBe(false);
  });

  it("holds a slice's rows to sliceMinSamples and the rows on all examples to minSamples", () => {
    const rows = [accuracyRow(few, { slice: null }), accuracyRow(few, { slice: "country=NG" })];
    const judged = judgeEvidence(rows, { minSamples: 10, sliceMinSamples: 25 });
    expect(judged.rows.map((row) => row.insufficient)).toEqual([false, true]);
    expect(judged.rows[1]!.reason).toMatch(/^only 20 examples, fewer than the 25 min-samples/);
  });

  it("takes labels of a single class as insufficient for ROC AUC", () => {
    const labels = Array.from({ length: 40 }, () => 1);
    const scores = labels.map((_, i) => i / 40);
    const judged = judgeEvidence([
      {
        metric: "roc_auc",
        direction: "higher",
        comparison: { test: "non-inferiority", margin: { absolute: 0.01 } },
        evidence: delongEvidence(labels, scores, scores),
      },
    ]);
    expect(judged.verdict).toBe("inconclusive");
    expect(judged.rows[0]!.reason).toBe(
      "40 positive(s) and 0 negative(s) among the labels, and ROC AUC needs at least 2 of each; counted as inconclusive (on-insufficient)",
    );
  });

  it("draws again the resamples a metric is undefined on (F1 of one positive), and counts them", () => {
    // Cells: [positive predicted positive by both, negatives predicted negative by both].
    const f1 = (n: Float64Array) => (2 * n[0]!) / (2 * n[0]! + 0);
    const evidence = paired(cellBootstrapEvidence([1, 60], f1, f1));
    // Pr(no positive among 61 draws) = (60/61)^61 = 0.365 (scipy binom.pmf(0, 61, 1/61)):
    // 0.365 / 0.635 draws too many a resample, 574 for 1,000, standard deviation 30.
    expect(evidence.redrawn).toBeGreaterThan(574 - 4 * 30);
    expect(evidence.redrawn).toBeLessThan(574 + 4 * 30);
    expect(evidence.delta.interval(0.025)).toEqual({ lower: 0, upper: 0 });
  });

  it("takes a metric undefined on most draws as insufficient", () => {
    // Defined only where both of two single examples are drawn: Pr = (1 - 0.37)^2 = 0.40.
    const both = (n: Float64Array) => (n[0]! > 0 && n[1]! > 0 ? n[0]! / n[1]! : NaN);
    const evidence = cellBootstrapEvidence([1, 1, 60], both, both);
    expect(evidence.insufficient).toMatch(
      /^the metric is not defined on [\d,]+ of [\d,]+ resamples drawn \(too few examples of some kind\)$/,
    );
    const judged = judgeEvidence([
      {
        metric: "f1",
        direction: "higher",
        comparison: { test: "non-inferiority", margin: { absolute: 0.01 } },
        evidence,
      },
    ]);
    expect(judged.rows[0]!.champion).toBe(1);
    expect(judged.rows[0]!.delta).toBe(0);
  });

  it("leaves insufficient rows out of the correction's family", () => {
    const enough = pairedProportionEvidence(
      simulatePairs(1_000, { both: 0.8, championOnly: 0.05, challengerOnly: 0.05 }, 14),
    );
    expect(judgeEvidence([accuracyRow(few), accuracyRow(enough)]).claims).toBe(2);
  });
});

describe("a check with no spread to size its effect", () => {
  // Both models flag the same examples: every resample's change in precision is 0.
  const precision = (n: Float64Array) => n[0]! / (n[0]! + n[1]!);
  const alike = (tp: number, fp: number): EvidenceRow => {
    const support = {
      count: tp + fp,
      noun: "positive prediction",
      plural: "positive predictions",
    };
    return {
      metric: "precision",
      direction: "higher",
      comparison: { test: "superiority", margin: { absolute: 0 } },
      evidence: {
        ...paired(cellBootstrapEvidence([tp, fp, 10_000], precision, precision)),
        support,
      },
    };
  };

  it("says the data have no spread where they hold plenty of what the metric rests on", () => {
    const [row] = judgeEvidence([alike(360, 40)]).rows;
    expect(row!.verdict).toBe("inconclusive");
    expect(row!.reason).toMatch(
      /; the data have no spread to size the effect 400 positive predictions \(of 10,400\) could detect$/,
    );
  });

  it("says they are too few where they are fewer than the default min-samples", () => {
    const [row] = judgeEvidence([alike(2, 1)], { minSamples: 3 }).rows;
    expect(row!.reason).toMatch(
      /; 3 positive predictions \(of 10,003\) are too few to size the effect this test could detect$/,
    );
  });
});

describe("the overall verdict", () => {
  const pass = pairedProportionEvidence(
    simulatePairs(100_000, { both: 0.8, championOnly: 0.03, challengerOnly: 0.03 }, 15),
  );
  const fail = pairedProportionEvidence(
    simulatePairs(100_000, { both: 0.8, championOnly: 0.06, challengerOnly: 0.03 }, 16),
  );
  const unsure = pairedProportionEvidence(
    simulatePairs(300, { both: 0.8, championOnly: 0.06, challengerOnly: 0.05 }, 17),
  );

  it("is fail if any row fails, else inconclusive if any is, else pass", () => {
    expect(judgeEvidence([accuracyRow(pass), accuracyRow(unsure), accuracyRow(fail)]).verdict).toBe(
      "fail",
    );
    expect(judgeEvidence([accuracyRow(pass), accuracyRow(unsure)]).verdict).toBe("inconclusive");
    expect(judgeEvidence([accuracyRow(pass), accuracyRow(pass, { slice: "night" })]).verdict).toBe(
      "pass",
    );
  });

  it("is inconclusive with no row: the gate never blesses what it never checked", () => {
    expect(judgeEvidence([]).verdict).toBe("inconclusive");
  });

  it("widens every interval to the level Holm tested it at, and none leaves them at 95%", () => {
    const rows = [
      accuracyRow(pass),
      accuracyRow(unsure, { slice: "a" }),
      accuracyRow(fail, { slice: "b" }),
    ];
    const holm = judgeEvidence(rows);
    const none = judgeEvidence(rows, { correction: "none" });
    expect(none.rows.map((r) => r.checks[0]!.level)).toEqual([0.95, 0.95, 0.95]);
    expect(holm.claims).toBe(6);
    // The smallest one-sided p-value of six is tested at 0.05 / 6: a 1 - 0.05 / 3 interval.
    expect(Math.max(...holm.rows.map((r) => r.checks[0]!.level))).toBeCloseTo(1 - 0.05 / 3, 12);
    holm.rows.forEach((r, i) => {
      expect(r.checks[0]!.adjustedPValue).toBeGreaterThanOrEqual(
        none.rows[i]!.checks[0]!.adjustedPValue,
      );
      expect(r.checks[0]!.lower).toBeLessThanOrEqual(none.rows[i]!.checks[0]!.lower);
    });
    expect(judgeEvidence(rows, { correction: "bh" }).correction).toBe("bh");
  });
});

describe("a bootstrap under a large family", () => {
  it("is judged on the normal bootstrap interval where its resamples cannot resolve the level", () => {
    const n = 2_000;
    const normal = normalDraws(18);
    const champion = Float64Array.from({ length: n }, () => normal());
    const challenger = champion.map((v) => v + 0.3 + 0.1 * normal());
    const row = (resamples: number): EvidenceRow => ({
      metric: "score",
      direction: "higher",
      comparison: { test: "non-inferiority", margin: { absolute: 0 } },
      evidence: bootstrapEvidence(weightedMean(champion), weightedMean(challenger), n, {
        resamples,
      }),
    });
    // 40 checks: Holm tests the smallest one-sided p-value at 0.05 / 80, below 1 / 1,001. The
    // change is 0.3 with a standard error near 0.1 / sqrt(2,000): some 130 standard errors.
    const coarse = judgeEvidence(Array.from({ length: 40 }, () => row(1000)));
    const [check] = coarse.rows[0]!.checks;
    expect(coarse.verdict).toBe("pass");
    expect(check!.normalApproximation).toBe(true);
    expect(check!.pValueAtFloor).toBe(false);
    expect(check!.pValue).toBeLessThan(1 / 1001);
    expect(check!.lower).toBeGreaterThan(0);
    expect(coarse.rows[0]!.reason).toMatch(
      /^the challenger's score is better than the champion's \(99\.88% CI \+0\.\d+ to \+0\.\d+, normal approximation\)$/,
    );
    // 4,000 resamples resolve 0.05 / 80: judged on the percentiles alone, as before.
    const fine = judgeEvidence(Array.from({ length: 40 }, () => row(4000)));
    expect(fine.verdict).toBe("pass");
    expect(fine.rows.every((r) => !r.checks[0]!.normalApproximation)).toBe(true);
  });
});

describe("bad rows", () => {
  const evidence = pairedProportionEvidence({
    bothCorrect: 80,
    championOnly: 5,
    challengerOnly: 5,
    neitherCorrect: 10,
  });

  it("refuses a row with nothing to check, a negative margin, or min above max", () => {
    expect(() => judgeEvidence([{ metric: "accuracy", direction: "higher", evidence }])).toThrow(
      /rows\[0\]: \(accuracy\) has neither a comparison nor a bound/,
    );
    expect(() =>
      judgeEvidence([
        accuracyRow(evidence, {
          comparison: { test: "non-inferiority", margin: { relative: -0.1 } },
        }),
      ]),
    ).toThrow(/rows\[0\]\.comparison\.margin\.relative: is -0\.1/);
    expect(() =>
      judgeEvidence([accuracyRow(evidence, { bounds: { min: 0.9, max: 0.8 } })]),
    ).toThrow(StatsInputError);
  });

  it("refuses a confidence of one half or less, and unknown choices", () => {
    expect(() => judgeEvidence([accuracyRow(evidence)], { confidence: 0.5 })).toThrow(/confidence/);
    expect(() =>
      judgeEvidence([accuracyRow(evidence)], { correction: "bonferroni" as never }),
    ).toThrow(/correction: is "bonferroni"/);
  });
});
