import { DataError } from "../data/data-error.js";
import { quoteName } from "../report/closest-name.js";
import { formatNumber } from "../report/format-number.js";
import { shorten } from "../report/shorten.js";
import { gather } from "./align-model.js";
import type { PredictionFile } from "./predictions.js";

/**
 * Two files' weights of one example agree when they differ by no more than float32's rounding:
 * a weight written as a 32-bit float in one file and a 64-bit one in the other is the same.
 */
const SAME_WEIGHT = 1e-6;

/**
 * The most times the heaviest example may weigh the lightest above 0. Past about 1e16 a light
 * example adds nothing to a double's sum of heavy ones; below this bound every weight, scaled,
 * is at least 1 and at most 1e15, so that sums of weights and of their squares, and a sum's
 * square, stay finite (and no square vanishes) for any count of examples a file can hold.
 */
const MAX_WEIGHT_RATIO = 1e15;

/**
 * Sample weights scaled so that the lightest example of weight above 0 weighs 1: every metric is
 * a ratio of weighted sums and reads them the same at any scale, and a percentile, which repeats
 * each value by its weight (`columnQuantile`), then reads weights of 1 and 3 as the example
 * written once and three times, whether the file writes 1 and 3 or 0.1 and 0.3. Undefined where
 * every example weighs the same, which weighs nothing differently: the examples are then judged
 * as unweighted, by the same tests. Weights that are all 0 are refused, and so are weights
 * more than `MAX_WEIGHT_RATIO` times apart.
 */
export function scaledWeights(
  values: Float64Array,
  file: string,
  column: string,
): Float64Array | undefined {
  let [lightest, largest] = [Infinity, 0];
  for (let i = 0; i < values.length; i++) {
    const w = values[i]!;
    largest = Math.max(largest, w);
    if (w > 0) lightest = Math.min(lightest, w);
  }
  if (largest === 0) {
    throw new DataError(
      file,
      `column ${quoteName(column)}: every example weighs 0, which leaves nothing to judge`,
      "Give the examples that count a weight above 0",
      undefined,
      undefined,
      column,
    );
  }
  if (lightest === largest && !values.includes(0)) return undefined;
  const ratio = largest / lightest;
  if (ratio > MAX_WEIGHT_RATIO) {
    // A ratio past the largest double is no number to name.
    const times = Number.isFinite(ratio) ? formatNumber(ratio) : "more than 1.8e308";
    throw new DataError(
      file,
      `column ${quoteName(column)}: the heaviest example weighs ${times} times the lightest above 0, past the 1e15 that sums of doubles can hold apart`,
      "Clip the weights to a range of at most 1e15, or weigh 0 the examples that should count for nothing",
      undefined,
      undefined,
      column,
    );
  }
  return values.map((w) => w / lightest);
}

/**
 * The weights of the paired examples (rows `championRows` and `challengerRows`, all in order
 * where undefined), scaled (`scaledWeights`): the challenger's, which its file must hold where
 * the gate weighs examples. A weight belongs to the example, as its label does: where the
 * champion's file holds them too, a pair whose two weights differ is refused, naming its id,
 * as the metrics of either file's would favour one model. Only ratios count, so the champion's
 * may be the challenger's times one constant (weights written as shares of their sum in one
 * file and as counts in the other): the first pair that weighs above 0 sets it.
 */
export function pairedWeights(
  champion: PredictionFile,
  challenger: PredictionFile,
  championRows: Uint32Array | undefined,
  challengerRows: Uint32Array | undefined,
  pairs: number,
): Float64Array | undefined {
  if (!challenger.weights) return undefined;
  const { column, values } = challenger.weights;
  const theirs = champion.weights?.values;
  let ratio = NaN;
  for (let i = 0; theirs && i < pairs; i++) {
    const mine = values[challengerRows ? challengerRows[i]! : i]!;
    const c = championRows ? championRows[i]! : i;
    const other = theirs[c]!;
    if (Number.isNaN(ratio) && mine > 0 && other > 0) ratio = other / mine;
    const scaled = mine * (Number.isNaN(ratio) ? 1 : ratio);
    if (Math.abs(scaled - other) <= SAME_WEIGHT * Math.max(scaled, other)) continue;
    throw new DataError(
      challenger.file,
      `column ${quoteName(column)}: example '${shorten(champion.ids.get(c))}' weighs ${mine} here and ${other} in the champion's file`,
      `A weight belongs to the example, as its label does: write the same weights in both files${Number.isNaN(ratio) || Math.abs(ratio - 1) <= SAME_WEIGHT ? "" : ` (or the same times one constant: the champion's first weigh ${formatNumber(ratio)} times the challenger's)`}, or leave the column out of the champion's file (the challenger's weights then count for both)`,
      undefined,
      undefined,
      column,
    );
  }
  return scaledWeights(gather(values, challengerRows), challenger.file, column);
}

const unequal = new WeakMap<Float64Array, boolean>();

/**
 * Whether scaled weights (`scaledWeights`) weigh some examples of weight above 0 differently:
 * weights of only 0 and 1 leave some examples out and weigh the rest alike, so that the tests
 * that count examples (McNemar's, DeLong's, the cells' bootstrap) hold on the others as they are.
 */
export function weighsUnequally(weights: Float64Array | undefined): weights is Float64Array {
  if (weights === undefined) return false;
  let known = unequal.get(weights);
  if (known === undefined) {
    known = weights.some((w) => w !== 0 && w !== 1);
    unequal.set(weights, known);
  }
  return known;
}
