/**
 * Top-k accuracy (`top_<k>_accuracy`): the share of examples whose label is among the k classes
 * a model scores highest, equal to scikit-learn's `top_k_accuracy_score` wherever no tie
 * straddles the k-th place, a tie there counted against the label; read from every class's
 * probabilities or from a top-k export that gives each row's top classes alone.
 */
import { describe, expect, it } from "vitest";
import {
  DataError,
  MetricError,
  metricDefinition,
  modelData,
  prepareMetric,
  readPredictions,
  type ClassifierData,
  type ModelData,
} from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A classifier's data of `labels` and each example's scores (a row per example). */
function classifierData(labels: readonly number[], rows: readonly (readonly number[])[]) {
  const classes = rows[0]!.length;
  const classScores = Array.from({ length: classes }, (_, c) =>
    Float64Array.from(rows, (row) => row[c]!),
  );
  const data: ClassifierData = {
    task: "classification",
    count: labels.length,
    classes: Array.from({ length: classes }, (_, c) => `class${c}`),
    positive: classes === 2 ? 1 : -1,
    labels: Int32Array.from(labels),
    predictions: Int32Array.from(rows, (row) => row.indexOf(Math.max(...row))),
    predictionsFromScores: true,
    ...(classes === 2
      ? { positiveScores: classScores[1]! }
      : { classScores: classScores as readonly Float64Array[] }),
    exampleScores: new Map(),
    slices: new Map(),
  };
  return data;
}

type Weighting = "none" | "sample weights" | "bootstrap counts";

/**
 * `n` examples of `classes` classes from `seed`: each other class scores a uniform draw, the
 * label 1 - u^2 x min(1, 20 / classes), so that it ranks first or among some tens of classes.
 * Weights are sample weights from 0.1 to 1.1, or bootstrap counts 0, 1 and 2.
 */
function randomCase(seed: number, n: number, classes: number, weighting: Weighting) {
  const random = seededRandom(seed);
  const labels: number[] = [];
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = Math.floor(random() * classes);
    const own = 1 - random() ** 2 * Math.min(1, 20 / classes);
    labels.push(label);
    rows.push(Array.from({ length: classes }, (_, c) => (c === label ? own : random())));
  }
  const weights =
    weighting === "none"
      ? undefined
      : weighting === "bootstrap counts"
        ? Uint32Array.from({ length: n }, () => Math.floor(random() * 3))
        : Float64Array.from({ length: n }, () => 0.1 + random());
  return { data: classifierData(labels, rows), weights };
}

/**
 * scikit-learn 1.2.1's `top_k_accuracy_score(labels, scores, k=k, labels=range(classes),
 * sample_weight=weights)` on the cases `randomCase` makes, written as JSON by this generator and
 * computed once with /usr/bin/python3. No two scores of a row are equal, so no tie breaks them.
 */
const SCIKIT_LEARN: readonly [number, number, number, Weighting, Record<number, number>][] = [
  [1, 40, 5, "none", { 2: 0.65, 3: 0.85 }],
  [
    2,
    60,
    10,
    "sample weights",
    { 2: 0.3404826328362269, 3: 0.4016850908834698, 5: 0.5966796677993128 },
  ],
  [
    3,
    100,
    50,
    "bootstrap counts",
    {
      2: 0.2545454545454545,
      3: 0.39090909090909093,
      5: 0.45454545454545453,
      10: 0.6545454545454545,
    },
  ],
  [4, 200, 1000, "none", { 2: 0.29, 3: 0.355, 5: 0.435, 10: 0.645, 100: 1.0 }],
];

/** Relative tolerance: the weighted sums add in another order than numpy's. */
const RTOL = 1e-12;

describe("top_<k>_accuracy equals scikit-learn's top_k_accuracy_score (relative 1e-12)", () => {
  it.each(SCIKIT_LEARN.map((c) => [`${c[2]} classes, ${c[3]}`, c] as const))(
    "on %s",
    (_, [seed, n, classes, weighting, expected]) => {
      const { data, weights } = randomCase(seed, n, classes, weighting);
      for (const [k, value] of Object.entries(expected)) {
        const metric = prepareMetric(`top_${k}_accuracy`, data);
        const got = metric.evaluate(weights);
        expect(Math.abs(got - value), `top_${k}_accuracy: ${got} vs ${value}`).toBeLessThanOrEqual(
          RTOL * value,
        );
      }
    },
  );

  it("is accuracy's kind of metric: higher is better, a share, each example right or wrong", () => {
    expect(metricDefinition("top_5_accuracy")).toMatchObject({
      name: "top_5_accuracy",
      direction: "higher",
      needs: "label+score",
      task: "classification",
      proportion: true,
      share: true,
      binaryOnly: false,
    });
  });

  it("finds each example's hit once, so that a resample weighs outcomes and never ranks again", () => {
    const { data } = randomCase(4, 200, 1000, "none");
    const metric = prepareMetric("top_5_accuracy", data);
    const hits = metric.outcomes!;
    expect(hits.reduce((a, b) => a + b, 0) / data.count).toBe(metric.evaluate());
    // The scores wiped after preparing: a resample is judged on the hits found once.
    for (const column of data.classScores!) column.fill(Number.NaN);
    const counts = Uint32Array.from({ length: data.count }, (_, i) => i % 3);
    let right = 0;
    let total = 0;
    counts.forEach((c, i) => ((right += c * hits[i]!), (total += c)));
    expect(metric.evaluate(counts)).toBe(right / total);
  });
});

describe("a tie at the k-th place counts against the label", () => {
  // Classes 0 to 3. scikit-learn's argsort puts the higher class first among equal scores, so
  // its hits depend on how the classes are named; these do not.
  const rows = [
    [0.4, 0.3, 0.3, 0], // label 1 ties with class 2 for the 2nd place
    [0.4, 0.3, 0.3, 0], // label 2, the same tie
    [0.25, 0.25, 0.25, 0.25], // label 0: four classes tie for first
    [0.25, 0.25, 0.25, 0.25], // label 3
    [0.5, 0.5, 0, 0], // label 1 ties with class 0, and both fit in the top 2
    [0.6, 0.2, 0.2, 0], // label 0, first alone
    [0.7, 0.3, 0, 0], // label 3, a class a top-2 export left at 0, as class 2 is
  ];
  const labels = [1, 2, 0, 3, 1, 0, 3];
  const data = classifierData(labels, rows);

  it.each([
    // scikit-learn's hits: top 2 [0,1,0,1,1,1,0] (4/7); top 3 [1,1,0,1,1,1,1] (6/7).
    [2, [0, 0, 0, 0, 1, 1, 0]],
    [3, [1, 1, 0, 0, 1, 1, 0]],
  ])("top %i: a label is in only where fewer than k other classes score as high", (k, hits) => {
    const metric = prepareMetric(`top_${k}_accuracy`, data);
    expect([...metric.outcomes!]).toEqual(hits);
    expect(metric.evaluate()).toBeCloseTo(hits.filter(Boolean).length / hits.length, 15);
  });

  it("gives the same hits whatever order the classes are in", () => {
    const order = [3, 1, 0, 2];
    const reordered = classifierData(
      labels.map((label) => order.indexOf(label)),
      rows.map((row) => order.map((c) => row[c]!)),
    );
    for (const k of [2, 3]) {
      const name = `top_${k}_accuracy`;
      expect([...prepareMetric(name, reordered).outcomes!]).toEqual([
        ...prepareMetric(name, data).outcomes!,
      ]);
    }
  });
});

/** Examples of 8 classes `a` to `h`, each row's probabilities summing to 1. */
const CLASSES = ["a", "b", "c", "d", "e", "f", "g", "h"];
function softmaxRows(n: number) {
  const random = seededRandom(29);
  return Array.from({ length: n }, (_, i) => {
    const raw = CLASSES.map(() => random() ** 3);
    const sum = raw.reduce((a, b) => a + b, 0);
    return { id: `ex${i}`, label: CLASSES[Math.floor(random() * 8)]!, p: raw.map((x) => x / sum) };
  });
}

/** The classes of a row in its top `k`, by probability. */
const topOf = (p: readonly number[], k: number) =>
  new Set([...p.keys()].sort((a, b) => p[b]! - p[a]!).slice(0, k));

describe("a top-k export, each row's top classes given and the rest empty or 0", () => {
  const examples = softmaxRows(60);
  const header = `id,label,${CLASSES.map((c) => `score_${c}`).join(",")}`;
  /** A CSV of the examples, each probability of a class outside `kept` written as `rest`. */
  const csv = (kept: (p: readonly number[]) => Set<number>, rest: string) =>
    [
      header,
      ...examples.map(
        ({ id, label, p }) =>
          `${id},${label},${p.map((x, c) => (kept(p).has(c) ? x.toFixed(6) : rest)).join(",")}`,
      ),
    ].join("\n") + "\n";
  const every = (p: readonly number[]) => new Set(p.keys());
  const top3 = (p: readonly number[]) => topOf(p, 3);

  async function read(text: string, name = "predictions.csv"): Promise<ModelData> {
    const { write } = tempDir();
    return modelData(await readPredictions(write(name, text)));
  }

  it.each([
    ["empty cells", ""],
    ["zeros", "0"],
  ])("gives every class's top 2 and top 3 where the rest are %s", async (_, rest) => {
    const full = await read(csv(every, "unused"));
    const exported = await read(csv(top3, rest));
    for (const name of ["top_2_accuracy", "top_3_accuracy"]) {
      const value = prepareMetric(name, full).evaluate();
      expect(prepareMetric(name, exported).evaluate()).toBe(value);
    }
    // Its hits, counted by hand from the rows: the label among each row's top 3.
    const hand = examples.filter(({ label, p }) => top3(p).has(CLASSES.indexOf(label))).length;
    expect(prepareMetric("top_3_accuracy", exported).evaluate()).toBe(hand / examples.length);
  });

  it("refuses a k above the classes each row gives, where the rest are empty", async () => {
    // Read, a label the model ranks 4th or 5th would be a miss: the export's top-3 accuracy
    // under the name of a top-5, below what the same model's whole rows give.
    const { write } = tempDir();
    const path = write("export.csv", csv(top3, ""));
    const exported = modelData(await readPredictions(path));
    const first = CLASSES.find((_, c) => !top3(examples[0]!.p).has(c))!;
    expect(lineOf(() => prepareMetric("top_5_accuracy", exported))).toBe(
      `metric 'top_5_accuracy': ranks each row's 5 classes scored highest, and ${path} is a top-3 export: each row gives 3 of the 8 classes' probabilities (line 2 leaves column 'score_${first}' empty): a label outside a row's top 3 would count as a miss where the model ranks it among its top 5. Gate top_<k>_accuracy with k of 3 or less on such a file, or export each row's top 5 classes or every class's; or give 'top_5_accuracy' required: false in the policy to skip it where a file exports fewer classes`,
    );
    const full = await read(csv(every, "unused"));
    expect(prepareMetric("top_5_accuracy", full).evaluate()).toBeGreaterThan(
      prepareMetric("top_3_accuracy", exported).evaluate(),
    );
  });

  it("reads a k above them as written where the rest are 0, which it cannot tell from whole rows", async () => {
    const exported = await read(csv(top3, "0"));
    const hand = examples.filter(({ label, p }) => top3(p).has(CLASSES.indexOf(label))).length;
    expect(prepareMetric("top_5_accuracy", exported).evaluate()).toBe(hand / examples.length);
  });

  it("as JSON lists, the rest written 0", async () => {
    const lists = [
      "id,label,score",
      ...examples.map(
        ({ id, label, p }) =>
          `${id},${label},"[${p.map((x, c) => (top3(p).has(c) ? x.toFixed(6) : "0")).join(",")}]"`,
      ),
    ].join("\n");
    const full = await read(csv(every, "unused"));
    expect(prepareMetric("top_3_accuracy", await read(`${lists}\n`)).evaluate()).toBe(
      prepareMetric("top_3_accuracy", full).evaluate(),
    );
  });

  it("refuses a JSON list with null for a class left out, at its line, asking for 0", async () => {
    // pandas writes a NaN as null; in a list, each place is a class, and 0 ranks last.
    const { write } = tempDir();
    const path = write(
      "lists.jsonl",
      '{"id":"1","label":"a","score":[0.7,0.2,0]}\n{"id":"2","label":"c","score":[0.3,null,0.6]}\n',
    );
    const error = await readPredictions(path).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).line).toBe(
      `${path}:2: column 'score': "[0.3,null,0.6]" holds null, which is no probability. Write each class's probability from 0 to 1, in the sorted order of the classes, and 0 for each class that a top-k export leaves out`,
    );
    // A list of two has no top-k export, and is refused as before.
    const two = write("two.jsonl", '{"id":"1","label":"a","score":[0.3,null]}\n');
    const refusal = await readPredictions(two).catch((thrown: unknown) => thrown);
    expect((refusal as DataError).line).toBe(
      `${two}:1: column 'score': "[0.3,null]" is not a list of probabilities (from 0 to 1). Write the probability of the positive class as a number, or of each class as a JSON list in the sorted order of the classes`,
    );
  });

  it("predicts the class scored highest among those given, for accuracy", async () => {
    const exported = await read(csv(top3, ""));
    const full = await read(csv(every, "unused"));
    expect(prepareMetric("accuracy", exported).evaluate()).toBe(
      prepareMetric("accuracy", full).evaluate(),
    );
  });

  it("is refused by a metric that reads every class's probability, naming its first empty cell", async () => {
    const exported = await read(csv(top3, ""), "export.csv");
    const error = (() => {
      try {
        prepareMetric("log_loss", exported);
      } catch (thrown) {
        return thrown as MetricError;
      }
      throw new Error("log_loss read a top-3 export");
    })();
    // Data that lacks what the metric needs, as a missing column is: skipped where not required.
    expect(error).toBeInstanceOf(MetricError);
    const first = CLASSES.find((_, c) => !top3(examples[0]!.p).has(c))!;
    expect(error.problem).toMatch(
      new RegExp(
        `^reads each row's probabilities of every class as one distribution, and \\S*export\\.csv is a top-3 export: each row gives 3 of the 8 classes' probabilities \\(line 2 leaves column 'score_${first}' empty\\)$`,
      ),
    );
  });

  it("refuses a row with every class's probability empty, at its line", async () => {
    const text = csv(top3, "").replace(/^ex4,(\w),.*$/m, `ex4,$1${",".repeat(CLASSES.length)}`);
    const error = await read(text, "export.csv").then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).line).toMatch(
      /export\.csv:6: column 'score_<class>': every class's probability is empty\. Write each row's probabilities: of every class, or of its top classes with the rest empty or 0$/,
    );
  });

  it("still needs each cell of a positive class's probability, as every metric of scores reads it", async () => {
    const text = "id,label,score_0,score_1\na,1,0.2,0.8\nb,0,,0.3\n";
    await expect(read(text)).rejects.toThrow(/:3: column 'score_0': the probability/);
  });
});

/** The one line of the `MetricError` that `run` throws. */
const lineOf = (run: () => unknown): string => failureLine(run, MetricError);

describe("a top-k name that cannot be gated is one clear error", () => {
  it.each([
    [
      "top_1_accuracy",
      "metric 'top_1_accuracy': is the share of examples whose label is the class scored highest, which is accuracy. Gate accuracy (where the files have no prediction column, its predicted class is the one scored highest), or top_<k>_accuracy with k of 2 or more",
    ],
    [
      "top_0_accuracy",
      "metric 'top_0_accuracy': takes k from 2 to 1000, and k is 0. Write k from 2 to 1000, below the number of classes, as top_5_accuracy",
    ],
    [
      "top_1001_accuracy",
      "metric 'top_1001_accuracy': takes k from 2 to 1000, and k is 1001. Write k from 2 to 1000, below the number of classes, as top_5_accuracy",
    ],
    [
      "top_05_accuracy",
      "metric 'top_05_accuracy': writes k with leading zeros, so one metric would have two names in the report. Write it as top_5_accuracy",
    ],
    [
      "top_k_accuracy",
      "metric 'top_k_accuracy': names no k: top-k accuracy is gated as top_<k>_accuracy, with k in the name. Write k in the name, as top_5_accuracy for the share of examples whose label is among the 5 classes scored highest",
    ],
  ])("%s", (name, line) => {
    expect(lineOf(() => metricDefinition(name))).toBe(line);
  });

  it("cuts a k of many digits in its message", () => {
    expect(lineOf(() => metricDefinition(`top_${"9".repeat(400)}_accuracy`))).toContain(
      "and k is 999999999999...",
    );
  });

  it.each([
    ["top5", "top_5_accuracy"],
    ["Top-5 Accuracy", "top_5_accuracy"],
    ["top_5_acc", "top_5_accuracy"],
    ["top_10_categorical_accuracy", "top_10_accuracy"],
    ["acc@5", "top_5_accuracy"],
    ["hit_rate@10", "top_10_accuracy"],
    ["top_5_acuracy", "top_5_accuracy"],
    ["top1", "accuracy"],
  ])("suggests for %s the name meant, %s, and lists top_<k>_accuracy", (name, meant) => {
    const line = lineOf(() => metricDefinition(name));
    expect(line).toContain(`is not a metric computed from predictions. Did you mean '${meant}'?`);
    expect(line).toContain("Use one of: accuracy, top_<k>_accuracy, balanced_accuracy, ");
  });

  it("refuses k at or above the number of classes, of two classes too", () => {
    const three = classifierData(
      [0, 1, 2],
      [
        [0.5, 0.3, 0.2],
        [0.2, 0.5, 0.3],
        [0.1, 0.2, 0.7],
      ],
    );
    expect(lineOf(() => prepareMetric("top_3_accuracy", three))).toBe(
      "metric 'top_3_accuracy': counts an example right when its label is among the 3 classes scored highest, and the predictions have 3 classes, so every example would count and any model would score 1. Gate top_<k>_accuracy with k below 3, or accuracy",
    );
    const two = classifierData(
      [0, 1],
      [
        [0.6, 0.4],
        [0.3, 0.7],
      ],
    );
    expect(lineOf(() => prepareMetric("top_2_accuracy", two))).toBe(
      "metric 'top_2_accuracy': counts an example right when its label is among the 2 classes scored highest, and the predictions have 2 classes, so every example would count and any model would score 1. Gate accuracy or roc_auc: of two classes, the top 2 hold every label",
    );
  });

  it("asks for each class's scores where the predictions have none", () => {
    const { classScores: _, ...withoutScores } = classifierData(
      [0, 1, 2, 3],
      [
        [0.7, 0.1, 0.1, 0.1],
        [0.1, 0.7, 0.1, 0.1],
        [0.1, 0.1, 0.7, 0.1],
        [0.1, 0.1, 0.1, 0.7],
      ],
    );
    expect(lineOf(() => prepareMetric("top_2_accuracy", withoutScores as ModelData))).toBe(
      "metric 'top_2_accuracy': ranks the classes by their scores, and the predictions have no score of each class. Add each class's probability (score_<class> columns, or a JSON list per row): every class, or each row's top classes with the rest empty or 0",
    );
  });
});

describe("a top-k export whose label is a class without a probability column", () => {
  it("is refused at the label's cell, naming the classes the columns give", async () => {
    const { write } = tempDir();
    const path = write(
      "export.csv",
      "id,label,score_a,score_b,score_c\n1,a,0.7,0.2,\n2,d,,0.6,0.3\n",
    );
    const error = await readPredictions(path)
      .then((file) => modelData(file))
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).line).toBe(
      `${path}:3: column 'label': 'd' is not one of the classes ('a', 'b', 'c'), those of this file's probability columns <score>_<class>. Write the class as its probability column names it; if 'd' is a class of its own, give it a probability column in each file`,
    );
  });
});
