import { quoteName } from "../report/closest-name.js";
import { MetricError } from "./metric-error.js";
import type { Weights } from "./predictions.js";
import type { BinaryRanking } from "./ranking-metrics.js";

/**
 * Recall at a fixed precision and precision at a fixed recall (decision 0042): a binary
 * classifier judged at an operating point whose threshold is picked from its own scores. Named
 * `recall_at_precision_<p>` and `precision_at_recall_<p>`, p a whole percent in the name.
 */

/** A metric at an operating point: what is measured, and the other measure's target. */
export interface OperatingPoint {
  /** Recall where the precision is held at the target, or precision where the recall is. */
  readonly measure: "recall" | "precision";
  /** The target of the measure held, in percent, from `LEAST_TARGET` to `MOST_TARGET`. */
  readonly percent: number;
}

/**
 * The targets a name takes. 1 is left out, as `recall_at_precision_1` reads as precision 1 (no
 * false alarm) as readily as 1%; 100 too, as a value that one example sets (below).
 */
export const LEAST_TARGET = 2;
export const MOST_TARGET = 99;

/**
 * A target of digits and dots: another suffix (`_p90`, `_mean` of a per-example score column so
 * named) is left to the other names and to "did you mean".
 */
const NAME = /^(recall_at_precision|precision_at_recall)_([\d.]+)$/;

/** The names without a target that other tools give these metrics (TensorFlow, torchmetrics). */
const WITHOUT_TARGET = /^(?:recall_at_(?:fixed_)?precision|precision_at_(?:fixed_)?recall)$/;

/** A target as an error writes it: cut where long, so that it cannot fill the line. */
const cut = (target: string) => (target.length > 12 ? `${target.slice(0, 12)}...` : target);
const quoted = (target: string) => `'${cut(target)}'`;

/**
 * The operating point of a name `recall_at_precision_<p>` or `precision_at_recall_<p>`, or
 * undefined for a name of another shape. A name of that shape whose target cannot be gated, or
 * one without a target, is a `MetricError` saying what to write instead.
 */
export function operatingPointOf(name: string): OperatingPoint | undefined {
  if (WITHOUT_TARGET.test(name)) {
    throw new MetricError(
      name,
      "names no target: recall at a fixed precision is gated as recall_at_precision_<p>, and precision at a fixed recall as precision_at_recall_<p>, with p a whole percent in the name",
      "Write the target in the name, as recall_at_precision_90 for the recall where precision is at least 90%, or precision_at_recall_80",
    );
  }
  const match = NAME.exec(name);
  if (!match) return undefined;
  const prefix = match[1] as "recall_at_precision" | "precision_at_recall";
  const [measure, held] =
    prefix === "recall_at_precision"
      ? (["recall", "precision"] as const)
      : (["precision", "recall"] as const);
  const percent = targetOf(name, prefix, held, match[2]!);
  return { measure, percent };
}

/** The whole percent `target` names, or the `MetricError` of one that cannot be gated. */
function targetOf(name: string, prefix: string, held: string, target: string): number {
  const range = `a whole percent from ${LEAST_TARGET} to ${MOST_TARGET}`;
  const example = `${prefix}_90 for the ${prefix.split("_")[0]} where ${held} is at least 90%`;
  const refuse = (problem: string, fix = `Write ${range}, as ${example}`) =>
    new MetricError(name, problem, fix);
  if (/^\d*\.\d+$|^\d+\.$/.test(target)) {
    const value = Number(target);
    const percent = Math.round(value * 100);
    if (value < 1 && Math.abs(value * 100 - percent) < 1e-9 && inRange(percent)) {
      throw refuse(
        `writes the target ${held} as a fraction (${cut(target)}), and the name takes a percent, where ${cut(target)} would read as ${cut(target)}%`,
        `Write it as ${prefix}_${percent}`,
      );
    }
    // 90.0 is a whole percent written with a point: the name meant is plain.
    const whole = Number.isInteger(value) && inRange(value);
    throw refuse(
      `writes the target ${held} as ${quoted(target)}, and the name takes ${range}, with no decimal point (a dot in a name reads as nesting in a metrics file)`,
      whole ? `Write it as ${prefix}_${value}` : undefined,
    );
  }
  if (!/^\d+$/.test(target)) {
    throw refuse(`names its target ${held} as ${quoted(target)}, which is not ${range}`);
  }
  const percent = Number(target);
  if (percent === 0) {
    throw refuse(
      `holds ${held} at 0%, which every threshold reaches, so any model would score ${held === "precision" ? "a recall of 1" : "the precision of its top-scored examples alone, often 1"}`,
    );
  }
  if (percent === 1) {
    throw refuse(
      `holds ${held} at 1%, and reads as readily as ${held} 1.0, as other tools write a target from 0 to 1`,
      `Write ${range}: ${prefix}_99 for ${held} of at least 99%`,
    );
  }
  if (percent === 100) {
    throw refuse(
      held === "precision"
        ? "holds precision at 100%, so that the single negative example scored highest sets the threshold, and one mislabelled example above the first positive makes the recall 0"
        : "holds recall at 100%, so that the single positive example scored lowest sets the threshold, and one mislabelled or hard positive pulls the precision down to about the share of positives",
      `Write ${range}, as ${prefix}_99`,
    );
  }
  if (percent > 100) {
    throw refuse(`holds ${held} at ${cut(target)}%, more than all of the examples`);
  }
  if (String(percent) !== target) {
    throw refuse(
      "writes its target with leading zeros, so one metric would have two names in the report",
      `Write it as ${prefix}_${percent}`,
    );
  }
  return percent;
}

const inRange = (percent: number) => percent >= LEAST_TARGET && percent <= MOST_TARGET;

/**
 * Whether a held measure, multiplied out (`reached`: 100 x the true positives' weight), reaches
 * its target (`target`: the percent x the flagged or the positive weight). A measure of exactly
 * the target reaches it, 9 of 10 at 90%; weights that are not whole (0.1 each) sum to a few bits
 * either side of it (a plain sum of a million weights of 0.1 is off by 1e-11), so a billionth of
 * the target is let through. Whole weights (a resample's counts) sum exactly, and a target they
 * miss they miss by at least 1, which the cap of a half keeps out, at any number of rows.
 */
const reaches = (reached: number, target: number) =>
  reached >= target - Math.min(target * 1e-9, 0.5);

/**
 * Recall at a fixed precision: of the thresholds at each distinct score (rows with equal scores
 * together), the largest recall among those whose precision is `percent`% or more, as a scan of
 * scikit-learn's `precision_recall_curve` finds it; 0 where no threshold reaches the target (the
 * curve's first point, recall 0 at precision 1, is its floor). NaN without positive weight,
 * where no recall is defined. One pass over the ranking, with the weights given.
 */
export function recallAtPrecision(
  ranking: BinaryRanking,
  percent: number,
  weights?: Weights,
): number {
  const { order, positive, groupEnd } = ranking;
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let k = 0; k < order.length; k++) {
    const w = weights === undefined ? 1 : weights[order[k]!]!;
    if (positive[k]) tp += w;
    else fp += w;
    if (groupEnd[k] && tp > best && reaches(tp * 100, percent * (tp + fp))) best = tp;
  }
  return tp > 0 ? best / tp : Number.NaN;
}

/**
 * Precision at a fixed recall: of the thresholds at each distinct score, the largest precision
 * among those whose recall is `percent`% or more; the lowest threshold has recall 1, so one
 * always does. NaN without positive weight. Two passes over the ranking: the positives' weight,
 * then the thresholds.
 */
export function precisionAtRecall(
  ranking: BinaryRanking,
  percent: number,
  weights?: Weights,
): number {
  const { order, positive, groupEnd } = ranking;
  let positives = 0;
  for (let k = 0; k < order.length; k++) {
    if (positive[k]) positives += weights === undefined ? 1 : weights[order[k]!]!;
  }
  if (!(positives > 0)) return Number.NaN;
  const needed = percent * positives;
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let k = 0; k < order.length; k++) {
    const w = weights === undefined ? 1 : weights[order[k]!]!;
    if (positive[k]) tp += w;
    else fp += w;
    if (groupEnd[k] && reaches(tp * 100, needed)) best = Math.max(best, tp / (tp + fp));
  }
  return best;
}

/**
 * One class against the rest, macro average over the classes with positive weight: a class
 * that the data (or a resample) lacks has no recall, and leaves the average rather than count
 * as 0 or make it undefined. NaN where no class has any.
 */
export function macroOverClasses(
  rankings: readonly BinaryRanking[],
  binary: (ranking: BinaryRanking, weights?: Weights) => number,
  weights?: Weights,
): number {
  let sum = 0;
  let classes = 0;
  for (const ranking of rankings) {
    const value = binary(ranking, weights);
    if (Number.isNaN(value)) continue;
    sum += value;
    classes++;
  }
  return classes > 0 ? sum / classes : Number.NaN;
}

/**
 * The operating point that a name likely misspells (`recall_at_precison_90`): one beginning
 * like recall or precision and ending in a whole percent, as a candidate for a "did you mean",
 * which suggests it only within two edits.
 */
export function operatingPointCandidate(name: string): string | undefined {
  const match = /^(rec|prec)\D*?(\d{1,2})$/i.exec(name.trim());
  if (!match || !inRange(Number(match[2]))) return undefined;
  const prefix = match[1]!.toLowerCase() === "rec" ? "recall_at_precision" : "precision_at_recall";
  return `${prefix}_${Number(match[2])}`;
}

/** The averages of scikit-learn's `average=`, which other metrics' names end in (`f1_macro`). */
const AVERAGES: readonly string[] = ["macro", "micro", "weighted", "samples", "binary"];

/** A name that goes on past its target: `recall_at_precision_90_fraud`. */
const PAST_TARGET = /^(recall_at_precision|precision_at_recall)_([\d.]+)_(.+)$/s;

/** What an average in an operating point's name asks for: the plain name computes two of them. */
const averageAsked = (average: string): string =>
  average === "macro"
    ? "names a macro average, which the name without it already gives of more than two classes"
    : average === "binary"
      ? "names the binary form, which the name without it already gives of two classes"
      : `names a ${average} average, which no operating point is computed as`;

/**
 * An operating point's name with words added, as the name without them (`bare`) and what the
 * words ask for: an average, as `f1_macro` names one (`recall_at_precision_90_macro`,
 * `macro_recall_at_precision_90`), or a class after the target (`recall_at_precision_90_fraud`).
 */
function withoutExtraWords(name: string): { bare: string; asked: string } | undefined {
  const words = name.split("_");
  const at = words.findIndex((word) => AVERAGES.includes(word));
  const bare = words.filter((_, i) => i !== at).join("_");
  if (at >= 0 && (NAME.test(bare) || WITHOUT_TARGET.test(bare))) {
    return { bare, asked: averageAsked(words[at]!) };
  }
  const past = PAST_TARGET.exec(name);
  if (!past) return undefined;
  return {
    bare: `${past[1]}_${past[2]}`,
    asked: `names ${quoteName(past[3]!)} after its target, and the name takes no class`,
  };
}

/**
 * The error of a name that is an operating point's with words added (`withoutExtraWords`). The
 * one name without them gates the positive class of two classes and the macro average of each
 * class against the rest of more; no other average, and no one class of several, is computed.
 * Undefined for a name of another shape, and for a `<column>_mean`, which is a per-example
 * score's whatever the column's name holds.
 */
export function operatingPointWithExtraWords(name: string): MetricError | undefined {
  // A score column's mean not read is told to read the column, whatever words it holds.
  if (name.endsWith("_mean")) return undefined;
  const extra = withoutExtraWords(name);
  if (extra === undefined) return undefined;
  const { bare, asked } = extra;
  try {
    operatingPointOf(bare);
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    // A target that cannot be gated either (`recall_at_precision_0.9_macro`): its error, which
    // names the name to write, shown for the name the policy gives.
    return new MetricError(name, error.problem, error.fix ?? "");
  }
  return new MetricError(
    name,
    `${asked}: ${bare} gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest`,
    `Write ${bare}`,
  );
}
