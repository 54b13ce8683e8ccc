import { describe, expect, it } from "vitest";
import { binaryBrier, binaryLogLoss, LOG_LOSS_EPSILON } from "@mlops/shared";
import { fillPoissonWeights, SeededRandom } from "@mlops/shared/stats";
import { seededRandom } from "../helpers/seeded-random.js";

/** 5,000 seeded examples: labels 0 and 1, a score each. */
function examples(count = 5000) {
  const random = seededRandom(7);
  const labels = new Int32Array(count);
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = random() < 0.3 ? 1 : 0;
    scores[i] = random();
  }
  return { labels, scores };
}

/**
 * A weighted mean as its definition reads, `term` being an example's weighted part: every
 * example weighted 0 skipped, the rest summed in order.
 */
function skippingZeros(term: (w: number, i: number) => number, weights: Float64Array): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === 0) continue;
    sum += term(weights[i]!, i);
    total += weights[i]!;
  }
  return sum / total;
}

const clipped = (p: number) => Math.min(Math.max(p, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);

describe("a probability metric under a bootstrap's weights", () => {
  it("is the weighted mean of the examples weighted above 0, to the last bit, on every draw", () => {
    const { labels, scores } = examples();
    const weights = new Float64Array(labels.length);
    const random = new SeededRandom(3);
    const loss = (w: number, i: number) => {
      const p = clipped(scores[i]!);
      return w * -Math.log((labels[i] === 1 ? p : 1 - p) / (1 - p + p));
    };
    // A Brier score weighs a difference d as w * d * d.
    const brier = (w: number, i: number) => {
      const d = (labels[i] === 1 ? 1 : 0) - scores[i]!;
      return w * d * d;
    };
    for (let draw = 0; draw < 20; draw++) {
      fillPoissonWeights(random, weights);
      expect(weights.includes(0)).toBe(true);
      const [logLoss, brierScore] = [
        binaryLogLoss(labels, 1, scores, weights),
        binaryBrier(labels, 1, scores, weights),
      ];
      expect(Object.is(logLoss, skippingZeros(loss, weights))).toBe(true);
      expect(Object.is(brierScore, skippingZeros(brier, weights))).toBe(true);
    }
  });

  it("leaves out an example weighted 0 whose score is not a number, as a slice's outsiders are", () => {
    const { labels, scores } = examples(100);
    scores[40] = Number.NaN;
    const weights = new Float64Array(100).fill(1);
    weights[40] = 0;
    const without = (values: Int32Array | Float64Array) =>
      values.filter((_, i) => i !== 40) as typeof values;
    expect(binaryLogLoss(labels, 1, scores, weights)).toBe(
      binaryLogLoss(without(labels) as Int32Array, 1, without(scores) as Float64Array),
    );
    expect(binaryBrier(labels, 1, scores, weights)).toBe(
      binaryBrier(without(labels) as Int32Array, 1, without(scores) as Float64Array),
    );
    expect(binaryLogLoss(labels, 1, scores)).toBeNaN();
  });
});
