import { quoteName } from "../report/closest-name.js";
import { MetricError } from "./metric-error.js";
import {
  cut,
  exactTarget,
  hundredthsOf,
  nameOfTarget,
  otherSpelling,
  quoted,
  reaches,
  TARGET,
  WRITTEN,
} from "./percent-target.js";
import type { Weights } from "./predictions.js";
import type { BinaryRanking } from "./ranking-metrics.js";

/**
 * Recall at a fixed precision and precision at a fixed recall (decision 0042): a binary
 * classifier judged at an operating point whose threshold is picked from its own scores. Named
 * `recall_at_precision_<p>` and `precision_at_recall_<p>`, p a percent in the name, its decimal
 * point written `p` (`recall_at_precision_99p5`), as a dot in a name means nesting.
 */

/** A metric at an operating point: what is measured, and the other measure's target. */
export interface OperatingPoint {
  /** Recall where the precision is held at the target, or precision where the recall is. */
  readonly measure: "recall" | "precision";
  /**
   * The target of the measure held, in percent, from `LEAST_TARGET` to `MOST_TARGET`, with at
   * most two decimals (99.5 of `_99p5`); `recallAtPrecision` compares it exactly.
   */
  readonly percent: number;
}

/**
 * The targets a name takes, in hundredths of a percent. Below 2 is left out, as
 * `recall_at_precision_1` reads as precision 1 (no false alarm) as readily as 1%; 100 too, as a
 * value that one example sets (below); a hundredth of a percent is the finest step.
 */
const LEAST = 200;
const MOST = 9999;
export const LEAST_TARGET = LEAST / 100;
export const MOST_TARGET = MOST / 100;

const NAME = new RegExp(`^(recall_at_precision|precision_at_recall)_(${TARGET})$`);

/** The names without a target that other tools give these metrics (TensorFlow, torchmetrics). */
const WITHOUT_TARGET = /^(?:recall_at_(?:fixed_)?precision|precision_at_(?:fixed_)?recall)$/;

/**
 * The operating point of a name `recall_at_precision_<p>` or `precision_at_recall_<p>`, or
 * undefined for a name of another shape. A name of that shape whose target cannot be gated, or
 * one without a target, is a `MetricError` saying what to write instead.
 */
export function operatingPointOf(name: string): OperatingPoint | undefined {
  if (WITHOUT_TARGET.test(name)) {
    throw new MetricError(
      name,
      "names no target: recall at a fixed precision is gated as recall_at_precision_<p>, and precision at a fixed recall as precision_at_recall_<p>, with p a percent in the name",
      "Write the target in the name, as recall_at_precision_90 for the recall where precision is at least 90% (recall_at_precision_99p5 for 99.5%), or precision_at_recall_80",
    );
  }
  const match = NAME.exec(name);
  if (!match) return undefined;
  const prefix = match[1] as "recall_at_precision" | "precision_at_recall";
  const [measure, held] =
    prefix === "recall_at_precision"
      ? (["recall", "precision"] as const)
      : (["precision", "recall"] as const);
  const hundredths = targetOf(name, prefix, measure, held, match[2]!);
  return { measure, percent: hundredths / 100 };
}

/** A fraction below 1 (`0.995`, `.9`, `0p995`) as the hundredths of the percent it stands for. */
function fractionAsPercent(whole: string, decimals: string): number | undefined {
  if (!/^0*$/.test(whole) || !/[1-9]/.test(decimals)) return undefined;
  return hundredthsOf(decimals.slice(0, 2).padEnd(2, "0"), decimals.slice(2));
}

const inRange = (hundredths: number) => hundredths >= LEAST && hundredths <= MOST;

/**
 * The target of an operating point as another tool writes it, a fraction below 1 (`0.995`) or
 * a percent (`99.5`, `99p5`, `90`), as a name writes it (`99p5`), or undefined where no target
 * that can be gated is written.
 */
export function targetNamed(written: string): string | undefined {
  const parts = WRITTEN.exec(written);
  if (!parts || !/\d/.test(written)) return undefined;
  const [, whole = "", , decimals = ""] = parts;
  const hundredths = fractionAsPercent(whole, decimals) ?? hundredthsOf(whole, decimals);
  return hundredths !== undefined && inRange(hundredths) ? nameOfTarget(hundredths) : undefined;
}

/**
 * The hundredths of a percent that `target` names, or the `MetricError` of one that cannot be
 * gated. Each target has one name: no leading zero, no trailing zero past `p`, no `p` in a whole
 * percent, so that one metric cannot fill two rows of a report.
 */
function targetOf(
  name: string,
  prefix: string,
  measure: string,
  held: string,
  target: string,
): number {
  const range = `a percent from ${LEAST_TARGET} to ${MOST_TARGET}, its decimal point written p`;
  const example = `${prefix}_90 for the ${measure} where ${held} is at least 90%, or ${prefix}_99p5 for 99.5%`;
  const refuse = (problem: string, fix = `Write ${range}, as ${example}`) =>
    new MetricError(name, problem, fix);
  const writeAs = (hundredths: number) => `Write it as ${prefix}_${nameOfTarget(hundredths)}`;
  const parts = WRITTEN.exec(target);
  const [, whole = "", point = "", decimals = ""] = parts ?? [];
  if (!parts || !/\d/.test(target) || (point === "p" && (whole === "" || decimals === ""))) {
    throw refuse(`names its target ${held} as ${quoted(target)}, which is not ${range}`);
  }
  const fraction = fractionAsPercent(whole, decimals);
  if (fraction !== undefined && inRange(fraction)) {
    throw refuse(
      `writes the target ${held} as a fraction (${cut(target)}), and the name takes a percent, where ${cut(target)} would read as ${cut(`${whole}.${decimals}`)}%`,
      writeAs(fraction),
    );
  }
  const hundredths = hundredthsOf(whole, decimals);
  if (point === ".") {
    throw refuse(
      `writes the target ${held} as ${quoted(target)}, and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file`,
      hundredths !== undefined && inRange(hundredths) ? writeAs(hundredths) : undefined,
    );
  }
  if (hundredths === undefined) {
    throw refuse(
      `holds ${held} at ${cut(`${whole}.${decimals}`)}%, and the name takes at most two decimals of a percent`,
    );
  }
  const percent = cut(decimals === "" ? whole : `${whole}.${decimals}`);
  if (hundredths === 0) {
    throw refuse(
      `holds ${held} at 0%, which every threshold reaches, so any model would score ${held === "precision" ? "a recall of 1" : "the precision of its top-scored examples alone, often 1"}`,
    );
  }
  if (hundredths === 100) {
    throw refuse(
      `holds ${held} at 1%, and reads as readily as ${held} 1.0, as other tools write a target from 0 to 1`,
      `Write ${range}: ${prefix}_99 for ${held} of at least 99%`,
    );
  }
  if (hundredths < LEAST) {
    throw refuse(`holds ${held} at ${percent}%, below the least target, ${LEAST_TARGET}%`);
  }
  if (hundredths === 10_000) {
    throw refuse(
      held === "precision"
        ? "holds precision at 100%, so that the single negative example scored highest sets the threshold, and one mislabelled example above the first positive makes the recall 0"
        : "holds recall at 100%, so that the single positive example scored lowest sets the threshold, and one mislabelled or hard positive pulls the precision down to about the share of positives",
      `Write ${range}, as ${prefix}_99`,
    );
  }
  if (hundredths > 10_000) {
    throw refuse(`holds ${held} at ${percent}%, more than all of the examples`);
  }
  const spelling = otherSpelling(target, whole, hundredths, "target");
  if (spelling !== undefined) throw refuse(spelling, writeAs(hundredths));
  return hundredths;
}

/**
 * Recall at a fixed precision: of the thresholds at each distinct score (rows with equal scores
 * together), the largest recall among those whose precision is `percent`% or more (at most two
 * decimals, as a name writes it), as a scan of scikit-learn's `precision_recall_curve` finds
 * it; 0 where no threshold reaches the target (the curve's first point, recall 0 at precision
 * 1, is its floor). NaN without positive weight, where no recall is defined. One pass over the
 * ranking, with the weights given.
 */
export function recallAtPrecision(
  ranking: BinaryRanking,
  percent: number,
  weights?: Weights,
): number {
  const { order, positive, groupEnd, weights: own } = ranking;
  const { units, scale } = exactTarget(percent);
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let k = 0; k < order.length; k++) {
    const c = weights === undefined ? 1 : weights[order[k]!]!;
    const w = own === undefined ? c : c * own[k]!;
    if (positive[k]) tp += w;
    else fp += w;
    if (groupEnd[k] && tp > best && reaches(tp * scale, units * (tp + fp))) best = tp;
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
  const { order, positive, groupEnd, weights: own } = ranking;
  let positives = 0;
  for (let k = 0; k < order.length; k++) {
    const c = weights === undefined ? 1 : weights[order[k]!]!;
    if (positive[k]) positives += own === undefined ? c : c * own[k]!;
  }
  if (!(positives > 0)) return Number.NaN;
  const { units, scale } = exactTarget(percent);
  const needed = units * positives;
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let k = 0; k < order.length; k++) {
    const c = weights === undefined ? 1 : weights[order[k]!]!;
    const w = own === undefined ? c : c * own[k]!;
    if (positive[k]) tp += w;
    else fp += w;
    if (groupEnd[k] && reaches(tp * scale, needed)) best = Math.max(best, tp / (tp + fp));
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
 * The operating point that a name likely misspells (`recall_at_precison_90`,
 * `recall_at_precison_99.5`): one beginning like recall or precision and ending in a percent
 * that can be gated, as a candidate for a "did you mean", which suggests it only within two edits.
 */
export function operatingPointCandidate(name: string): string | undefined {
  const match = /^(rec|prec)\D*?(\d{1,2}(?:[.p]\d{1,2})?)$/i.exec(name.trim());
  const target = match && targetNamed(match[2]!);
  if (!target) return undefined;
  const prefix = match[1]!.toLowerCase() === "rec" ? "recall_at_precision" : "precision_at_recall";
  return `${prefix}_${target}`;
}

/** The averages of scikit-learn's `average=`, which other metrics' names end in (`f1_macro`). */
const AVERAGES: readonly string[] = ["macro", "micro", "weighted", "samples", "binary"];

/** A name that goes on past its target: `recall_at_precision_90_fraud`. */
const PAST_TARGET = new RegExp(`^(recall_at_precision|precision_at_recall)_(${TARGET})_(.+)$`, "s");

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
 * Digits after the target (`recall_at_precision_99_5`) are a class of that label, or the
 * target's decimals after an underscore: `decimals` is then the name of that target.
 */
function withoutExtraWords(
  name: string,
): { bare: string; asked: string; decimals?: string } | undefined {
  const words = name.split("_");
  const at = words.findIndex((word) => AVERAGES.includes(word));
  const bare = words.filter((_, i) => i !== at).join("_");
  if (at >= 0 && (NAME.test(bare) || WITHOUT_TARGET.test(bare))) {
    return { bare, asked: averageAsked(words[at]!) };
  }
  const past = PAST_TARGET.exec(name);
  if (!past) return undefined;
  const [prefix, target, word] = [past[1]!, past[2]!, past[3]!];
  const decimals = /^\d+$/.test(target) && /^\d+$/.test(word) && targetNamed(`${target}.${word}`);
  const nor = decimals ? ", nor decimals after an underscore" : "";
  return {
    bare: `${prefix}_${target}`,
    asked: `names ${quoteName(word)} after its target, and the name takes no class${nor}`,
    ...(decimals ? { decimals: `${prefix}_${decimals}` } : {}),
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
  const { bare, asked, decimals } = extra;
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
    decimals ? `Write ${bare}, or ${decimals} for the target with its decimals` : `Write ${bare}`,
  );
}
