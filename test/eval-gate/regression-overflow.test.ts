/**
 * Regression metrics on errors whose squares a double cannot hold: rmse and r2 scale the errors
 * before squaring them, each sum by its own factor, so their values stay finite wherever the true
 * ones are, and eval-gate says so plainly where a true value is past the range of a double: a
 * challenger past it on the metric's worse side fails, any other such row is insufficient.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bootstrapEvidence,
  evalReportContract,
  judgeEvidence,
  r2Score,
  rootMeanSquaredError,
  validateContract,
  type EvalReport,
  type MetricRow,
  type ResampleWeights,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Relative tolerance: the inputs (1e200 and the like) are themselves rounded in binary. */
const RTOL = 1e-12;

const expectRelativelyClose = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(RTOL * Math.abs(expected));

const doubles = (...values: number[]) => Float64Array.from(values);

describe("rmse and r2 of errors whose squares overflow or vanish", () => {
  it("gives an rmse of 2.5e200 for errors of 1e200, 2e200, 2e200 and 4e200", () => {
    // By hand: the squares are 1e400, 4e400, 4e400 and 16e400, past the largest double
    // (1.8e308) each; they sum to 25e400, the mean is 6.25e400 and its root 2.5e200.
    const rmse = rootMeanSquaredError(doubles(0, 0, 0, 0), doubles(1e200, -2e200, 2e200, 4e200));
    expectRelativelyClose(rmse, 2.5e200);
  });

  it("weighs the errors by their weights, and leaves out those of weight 0", () => {
    // By hand: weights 3 and 1 on errors of 1e200 and 5e200 (the 9e307 one weighs nothing):
    // (3 * 1e400 + 25e400) / 4 = 7e400, whose root is sqrt(7) * 1e200.
    const rmse = rootMeanSquaredError(
      doubles(1e200, 0, 0),
      doubles(0, 5e200, 9e307),
      doubles(3, 1, 0),
    );
    expectRelativelyClose(rmse, Math.sqrt(7) * 1e200);
  });

  it("gives an rmse of 2.5e-200 for errors of 1e-200 and so on, whose squares vanish", () => {
    // The same sums as above, 1e400 times smaller: the squares (1e-400) are below the smallest
    // double, and the root of their mean is 2.5e-200.
    const tiny = doubles(1e-200, 2e-200, -2e-200, 4e-200);
    expectRelativelyClose(rootMeanSquaredError(doubles(0, 0, 0, 0), tiny), 2.5e-200);
  });

  it("gives an rmse near the largest double where one error is past it", () => {
    // One error of 3.4e308 (the difference overflows) and three of 0: sqrt(3.4e308^2 / 4) = 1.7e308.
    const rmse = rootMeanSquaredError(doubles(-1.7e308, 0, 0, 0), doubles(1.7e308, 0, 0, 0));
    expectRelativelyClose(rmse, 1.7e308);
  });

  it("gives the same r2 for labels and predictions in any unit", () => {
    // By hand: labels 1..5 (mean 3, total sum of squares 4+1+0+1+4 = 10), errors 0.5, 0.5,
    // 0.5, 1, 1 (residual sum 0.25*3 + 1 + 1 = 2.75): r2 = 1 - 2.75 / 10 = 0.725.
    const labels = doubles(1, 2, 3, 4, 5);
    const predictions = doubles(1.5, 1.5, 3.5, 3, 6);
    for (const unit of [1, 1e200, 1e-200]) {
      const r2 = r2Score(
        labels.map((v) => v * unit),
        predictions.map((v) => v * unit),
      );
      expectRelativelyClose(r2, 0.725);
    }
  });

  it("gives an r2 of -Infinity where the errors are 1e170 times the labels' spread", () => {
    // By hand: labels 0 and 1 (mean 0.5, total sum of squares 0.5), both predicted 1e170: the
    // residual sum is about 1e340, and r2 = 1 - 2e340 / 0.5 = -4e340, past the most negative
    // double, as scikit-learn computes it; not 0, the value of labels that do not vary.
    expect(r2Score(doubles(0, 1), doubles(1e170, 1e170))).toBe(-Infinity);
  });

  it("gives an r2 near the most negative double where the labels' spread is 1e-160", () => {
    // By hand: labels 0 and 1e-160 (total sum of squares 1e-320 / 2), both predicted 5e-7 more
    // (residual sum 2 * 2.5e-13): r2 = 1 - 5e-13 / 5e-321 = 1 - 1e308, a double still.
    const r2 = r2Score(doubles(0, 1e-160), doubles(5e-7, 1e-160 + 5e-7));
    expectRelativelyClose(r2, -1e308);
  });

  it("keeps r2 near 1 where the errors are tiny beside a huge spread", () => {
    // By hand: labels +-1e200 (total sum of squares 4e400) and errors of 1e197 (residual sum
    // 4e394): r2 = 1 - 1e-6. Both sums overflow a double. The labels' rounding moves the errors
    // by 1e-13 of themselves, so r2 is within 1e-15 of that.
    const labels = doubles(-1e200, 1e200, -1e200, 1e200);
    const predictions = doubles(-1e200 + 1e197, 1e200 + 1e197, -1e200 - 1e197, 1e200 - 1e197);
    expect(Math.abs(r2Score(labels, predictions) - (1 - 1e-6))).toBeLessThanOrEqual(1e-15);
    // Errors of 1e-170 beside labels of +-1e150: their squares vanish, and r2 = 1 - 1e-640 is 1.
    expect(r2Score(doubles(-1e150, 1e150), doubles(-1e150 + 1e-170, 1e150 + 1e-170))).toBe(1);
  });

  it("takes the mean of labels whose sum is past the largest double", () => {
    // By hand: labels 1.5e308, 1.7e308 and 1.6e308 (mean 1.6e308, total sum of squares
    // 0.02e616), errors 0, 0.05e308 and 0 (residual sum 0.0025e616): r2 = 1 - 0.125 = 0.875.
    const r2 = r2Score(doubles(1.5e308, 1.7e308, 1.6e308), doubles(1.5e308, 1.65e308, 1.6e308));
    expectRelativelyClose(r2, 0.875);
  });

  it("leaves out an example of weight 0 whose error's square overflows", () => {
    // A bootstrap resample gives many examples weight 0. The 1e300 error weighs nothing, so the
    // rmse is that of the one error of 1e-300 alone, and r2 that of the other two examples:
    // labels 0 and 1 (total sum of squares 0.5), errors 0.25 each (residual sum 0.125), 0.75.
    expectRelativelyClose(
      rootMeanSquaredError(doubles(0, 0), doubles(1e-300, 1e300), doubles(1, 0)),
      1e-300,
    );
    const r2 = r2Score(doubles(0, 1, 0), doubles(0.25, 0.75, 1e300), doubles(1, 1, 0));
    expectRelativelyClose(r2, 0.75);
  });
});

type Model = "champion" | "challenger";

/** Two regressors' predictions files of `n` examples: each model's label and prediction of each. */
function regressors(n: number, example: (model: Model, i: number) => [number, number]) {
  const dir = tempDir();
  for (const model of ["champion", "challenger"] as const) {
    const lines = Array.from({ length: n }, (_, i) => `ex-${i},${example(model, i).join(",")}`);
    dir.write(`${model}.csv`, ["id,label,prediction", ...lines].join("\n") + "\n");
  }
  return dir;
}

/**
 * eval-gate's exit code, what it printed to stderr and its gated row of `metric`, under a policy
 * of `head` (other keys, each line ending in a line break) and that one metric with `rule`.
 */
async function gate(dir: ReturnType<typeof tempDir>, metric: string, rule: string, head = "") {
  const policy = dir.write("policy.yml", `${head}metrics:\n  ${metric}: ${rule}\n`);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", policy],
      ...["--report-path", "report.json"],
    ],
    dir.dir,
  );
  const report = JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  const row = report.rows.find((r) => r.metric === metric && r.gated) as MetricRow;
  return { code: run.code, stderr: run.stderr, row };
}

const RMSE_MAX = "{direction: lower, max: 1e300}";
const PASS_INSUFFICIENT = "on-insufficient: pass\n";

/** Labels of +-1.7e308; the challenger predicts `challenger(label)`, the champion a tenth off. */
const hugeLabels = (challenger: (label: number) => number) =>
  regressors(60, (model, i) => {
    const label = i % 2 === 0 ? 1.7e308 : -1.7e308;
    return [label, model === "champion" ? label * 0.9 : challenger(label)];
  });

/** Labels 0 and 1; the champion predicts 0.5 (r2 0), the challenger 1e170 (r2 -4e340). */
const dwarfedLabels = () =>
  regressors(60, (model, i) => [i % 2, model === "champion" ? 0.5 : 1e170]);

describe("eval-gate on a regressor with errors near 1e200", () => {
  it("gates rmse on its finite value", async () => {
    // Errors of +-1e200 for the champion and +-2e200 for the challenger: their rmse are those.
    const dir = regressors(60, (model, i) => {
      const label = (i + 1) * 1e201;
      const error = (model === "champion" ? 1e200 : 2e200) * (i % 2 === 0 ? 1 : -1);
      return [label, label + error];
    });
    const { code, row: rmse } = await gate(dir, "rmse", RMSE_MAX);
    expect(code).toBe(0);
    expectRelativelyClose(rmse.champion!, 1e200);
    expectRelativelyClose(rmse.challenger!, 2e200);
    expect(rmse.status).toBe("pass");
  });

  it("says why where the rmse itself is past the largest double", async () => {
    // The champion predicts -1.7e308 for 1.7e308 and the reverse: every error, and so its rmse,
    // is 3.4e308, which no double holds. The challenger's errors are a tenth of the labels.
    const dir = regressors(60, (model, i) => {
      const label = i % 2 === 0 ? 1.7e308 : -1.7e308;
      return [label, model === "champion" ? -label : label * 0.9];
    });
    const { row: rmse } = await gate(dir, "rmse", RMSE_MAX);
    expect(rmse.champion).toBeNull();
    expectRelativelyClose(rmse.challenger!, 1.7e307);
    expect(rmse.status).toBe("inconclusive");
    expect(rmse.reason).toBe(
      "the champion's value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed; counted as inconclusive (on-insufficient)",
    );
  });

  it("fails an r2 bound for a model whose errors dwarf the labels' spread", async () => {
    // The challenger's r2 of -4e340 (see above) is past the most negative double: below any
    // minimum, whatever on-insufficient says, for it is known, not missing.
    const {
      code,
      stderr,
      row: r2,
    } = await gate(dwarfedLabels(), "r2", "{direction: higher, min: -1}", PASS_INSUFFICIENT);
    const reason = "the challenger's r2 is below the most negative double, so below the minimum -1";
    expect(code).toBe(1);
    expect(stderr).toContain(`verdict fail: r2: ${reason}`);
    expect(r2.champion).toBe(0);
    expect(r2.challenger).toBeNull();
    expect(r2.status).toBe("fail");
    expect(r2.reason).toBe(reason);
    expect(r2.evidence!.interval).toBeNull();
  });

  it("fails the regression check of that r2 against the champion's finite one", async () => {
    const { code, row: r2 } = await gate(
      dwarfedLabels(),
      "r2",
      "{direction: higher, max-regression: 0.05}",
      PASS_INSUFFICIENT,
    );
    expect(code).toBe(1);
    expect(r2.status).toBe("fail");
    expect(r2.reason).toBe(
      "the challenger's r2 is below the most negative double, so worse than the champion's by more than any margin",
    );
  });

  it("fails an rmse bound for a challenger whose rmse is past the largest double", async () => {
    // The challenger predicts -1.7e308 for 1.7e308 and the reverse: its rmse is 3.4e308.
    const {
      code,
      stderr,
      row: rmse,
    } = await gate(
      hugeLabels((label) => -label),
      "rmse",
      RMSE_MAX,
      PASS_INSUFFICIENT,
    );
    const reason = "the challenger's rmse is above the largest double, so above the maximum 1e+300";
    expect(code).toBe(1);
    expect(stderr).toContain(`verdict fail: rmse: ${reason}`);
    expectRelativelyClose(rmse.champion!, 1.7e307);
    expect(rmse.challenger).toBeNull();
    expect(rmse.status).toBe("fail");
    expect(rmse.reason).toBe(reason);
  });

  it("leaves a row insufficient where both models' rmse are past the largest double", async () => {
    // Which of two infinite errors is worse, no double tells.
    const dir = regressors(60, (_, i) => {
      const label = i % 2 === 0 ? 1.7e308 : -1.7e308;
      return [label, -label];
    });
    const { row: rmse } = await gate(dir, "rmse", RMSE_MAX);
    expect(rmse.status).toBe("inconclusive");
    expect(rmse.reason).toBe(
      "each model's value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed; counted as inconclusive (on-insufficient)",
    );
  });
});

describe("a challenger past the range of a double on the metric's better side", () => {
  it("is insufficient: no interval tells how far past any bound it is", () => {
    // The inverse of the rmse, higher is better: a challenger that predicts every label exactly
    // has an rmse of 0, and an inverse of +Infinity. Labels 1..40, the champion 0.5 off each.
    const labels = Float64Array.from({ length: 40 }, (_, i) => i + 1);
    const inverseRmse = (predictions: Float64Array) => (w: ResampleWeights | undefined) =>
      1 / rootMeanSquaredError(labels, predictions, w);
    const judgement = judgeEvidence(
      [
        {
          metric: "inverse_rmse",
          direction: "higher",
          bounds: { min: 1 },
          evidence: bootstrapEvidence(
            inverseRmse(labels.map((v) => v + 0.5)),
            inverseRmse(labels),
            labels.length,
            { resamples: 200, seed: 1 },
          ),
        },
      ],
      { onInsufficient: "inconclusive" },
    );
    const [row] = judgement.rows;
    expect(judgement.verdict).toBe("inconclusive");
    expect(row!.insufficient).toBe(true);
    expect(row!.champion).toBeCloseTo(2, 12);
    expect(row!.challenger).toBeNull();
    expect(row!.reason).toBe(
      "the challenger's value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed; counted as inconclusive (on-insufficient)",
    );
  });
});
