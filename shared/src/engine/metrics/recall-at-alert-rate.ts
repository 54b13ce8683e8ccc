import { MetricError } from "./metric-error.js";
import {
  cut,
  exactTarget,
  hundredthsOf,
  nameOfTarget,
  otherSpelling,
  quoted,
  TARGET,
  withinTarget,
  WRITTEN,
} from "./percent-target.js";
import type { Weights } from "./predictions.js";
import type { BinaryRanking } from "./ranking-metrics.js";

/**
 * Recall at a fixed alert rate (decision 0050): the share of the positive examples a binary
 * classifier catches when it flags at most p% of all examples, those it scores highest, as a
 * fraud or review team works through a fixed number of alerts a day. Named
 * `recall_at_alert_rate_<p>`, p a percent in the name, its decimal point written `p`
 * (`recall_at_alert_rate_0p5` for 0.5%).
 */

const PREFIX = "recall_at_alert_rate";
const NAME = new RegExp(`^${PREFIX}_(${TARGET})$`);

/** The names without a rate: this one bare, with an underscore after it, or with "fixed". */
const WITHOUT_RATE = /^recall_at_(?:fixed_)?alert_rate_?$/;

const RANGE = "a percent from 0.01 to 99.99, its decimal point written p";
const EXAMPLE = `${PREFIX}_1 for the recall when the top-scored 1% of examples are flagged, or ${PREFIX}_0p5 for 0.5%`;

/**
 * The alert rate, in percent, of a name `recall_at_alert_rate_<p>`, or undefined for a name of
 * another shape. A name of that shape whose rate cannot be gated, or one without a rate, is a
 * `MetricError` saying what to write instead.
 */
export function alertRateOf(name: string): number | undefined {
  if (WITHOUT_RATE.test(name)) {
    throw new MetricError(
      name,
      `names no alert rate: recall at a fixed alert rate is gated as ${PREFIX}_<p>, with p a percent in the name`,
      `Write the rate in the name, as ${EXAMPLE}`,
    );
  }
  const match = NAME.exec(name);
  return match ? rateOf(name, match[1]!) / 100 : undefined;
}

/**
 * The hundredths of a percent that `rate` names, or the `MetricError` of one that cannot be
 * gated. Unlike a precision's target, 1 is 1% (an alert rate of 1.0 flags everything, which no
 * one gates) and a rate below 1% is written with its zero (`0p1`): each rate has one name.
 */
function rateOf(name: string, rate: string): number {
  const refuse = (problem: string, fix = `Write ${RANGE}, as ${EXAMPLE}`) =>
    new MetricError(name, problem, fix);
  const writeAs = (hundredths: number) => `Write it as ${PREFIX}_${nameOfTarget(hundredths)}`;
  const parts = WRITTEN.exec(rate);
  const [, whole = "", point = "", decimals = ""] = parts ?? [];
  if (!parts || !/\d/.test(rate) || (point === "p" && (whole === "" || decimals === ""))) {
    throw refuse(`names its alert rate as ${quoted(rate)}, which is not ${RANGE}`);
  }
  const hundredths = hundredthsOf(whole, decimals);
  const valid =
    hundredths !== undefined && hundredths > 0 && hundredths < 10_000 ? hundredths : undefined;
  if (point === ".") {
    throw refuse(
      `writes its alert rate as ${quoted(rate)}, and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file`,
      valid === undefined ? undefined : writeAs(valid),
    );
  }
  const percent = cut(decimals === "" ? whole : `${whole}.${decimals}`);
  if (hundredths === undefined) {
    throw refuse(
      `flags ${percent}% of the examples, and the name takes at most two decimals of a percent`,
    );
  }
  if (hundredths === 0) {
    throw refuse("flags 0% of the examples, so any model would catch nothing");
  }
  if (hundredths === 10_000) {
    throw refuse(
      "flags 100% of the examples, so any model would catch every positive one",
      `Write ${RANGE}, as ${PREFIX}_5`,
    );
  }
  if (hundredths > 10_000) {
    throw refuse(`flags ${percent}% of the examples, more than all of them`);
  }
  const spelling = otherSpelling(rate, whole, hundredths, "rate");
  if (spelling !== undefined) throw refuse(spelling, writeAs(hundredths));
  return hundredths;
}

/**
 * Recall at a fixed alert rate: of the thresholds at each distinct score (rows with equal scores
 * flagged together, highest first), the largest recall among those that flag at most `percent`%
 * of the examples' weight; 0 where the top-scored tie alone is more than that (flagging nothing
 * is the floor). A tie that straddles the rate is left out whole, as no threshold takes part of
 * it: the rate is a budget the alerts stay within. NaN without positive weight, where no recall
 * is defined. Two passes over the ranking: the weights, then the thresholds.
 */
export function recallAtAlertRate(
  ranking: BinaryRanking,
  percent: number,
  weights?: Weights,
): number {
  return alertScan(ranking, percent, weights).recall;
}

/**
 * How many examples of weight above 0 the rate flags: those of `recallAtAlertRate`'s threshold.
 * Unweighted, about `alertsAt`; with sample weights, where a heavy negative example spends the
 * budget of ten light ones, as many as the ranking lets in.
 */
export function alertsFlagged(ranking: BinaryRanking, percent: number, weights?: Weights): number {
  return alertScan(ranking, percent, weights).alerts;
}

/** The pass of `recallAtAlertRate`, which counts the examples flagged too. */
function alertScan(ranking: BinaryRanking, percent: number, weights?: Weights) {
  const { order, positive, groupEnd, weights: own } = ranking;
  let total = 0;
  let positives = 0;
  for (let k = 0; k < order.length; k++) {
    const c = weights === undefined ? 1 : weights[order[k]!]!;
    const w = own === undefined ? c : c * own[k]!;
    total += w;
    if (positive[k]) positives += w;
  }
  if (!(positives > 0)) return { recall: Number.NaN, alerts: 0 };
  const { units, scale } = exactTarget(percent);
  const budget = units * total;
  let flagged = 0;
  let tp = 0;
  let best = 0;
  let rows = 0;
  let alerts = 0;
  for (let k = 0; k < order.length; k++) {
    const c = weights === undefined ? 1 : weights[order[k]!]!;
    const w = own === undefined ? c : c * own[k]!;
    flagged += w;
    if (w > 0) rows++;
    if (positive[k]) tp += w;
    if (!groupEnd[k]) continue;
    // The flagged weight only grows down the ranking: the first tie past the budget ends it.
    if (!withinTarget(flagged * scale, budget)) break;
    best = tp;
    alerts = rows;
  }
  return { recall: best / positives, alerts };
}

/** How many of `count` examples (weighing 1 each) a rate of `percent`% flags at most. */
export function alertsAt(percent: number, count: number): number {
  const { units, scale } = exactTarget(percent);
  return Math.floor((units * count) / scale);
}

/**
 * The alert rate's name that `name` likely misspells (`recall_at_alert_rate5`,
 * `recall_at_alertrate_1`, `recal_at_alert_rate_0p5`, `recall_at_alert_rate_p5`), as a
 * candidate for a "did you mean", which suggests it only within two edits.
 */
export function alertRateCandidate(name: string): string | undefined {
  // The first "alert" and what follows it, rather than one pattern with two lazy runs between
  // them: over a name of many "alert"s that pattern backtracks quadratically (seconds for a
  // pull request's 100,000 characters). A later "alert" would match no differently.
  const written = name.trim().toLowerCase();
  const at = written.indexOf("alert");
  if (!written.startsWith("rec") || at < 0 || /\d/.test(written.slice(0, at))) return undefined;
  const match = /^\D*?(\d*)(?:[.p](\d{1,2}))?$/.exec(written.slice(at + "alert".length));
  return match ? nameOfRate(match[1]!, match[2] ?? "") : undefined;
}

/** The name of the rate `<whole>.<decimals>` percent, undefined where none can be gated. */
export function nameOfRate(whole: string, decimals: string): string | undefined {
  const hundredths = hundredthsOf(whole, decimals);
  return hundredths !== undefined && hundredths > 0 && hundredths < 10_000
    ? `${PREFIX}_${nameOfTarget(hundredths)}`
    : undefined;
}

/** A name that goes on past its rate: `recall_at_alert_rate_1_macro`, `_0_5`. */
const PAST_RATE = new RegExp(`^${PREFIX}_(\\d+)_(.+)$`, "s");

/**
 * The error of a rate's name with words after the rate: an average or a class
 * (`recall_at_alert_rate_1_macro`, `_1_fraud`), which the name takes none of, or the rate's
 * decimals after an underscore (`_0_5`). Undefined for a name of another shape, and for a
 * `<column>_mean`, which is a per-example score's whatever the column's name holds.
 */
export function alertRateWithExtraWords(name: string): MetricError | undefined {
  const match = PAST_RATE.exec(name);
  if (!match || name.endsWith("_mean")) return undefined;
  const [rate, words] = [match[1]!, match[2]!];
  const bare = nameOfRate(rate, "");
  const decimals = /^\d{1,2}$/.test(words) ? nameOfRate(rate, words) : undefined;
  if (bare === undefined && decimals === undefined) return undefined;
  const nor = decimals ? ", nor decimals after an underscore" : "";
  return new MetricError(
    name,
    `names ${quoted(words)} after its rate, and the name takes no class or average${nor}: ${PREFIX}_<p> gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest`,
    [bare, decimals]
      .filter((n) => n !== undefined)
      .map((n, i) => (i === 0 ? `Write ${n}` : `or ${n} for the rate with its decimals`))
      .join(", "),
  );
}
