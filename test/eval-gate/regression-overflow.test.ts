/**
 * Regression metrics on errors whose squares a double cannot hold: rmse and r2 scale the errors
 * before squaring them, each sum by its own factor, so their values stay finite wherever the true
 * ones are, and eval-gate says so plainly where a true value is past the range of a double.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evalReportContract,
  r2Score,
  rootMeanSquaredError,
  validateContract,
  type EvalReport,
  type MetricRow,
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

/** eval-gate's gated row of `metric`, under a policy of that one metric and `rule`. */
async function gateRow(dir: ReturnType<typeof tempDir>, metric: string, rule: string) {
  const policy = dir.write("policy.yml", `metrics:\n  ${metric}: ${rule}\n`);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", policy],
      ...["--report-path", "report.json", "--fail-step", "false"],
    ],
    dir.dir,
  );
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  return report.rows.find((r) => r.metric === metric && r.gated) as MetricRow;
}

const gateRmse = (dir: ReturnType<typeof tempDir>) =>
  gateRow(dir, "rmse", "{direction: lower, max: 1e300}");

describe("eval-gate on a regressor with errors near 1e200", () => {
  it("gates rmse on its finite value", async () => {
    // Errors of +-1e200 for the champion and +-2e200 for the challenger: their rmse are those.
    const dir = regressors(60, (model, i) => {
      const label = (i + 1) * 1e201;
      const error = (model === "champion" ? 1e200 : 2e200) * (i % 2 === 0 ? 1 : -1);
      return [label, label + error];
    });
    const rmse = await gateRmse(dir);
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
    const rmse = await gateRmse(dir);
    expect(rmse.champion).toBeNull();
    expectRelativelyClose(rmse.challenger!, 1.7e307);
    expect(rmse.status).toBe("inconclusive");
    expect(rmse.reason).toBe(
      "the champion's value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed; counted as inconclusive (on-insufficient)",
    );
  });

  it("does not pass an r2 bound for a model whose errors dwarf the labels' spread", async () => {
    // Labels 0 and 1; the champion predicts 0.5 (r2 0), the challenger 1e170, whose r2 is -4e340
    // (see above): past the most negative double, so no bound can pass it.
    const dir = regressors(60, (model, i) => [i % 2, model === "champion" ? 0.5 : 1e170]);
    const r2 = await gateRow(dir, "r2", "{direction: higher, min: -1}");
    expect(r2.champion).toBe(0);
    expect(r2.challenger).toBeNull();
    expect(r2.status).toBe("inconclusive");
    expect(r2.reason).toBe(
      "the challenger's value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed; counted as inconclusive (on-insufficient)",
    );
  });
});
