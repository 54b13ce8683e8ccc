import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  MetricError,
  confusionMatrix,
  matthewsCorrelation,
  metricDefinition,
  modelData,
  prepareMetric,
  readPredictions,
  type EvalReport,
  type MetricRow,
  type ReadPredictionsOptions,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = join(root, "test/fixtures/predictions/");

/** The golden cases' files, options and weights (the weights scikit-learn was given). */
const goldens = JSON.parse(readFileSync(join(root, "test/goldens/metrics.json"), "utf8")) as {
  cases: {
    name: string;
    file: string;
    options: ReadPredictionsOptions & { sensitive?: string };
    weighting: "unweighted" | "sample weights" | "bootstrap counts";
    weights: number[] | null;
  }[];
};

/**
 * scikit-learn 1.2.1's matthews_corrcoef (Debian's /usr/bin/python3) on each golden case, run
 * once: sample_weight for sample weights, np.repeat of the examples for bootstrap counts; the
 * multiclass fixtures predict their most probable class, as the goldens take it.
 */
const SKLEARN: Readonly<Record<string, number>> = {
  "breast_cancer champion, unweighted": 0.7871415040066005,
  "breast_cancer champion, sample weights": 0.8048147914649536,
  "breast_cancer champion, bootstrap counts": 0.7729324311274149,
  "breast_cancer challenger, unweighted": 0.9249063143621197,
  "breast_cancer challenger, sample weights": 0.9447377351519051,
  "breast_cancer challenger, bootstrap counts": 0.953972326031134,
  "wine champion, unweighted": 0.7259201116937216,
  "wine champion, sample weights": 0.7343970353333641,
  "wine champion, bootstrap counts": 0.8134299215991554,
  "wine challenger, unweighted": 0.916281389405999,
  "wine challenger, sample weights": 0.9021138600886822,
  "wine challenger, bootstrap counts": 0.8978563313651019,
};

/** Sums in another order than numpy's differ in the last bits: relative 1e-9, as the goldens. */
const RTOL = 1e-9;
const expectClose = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(RTOL * Math.abs(expected));

describe("mcc, the Matthews correlation coefficient", () => {
  it.each(goldens.cases.filter((c) => c.name in SKLEARN).map((c) => [c.name, c] as const))(
    "equals scikit-learn's matthews_corrcoef: %s",
    async (name, c) => {
      const { sensitive: _, ...options } = c.options;
      const data = modelData(await readPredictions(join(fixtures, c.file), options));
      const weights =
        c.weights === null
          ? undefined
          : c.weighting === "bootstrap counts"
            ? Uint32Array.from(c.weights)
            : Float64Array.from(c.weights);
      expectClose(prepareMetric("mcc", data).evaluate(weights), SKLEARN[name]!);
    },
  );

  it("is 0 where a side holds one class, and matches scikit-learn on three classes", () => {
    const mcc = (labels: number[], predictions: number[], k: number) =>
      matthewsCorrelation(
        confusionMatrix(Int32Array.from(labels), Int32Array.from(predictions), k),
        k,
      );
    // scikit-learn: matthews_corrcoef([0, 1, 1, 0], [1, 1, 1, 1]) is 0.0, and 0.34375 below.
    expect(mcc([0, 1, 1, 0], [1, 1, 1, 1], 2)).toBe(0);
    expect(mcc([1, 1, 1, 1], [0, 1, 1, 0], 2)).toBe(0);
    expectClose(mcc([0, 1, 2, 2, 1, 0, 2], [0, 2, 2, 2, 1, 1, 0], 3), 0.34375);
  });

  it("runs from -1 to 1, so its margins are not a share's, and scikit-learn's name finds it", () => {
    expect(metricDefinition("mcc")).toMatchObject({ direction: "higher", share: false });
    const refusal = (() => {
      try {
        return metricDefinition("matthews_corrcoef");
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(MetricError);
    expect((refusal as MetricError).fix).toMatch(/^Did you mean 'mcc'\? /);
  });

  it("is judged on the paired bootstrap, as the other metrics of predicted classes", async () => {
    const dir = tempDir();
    const run = await mlops(
      [
        "eval-gate",
        ...["--challenger", join(fixtures, "binary-challenger.csv")],
        ...["--champion", join(fixtures, "binary-champion.csv")],
        ...[
          "--policy",
          dir.write("p.yml", "metrics:\n  mcc: {direction: higher, max-regression: 0.05}\n"),
        ],
        ...["--report-path", "report.json", "--fail-step", "false"],
      ],
      dir.dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport;
    const mcc = report.rows.find((r) => r.metric === "mcc") as MetricRow;
    expectClose(mcc.champion!, SKLEARN["breast_cancer champion, unweighted"]!);
    expectClose(mcc.challenger!, SKLEARN["breast_cancer challenger, unweighted"]!);
    expect(mcc.evidence).toMatchObject({ method: "bootstrap", interval_of: "delta" });
    expect(mcc.evidence!.resamples).toBeGreaterThan(0);
    const { lower, upper } = mcc.evidence!.interval!;
    expect(lower).toBeLessThan(mcc.delta!);
    expect(upper).toBeGreaterThan(mcc.delta!);
  });
});
