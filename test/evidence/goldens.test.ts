import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  bootstrapEvidence,
  cellBootstrapEvidence,
  delongEvidence,
  pairedDifferenceInterval,
  pairedDifferenceScore,
  pairedProportionEvidence,
  rankBinary,
  rankedDelongEvidence,
  type ComparisonEvidence,
  type PairedEvidence,
} from "@mlops/shared";
import { differences, pythonHas, regenerate } from "../helpers/golden-file.js";
import { weightedMean } from "./simulate.js";

const goldensDir = fileURLToPath(new URL("../goldens/", import.meta.url));
const goldenPath = join(goldensDir, "evidence.json");

interface GoldenCase {
  name: string;
  input: Record<string, unknown>;
  expected: Record<string, number>;
}

const goldens = JSON.parse(readFileSync(goldenPath, "utf8")) as {
  cases: Record<string, GoldenCase[]>;
};

function cases(group: string): GoldenCase[] {
  const list = goldens.cases[group];
  if (!list || list.length === 0) throw new Error(`no golden cases for ${group}`);
  return list;
}

const num = (v: unknown) => v as number;
const nums = (v: unknown) => v as number[];

/** Relative closeness, with an absolute floor for values that are 0 in one and a residue in the other. */
function expectClose(actual: number, expected: number, rtol: number, what: string) {
  const error = Math.abs(actual - expected);
  expect(
    error <= rtol * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-15,
    `${what}: got ${actual}, the reference says ${expected}`,
  ).toBe(true);
}

function paired(evidence: ComparisonEvidence): PairedEvidence {
  if (evidence.insufficient !== undefined) throw new Error(evidence.insufficient);
  return evidence;
}

describe("Tango's score interval for paired proportions", () => {
  // The reference solves Tango's definitions numerically (root-finding on the likelihood and
  // on the statistic), independently of the closed form here; both are good to ~1e-15.
  it.each(cases("pairedDifferenceInterval"))("matches the numerical reference: $name", (c) => {
    const { firstOnly, secondOnly, total, confidenceLevel } = c.input as Record<string, number>;
    const res = pairedDifferenceInterval(
      { firstOnly: firstOnly!, secondOnly: secondOnly!, total: total! },
      { confidenceLevel },
    );
    expectClose(res.estimate, c.expected.estimate!, 1e-12, "estimate");
    expectClose(res.lower, c.expected.lower!, 1e-9, "lower");
    expectClose(res.upper, c.expected.upper!, 1e-9, "upper");
  });

  it.each(cases("pairedDifferenceScore"))(
    "has the reference's score, and McNemar's statistic at 0: $name",
    (c) => {
      const { firstOnly, secondOnly, total, difference } = c.input as Record<string, number>;
      const z = pairedDifferenceScore(
        { firstOnly: firstOnly!, secondOnly: secondOnly!, total: total! },
        difference!,
      );
      expectClose(z, c.expected.score!, 1e-9, "score");
      if (c.expected.mcnemarChiSquare !== undefined) {
        expectClose(z * z, c.expected.mcnemarChiSquare, 1e-12, "McNemar's chi-square");
      }
    },
  );

  it("reproduces the worked example of the Bentur et al. (2009) airway data: -0.517 to -0.026", () => {
    // The 21 pairs [[1, 1], [7, 12]] with which Fagerland, Lydersen & Laake (2014) compare
    // intervals for paired proportions; Tango's asymptotic score interval is -0.517 to -0.026.
    const res = pairedDifferenceInterval({ firstOnly: 7, secondOnly: 1, total: 21 });
    expect(res.lower).toBeCloseTo(-0.517, 3);
    expect(res.upper).toBeCloseTo(-0.026, 3);
  });
});

describe("pairedProportionEvidence", () => {
  it.each(cases("pairedProportionEvidence"))(
    "gives statsmodels' McNemar p-value and Wilson interval: $name",
    (c) => {
      const ev = paired(pairedProportionEvidence(c.input as never));
      expectClose(ev.champion, c.expected.champion!, 1e-15, "champion");
      expectClose(ev.challenger.value, c.expected.challenger!, 1e-15, "challenger");
      expectClose(ev.delta.value, c.expected.delta!, 1e-15, "delta");
      expectClose(ev.noDifferencePValue, c.expected.noDifferencePValue!, 1e-9, "p-value");
      const wilson = ev.challenger.interval(0.025);
      expectClose(wilson.lower, c.expected.challengerLower!, 1e-9, "Wilson lower");
      expectClose(wilson.upper, c.expected.challengerUpper!, 1e-9, "Wilson upper");
    },
  );
});

/** DeLong's evidence against the golden: scikit-learn's AUCs and the O(m n) covariance. */
function expectDelongGolden(evidence: ComparisonEvidence, c: GoldenCase) {
  const ev = paired(evidence);
  expectClose(ev.champion, c.expected.champion!, 1e-12, "champion AUC");
  expectClose(ev.challenger.value, c.expected.challenger!, 1e-12, "challenger AUC");
  expectClose(ev.delta.value, c.expected.delta!, 1e-9, "delta");
  expectClose(ev.delta.standardError, c.expected.deltaStandardError!, 1e-9, "delta SE");
  expectClose(
    ev.challenger.standardError,
    c.expected.challengerStandardError!,
    1e-9,
    "challenger SE",
  );
  const interval = ev.delta.interval(0.025);
  expectClose(interval.lower, c.expected.lower!, 1e-9, "lower");
  expectClose(interval.upper, c.expected.upper!, 1e-9, "upper");
  expectClose(ev.noDifferencePValue, c.expected.noDifferencePValue!, 1e-9, "p-value");
}

const ranked = (labels: number[], scores: number[]) =>
  rankBinary(Int32Array.from(labels), 1, Float64Array.from(scores));

describe("delongEvidence", () => {
  it.each(cases("delongEvidence"))(
    "gives scikit-learn's AUCs and the O(m n) DeLong covariance: $name",
    (c) => {
      expectDelongGolden(
        delongEvidence(
          nums(c.input.labels),
          nums(c.input.championScores),
          nums(c.input.challengerScores),
        ),
        c,
      );
    },
  );
});

describe("rankedDelongEvidence (from the examples sorted once, as ROC AUC sorts them)", () => {
  it.each(cases("delongEvidence"))("gives the same as delongEvidence: $name", (c) => {
    const labels = nums(c.input.labels);
    expectDelongGolden(
      rankedDelongEvidence(
        ranked(labels, nums(c.input.championScores)),
        ranked(labels, nums(c.input.challengerScores)),
      ),
      c,
    );
  });

  it.each(cases("delongEvidence"))(
    "on the examples a slice marks, equals delongEvidence on those examples alone: $name",
    (c) => {
      const [labels, first, second] = [
        nums(c.input.labels),
        nums(c.input.championScores),
        nums(c.input.challengerScores),
      ];
      const members = Uint8Array.from(labels, (_, i) => (i % 3 === 1 ? 0 : 1));
      const kept = <T>(values: T[]) => values.filter((_, i) => members[i] === 1);
      const sliced = paired(
        rankedDelongEvidence(ranked(labels, first), ranked(labels, second), members),
      );
      const alone = paired(delongEvidence(kept(labels), kept(first), kept(second)));
      expect(sliced.examples).toBe(alone.examples);
      expectClose(sliced.champion, alone.champion, 1e-12, "champion AUC");
      expectClose(sliced.delta.value, alone.delta.value, 1e-12, "delta");
      expectClose(sliced.delta.standardError, alone.delta.standardError, 1e-12, "delta SE");
      expectClose(
        sliced.challenger.standardError,
        alone.challenger.standardError,
        1e-12,
        "challenger SE",
      );
    },
  );

  it("calls a slice with fewer than two examples of a class insufficient", () => {
    const labels = [1, 0, 0, 1, 0, 0];
    const scores = [0.9, 0.2, 0.4, 0.7, 0.1, 0.3];
    const members = Uint8Array.from([1, 1, 1, 0, 1, 1]);
    const ev = rankedDelongEvidence(ranked(labels, scores), ranked(labels, scores), members);
    expect(ev.insufficient).toBe(
      "1 positive(s) and 4 negative(s) among the labels, and ROC AUC needs at least 2 of each",
    );
  });
});

/**
 * The bootstrap against scipy `bootstrap(paired=True, method='percentile')`. The two draw
 * different resamples (numpy's generator, index resampling; ours, weights), so the ends agree
 * only up to Monte Carlo error. The 2.5% quantile of B resamples of a roughly normal statistic
 * with bootstrap SD s has SD 2.67 s / sqrt(B), 0.68 / sqrt(B) of the 95% interval's width
 * (3.92 s): 0.5% at B = 20,000, 0.7% for the difference of two such runs. Ends within 5% of the
 * width are 7 of those SDs apart at most: a bug shifts or scales the interval by more, chance
 * does not.
 */
const WIDTH_SHARE = 0.05;

function expectSameInterval(ev: PairedEvidence, c: GoldenCase) {
  const { lower, upper } = ev.delta.interval(0.025);
  const width = c.expected.upper! - c.expected.lower!;
  expectClose(ev.delta.value, c.expected.estimate!, 1e-12, "estimate");
  expect(
    Math.abs(lower - c.expected.lower!),
    `lower ${lower} vs scipy ${c.expected.lower}`,
  ).toBeLessThan(WIDTH_SHARE * width);
  expect(
    Math.abs(upper - c.expected.upper!),
    `upper ${upper} vs scipy ${c.expected.upper}`,
  ).toBeLessThan(WIDTH_SHARE * width);
}

describe("bootstrapEvidence on a mean difference", () => {
  it.each(cases("bootstrapMeanDifference"))(
    "agrees with scipy's paired percentile interval within 5% of its width: $name",
    (c) => {
      const champion = nums(c.input.champion);
      const challenger = nums(c.input.challenger);
      for (const weights of ["multinomial", "poisson"] as const) {
        const ev = paired(
          bootstrapEvidence(weightedMean(champion), weightedMean(challenger), champion.length, {
            resamples: num(c.expected.resamples),
            seed: 11,
            weights,
          }),
        );
        expectSameInterval(ev, c);
      }
    },
  );
});

describe("cellBootstrapEvidence on an F1 difference", () => {
  it.each(cases("bootstrapF1Difference"))(
    "agrees with scipy's paired percentile interval within 5% of its width: $name",
    (c) => {
      const labels = nums(c.input.labels);
      const champion = nums(c.input.champion);
      const challenger = nums(c.input.challenger);
      // Cell 4 label + 2 champion + challenger: the joint confusion matrix of both models.
      const cells = new Float64Array(8);
      labels.forEach((y, i) => cells[4 * y + 2 * champion[i]! + challenger[i]!]!++);
      const f1 = (model: "champion" | "challenger") => (n: Float64Array) => {
        const predicted = (cell: number) => (model === "champion" ? cell & 2 : cell & 1) !== 0;
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (let cell = 0; cell < 8; cell++) {
          const positive = cell >= 4;
          if (positive && predicted(cell)) tp += n[cell]!;
          else if (predicted(cell)) fp += n[cell]!;
          else if (positive) fn += n[cell]!;
        }
        return (2 * tp) / (2 * tp + fp + fn);
      };
      const ev = paired(
        cellBootstrapEvidence(cells, f1("champion"), f1("challenger"), {
          resamples: num(c.expected.resamples),
          seed: 5,
        }),
      );
      expectSameInterval(ev, c);
    },
  );
});

describe("the golden file", () => {
  const mustRun = process.env.CI === "true";

  it.runIf(mustRun || pythonHas("scipy, statsmodels, sklearn"))(
    "is reproduced by generate-evidence-goldens.py within a relative 1e-9",
    () => {
      const { fresh, committed } = regenerate(
        join(goldensDir, "generate-evidence-goldens.py"),
        goldenPath,
      );
      expect(differences(JSON.parse(fresh).cases, JSON.parse(committed).cases, 1e-9)).toEqual([]);
    },
    120_000,
  );
});
