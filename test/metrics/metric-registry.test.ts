import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  MetricError,
  metricDefinition,
  metricNames,
  modelData,
  prepareMetric,
  readPredictions,
  sortOrder,
  type ClassifierData,
  type ModelData,
} from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { seededRandom } from "../helpers/seeded-random.js";

const fixtures = fileURLToPath(new URL("../fixtures/predictions/", import.meta.url));
const read = async (name: string, options = {}) =>
  modelData(await readPredictions(join(fixtures, name), options));

describe("the registry of metric names", () => {
  it("gives each metric its direction, what it needs, and whether it is a share of examples", () => {
    const shape = (name: string) => {
      const { direction, needs, task, proportion, binaryOnly } = metricDefinition(name, ["judge"]);
      return { direction, needs, task, proportion, binaryOnly };
    };
    expect(shape("accuracy")).toEqual({
      direction: "higher",
      needs: "label+prediction",
      task: "classification",
      proportion: true,
      binaryOnly: false,
    });
    expect(shape("f1")).toMatchObject({ needs: "label+prediction", binaryOnly: true });
    expect(shape("f1_macro")).toMatchObject({ binaryOnly: false, proportion: false });
    expect(shape("roc_auc")).toMatchObject({ direction: "higher", needs: "label+score" });
    expect(shape("log_loss")).toMatchObject({ direction: "lower", needs: "label+score" });
    expect(shape("rmse")).toMatchObject({
      direction: "lower",
      needs: "regression",
      task: "regression",
    });
    expect(shape("r2")).toMatchObject({ direction: "higher" });
    expect(shape("latency_ms_p99")).toMatchObject({
      direction: "lower",
      needs: "column",
      task: "any",
    });
    expect(shape("judge_mean")).toMatchObject({ direction: "higher", needs: "column" });
    expect(shape("equalized_odds_difference")).toMatchObject({
      direction: "lower",
      needs: "label+prediction+group",
      binaryOnly: true,
    });
  });

  it("knows every metric the issue lists", () => {
    expect(metricNames(["judge"])).toEqual(
      expect.arrayContaining([
        "accuracy",
        "balanced_accuracy",
        "precision",
        "recall",
        "f1",
        "f1_macro",
        "f1_micro",
        "f1_weighted",
        "precision_weighted",
        "recall_macro",
        "roc_auc",
        "average_precision",
        "log_loss",
        "brier",
        "ece",
        "mae",
        "rmse",
        "r2",
        "mape",
        "latency_ms_p50",
        "latency_ms_p95",
        "latency_ms_p99",
        "latency_ms_mean",
        "cost_p50",
        "cost_mean",
        "judge_mean",
        "demographic_parity_difference",
        "equalized_odds_difference",
      ]),
    );
  });

  it("refuses an unknown name with the list of known ones, and the one a typo likely meant", () => {
    expect(lineOf(() => metricDefinition("f2"))).toMatch(
      /^metric 'f2': is not a metric computed from predictions\. Did you mean 'f1'\? Use one of: accuracy, /,
    );
    expect(lineOf(() => metricDefinition("ROC-AUC"))).toMatch(/Did you mean 'roc_auc'\?/);
    expect(lineOf(() => metricDefinition("speed"))).toMatch(
      /is not a metric computed from predictions\. Use one of: accuracy, /,
    );
    expect(() => metricDefinition("constructor")).toThrow(MetricError);
    expect(() => metricDefinition("__proto__")).toThrow(MetricError);
  });

  it("names the per-example score route where a name is none of the metrics", () => {
    // An nDCG is computed per query elsewhere: its mean is what the suite can gate.
    expect(lineOf(() => metricDefinition("ndcg"))).toMatch(
      /Use one of: accuracy, .*; or, for a score each example has \(an nDCG, a judge's grade\), add its column to both predictions files, name it in input 'example-scores' and gate '<column>_mean'$/,
    );
  });

  it("says that a '<column>_mean' needs its column in input 'example-scores'", () => {
    expect(lineOf(() => metricDefinition("ndcg10_mean"))).toBe(
      "metric 'ndcg10_mean': is the mean of a per-example score column 'ndcg10' only where input 'example-scores' names that column, and it is empty. Add 'ndcg10' to input 'example-scores' (a column of numbers in both predictions files), or gate a metric computed from predictions, such as accuracy or roc_auc",
    );
    expect(lineOf(() => metricDefinition("ndcg10_mean", ["rr", "recall10"]))).toContain(
      "and it names 'rr', 'recall10'. Add 'ndcg10' to input 'example-scores'",
    );
    // A near spelling of a known mean is still suggested first.
    expect(lineOf(() => metricDefinition("judge_maen", ["judge"]))).toMatch(
      /Did you mean 'judge_mean'\?/,
    );
  });
});

/** The one line of the `MetricError` that `run` throws. */
const lineOf = (run: () => unknown): string => failureLine(run, MetricError);

describe("a metric whose data lacks what it needs is one clear error", () => {
  it.each([
    [
      "mae",
      "binary-champion.csv",
      {},
      {},
      /is a regression metric, and the predictions are of classification/,
    ],
    [
      "accuracy",
      "regression-champion.csv",
      { task: "regression" },
      {},
      /is a classification metric/,
    ],
    [
      "f1",
      "multiclass-challenger.csv",
      {},
      {},
      /defined for two classes, and the predictions have 3.*f1_macro/,
    ],
    [
      "demographic_parity_difference",
      "binary-champion.csv",
      {},
      {},
      /none is named.*input 'sensitive-column'/,
    ],
    [
      "demographic_parity_difference",
      "binary-champion.csv",
      {},
      { sensitive: "site" },
      /'site' is not among the slices read/,
    ],
    ["latency_ms_p95", "binary-champion.csv", { columns: { latency: "nope" } }, {}, null],
  ] as const)("%s on %s", async (metric, file, readOptions, options, message) => {
    if (message === null) {
      // A latency column the options name and the file lacks fails at the read, not here.
      await expect(readPredictions(join(fixtures, file), readOptions)).rejects.toThrow(/'nope'/);
      return;
    }
    const data = await read(file, readOptions);
    expect(lineOf(() => prepareMetric(metric, data, options))).toMatch(message);
  });

  it("roc_auc without scores asks for them", async () => {
    const data = await read("multiclass-challenger.csv");
    const { classScores: _, ...withoutScores } = data as ClassifierData;
    expect(() => prepareMetric("roc_auc", withoutScores as ModelData)).toThrow(
      /needs predicted probabilities/,
    );
  });

  it("a cost metric on predictions without a cost column says which input to set", async () => {
    const data = await read("binary-champion.csv");
    const { cost: _, ...withoutCost } = data;
    expect(lineOf(() => prepareMetric("cost_p95", withoutCost as ModelData))).toMatch(
      /input 'cost-column'/,
    );
  });
});

/** The data with each example repeated `counts[i]` times, as a bootstrap resample holds it. */
function repeated(data: ClassifierData, counts: Uint32Array): ClassifierData {
  const rows: number[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) rows.push(i);
  });
  const pick = <T extends Float64Array | Int32Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(rows.length);
    rows.forEach((row, i) => (out[i] = a[row]!));
    return out;
  };
  return {
    ...data,
    count: rows.length,
    labels: pick(data.labels),
    predictions: pick(data.predictions),
    ...(data.positiveScores && { positiveScores: pick(data.positiveScores) }),
    ...(data.latency && { latency: pick(data.latency) }),
    ...(data.cost && { cost: pick(data.cost) }),
    exampleScores: new Map([...data.exampleScores].map(([k, v]) => [k, pick(v)])),
    slices: new Map([...data.slices].map(([k, v]) => [k, { ...v, codes: pick(v.codes) }])),
  };
}

describe("weights are counts: a weighted metric equals the metric on the resample", () => {
  it("for every metric of two classes, on a sort done once", async () => {
    const data = (await read("binary-challenger.csv", {
      exampleScores: ["judge"],
      slices: ["site"],
    })) as ClassifierData;
    const random = seededRandom(17);
    const names = metricNames(["judge"]).filter(
      (n) => metricDefinition(n, ["judge"]).task !== "regression",
    );
    const prepared = names.map((n) => prepareMetric(n, data, { sensitive: "site" }));
    for (let draw = 0; draw < 5; draw++) {
      const counts = Uint32Array.from({ length: data.count }, () => Math.floor(random() * 3));
      const resample = repeated(data, counts);
      for (const metric of prepared) {
        const again = prepareMetric(metric.definition.name, resample, { sensitive: "site" });
        expect(metric.evaluate(counts), metric.definition.name).toBeCloseTo(again.evaluate(), 12);
      }
    }
  });

  it("with sample weights, a ranking metric weighs a resample's counts in rank order, as their product would to the last bit", async () => {
    const plain = (await read("binary-challenger.csv")) as ClassifierData;
    const random = seededRandom(23);
    // Scores to one decimal, so that ties make groups; weights of several magnitudes.
    const data: ClassifierData = {
      ...plain,
      positiveScores: plain.positiveScores!.map((s) => Math.round(s * 10) / 10),
      weights: Float64Array.from(
        { length: plain.count },
        () => 0.01 + random() * 10 ** (random() * 4),
      ),
    };
    const ranked = [
      "roc_auc",
      "average_precision",
      "recall_at_precision_80",
      "precision_at_recall_50",
      "recall_at_alert_rate_10",
    ];
    for (const name of ranked) {
      const metric = prepareMetric(name, data);
      expect(metric.weighsCounts, name).toBe(true);
      expect(metric.evaluate(), name).toBe(metric.evaluateWeighed(data.weights));
      const draw = () => Math.floor(random() * 4);
      // A Poisson draw's counts are bytes, a multinomial one's doubles.
      const draws = [
        Uint8Array.from({ length: data.count }, draw),
        Float64Array.from({ length: data.count }, draw),
      ];
      for (const counts of draws) {
        const product = data.weights!.map((w, i) => counts[i]! * w);
        expect(metric.evaluate(counts), name).toBe(metric.evaluateWeighed(product));
      }
    }
    expect(prepareMetric("accuracy", data).weighsCounts).toBeUndefined();
    expect(prepareMetric("roc_auc", plain).weighsCounts).toBeUndefined();
  });

  it("accuracy exposes each example's outcome, for McNemar's test", async () => {
    const data = (await read("binary-champion.csv")) as ClassifierData;
    const metric = prepareMetric("accuracy", data);
    const right = metric.outcomes!.reduce((a, b) => a + b, 0);
    expect(right / data.count).toBe(metric.evaluate());
    expect(prepareMetric("f1", data).outcomes).toBeUndefined();
  });

  it("binary ROC AUC exposes its ranking, sorted once, for DeLong's test", async () => {
    const data = (await read("binary-champion.csv")) as ClassifierData;
    const { ranking } = prepareMetric("roc_auc", data);
    expect(ranking!.order).toHaveLength(data.count);
    const scores = Array.from(ranking!.order, (i) => data.positiveScores![i]!);
    expect(scores.every((s, k) => k === 0 || scores[k - 1]! >= s)).toBe(true);
    expect(prepareMetric("accuracy", data).ranking).toBeUndefined();
  });
});

describe("sortOrder", () => {
  it.each([100, 5000])(
    "orders %i values with ties and signs as a comparison sort does, ties by index",
    (n) => {
      const random = seededRandom(n);
      const values = Float64Array.from(
        { length: n },
        () => Math.round((random() - 0.5) * 40) / 4 + (random() < 0.05 ? -0 : 0),
      );
      values[3] = Number.NaN;
      const indices = [...values.keys()].filter((i) => !Number.isNaN(values[i]!));
      const ascending = [...indices].sort((a, b) => values[a]! - values[b]! || a - b);
      const descending = [...indices].sort((a, b) => values[b]! - values[a]! || a - b);
      const asc = sortOrder(values);
      const desc = sortOrder(values, true);
      // -0 and 0 are equal values, which the radix sort keeps apart: compare values, -0 as 0.
      const valuesAt = (order: ArrayLike<number>) => Array.from(order, (i) => values[i]! + 0);
      expect(valuesAt(asc)).toEqual(valuesAt(ascending));
      expect(valuesAt(desc)).toEqual(valuesAt(descending));
      expect(asc.length).toBe(n - 1);
    },
  );

  it("orders doubles of every magnitude and sign, and infinities, as a comparison sort does", () => {
    const random = seededRandom(7);
    const n = 20_000;
    const values = Float64Array.from({ length: n }, () => {
      const r = random();
      if (r < 0.01) return random() < 0.5 ? Infinity : -Infinity;
      if (r < 0.05) return Math.round(random() * 10) / 10; // ties
      return (random() - 0.5) * 10 ** Math.floor(random() * 600 - 300);
    });
    for (const descending of [false, true]) {
      const sign = descending ? -1 : 1;
      const expected = [...values.keys()].sort((a, b) => sign * (values[a]! - values[b]!) || a - b);
      expect([...sortOrder(values, descending)]).toEqual(expected);
    }
  });
});
