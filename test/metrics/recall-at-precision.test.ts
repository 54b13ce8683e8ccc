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
import { binaryData } from "../helpers/binary-data.js";
import { seededRandom } from "../helpers/seeded-random.js";

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
 * a recall, `target` 0.995 for `_99p5`. In the three cases of 4,000 to 20,000 examples the
 * scores of the two classes overlap in a narrow band, so that 99%, 99.5% and 99.9% pick three
 * thresholds. The last case's scores are noise, and its top-scored rows negatives: no threshold
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
      recall_at_precision_99p5: 0.3333333333333333,
      recall_at_precision_99p9: 0.3333333333333333,
      precision_at_recall_99p5: 0.5,
      precision_at_recall_99p9: 0.5,
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
      recall_at_precision_99p5: 0.782608695652174,
      recall_at_precision_99p9: 0.782608695652174,
      precision_at_recall_99p5: 0.4946236559139785,
      precision_at_recall_99p9: 0.4946236559139785,
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
      recall_at_precision_99p5: 0.5830188412125449,
      recall_at_precision_99p9: 0.5830188412125449,
      precision_at_recall_99p5: 0.2068009728616496,
      precision_at_recall_99p9: 0.2068009728616496,
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
      recall_at_precision_99p5: 0.7083333333333334,
      recall_at_precision_99p9: 0.7083333333333334,
      precision_at_recall_99p5: 0.16216216216216217,
      precision_at_recall_99p9: 0.16216216216216217,
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
      recall_at_precision_99p5: 0.674074074074074,
      recall_at_precision_99p9: 0.674074074074074,
      precision_at_recall_99p5: 0.6948275862068966,
      precision_at_recall_99p9: 0.6876061120543294,
    },
  ],
  [
    [8, 20000, 0.3, 0.48, 5, "none"],
    {
      recall_at_precision_90: 0.9681413007593265,
      recall_at_precision_99: 0.9247276328821393,
      recall_at_precision_99p5: 0.9225817101353582,
      recall_at_precision_99p9: 0.9215912842522285,
      precision_at_recall_90: 1,
      precision_at_recall_99: 0.8616578077862376,
      precision_at_recall_99p5: 0.8533408833522084,
      precision_at_recall_99p9: 0.8470258922323303,
    },
  ],
  [
    [9, 4000, 0.5, 0.45, 4, "bootstrap counts"],
    {
      recall_at_precision_90: 0.9219143576826196,
      recall_at_precision_99: 0.8287153652392947,
      recall_at_precision_99p5: 0.8261964735516373,
      recall_at_precision_99p9: 0.8246851385390428,
      precision_at_recall_90: 0.924031007751938,
      precision_at_recall_99: 0.8465835840137517,
      precision_at_recall_99p5: 0.8461210571184996,
      precision_at_recall_99p9: 0.8461210571184996,
    },
  ],
  [
    [10, 10000, 0.4, 0.47, 5, "sample weights"],
    {
      recall_at_precision_90: 0.9625770644704515,
      recall_at_precision_99: 0.8972348035237847,
      recall_at_precision_99p5: 0.895819714021144,
      recall_at_precision_99p9: 0.8943668383437755,
      precision_at_recall_90: 0.9871932605307595,
      precision_at_recall_99: 0.8669067500811449,
      precision_at_recall_99p5: 0.8634283358459927,
      precision_at_recall_99p9: 0.8589785190173554,
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
      recall_at_precision_99p5: 0,
      recall_at_precision_99p9: 0,
      precision_at_recall_99p5: 0.10406091370558376,
      precision_at_recall_99p9: 0.10406091370558376,
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

/**
 * Rankings whose rows are weighed by resample counts, for targets missed by one example of
 * hundreds of millions: a fraud then a legitimate row tied with it (one threshold); a fraud, a
 * legitimate row, and a fraud below both (three thresholds).
 */
const ONE_THRESHOLD: BinaryRanking = {
  order: Uint32Array.of(0, 1),
  positive: Uint8Array.of(1, 0),
  groupEnd: Uint8Array.of(0, 1),
};
const THREE_THRESHOLDS: BinaryRanking = {
  order: Uint32Array.of(0, 1, 2),
  positive: Uint8Array.of(1, 0, 1),
  groupEnd: Uint8Array.of(1, 1, 1),
};

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
   * Of fewer than 200 examples, 99.5% and 99.9% precision are both precision 1; a recall of 99.5%
   * and one of 99.9% differ where the positives' weights are not whole.
   */
  const FIXTURES: Readonly<Record<string, readonly number[]>> = {
    // in the order of NAMES below
    "breast_cancer champion, unweighted": [
      0.9345794392523364, 0.9158878504672897, 0.9887640449438202, 0.9514563106796117,
      0.719626168224299, 0.719626168224299, 0.8045112781954887, 0.8045112781954887,
    ],
    "breast_cancer champion, sample weights": [
      0.9373848987108654, 0.9147636586863105, 0.9890792848381221, 0.9597400589955302,
      0.7180233271945979, 0.7180233271945979, 0.80449211805144, 0.80449211805144,
    ],
    "breast_cancer champion, bootstrap counts": [
      0.9101123595505618, 0.9101123595505618, 0.9746835443037974, 0.9529411764705882,
      0.7303370786516854, 0.7303370786516854, 0.7672413793103449, 0.7672413793103449,
    ],
    "breast_cancer challenger, unweighted": [
      1, 0.9906542056074766, 1, 0.99, 0.8785046728971962, 0.8785046728971962, 0.9224137931034483,
      0.9224137931034483,
    ],
    "breast_cancer challenger, sample weights": [
      1, 0.9963635533278911, 1, 0.9933998390794863, 0.881943929075018, 0.881943929075018,
      0.9583303591528802, 0.9150512189643374,
    ],
    "breast_cancer challenger, bootstrap counts": [
      1, 1, 1, 0.9915254237288136, 0.8803418803418803, 0.8803418803418803, 0.9915254237288136,
      0.9915254237288136,
    ],
    "wine champion, unweighted": [
      0.5917775761242186, 0.5108388788062109, 0.8209876543209876, 0.6594202898550724,
      0.45336761443839485, 0.45336761443839485, 0.5000837942014412, 0.5000837942014412,
    ],
    "wine champion, sample weights": [
      0.6719469341741, 0.5724378494879362, 0.8565321768206419, 0.7369735673841369,
      0.470965127199715, 0.470965127199715, 0.5155797912034807, 0.5155797912034807,
    ],
    "wine champion, bootstrap counts": [
      0.8202820632694405, 0.730052984260558, 0.9235517568850901, 0.9046474358974358,
      0.6547841670562567, 0.6547841670562567, 0.5787771641194978, 0.5787771641194978,
    ],
    "wine challenger, unweighted": [
      0.9885057471264368, 0.9377394636015325, 1, 0.9770114942528735, 0.9201956039524096,
      0.9201956039524096, 0.8856202356202356, 0.8856202356202356,
    ],
    "wine challenger, sample weights": [
      0.9707793931396416, 0.9323301900935398, 1, 0.9805718861284953, 0.9141697694455088,
      0.9141697694455088, 0.882484876644051, 0.882484876644051,
    ],
    "wine challenger, bootstrap counts": [
      0.978494623655914, 0.9374389051808407, 1, 1, 0.9374389051808407, 0.9374389051808407,
      0.9259259259259259, 0.9259259259259259,
    ],
  };
  const NAMES = [
    "recall_at_precision_90",
    "recall_at_precision_95",
    "precision_at_recall_80",
    "precision_at_recall_90",
    "recall_at_precision_99p5",
    "recall_at_precision_99p9",
    "precision_at_recall_99p5",
    "precision_at_recall_99p9",
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
    expect(recallAtPrecision(ONE_THRESHOLD, 99, Float64Array.of(98_999_999, 1_000_000))).toBe(0);
    expect(recallAtPrecision(ONE_THRESHOLD, 99, Float64Array.of(99_000_000, 1_000_000))).toBe(1);
    // 99,000,098 of 100,000,099 frauds at the top, one example short of a recall of 99%: the
    // precision at 99% recall is that of the lowest threshold, which flags every row.
    const counts = Float64Array.of(99_000_098, 1, 1_000_001);
    expect(precisionAtRecall(THREE_THRESHOLDS, 99, counts)).toBe(100_000_099 / 100_000_100);
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

describe("a target between whole percents, its decimal point written p: recall_at_precision_99p5", () => {
  /**
   * `caught` frauds among `flagged` rows tied at the top, then a fraud and a legitimate row
   * below, whose threshold falls short of any target here.
   */
  const topFlagged = (caught: number, flagged: number) =>
    binaryData(
      [...Array<number>(caught).fill(1), ...Array<number>(flagged - caught).fill(0), 1, 0],
      [...Array<number>(flagged).fill(0.9), 0.5, 0.5],
    );
  const tenths = (data: ClassifierData) => new Float64Array(data.count).fill(0.1);

  it.each([
    ["recall_at_precision_99p5", 199, 200],
    ["recall_at_precision_99p9", 999, 1000],
    ["recall_at_precision_99p95", 1999, 2000],
  ])(
    "%s is reached by %d of %d flagged, exactly the target, and missed one fraud short of it",
    (name, caught, flagged) => {
      const data = topFlagged(caught, flagged);
      const reached = prepareMetric(name, data);
      expect(reached.evaluate()).toBe(caught / (caught + 1));
      // Weighed 0.1 a row, the sums are a few bits off the target, and reach it all the same;
      // the recall, a ratio of such sums, is within 1e-12 of the count's.
      const weighed = reached.evaluate(tenths(data));
      expect(Math.abs(weighed - caught / (caught + 1))).toBeLessThanOrEqual(1e-12);
      // 198 of 199 is 99.497%: no threshold reaches 99.5%, and the recall is 0.
      const short = topFlagged(caught - 1, flagged - 1);
      expect(prepareMetric(name, short).evaluate()).toBe(0);
      expect(prepareMetric(name, short).evaluate(tenths(short))).toBe(0);
    },
  );

  it("holds a recall of 99.5% at 199 of 200 frauds, and falls to the lowest threshold one short", () => {
    // 199 frauds at the top, a legitimate row, then the 200th fraud.
    const data = binaryData(
      [...Array<number>(199).fill(1), 0, 1],
      [...Array<number>(199).fill(0.9), 0.8, 0.5],
    );
    expect(prepareMetric("precision_at_recall_99p5", data).evaluate()).toBe(1);
    // 198 at the top: a recall of 99% there, 99.5% only where all 199 frauds are flagged.
    const short = binaryData(
      [...Array<number>(198).fill(1), 0, 1],
      [...Array<number>(198).fill(0.9), 0.8, 0.5],
    );
    expect(prepareMetric("precision_at_recall_99p5", short).evaluate()).toBe(199 / 200);
  });

  it("lets in no threshold short of 99.9% by a whole example, however many examples", () => {
    // 99,899,999 frauds and 100,000 legitimate rows flagged: one fraud short of 99.9%. As
    // 99.9 x 99,999,999 the target would be 0.1 above 100 x the frauds, within the half that
    // whole weights are allowed; as 999 x 99,999,999 it is 1 above 1,000 x the frauds.
    expect(recallAtPrecision(ONE_THRESHOLD, 99.9, Float64Array.of(99_899_999, 100_000))).toBe(0);
    expect(recallAtPrecision(ONE_THRESHOLD, 99.9, Float64Array.of(99_900_000, 100_000))).toBe(1);
    // 99,899,999 of 99,999,999 frauds at the top, one short of a recall of 99.9%: the precision
    // at 99.9% recall is that of the lowest threshold, which flags every row.
    const counts = Float64Array.of(99_899_999, 1, 100_000);
    expect(precisionAtRecall(THREE_THRESHOLDS, 99.9, counts)).toBe(99_999_999 / 100_000_000);
  });

  it("is described with its percent, and is the same metric as any other operating point", () => {
    expect(metricDefinition("recall_at_precision_99p5")).toMatchObject({
      name: "recall_at_precision_99p5",
      direction: "higher",
      needs: "label+score",
      share: true,
    });
    expect(metricDefinition("recall_at_precision_99p5").description).toMatch(
      /^largest recall over the score thresholds whose precision is at least 99\.5%, /,
    );
    expect(metricDefinition("precision_at_recall_99p95").description).toMatch(
      /^largest precision over the score thresholds whose recall is at least 99\.95% /,
    );
  });
});

/**
 * The definition, by brute force: each distinct score a threshold, the rows scored at or above
 * it flagged and their weights summed afresh; the best `measure` among the thresholds where the
 * other reaches `hundredths` hundredths of a percent (0 where none does), NaN without positive
 * weight. Whole weights keep the comparison exact.
 */
function bruteForce(
  labels: readonly number[],
  scores: readonly number[],
  weights: ArrayLike<number>,
  measure: "recall" | "precision",
  hundredths: number,
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
        ? caught * 10_000 >= hundredths * flagged
        : caught * 10_000 >= hundredths * positives;
    if (reached)
      best = Math.max(best, measure === "recall" ? caught / positives : caught / flagged);
  }
  return best;
}

/** The name of an operating point at `hundredths` of a percent: 9950 is `_99p5`, 9000 `_90`. */
function nameAt(measure: "recall" | "precision", hundredths: number): string {
  const prefix = measure === "recall" ? "recall_at_precision" : "precision_at_recall";
  const [whole, rest] = [Math.floor(hundredths / 100), hundredths % 100];
  const decimals = String(rest).padStart(2, "0").replace(/0$/, "");
  return `${prefix}_${rest === 0 ? whole : `${whole}p${decimals}`}`;
}

/**
 * The held measure of each threshold of a case that a name can write with a fraction of a
 * percent (3 of 8 flagged is 37.5%), in hundredths: a target that a threshold meets exactly.
 */
function exactTargets(
  labels: readonly number[],
  scores: readonly number[],
  counts: ArrayLike<number>,
  measure: "recall" | "precision",
): number[] {
  let positives = 0;
  labels.forEach((label, i) => (positives += label * counts[i]!));
  const targets: number[] = [];
  for (const threshold of new Set(scores)) {
    let caught = 0;
    let flagged = 0;
    scores.forEach((score, i) => {
      if (score < threshold) return;
      flagged += counts[i]!;
      caught += labels[i]! * counts[i]!;
    });
    const hundredths = (caught * 10_000) / (measure === "recall" ? flagged : positives);
    if (Number.isInteger(hundredths) && hundredths % 100 !== 0) targets.push(hundredths);
  }
  return targets.filter((h) => h >= 200 && h <= 9999);
}

describe("equals a brute force over every threshold, on 300 random cases", () => {
  /**
   * Up to 40 rows, scores of 0 to 2 decimals (ties; every score equal in one case in 7; a single
   * positive often among few rows), resample counts from 0 to 3 (a count of 0 leaves a row out,
   * a whole group of ties at times), a target from 2 to 99; and a target between whole percents,
   * from 2.01 to 99.99, one that a threshold meets exactly wherever a threshold meets one.
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
    const drawn = 201 + Math.floor(random() * 9799);
    const fractional = (measure: "recall" | "precision") => {
      const exact = exactTargets(labels, scores, counts, measure);
      if (exact.length > 0) return exact[Math.floor(random() * exact.length)]!;
      return drawn % 100 === 0 ? drawn + 50 : drawn;
    };
    const targets = {
      recall: [percent * 100, fractional("recall")],
      precision: [percent * 100, fractional("precision")],
    };
    return { labels, scores, counts, targets };
  });

  it("holds targets between whole percents that a threshold meets exactly: 65 precisions, 14 recalls", () => {
    // A recall's denominator is the positives' weight alone, which fewer cases divide 10,000 by.
    const met = (measure: "recall" | "precision") =>
      cases.filter(({ labels, scores, counts, targets }) =>
        exactTargets(labels, scores, counts, measure).includes(targets[measure][1]!),
      ).length;
    expect(met("recall")).toBeGreaterThanOrEqual(50);
    expect(met("precision")).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ["recall", "a whole percent", 0],
    ["precision", "a whole percent", 0],
    ["recall", "a percent between whole ones", 1],
    ["precision", "a percent between whole ones", 1],
  ] as const)(
    "%s at %s: the same double, whole weights summing exactly; weights a tenth of them, within a relative 1e-12",
    (measure, _, which) => {
      for (const { labels, scores, counts, targets } of cases) {
        const hundredths = targets[measure][which]!;
        const name = nameAt(measure, hundredths);
        const metric = prepareMetric(name, binaryData(labels, scores));
        const expected = bruteForce(labels, scores, counts, measure, hundredths);
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

describe("a target that cannot be gated, or is not written as its one name, is one clear error naming the name to write", () => {
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
      "metric 'recall_at_precision_99.5': writes the target precision as '99.5', and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file. Write it as recall_at_precision_99p5",
    ],
    [
      "recall_at_precision_90.0",
      "metric 'recall_at_precision_90.0': writes the target precision as '90.0', and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file. Write it as recall_at_precision_90",
    ],
    [
      "recall_at_precision_0.995",
      "metric 'recall_at_precision_0.995': writes the target precision as a fraction (0.995), and the name takes a percent, where 0.995 would read as 0.995%. Write it as recall_at_precision_99p5",
    ],
    [
      "recall_at_precision_0p995",
      "metric 'recall_at_precision_0p995': writes the target precision as a fraction (0p995), and the name takes a percent, where 0p995 would read as 0.995%. Write it as recall_at_precision_99p5",
    ],
    [
      "recall_at_precision_99p50",
      "metric 'recall_at_precision_99p50': writes its target with a trailing zero, so one metric would have two names in the report. Write it as recall_at_precision_99p5",
    ],
    [
      "recall_at_precision_99p0",
      "metric 'recall_at_precision_99p0': writes a whole percent with p and zeros, so one metric would have two names in the report. Write it as recall_at_precision_99",
    ],
    [
      "precision_at_recall_90p0",
      "metric 'precision_at_recall_90p0': writes a whole percent with p and zeros, so one metric would have two names in the report. Write it as precision_at_recall_90",
    ],
    [
      "recall_at_precision_099p5",
      "metric 'recall_at_precision_099p5': writes its target with leading zeros, so one metric would have two names in the report. Write it as recall_at_precision_99p5",
    ],
    [
      "recall_at_precision_99p995",
      "metric 'recall_at_precision_99p995': holds precision at 99.995%, and the name takes at most two decimals of a percent. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_90 for the recall where precision is at least 90%, or recall_at_precision_99p5 for 99.5%",
    ],
    [
      "recall_at_precision_1p5",
      "metric 'recall_at_precision_1p5': holds precision at 1.5%, below the least target, 2%. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_90 for the recall where precision is at least 90%, or recall_at_precision_99p5 for 99.5%",
    ],
    [
      "recall_at_precision_0",
      "metric 'recall_at_precision_0': holds precision at 0%, which every threshold reaches, so any model would score a recall of 1. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_90 for the recall where precision is at least 90%, or recall_at_precision_99p5 for 99.5%",
    ],
    [
      "recall_at_precision_1",
      "metric 'recall_at_precision_1': holds precision at 1%, and reads as readily as precision 1.0, as other tools write a target from 0 to 1. Write a percent from 2 to 99.99, its decimal point written p: recall_at_precision_99 for precision of at least 99%",
    ],
    [
      "recall_at_precision_100",
      "metric 'recall_at_precision_100': holds precision at 100%, so that the single negative example scored highest sets the threshold, and one mislabelled example above the first positive makes the recall 0. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_99",
    ],
    [
      "precision_at_recall_100",
      "metric 'precision_at_recall_100': holds recall at 100%, so that the single positive example scored lowest sets the threshold, and one mislabelled or hard positive pulls the precision down to about the share of positives. Write a percent from 2 to 99.99, its decimal point written p, as precision_at_recall_99",
    ],
    [
      "recall_at_precision_150",
      "metric 'recall_at_precision_150': holds precision at 150%, more than all of the examples. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_90 for the recall where precision is at least 90%, or recall_at_precision_99p5 for 99.5%",
    ],
    [
      "recall_at_precision_100p5",
      "metric 'recall_at_precision_100p5': holds precision at 100.5%, more than all of the examples. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_90 for the recall where precision is at least 90%, or recall_at_precision_99p5 for 99.5%",
    ],
    [
      "precision_at_recall_080",
      "metric 'precision_at_recall_080': writes its target with leading zeros, so one metric would have two names in the report. Write it as precision_at_recall_80",
    ],
    [
      "precision_at_recall_8.0.1",
      "metric 'precision_at_recall_8.0.1': names its target recall as '8.0.1', which is not a percent from 2 to 99.99, its decimal point written p. Write a percent from 2 to 99.99, its decimal point written p, as precision_at_recall_90 for the precision where recall is at least 90%, or precision_at_recall_99p5 for 99.5%",
    ],
    [
      "recall_at_precision_99p",
      "metric 'recall_at_precision_99p': names its target precision as '99p', which is not a percent from 2 to 99.99, its decimal point written p. Write a percent from 2 to 99.99, its decimal point written p, as recall_at_precision_90 for the recall where precision is at least 90%, or recall_at_precision_99p5 for 99.5%",
    ],
    [
      "recall_at_precision",
      "metric 'recall_at_precision': names no target: recall at a fixed precision is gated as recall_at_precision_<p>, and precision at a fixed recall as precision_at_recall_<p>, with p a percent in the name. Write the target in the name, as recall_at_precision_90 for the recall where precision is at least 90% (recall_at_precision_99p5 for 99.5%), or precision_at_recall_80",
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
    ["R@P99.5", "recall_at_precision_99p5"],
    ["recall@precision=0.995", "recall_at_precision_99p5"],
    ["precision@recall=0.999", "precision_at_recall_99p9"],
    ["recall_at_precision_99.5%", "recall_at_precision_99p5"],
    ["recall_at_precison_99p5", "recall_at_precision_99p5"],
    ["recall_at_precison_99.5", "recall_at_precision_99p5"],
  ])("suggests for %s the name meant, %s, and lists the operating points", (name, meant) => {
    const line = lineOf(() => metricDefinition(name));
    expect(line).toContain(`is not a metric computed from predictions. Did you mean '${meant}'?`);
    expect(line).toContain(
      "average_precision, recall_at_precision_<p>, precision_at_recall_<p>, recall_at_alert_rate_<p>, log_loss",
    );
  });
});
