import type { Direction } from "../contracts/gate-policy.js";
import { groupDigits } from "../report/group-digits.js";
import { counted } from "../report/counted.js";
import type { Support } from "./paired-evidence.js";
import { MOST_RESAMPLES } from "./resamples.js";
import type { Comparison } from "./rules.js";

export type Verdict = "pass" | "fail" | "inconclusive";

/**
 * How a metric's numbers read: 'points' shows a share (0 to 1) as a percentage and its
 * differences in percentage points; 'value' shows numbers as they are.
 */
export type Scale = "points" | "value";

/** The names of the compared sides in the reasons: a canary and its baseline read better so. */
export interface Roles {
  readonly challenger: string;
  readonly champion: string;
  /** What one of the examples counted is: a canary's are requests, or points of a series. */
  readonly example: string;
}

export const DEFAULT_ROLES: Roles = {
  challenger: "challenger",
  champion: "champion",
  example: "example",
};

/** What a check found, as the sentence that explains it needs it. */
export interface CheckFinding {
  readonly kind: "comparison" | "min" | "max";
  readonly test?: Comparison["test"];
  readonly direction: Direction;
  readonly metric: string;
  readonly scale: Scale;
  readonly verdict: Verdict;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  /** The margin's size in the metric's units, and its share of the champion when relative. */
  readonly margin?: number;
  readonly relativeMargin?: number;
  readonly bound?: number;
  /** For an inconclusive check. */
  readonly detectableEffect?: number | null;
  readonly examplesNeeded?: number | null;
  /**
   * What `detectableEffect` is: the distance of a true value from the edge that the test detects
   * at `power` ('effect', the default), or the distance beyond the edge an estimate must lie for
   * the interval to clear it ('estimate'), where the test's spread is taken at the edge.
   */
  readonly detects?: "effect" | "estimate";
  readonly examples: number;
  /** Where the metric rests on some of the examples only: what it is sized on. */
  readonly support?: Support;
  /** Of those, how many would settle it: `examplesNeeded` at the same ratio to `examples`. */
  readonly supportNeeded?: number | null;
  /**
   * Where no spread sizes the effect of a check with `support`: whether those are too few to
   * show one (a paired proportion without a discordant pair, a support below min-samples'
   * default), rather than the models alike on plenty of them.
   */
  readonly tooFew?: boolean;
  readonly power: number;
  /** What the two sides are called (default: challenger and champion). */
  readonly roles?: Roles;
  /** When a bootstrap's resamples could not resolve the level the correction needed. */
  readonly unresolved?: {
    readonly resamples: number;
    readonly smallest: number;
    readonly needed: number;
    /** The resamples that would resolve the family's strictest level (`resamplesToResolve`). */
    readonly wanted: number;
    /** Whether the normal approximation was tried, and fell short too. */
    readonly normal: boolean;
  };
  /** When the interval lies beyond a bootstrap's resamples, on its normal approximation. */
  readonly normal?: boolean;
}

/** The level as a percentage: 95%, 99.67%. */
export const levelText = (level: number): string => `${Number((level * 100).toPrecision(4))}%`;

/** How a number is rounded: to the nearest, or down/up so that a bound is never overstated. */
type Rounding = "nearest" | "down" | "up";

/** More decimals than the interval's width asks for, at most, to tell a number from an edge. */
const EXTRA_DECIMALS = 3;
/**
 * The most decimals a number is written with: enough for a metric in units of 1e-14 (an MSE of
 * targets in millionths) to show its own digits, not 0.0000000000; and never more than the 15
 * significant digits a double holds of the largest number shown, past which they are noise.
 */
const MAX_DECIMALS = 20;
const SIGNIFICANT_DIGITS = 15;

function decimalsCap(numbers: readonly number[]): number {
  const largest = Math.max(0, ...numbers.filter(Number.isFinite).map(Math.abs));
  if (largest === 0) return MAX_DECIMALS;
  return Math.max(
    0,
    Math.min(MAX_DECIMALS, SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(largest))),
  );
}

/**
 * The decimals that tell each number from the edge it is held against (the margin, a bound,
 * no change): "-1.0 to +1.0 points" straddling a margin of 1 point hides why; "-1.009" shows it.
 */
function telling(
  decimals: number,
  cap: number,
  pairs: readonly (readonly [number, number])[],
): number {
  let d = decimals;
  const close = ([x, edge]: readonly [number, number]) =>
    Number.isFinite(x) && x !== edge && Math.abs(x - edge) < 10 ** -d;
  while (d < Math.min(cap, decimals + EXTRA_DECIMALS) && pairs.some(close)) d++;
  return d;
}

/**
 * Number formats for one check, with as many decimals as its interval's width deserves: two
 * significant digits of its half-width, the usual precision of a ± uncertainty. One digit fewer
 * writes ±9.18 points as ±10, an interval about a tenth wider than the one computed.
 */
function formats(finding: CheckFinding) {
  const points = finding.scale === "points";
  const unit = points ? 100 : 1;
  const halfWidth = ((finding.upper - finding.lower) * unit) / 2;
  const reference = Math.abs(finding.estimate * unit) || 1;
  const edges =
    finding.kind === "comparison"
      ? [finding.margin ?? 0, -(finding.margin ?? 0)]
      : [finding.bound ?? NaN];
  const numbers = [finding.lower, finding.upper, finding.estimate];
  const cap = decimalsCap([...numbers, ...edges].map((x) => x * unit));
  const base = Math.min(
    cap,
    Math.max(
      0,
      Number.isFinite(halfWidth) && halfWidth > 0
        ? 1 - Math.floor(Math.log10(halfWidth))
        : 3 - Math.floor(Math.log10(reference)),
    ),
  );
  const decimals = telling(base, cap, [
    ...numbers.flatMap((x) => edges.map((edge) => [x * unit, edge * unit] as const)),
    [finding.estimate * unit, 0],
  ]);
  const plain = (x: number, rounding: Rounding = "nearest") => {
    if (!Number.isFinite(x)) return x > 0 ? "+inf" : "-inf";
    // Float noise is snapped away first (0.07 * 100 is 7.000000000000001, which must not round
    // up to 8), and nothing more: a bound of 12345678901250 still rounds down, not to nearest.
    const raw = x * unit * 10 ** decimals;
    const nearest = Math.round(raw);
    const noise = 16 * Number.EPSILON * Math.max(1, Math.abs(raw));
    const scaled = Math.abs(raw - nearest) <= noise ? nearest : raw;
    const whole = { nearest: Math.round, down: Math.floor, up: Math.ceil }[rounding](scaled);
    const text = (whole / 10 ** decimals).toFixed(decimals);
    return Number(text) === 0 ? (0).toFixed(decimals) : text;
  };
  const signed = (x: number, rounding: Rounding) => {
    const text = plain(x, rounding);
    return x > 0 && Number(text) !== 0 && !text.startsWith("+") ? `+${text}` : text;
  };
  const pointsWord = (text: string) => (text === "1" ? "1 point" : `${text} points`);
  const value = (x: number, rounding: Rounding = "nearest") =>
    points ? `${plain(x, rounding)}%` : plain(x, rounding);
  return {
    /** A value of the metric; "at least" rounds down and "at most" up, never overstating. */
    value,
    /** A distance between values (never negative), rounded as `value` is. */
    gap: (x: number, rounding: Rounding = "nearest") =>
      points ? pointsWord(plain(x, rounding)) : plain(x, rounding),
    /**
     * A margin drawn from the champion's value, at the interval's decimals unless they leave it
     * fewer than 2 significant digits: 10% of a p95 of 0.045 beside "+0.03 to +0.17" is 0.0045,
     * which those decimals would show as 0.00, a margin no regression could be within.
     */
    margin: (x: number) => {
      const text = plain(x);
      const digits = text.replace(/^[-+]?[0.]*/, "").replace(".", "").length;
      if (x === 0 || !Number.isFinite(x) || digits >= 2) return points ? pointsWord(text) : text;
      const precise = String(Number((x * unit).toPrecision(3)));
      return points ? pointsWord(precise) : precise;
    },
    /**
     * The interval of challenger - champion, or of the challenger's value, rounded outwards: the
     * interval shown holds the one computed.
     */
    interval: (difference: boolean) => {
      const { lower, upper, level } = finding;
      const ends = difference
        ? `${signed(lower, "down")} to ${signed(upper, "up")}${points ? " points" : ""}`
        : `${value(lower, "down")} to ${value(upper, "up")}`;
      return `${levelText(level)} CI ${ends}${finding.normal ? ", normal approximation" : ""}`;
    },
    /** A limit the policy set, as precise as it was given. */
    limit: (x: number, difference: boolean) => {
      const text = String(Number((x * unit).toPrecision(6)));
      return difference && points ? pointsWord(text) : points ? `${text}%` : text;
    },
  };
}

/** A check's rule in words: "non-inferiority: at most 1 point worse", "at least 80%". */
export function checkRule(finding: CheckFinding): string {
  const f = formats(finding);
  if (finding.kind !== "comparison") {
    return `${finding.kind === "min" ? "at least" : "at most"} ${f.limit(finding.bound ?? NaN, false)}`;
  }
  const margin = marginText(finding);
  if (finding.test === "equivalence") return `equivalence: within ±${margin}`;
  if (finding.test === "superiority") {
    return (finding.margin ?? 0) === 0
      ? "superiority: better"
      : `superiority: at least ${margin} better`;
  }
  return (finding.margin ?? 0) === 0
    ? "non-inferiority: no worse"
    : `non-inferiority: at most ${margin} worse`;
}

/** The sentence that says why a check came out as it did, with its numbers. */
export function checkReason(finding: CheckFinding): string {
  if (finding.unresolved !== undefined) return unresolvedReason(finding, finding.unresolved);
  if (!Number.isFinite(finding.estimate)) return pastDoubleReason(finding);
  const core = finding.kind === "comparison" ? comparisonClause(finding) : boundClause(finding);
  return finding.verdict === "inconclusive" ? `${core}${detectableClause(finding)}` : core;
}

/**
 * A bootstrap whose resamples all lie on one side, yet cannot show the p-value the correction
 * asks for, nor (where its family takes normal tails) can the normal approximation from their
 * spread. The resamples advised are the report's notes' number: enough for the family's
 * strictest level.
 */
function unresolvedReason(
  finding: CheckFinding,
  { resamples, smallest, needed, wanted, normal }: NonNullable<CheckFinding["unresolved"]>,
): string {
  const f = formats(finding);
  const { challenger, champion } = finding.roles ?? DEFAULT_ROLES;
  const who = `the ${challenger}'s ${finding.metric}`;
  const observed =
    finding.kind === "comparison"
      ? `${who} ${change(f, (finding.direction === "higher" ? 1 : -1) * finding.estimate, champion)}`
      : `${who} is ${f.value(finding.estimate)}`;
  const nor = normal ? ", nor can the normal approximation from their spread," : "";
  const most =
    wanted > MOST_RESAMPLES ? `, more than the ${groupDigits(MOST_RESAMPLES)} a policy takes` : "";
  return `${observed}, but ${groupDigits(resamples)} resamples cannot show a p-value below ${smallest.toPrecision(2)}${nor} and the correction needs ${needed.toPrecision(2)} (a ${levelText(1 - 2 * needed)} interval), so about ${groupDigits(wanted)} resamples could settle it${most}`;
}

/**
 * A challenger past the range of a double on the metric's worse side, taken as exact (see
 * judge-evidence): no interval to show, only which side of each edge it lies on.
 */
function pastDoubleReason(finding: CheckFinding): string {
  const { challenger, champion } = finding.roles ?? DEFAULT_ROLES;
  const below = finding.estimate < 0;
  const who = `the ${challenger}'s ${finding.metric} is ${below ? "below the most negative double" : "above the largest double"}`;
  if (finding.kind === "comparison") {
    return `${who}, so worse than the ${champion}'s by more than any margin`;
  }
  const bound = formats(finding).limit(finding.bound ?? NaN, false);
  return `${who}, so ${below ? "below" : "above"} the ${finding.kind === "min" ? "minimum" : "maximum"} ${bound}`;
}

/** How the challenger's value compares, `better` positive when better: "is 2.1 points worse than the champion's". */
function change(f: ReturnType<typeof formats>, better: number, champion: string): string {
  if (better === 0) return `is the same as the ${champion}'s`;
  return `is ${f.gap(Math.abs(better))} ${better > 0 ? "better" : "worse"} than the ${champion}'s`;
}

function marginText(finding: CheckFinding): string {
  const f = formats(finding);
  const margin = finding.margin ?? 0;
  if (finding.relativeMargin === undefined) return f.limit(margin, true);
  const { champion } = finding.roles ?? DEFAULT_ROLES;
  const share = `${Number((finding.relativeMargin * 100).toPrecision(6))}%`;
  return `${share} of the ${champion}'s value (${f.margin(margin)})`;
}

function comparisonClause(finding: CheckFinding): string {
  const f = formats(finding);
  const { metric, verdict, test, estimate, lower, upper } = finding;
  const sign = finding.direction === "higher" ? 1 : -1;
  // The interval on the metric's better side: positive is better.
  const [low, high] = sign > 0 ? [lower, upper] : [-upper, -lower];
  const better = sign * estimate;
  const ci = f.interval(true);
  const { challenger, champion } = finding.roles ?? DEFAULT_ROLES;
  const who = `the ${challenger}'s ${metric}`;
  const margin = marginText(finding);
  const observed = `${who} ${change(f, better, champion)} (${ci})`;
  if (test === "equivalence") {
    if (verdict === "pass")
      return `${who} is within ${f.gap(Math.max(Math.abs(lower), Math.abs(upper)), "up")} of the ${champion}'s (${ci}), inside the margin of ±${margin}`;
    if (verdict === "fail")
      return `${who} differs from the ${champion}'s by at least ${f.gap(lower > 0 ? lower : -upper, "down")} (${ci}), beyond the margin of ±${margin}`;
    return `${who} differs from the ${champion}'s by ${f.gap(Math.abs(estimate))} (${ci}), an interval that reaches past the margin of ±${margin}`;
  }
  const noMargin = (finding.margin ?? 0) === 0;
  if (test === "superiority") {
    if (verdict === "pass")
      return noMargin
        ? `${who} is better than the ${champion}'s (${ci})`
        : `${who} is at least ${f.gap(low, "down")} better than the ${champion}'s (${ci}), clearing the required improvement of ${margin}`;
    if (verdict === "fail")
      return high <= 0
        ? `${who} is no better than the ${champion}'s (${ci}), short of the required improvement${noMargin ? "" : ` of ${margin}`}`
        : `${who} is at most ${f.gap(high, "up")} better than the ${champion}'s (${ci}), short of the required improvement of ${margin}`;
    return `${observed}, an interval that straddles the required improvement${noMargin ? "" : ` of ${margin}`}`;
  }
  if (noMargin) {
    if (verdict === "pass") return `${who} is better than the ${champion}'s (${ci})`;
    if (verdict === "fail") return `${who} is worse than the ${champion}'s (${ci})`;
    return `${observed}, an interval that includes no difference`;
  }
  if (verdict === "pass")
    return low < 0
      ? `${who} is at most ${f.gap(-low, "up")} worse than the ${champion}'s (${ci}), within the margin of ${margin}`
      : `${who} is no worse than the ${champion}'s (${ci}), within the margin of ${margin}`;
  if (verdict === "fail")
    return `${who} is at least ${f.gap(-high, "down")} worse than the ${champion}'s (${ci}), beyond the margin of ${margin}`;
  return `${observed}, an interval that straddles the margin of ${margin}`;
}

function boundClause(finding: CheckFinding): string {
  const f = formats(finding);
  const { metric, verdict, estimate, lower, upper } = finding;
  const bound = f.limit(finding.bound ?? NaN, false);
  const ci = f.interval(false);
  const { challenger } = finding.roles ?? DEFAULT_ROLES;
  const who = `the ${challenger}'s ${metric}`;
  const [edge, side] = finding.kind === "min" ? ["minimum", "above"] : ["maximum", "below"];
  if (verdict === "pass")
    return finding.kind === "min"
      ? `${who} is at least ${f.value(lower, "down")} (${ci}), ${side} the ${edge} ${bound}`
      : `${who} is at most ${f.value(upper, "up")} (${ci}), ${side} the ${edge} ${bound}`;
  if (verdict === "fail")
    return finding.kind === "min"
      ? `${who} is at most ${f.value(upper, "up")} (${ci}), below the ${edge} ${bound}`
      : `${who} is at least ${f.value(lower, "down")} (${ci}), above the ${edge} ${bound}`;
  return `${who} is ${f.value(estimate)} (${ci}), an interval that straddles the ${edge} ${bound}`;
}

function detectableClause(finding: CheckFinding): string {
  const f = formats(finding);
  const effect = finding.detectableEffect;
  const edge =
    finding.kind === "comparison" ? "margin" : finding.kind === "min" ? "minimum" : "maximum";
  const { example } = finding.roles ?? DEFAULT_ROLES;
  const { support } = finding;
  const on = sizedOn(finding, example);
  if (effect === null || effect === undefined) {
    // Three positives both models find alike have no spread, yet their interval is wide: what
    // is short is the positives, not the spread of the data.
    return support !== undefined && finding.tooFew
      ? `; ${on} ${support.count === 1 ? "is" : "are"} too few to size the effect this test could detect`
      : `; the data have no spread to size the effect ${on} could detect`;
  }
  const power = `${Math.round(finding.power * 100)}% power`;
  const detect =
    finding.detects === "estimate"
      ? `; with ${on} this test detects an estimate more than ${f.gap(effect, "up")} ${sideOfEdge(finding)} the ${edge}`
      : `; with ${on} the smallest distance from the ${edge} this test detects (${power}) is ${f.gap(effect)}`;
  // A metric of the positives is settled by more positives: counted as what it rests on.
  const [have, needed, noun, plural] =
    support === undefined
      ? [finding.examples, finding.examplesNeeded, example, `${example}s`]
      : [support.count, finding.supportNeeded, support.noun, support.plural];
  return needed === null || needed === undefined
    ? `${detect}, and the estimate sits on the ${edge}, so no number of ${plural} would settle it`
    : `${detect}, and about ${counted(needed, noun, plural)} (${groupDigits(needed - have)} more) would settle it if the observed value holds`;
}

/**
 * Where the estimate lies from a bound: the side an estimate must clear it on is the side it is
 * already on (a recall of 93.8% against a minimum of 95% is settled below it, by failing).
 */
function sideOfEdge(finding: CheckFinding): string {
  if (finding.kind === "comparison" || finding.bound === undefined) return "beyond";
  return finding.estimate < finding.bound ? "below" : "above";
}

/** The examples a check's estimate rests on: "145 positive examples", else all of them. */
function sizedOn(finding: CheckFinding, example: string): string {
  const { support } = finding;
  return support === undefined
    ? counted(finding.examples, example)
    : `${counted(support.count, support.noun, support.plural)} (of ${groupDigits(finding.examples)})`;
}
