/**
 * Recall at a fixed alert rate (`recall_at_alert_rate_<p>`): the largest recall over the score
 * thresholds that flag at most p% of the examples, highest scores first and rows of equal score
 * together; 0 where the top-scored tie alone is more; of more than two classes, one class
 * against the rest, macro average over the classes present.
 */
import { describe, expect, it } from "vitest";
import {
  MetricError,
  metricDefinition,
  prepareMetric,
  rankBinary,
  recallAtAlertRate,
  type ClassifierData,
  type Weights,
} from "@mlops/shared";
import { binaryData } from "../helpers/binary-data.js";
import { seededRandom } from "../helpers/seeded-random.js";

/**
 * The reference, by brute force: for each distinct score as a threshold, the weight of the rows
 * scored at or above it; the largest recall among the thresholds whose flagged share is at most
 * `percent`% (checked on exact fractions where the weights are whole), 0 where none is.
 */
function bruteForce(
  labels: readonly number[],
  scores: readonly number[],
  percent: number,
  weights?: Weights,
): number {
  const weight = (i: number) => (weights === undefined ? 1 : weights[i]!);
  const indices = [...labels.keys()];
  const total = indices.reduce((sum, i) => sum + weight(i), 0);
  const positives = indices.reduce((sum, i) => sum + (labels[i] === 1 ? weight(i) : 0), 0);
  if (positives === 0) return Number.NaN;
  let best = 0;
  for (const threshold of new Set(scores)) {
    const flagged = indices.filter((i) => scores[i]! >= threshold);
    const share = flagged.reduce((sum, i) => sum + weight(i), 0) / total;
    const caught = flagged.reduce((sum, i) => sum + (labels[i] === 1 ? weight(i) : 0), 0);
    if (share <= percent / 100 + 1e-12) best = Math.max(best, caught / positives);
  }
  return best;
}

const value = (name: string, data: ClassifierData, weights?: Weights) =>
  prepareMetric(name, data).evaluate(weights);

describe("a threshold is a distinct score, and a tie that straddles the rate is left out whole", () => {
  // Ten examples, four positive. Thresholds: >= 0.9 flags 1 (1 caught), >= 0.8 flags 3 (2),
  // >= 0.7 flags 4 (3), >= 0.4 flags 7 (4).
  const scores = [0.9, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
  const labels = [1, 0, 1, 1, 0, 0, 1, 0, 0, 0];
  const data = binaryData(labels, scores);

  it.each([
    ["recall_at_alert_rate_10", 0.25],
    ["recall_at_alert_rate_20", 0.25],
    ["recall_at_alert_rate_30", 0.5],
    ["recall_at_alert_rate_40", 0.75],
    ["recall_at_alert_rate_69p99", 0.75],
    ["recall_at_alert_rate_70", 1],
    ["recall_at_alert_rate_5", 0],
  ])("%s is %s", (name, expected) => {
    expect(value(name, data)).toBe(expected);
  });

  it("flags nothing where the top-scored tie alone is past the rate: all scores equal", () => {
    const flat = binaryData(labels, Array<number>(10).fill(0.5));
    expect(value("recall_at_alert_rate_99p99", flat)).toBe(0);
  });

  it("does not depend on the order of the rows within a tie", () => {
    const order = [3, 0, 9, 2, 6, 1, 8, 5, 4, 7];
    const reordered = binaryData(
      order.map((i) => labels[i]!),
      order.map((i) => scores[i]!),
    );
    for (const rate of ["10", "20", "30", "40", "70"]) {
      expect(value(`recall_at_alert_rate_${rate}`, reordered)).toBe(
        value(`recall_at_alert_rate_${rate}`, data),
      );
    }
  });

  it("is NaN without positive weight, where no recall is defined", () => {
    const weights = Float64Array.from(labels, (label) => (label === 1 ? 0 : 1));
    expect(value("recall_at_alert_rate_30", data, weights)).toBeNaN();
  });
});

describe("the rate is compared exactly", () => {
  it("lets exactly p% of the examples be flagged: 1 of 100 at 1%, 1 of 200 at 0.5%, 1 of 10,000 at 0.01%", () => {
    for (const [n, rate] of [
      [100, "1"],
      [200, "0p5"],
      [10_000, "0p01"],
    ] as const) {
      // Distinct scores, the top one positive, and another positive just below it.
      const scores = Array.from({ length: n }, (_, i) => 1 - i / n);
      const labels = scores.map((_, i) => (i < 2 ? 1 : 0));
      expect(value(`recall_at_alert_rate_${rate}`, binaryData(labels, scores))).toBe(0.5);
    }
  });

  it("meets the rate where weights that are not whole sum a few bits off it: 1 of 10 rows weighing 0.1", () => {
    const scores = Array.from({ length: 10 }, (_, i) => 1 - i / 10);
    const labels = scores.map((_, i) => (i < 2 ? 1 : 0));
    const tenths = new Float64Array(10).fill(0.1);
    // The ten weights sum to 0.9999999999999999: 10% of that is below the one row's 0.1.
    expect(tenths.reduce((a, b) => a + b, 0)).toBeLessThan(1);
    expect(value("recall_at_alert_rate_10", binaryData(labels, scores), tenths)).toBe(0.5);
  });

  it("lets through no whole unit past the rate, however large the weights: the allowance stops at a half", () => {
    // 1% of a total weight of 1e12 - 1 is 1e10 - 0.01: a top row weighing 1e10 is 1 unit (x 100)
    // past it, where a relative allowance of 1e-9 would be 1,000 units.
    const labels = [1, 0, 1];
    const scores = [0.9, 0.5, 0.1];
    const weights = Float64Array.from([1e10, 1e12 - 2 - 1e10, 1]);
    expect(value("recall_at_alert_rate_1", binaryData(labels, scores), weights)).toBe(0);
    // One unit less in the middle row, and the top row is exactly 1%: flagged.
    weights[1] = 1e12 - 3 - 1e10 + 2;
    expect(weights.reduce((a, b) => a + b, 0)).toBe(1e12);
    expect(value("recall_at_alert_rate_1", binaryData(labels, scores), weights)).toBe(
      1e10 / (1e10 + 1),
    );
  });

  it("keeps out a row past the rate where whole weights sum exactly: 2 of 199 at 1%", () => {
    const scores = Array.from({ length: 199 }, (_, i) => 1 - i / 199);
    const labels = scores.map((_, i) => (i < 2 ? 1 : 0));
    expect(value("recall_at_alert_rate_1", binaryData(labels, scores))).toBe(0.5);
  });
});

type Weighting = "none" | "sample weights" | "bootstrap counts";

describe("equal to a brute force over every threshold on random cases with ties", () => {
  const weightings: Weighting[] = ["none", "sample weights", "bootstrap counts"];
  it.each(weightings)("with %s", (weighting) => {
    const random = seededRandom(weightings.indexOf(weighting) + 11);
    let between = 0;
    for (let c = 0; c < 100; c++) {
      const n = 1 + Math.floor(random() * 300);
      const share = random();
      const decimals = 1 + Math.floor(random() * 3);
      const labels = Array.from({ length: n }, () => (random() < share ? 1 : 0));
      const scores = labels.map((label) =>
        Number((0.4 * label + 0.6 * random()).toFixed(decimals)),
      );
      const weights: Weights | undefined =
        weighting === "none"
          ? undefined
          : weighting === "bootstrap counts"
            ? Uint32Array.from({ length: n }, () => Math.floor(random() * 3))
            : Float64Array.from({ length: n }, () => 0.1 + random());
      const percent = [0.5, 1, 5, 12.5, 33.33, 50, 99.99][c % 7]!;
      const expected = bruteForce(labels, scores, percent, weights);
      const ranking = rankBinary(Int32Array.from(labels), 1, Float64Array.from(scores));
      const actual = recallAtAlertRate(ranking, percent, weights);
      if (Number.isNaN(expected)) expect(actual).toBeNaN();
      // Ratios of the same sums, added in another order: within a relative 1e-12.
      else expect(actual).toBeCloseTo(expected, 12);
      if (expected > 0 && expected < 1) between++;
    }
    // The cases reach past the floor and the ceiling: most catch some positives and miss others.
    expect(between).toBeGreaterThan(40);
  });
});

describe("of more than two classes: each class against the rest, macro average", () => {
  it("averages the classes present, a class without examples leaving the average", () => {
    const random = seededRandom(5);
    const n = 300;
    // Class 2 has no example: its recall is undefined, and two classes make the average.
    const labels = Array.from({ length: n }, () => (random() < 0.3 ? 0 : 1));
    const classScores = [0, 1, 2].map((c) =>
      Float64Array.from(labels, (label) =>
        Number(((label === c ? 0.3 : 0) + 0.7 * random()).toFixed(2)),
      ),
    );
    const data: ClassifierData = {
      ...binaryData(labels, Array<number>(n).fill(0)),
      classes: ["a", "b", "c"],
      positive: -1,
      positiveScores: undefined,
      classScores,
      predictionsFromScores: false,
    };
    for (const percent of [2, 10, 25]) {
      const perClass = [0, 1].map((c) =>
        bruteForce(
          labels.map((label) => (label === c ? 1 : 0)),
          [...classScores[c]!],
          percent,
        ),
      );
      expect(value(`recall_at_alert_rate_${percent}`, data)).toBeCloseTo(
        (perClass[0]! + perClass[1]!) / 2,
        12,
      );
    }
  });
});

describe("the name: a percent from 0.01 to 99.99, its decimal point written p", () => {
  it.each([
    "recall_at_alert_rate_1",
    "recall_at_alert_rate_0p1",
    "recall_at_alert_rate_0p05",
    "recall_at_alert_rate_99p99",
  ])("knows %s, judged higher is better on the labels and scores", (name) => {
    expect(metricDefinition(name)).toMatchObject({
      name,
      direction: "higher",
      needs: "label+score",
    });
  });

  const refusal = (name: string): string => {
    try {
      metricDefinition(name);
    } catch (error) {
      if (error instanceof MetricError) return error.line;
      throw error;
    }
    throw new Error(`${name} was not refused`);
  };

  it.each([
    [
      "recall_at_alert_rate",
      "metric 'recall_at_alert_rate': names no alert rate: recall at a fixed alert rate is gated as recall_at_alert_rate_<p>, with p a percent in the name. Write the rate in the name, as recall_at_alert_rate_1 for the recall when the top-scored 1% of examples are flagged, or recall_at_alert_rate_0p5 for 0.5%",
    ],
    [
      "recall_at_alert_rate_0.5",
      "metric 'recall_at_alert_rate_0.5': writes its alert rate as '0.5', and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file. Write it as recall_at_alert_rate_0p5",
    ],
    [
      "recall_at_alert_rate_0",
      "metric 'recall_at_alert_rate_0': flags 0% of the examples, so any model would catch nothing. Write a percent from 0.01 to 99.99, its decimal point written p, as recall_at_alert_rate_1 for the recall when the top-scored 1% of examples are flagged, or recall_at_alert_rate_0p5 for 0.5%",
    ],
    [
      "recall_at_alert_rate_100",
      "metric 'recall_at_alert_rate_100': flags 100% of the examples, so any model would catch every positive one. Write a percent from 0.01 to 99.99, its decimal point written p, as recall_at_alert_rate_5",
    ],
    [
      "recall_at_alert_rate_0p005",
      "metric 'recall_at_alert_rate_0p005': flags 0.005% of the examples, and the name takes at most two decimals of a percent. Write a percent from 0.01 to 99.99, its decimal point written p, as recall_at_alert_rate_1 for the recall when the top-scored 1% of examples are flagged, or recall_at_alert_rate_0p5 for 0.5%",
    ],
    [
      "recall_at_alert_rate_01",
      "metric 'recall_at_alert_rate_01': writes its rate with leading zeros, so one metric would have two names in the report. Write it as recall_at_alert_rate_1",
    ],
    [
      "recall_at_alert_rate_0p50",
      "metric 'recall_at_alert_rate_0p50': writes its rate with a trailing zero, so one metric would have two names in the report. Write it as recall_at_alert_rate_0p5",
    ],
    [
      "recall_at_alert_rate_5p0",
      "metric 'recall_at_alert_rate_5p0': writes a whole percent with p and zeros, so one metric would have two names in the report. Write it as recall_at_alert_rate_5",
    ],
    [
      "recall_at_alert_rate_5p",
      "metric 'recall_at_alert_rate_5p': names its alert rate as '5p', which is not a percent from 0.01 to 99.99, its decimal point written p. Write a percent from 0.01 to 99.99, its decimal point written p, as recall_at_alert_rate_1 for the recall when the top-scored 1% of examples are flagged, or recall_at_alert_rate_0p5 for 0.5%",
    ],
    [
      "recall_at_alert_rate_101",
      "metric 'recall_at_alert_rate_101': flags 101% of the examples, more than all of them. Write a percent from 0.01 to 99.99, its decimal point written p, as recall_at_alert_rate_1 for the recall when the top-scored 1% of examples are flagged, or recall_at_alert_rate_0p5 for 0.5%",
    ],
    [
      "recall_at_alert_rate_1_macro",
      "metric 'recall_at_alert_rate_1_macro': names 'macro' after its rate, and the name takes no class or average: recall_at_alert_rate_<p> gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest. Write recall_at_alert_rate_1",
    ],
    [
      "recall_at_alert_rate_5_fraud",
      "metric 'recall_at_alert_rate_5_fraud': names 'fraud' after its rate, and the name takes no class or average: recall_at_alert_rate_<p> gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest. Write recall_at_alert_rate_5",
    ],
    [
      "recall_at_alert_rate_0_5",
      "metric 'recall_at_alert_rate_0_5': names '5' after its rate, and the name takes no class or average, nor decimals after an underscore: recall_at_alert_rate_<p> gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest. Write recall_at_alert_rate_0p5",
    ],
    [
      "recall_at_alert_rate_1_5",
      "metric 'recall_at_alert_rate_1_5': names '5' after its rate, and the name takes no class or average, nor decimals after an underscore: recall_at_alert_rate_<p> gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest. Write recall_at_alert_rate_1, or recall_at_alert_rate_1p5 for the rate with its decimals",
    ],
  ])("refuses %s, saying what to write", (name, message) => {
    expect(refusal(name)).toBe(message);
  });
});

describe("a near spelling, or another tool's name, of a rate", () => {
  it.each([
    ["recall_at_alert_rate5", "recall_at_alert_rate_5"],
    ["recall_at_alertrate_0p5", "recall_at_alert_rate_0p5"],
    ["recal_at_alert_rate_1", "recall_at_alert_rate_1"],
    ["recall_at_alert_rate_p5", "recall_at_alert_rate_0p5"],
    ["recall_at_fixed_alert_rate_1", "recall_at_alert_rate_1"],
    ["recall@top1%", "recall_at_alert_rate_1"],
    ["Recall at top 5 percent", "recall_at_alert_rate_5"],
    ["capture_rate_at_0.5%", "recall_at_alert_rate_0p5"],
  ])("suggests for %s the name meant, %s, and lists the rate among the metrics", (name, meant) => {
    let line = "";
    try {
      metricDefinition(name);
    } catch (error) {
      if (!(error instanceof MetricError)) throw error;
      line = error.line;
    }
    expect(line).toContain(`is not a metric computed from predictions. Did you mean '${meant}'?`);
    expect(line).toContain("precision_at_recall_<p>, recall_at_alert_rate_<p>, log_loss");
  });

  it("refuses a name of 100,000 characters, many of them 'alert', in one cut line", () => {
    // The search for the name meant stays linear: a pattern with two lazy runs took seconds.
    for (const name of [`rec${"alert".repeat(20_000)}1x`, `rec${"alert1".repeat(16_000)}!`]) {
      let line = "";
      try {
        metricDefinition(name);
      } catch (error) {
        if (!(error instanceof MetricError)) throw error;
        line = error.line;
      }
      expect(line).toMatch(/^metric 'recalert.*…': is not a metric computed from predictions\./);
      expect(line.length).toBeLessThan(1000);
    }
  });

  it("leaves a per-example score's mean to its column, whatever its name holds", () => {
    const name = "recall_at_alert_rate_1_mean";
    expect(metricDefinition(name, ["recall_at_alert_rate_1"])).toMatchObject({ name });
  });
});
