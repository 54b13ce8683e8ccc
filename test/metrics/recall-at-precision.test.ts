/**
 * Recall at a fixed precision (`recall_at_precision_<p>`) and precision at a fixed recall
 * (`precision_at_recall_<p>`): the best of one measure over the score thresholds where the other
 * reaches p percent, rows of equal score taken together, as a scan of scikit-learn's
 * `precision_recall_curve` finds it; 0 recall where no threshold reaches the precision; of more
 * than two classes, one class against the rest, as average precision.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  MetricError,
  metricDefinition,
  modelData,
  precisionAtRecall,
  prepareMetric,
  rankBinary,
  readPredictions,
  recallAtPrecision,
  type BinaryRanking,
  type ClassifierData,
  type ReadPredictionsOptions,
} from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { seededRandom } from "../helpers/seeded-random.js";

/** A binary classifier's data: `labels` of 0 and 1, 1 the positive class, and its `scores`. */
function binaryData(labels: readonly number[], scores: readonly number[]): ClassifierData {
  return {
    task: "classification",
    count: labels.length,
    classes: ["0", "1"],
    positive: 1,
    labels: Int32Array.from(labels),
    predictions: Int32Array.from(scores, (s) => (s >= 0.5 ? 1 : 0)),
    predictionsFromScores: true,
    positiveScores: Float64Array.from(scores),
    exampleScores: new Map(),
    slices: new Map(),
  };
}

type Weighting = "none" | "sample weights" | "bootstrap counts";

/**
 * `n` examples from `seed`, a `share` of them positive, each scored `lift` x label plus
 * (1 - lift) x a uniform draw, rounded to `decimals` places so that scores tie (one decimal: 11
 * distinct scores over 50 examples). Weights are sample weights from 0.1 to 1.1, or bootstrap
 * counts 0, 1 and 2.
 */
function randomCase(
  seed: number,
  n: number,
  share: number,
  lift: number,
  decimals: number,
  weighting: Weighting,
) {
  const random = seededRandom(seed);
  const labels: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = random() < share ? 1 : 0;
    labels.push(label);
    scores.push(Number((lift * label + (1 - lift) * random()).toFixed(decimals)));
  }
  const weights =
    weighting === "none"
      ? undefined
      : weighting === "bootstrap counts"
        ? Uint32Array.from({ length: n }, () => Math.floor(random() * 3))
        : Float64Array.from({ length: n }, () => 0.1 + random());
  return { data: binaryData(labels, scores), weights };
}

/**
 * scikit-learn 1.2.1 (Debian's /usr/bin/python3) on the cases `randomCase` makes, written as
 * JSON by it and computed once: with `p, r, _ = precision_recall_curve(y, s, sample_weight=w)`,
 * `max(r[p >= target])` for a recall at a precision and `max(p[r >= target])` for a precision at
 * a recall. The last case's scores are noise, and its top-scored rows negatives: no threshold
 * reaches a precision of 50%.
 */
const SCIKIT_LEARN: readonly [Parameters<typeof randomCase>, Readonly<Record<string, number>>][] = [
  [
    [1, 50, 0.3, 0.4, 1, "none"],
    {
      recall_at_precision_50: 1,
      recall_at_precision_80: 0.3333333333333333,
      recall_at_precision_90: 0.3333333333333333,
      recall_at_precision_95: 0.3333333333333333,
      precision_at_recall_50: 0.5217391304347826,
      precision_at_recall_80: 0.5217391304347826,
      precision_at_recall_90: 0.5,
    },
  ],
  [
    [2, 200, 0.2, 0.4, 2, "none"],
    {
      recall_at_precision_50: 0.9782608695652174,
      recall_at_precision_80: 0.8478260869565217,
      recall_at_precision_90: 0.782608695652174,
      recall_at_precision_95: 0.782608695652174,
      precision_at_recall_50: 1,
      precision_at_recall_80: 0.8604651162790697,
      precision_at_recall_90: 0.6363636363636364,
    },
  ],
  [
    [3, 300, 0.1, 0.4, 2, "sample weights"],
    {
      recall_at_precision_50: 0.7150366345750946,
      recall_at_precision_80: 0.5932528271045167,
      recall_at_precision_90: 0.5932528271045167,
      recall_at_precision_95: 0.5830188412125449,
      precision_at_recall_50: 1,
      precision_at_recall_80: 0.35620008630613115,
      precision_at_recall_90: 0.3069075377972573,
    },
  ],
  [
    [4, 500, 0.05, 0.4, 3, "bootstrap counts"],
    {
      recall_at_precision_50: 0.7083333333333334,
      recall_at_precision_95: 0.7083333333333334,
      precision_at_recall_50: 1,
      precision_at_recall_80: 0.1891891891891892,
      precision_at_recall_90: 0.16216216216216217,
    },
  ],
  [
    [5, 1000, 0.4, 0.4, 6, "none"],
    {
      recall_at_precision_50: 1,
      recall_at_precision_80: 0.7703703703703704,
      recall_at_precision_90: 0.7111111111111111,
      recall_at_precision_95: 0.6888888888888889,
      precision_at_recall_50: 1,
      precision_at_recall_80: 0.777511961722488,
      precision_at_recall_90: 0.732,
    },
  ],
  [
    [7, 400, 0.1, 0, 2, "none"],
    {
      recall_at_precision_50: 0,
      recall_at_precision_95: 0,
      precision_at_recall_50: 0.10824742268041238,
      precision_at_recall_80: 0.10406091370558376,
      precision_at_recall_90: 0.10406091370558376,
    },
  ],
];

/**
 * Relative tolerance against scikit-learn: the same sums of the same weights, a tie's rows
 * added in another order (numpy's sort is not this one), differ in the last bits at most.
 */
const RTOL = 1e-12;
const expectClose = (label: string, actual: number, expected: number) =>
  expect(
    Math.abs(actual - expected),
    `${label}: got ${actual}, scikit-learn says ${expected}`,
  ).toBeLessThanOrEqual(RTOL * Math.abs(expected));

describe("the operating points equal a scan of scikit-learn's precision_recall_curve (relative 1e-12)", () => {
  it.each(SCIKIT_LEARN.map((c) => [c[0].join(", "), c] as const))(
    "on random scores with ties: seed, n, share positive, lift, decimals, weights = %s",
    (_, [parameters, expected]) => {
      const { data, weights } = randomCase(...parameters);
      for (const [name, value] of Object.entries(expected)) {
        expectClose(name, prepareMetric(name, data).evaluate(weights), value);
      }
    },
  );

  const root = fileURLToPath(new URL("../../", import.meta.url));
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
   * The same scan on the golden cases' fixtures and weights (breast cancer's scores have 2
   * decimals: 55 distinct over 171 rows), computed once; for wine's three classes, the mean over
   * the classes of each class against the rest (`label_binarize`), as its average precision.
   */
  const FIXTURES: Readonly<Record<string, readonly [number, number, number, number]>> = {
    // recall_at_precision_90, recall_at_precision_95, precision_at_recall_80, precision_at_recall_90
    "breast_cancer champion, unweighted": [
      0.9345794392523364, 0.9158878504672897, 0.9887640449438202, 0.9514563106796117,
    ],
    "breast_cancer champion, sample weights": [
      0.9373848987108654, 0.9147636586863105, 0.9890792848381221, 0.9597400589955302,
    ],
    "breast_cancer champion, bootstrap counts": [
      0.9101123595505618, 0.9101123595505618, 0.9746835443037974, 0.9529411764705882,
    ],
    "breast_cancer challenger, unweighted": [1, 0.9906542056074766, 1, 0.99],
    "breast_cancer challenger, sample weights": [1, 0.9963635533278911, 1, 0.9933998390794863],
    "breast_cancer challenger, bootstrap counts": [1, 1, 1, 0.9915254237288136],
    "wine champion, unweighted": [
      0.5917775761242186, 0.5108388788062109, 0.8209876543209876, 0.6594202898550724,
    ],
    "wine champion, sample weights": [
      0.6719469341741, 0.5724378494879362, 0.8565321768206419, 0.7369735673841369,
    ],
    "wine champion, bootstrap counts": [
      0.8202820632694405, 0.730052984260558, 0.9235517568850901, 0.9046474358974358,
    ],
    "wine challenger, unweighted": [0.9885057471264368, 0.9377394636015325, 1, 0.9770114942528735],
    "wine challenger, sample weights": [
      0.9707793931396416, 0.9323301900935398, 1, 0.9805718861284953,
    ],
    "wine challenger, bootstrap counts": [0.978494623655914, 0.9374389051808407, 1, 1],
  };
  const NAMES = [
    "recall_at_precision_90",
    "recall_at_precision_95",
    "precision_at_recall_80",
    "precision_at_recall_90",
  ];

  it.each(goldens.cases.filter((c) => c.name in FIXTURES).map((c) => [c.name, c] as const))(
    "on the golden fixture %s",
    async (name, c) => {
      const { sensitive: _, ...options } = c.options;
      const data = modelData(
        await readPredictions(join(root, "test/fixtures/predictions", c.file), options),
      );
      const weights =
        c.weights === null
          ? undefined
          : c.weighting === "bootstrap counts"
            ? Uint32Array.from(c.weights)
            : Float64Array.from(c.weights);
      NAMES.forEach((metric, i) => {
        expectClose(metric, prepareMetric(metric, data).evaluate(weights), FIXTURES[name]![i]!);
      });
    },
  );
});

describe("a threshold is a distinct score: rows with equal scores go together", () => {
  // P = 4 positives. Thresholds: >= 0.9 (1 TP, 0 FP), >= 0.8 (3, 2), >= 0.5 (4, 2), >= 0.3 (4, 3).
  // Split, the tie at 0.8 would give a threshold of 3 TP and 0 FP, precision 1 at recall 0.75.
  const data = binaryData([1, 1, 1, 0, 0, 1, 0], [0.9, 0.8, 0.8, 0.8, 0.8, 0.5, 0.3]);
  const value = (name: string) => prepareMetric(name, data).evaluate();

  it.each([
    ["recall_at_precision_90", 0.25],
    ["recall_at_precision_70", 0.25],
    ["recall_at_precision_60", 1],
    ["precision_at_recall_25", 1],
    ["precision_at_recall_50", 4 / 6],
    ["precision_at_recall_80", 4 / 6],
  ])("%s is %d", (name, expected) => {
    expect(value(name)).toBeCloseTo(expected, 15);
  });

  it("does not depend on the order of the tied rows", () => {
    const reordered = binaryData([0, 1, 0, 1, 1, 1, 0], [0.8, 0.8, 0.8, 0.9, 0.8, 0.5, 0.3]);
    for (const name of ["recall_at_precision_90", "precision_at_recall_50"]) {
      expect(prepareMetric(name, reordered).evaluate()).toBe(value(name));
    }
  });
});

describe("the target and what lies beyond it", () => {
  it("counts a precision of exactly the target as reaching it (9 of 10 at 90%)", () => {
    // 8 positives, a negative, the 9th positive (9 of 10 right, recall 0.9), then 9 negatives
    // and the 10th positive: missed by 1 example, the target would leave recall at 0.8.
    const labels = [...Array<number>(8).fill(1), 0, 1, ...Array<number>(9).fill(0), 1];
    const scores = labels.map((_, i) => 1 - i / 40);
    expect(prepareMetric("recall_at_precision_90", binaryData(labels, scores)).evaluate()).toBe(
      0.9,
    );
    // 29 of 100 at 29%, where a precision times 100 is 28.999999999999996 as doubles.
    const at29 = [...Array<number>(28).fill(1), ...Array<number>(71).fill(0), 1, 0, 0, 0, 1];
    const ranked = at29.map((_, i) => 1 - i / 200);
    expect(prepareMetric("recall_at_precision_29", binaryData(at29, ranked)).evaluate()).toBe(
      29 / 30,
    );
  });

  it("meets a target met exactly whatever the weights' sums round to: 0.1 on every row changes nothing", () => {
    const tenths = (data: ClassifierData) => new Float64Array(data.count).fill(0.1);
    // 4 frauds among the 20 rows tied at the top, precision 1 in 5, then the 5th among 31 rows
    // below. As doubles 4 x 0.1 x 100 is 40 and 20 x 0.1 x 20 is 40.00000000000001: compared as
    // summed, the top threshold would miss 20% and the recall would be 0.
    const atPrecision = binaryData(
      [...Array<number>(4).fill(1), ...Array<number>(16).fill(0), 1, ...Array<number>(30).fill(0)],
      [...Array<number>(20).fill(0.9), ...Array<number>(31).fill(0.1)],
    );
    // 4 of 20 frauds at the top (recall exactly 20%, precision 1), then a legitimate row, then
    // the other 16 frauds among 64 rows; summed, the recall of the top would fall short of 20%.
    const atRecall = binaryData(
      [1, 1, 1, 1, 0, ...Array<number>(16).fill(1), ...Array<number>(48).fill(0)],
      [0.9, 0.9, 0.9, 0.9, 0.8, ...Array<number>(64).fill(0.5)],
    );
    for (const [name, data, expected] of [
      ["recall_at_precision_20", atPrecision, 0.8],
      ["precision_at_recall_20", atRecall, 1],
    ] as const) {
      const metric = prepareMetric(name, data);
      expect(metric.evaluate(), name).toBe(expected);
      expect(metric.evaluate(tenths(data)), `${name}, weights of 0.1`).toBe(expected);
    }
  });

  it("lets in no threshold short of the target by a whole example, however many examples", () => {
    // Resample counts sum exactly. One threshold, 98,999,999 frauds and 1,000,000 legitimate
    // rows flagged: precision 0.98999999990, under 99% by a billionth, one fraud short of it.
    const oneThreshold: BinaryRanking = {
      order: Uint32Array.of(0, 1),
      positive: Uint8Array.of(1, 0),
      groupEnd: Uint8Array.of(0, 1),
    };
    expect(recallAtPrecision(oneThreshold, 99, Float64Array.of(98_999_999, 1_000_000))).toBe(0);
    expect(recallAtPrecision(oneThreshold, 99, Float64Array.of(99_000_000, 1_000_000))).toBe(1);
    // 99,000,098 of 100,000,099 frauds at the top, one example short of a recall of 99%: the
    // precision at 99% recall is that of the lowest threshold, which flags every row.
    const threeThresholds: BinaryRanking = {
      order: Uint32Array.of(0, 1, 2),
      positive: Uint8Array.of(1, 0, 1),
      groupEnd: Uint8Array.of(1, 1, 1),
    };
    const counts = Float64Array.of(99_000_098, 1, 1_000_001);
    expect(precisionAtRecall(threeThresholds, 99, counts)).toBe(100_000_099 / 100_000_100);
  });

  it("is a recall of 0 where no threshold reaches the precision", () => {
    // The top-scored example is a negative: the best precision at any threshold is 2/3.
    const data = binaryData([0, 1, 1, 0, 1, 0], [0.9, 0.8, 0.7, 0.4, 0.3, 0.1]);
    expect(prepareMetric("recall_at_precision_70", data).evaluate()).toBe(0);
    expect(prepareMetric("recall_at_precision_66", data).evaluate()).toBeCloseTo(2 / 3, 15);
  });

  it("reaches any recall at the lowest threshold, so a precision at a recall is never empty", () => {
    const data = binaryData([0, 0, 0, 1], [0.9, 0.8, 0.7, 0.1]);
    expect(prepareMetric("precision_at_recall_99", data).evaluate()).toBe(0.25);
  });

  it("is undefined (NaN) without a positive example, where a resample or slice has none", () => {
    const data = binaryData([0, 1, 0, 1], [0.9, 0.8, 0.7, 0.1]);
    const withoutPositives = Float64Array.of(1, 0, 1, 0);
    for (const name of ["recall_at_precision_90", "precision_at_recall_80"]) {
      expect(prepareMetric(name, data).evaluate(withoutPositives)).toBeNaN();
    }
  });
});

/**
 * The definition, by brute force: each distinct score a threshold, the rows scored at or above
 * it flagged and their weights summed afresh; the best `measure` among the thresholds where the
 * other reaches `percent`% (0 where none does), NaN without positive weight.
 */
function bruteForce(
  labels: readonly number[],
  scores: readonly number[],
  weights: ArrayLike<number>,
  measure: "recall" | "precision",
  percent: number,
): number {
  let positives = 0;
  labels.forEach((label, i) => (positives += label * weights[i]!));
  if (positives === 0) return Number.NaN;
  let best = 0;
  for (const threshold of new Set(scores)) {
    let caught = 0;
    let flagged = 0;
    scores.forEach((score, i) => {
      if (score < threshold) return;
      flagged += weights[i]!;
      caught += labels[i]! * weights[i]!;
    });
    const reached =
      measure === "recall"
        ? caught * 100 >= percent * flagged
        : caught * 100 >= percent * positives;
    if (reached)
      best = Math.max(best, measure === "recall" ? caught / positives : caught / flagged);
  }
  return best;
}

describe("equals a brute force over every threshold, on 300 random cases", () => {
  /**
   * Up to 40 rows, scores of 0 to 2 decimals (ties; every score equal in one case in 7; a single
   * positive often among few rows), resample counts from 0 to 3 (a count of 0 leaves a row out,
   * a whole group of ties at times), a target from 2 to 99.
   */
  const cases = Array.from({ length: 300 }, (_, c) => {
    const random = seededRandom(1000 + c);
    const n = 1 + Math.floor(random() * 40);
    const share = [0.05, 0.3, 0.7][c % 3]!;
    const decimals = Math.floor(random() * 3);
    const labels = Array.from({ length: n }, () => (random() < share ? 1 : 0));
    const scores = labels.map((label) =>
      c % 7 === 0 ? 0.5 : Number((0.3 * label + 0.7 * random()).toFixed(decimals)),
    );
    const counts = Float64Array.from({ length: n }, () => Math.floor(random() * 4));
    const percent = 2 + Math.floor(random() * 98);
    return { labels, scores, counts, percent };
  });

  it.each(["recall", "precision"] as const)(
    "%s: the same double, whole weights summing exactly; weights a tenth of them, within a relative 1e-12",
    (measure) => {
      for (const { labels, scores, counts, percent } of cases) {
        const name = `${measure === "recall" ? "recall_at_precision" : "precision_at_recall"}_${percent}`;
        const metric = prepareMetric(name, binaryData(labels, scores));
        const expected = bruteForce(labels, scores, counts, measure, percent);
        const label = `${name} on ${JSON.stringify({ labels, scores, counts: [...counts] })}`;
        expect(metric.evaluate(counts), label).toBe(expected);
        // A precision and a recall are ratios of weights: a tenth of each leaves them as they are.
        const tenths = counts.map((count) => count / 10);
        const scaled = metric.evaluate(tenths);
        if (Number.isNaN(expected)) expect(scaled, label).toBeNaN();
        else expect(Math.abs(scaled - expected), label).toBeLessThanOrEqual(1e-12 * expected);
      }
    },
  );
});

describe("as a metric of the registry", () => {
  it("is a ranking metric of the scores: higher is better, a share, of any number of classes", () => {
    for (const name of ["recall_at_precision_90", "precision_at_recall_80"]) {
      expect(metricDefinition(name)).toMatchObject({
        name,
        direction: "higher",
        needs: "label+score",
        task: "classification",
        proportion: false,
        binaryOnly: false,
        share: true,
      });
    }
    expect(metricDefinition("recall_at_precision_90").description).toMatch(
      /^largest recall over the score thresholds whose precision is at least 90%, 0 where none reaches it/,
    );
  });

  it("ranks once: a resample weighs the ranked rows, and never reads the scores again", () => {
    const { data } = randomCase(5, 1000, 0.4, 0.4, 6, "none");
    const metric = prepareMetric("recall_at_precision_90", data);
    expect(metric.ranking).toBe(rankBinary(data.labels, data.positive, data.positiveScores!));
    const random = seededRandom(11);
    const counts = Uint32Array.from({ length: data.count }, () => Math.floor(random() * 3));
    // The same as the examples repeated as often as drawn, sorted afresh.
    const repeated = [...counts].flatMap((c, i) => Array<number>(c).fill(i));
    const expanded = binaryData(
      repeated.map((i) => data.labels[i]!),
      repeated.map((i) => data.positiveScores![i]!),
    );
    const expected = prepareMetric("recall_at_precision_90", expanded).evaluate();
    data.positiveScores!.fill(Number.NaN);
    expect(metric.evaluate(counts)).toBeCloseTo(expected, 14);
  });
});

describe("of more than two classes, one class against the rest, as average precision", () => {
  // Three classes, each row's probabilities in score_<class> order.
  const rows = [
    [0.7, 0.2, 0.1],
    [0.5, 0.3, 0.2],
    [0.2, 0.6, 0.2],
    [0.1, 0.3, 0.6],
    [0.4, 0.4, 0.2],
    [0.1, 0.1, 0.8],
  ];
  const labels = Int32Array.of(0, 1, 1, 2, 0, 2);
  const classScores = [0, 1, 2].map((c) => Float64Array.from(rows, (row) => row[c]!));
  const data: ClassifierData = {
    task: "classification",
    count: rows.length,
    classes: ["a", "b", "c"],
    positive: -1,
    labels,
    predictions: Int32Array.from(rows, (row) => row.indexOf(Math.max(...row))),
    predictionsFromScores: true,
    classScores,
    exampleScores: new Map(),
    slices: new Map(),
  };
  /** Each class's recall at 90% precision against the rest, from its own ranking. */
  const perClass = (weights?: Float64Array) =>
    classScores.map((scores, c) => recallAtPrecision(rankBinary(labels, c, scores), 90, weights));

  it("is the mean over the classes of each one's value against the rest", () => {
    // a: 0.7 (a), 0.5 (b): recall 1/2; b: 0.6 (b), 0.4 (a): 1/2; c: 0.8, 0.6 both c: 1.
    expect(perClass()).toEqual([0.5, 0.5, 1]);
    expect(prepareMetric("recall_at_precision_90", data).evaluate()).toBeCloseTo(2 / 3, 15);
  });

  it("leaves out of the mean a class that the weights leave without a positive example", () => {
    // The rows of class b weigh 0: its recall is undefined, not 0.
    const weights = Float64Array.of(1, 0, 0, 1, 1, 1);
    const [a, b, c] = perClass(weights);
    expect(b).toBeNaN();
    expect(prepareMetric("recall_at_precision_90", data).evaluate(weights)).toBeCloseTo(
      (a! + c!) / 2,
      15,
    );
  });
});

/** The one line of the `MetricError` that `run` throws. */
const lineOf = (run: () => unknown): string => failureLine(run, MetricError);

describe("a target that cannot be gated is one clear error naming the name to write", () => {
  it.each([
    [
      "recall_at_precision_0.9",
      "metric 'recall_at_precision_0.9': writes the target precision as a fraction (0.9), and the name takes a percent, where 0.9 would read as 0.9%. Write it as recall_at_precision_90",
    ],
    [
      "precision_at_recall_.8",
      "metric 'precision_at_recall_.8': writes the target recall as a fraction (.8), and the name takes a percent, where .8 would read as .8%. Write it as precision_at_recall_80",
    ],
    [
      "recall_at_precision_99.5",
      "metric 'recall_at_precision_99.5': writes the target precision as '99.5', and the name takes a whole percent from 2 to 99, with no decimal point (a dot in a name reads as nesting in a metrics file). Write a whole percent from 2 to 99, as recall_at_precision_90 for the recall where precision is at least 90%",
    ],
    [
      "recall_at_precision_90.0",
      "metric 'recall_at_precision_90.0': writes the target precision as '90.0', and the name takes a whole percent from 2 to 99, with no decimal point (a dot in a name reads as nesting in a metrics file). Write it as recall_at_precision_90",
    ],
    [
      "recall_at_precision_0",
      "metric 'recall_at_precision_0': holds precision at 0%, which every threshold reaches, so any model would score a recall of 1. Write a whole percent from 2 to 99, as recall_at_precision_90 for the recall where precision is at least 90%",
    ],
    [
      "recall_at_precision_1",
      "metric 'recall_at_precision_1': holds precision at 1%, and reads as readily as precision 1.0, as other tools write a target from 0 to 1. Write a whole percent from 2 to 99: recall_at_precision_99 for precision of at least 99%",
    ],
    [
      "recall_at_precision_100",
      "metric 'recall_at_precision_100': holds precision at 100%, so that the single negative example scored highest sets the threshold, and one mislabelled example above the first positive makes the recall 0. Write a whole percent from 2 to 99, as recall_at_precision_99",
    ],
    [
      "precision_at_recall_100",
      "metric 'precision_at_recall_100': holds recall at 100%, so that the single positive example scored lowest sets the threshold, and one mislabelled or hard positive pulls the precision down to about the share of positives. Write a whole percent from 2 to 99, as precision_at_recall_99",
    ],
    [
      "recall_at_precision_150",
      "metric 'recall_at_precision_150': holds precision at 150%, more than all of the examples. Write a whole percent from 2 to 99, as recall_at_precision_90 for the recall where precision is at least 90%",
    ],
    [
      "precision_at_recall_080",
      "metric 'precision_at_recall_080': writes its target with leading zeros, so one metric would have two names in the report. Write it as precision_at_recall_80",
    ],
    [
      "precision_at_recall_8.0.1",
      "metric 'precision_at_recall_8.0.1': names its target recall as '8.0.1', which is not a whole percent from 2 to 99. Write a whole percent from 2 to 99, as precision_at_recall_90 for the precision where recall is at least 90%",
    ],
    [
      "recall_at_precision",
      "metric 'recall_at_precision': names no target: recall at a fixed precision is gated as recall_at_precision_<p>, and precision at a fixed recall as precision_at_recall_<p>, with p a whole percent in the name. Write the target in the name, as recall_at_precision_90 for the recall where precision is at least 90%, or precision_at_recall_80",
    ],
  ])("%s", (name, line) => {
    expect(lineOf(() => metricDefinition(name))).toBe(line);
  });

  it("leaves a per-example score column so named to its mean", () => {
    expect(metricDefinition("recall_at_precision_mean", ["recall_at_precision"])).toMatchObject({
      needs: "column",
      scoreColumn: "recall_at_precision",
    });
  });

  it("cuts a target of many digits in its message", () => {
    expect(lineOf(() => metricDefinition(`recall_at_precision_${"9".repeat(400)}`))).toContain(
      "holds precision at 999999999999...%,",
    );
  });

  it.each([
    ["recall@precision=0.9", "recall_at_precision_90"],
    ["Recall at Precision 90", "recall_at_precision_90"],
    ["recall_at_fixed_precision_90", "recall_at_precision_90"],
    ["recall_at_90_precision", "recall_at_precision_90"],
    ["R@P95", "recall_at_precision_95"],
    ["precision_at_r80", "precision_at_recall_80"],
    ["recall_at_precison_90", "recall_at_precision_90"],
    ["recall_at_precision_p90", "recall_at_precision_90"],
    ["recall_at_precision_90%", "recall_at_precision_90"],
  ])("suggests for %s the name meant, %s, and lists the operating points", (name, meant) => {
    const line = lineOf(() => metricDefinition(name));
    expect(line).toContain(`is not a metric computed from predictions. Did you mean '${meant}'?`);
    expect(line).toContain(
      "average_precision, recall_at_precision_<p>, precision_at_recall_<p>, log_loss",
    );
  });
});
