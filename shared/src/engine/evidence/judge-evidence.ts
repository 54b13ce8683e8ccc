import type { Direction } from "../contracts/gate-policy.js";
import { groupDigits } from "../report/group-digits.js";
import { counted } from "../report/counted.js";
import { adjustPValues } from "../stats/adjust-p-values.js";
import { StatsInputError } from "../stats/stats-input-error.js";
import { checkChoice, openProbability } from "../stats/validate.js";
import { detectableEffect, examplesToSettle } from "./detectable-effect.js";
import { normalQuantile } from "../stats/normal-distribution.js";
import { normalEstimate, type Estimate, type Interval } from "./estimate.js";
import type { Correction } from "./correction.js";
import { resamplesToResolve, strictestTail } from "./resamples.js";
import type {
  ComparisonEvidence,
  EvidenceMethod,
  InsufficientEvidence,
  PairedEvidence,
  Support,
} from "./paired-evidence.js";
import {
  checkReason,
  checkRule,
  type CheckFinding,
  type Roles,
  type Scale,
  type Verdict,
} from "./reason.js";
import {
  checkBounds,
  checkComparison,
  claimPValues,
  comparisonRegion,
  distanceToEdge,
  marginSize,
  type Bounds,
  type Comparison,
  type Region,
} from "./rules.js";

/** One metric on one slice: what the policy asks of it, and the paired evidence. */
export interface EvidenceRow {
  readonly metric: string;
  readonly slice?: string | null;
  readonly direction: Direction;
  readonly comparison?: Comparison;
  readonly bounds?: Bounds;
  readonly evidence: ComparisonEvidence;
  /** How its numbers read (default: 'points' for McNemar's proportions, else 'value'). */
  readonly scale?: Scale;
  /** What its reasons call the two sides (default: challenger and champion). */
  readonly roles?: Roles;
}

export type { Correction } from "./correction.js";

/** The examples (or the support a class metric rests on) below which a row is insufficient. */
const DEFAULT_MIN_SAMPLES = 30;

export interface JudgeEvidenceOptions {
  /** Two-sided confidence of the intervals before correction (default 0.95). */
  readonly confidence?: number;
  readonly correction?: Correction;
  /** The verdict of a row whose data cannot support a test (default 'inconclusive'). */
  readonly onInsufficient?: Verdict;
  /** Fewer paired examples than this in a row is insufficient (default `DEFAULT_MIN_SAMPLES`). */
  readonly minSamples?: number;
  /** The same for a row of a slice (`EvidenceRow.slice`), where it differs (default minSamples). */
  readonly sliceMinSamples?: number;
  /** The power at which detectable effects are stated (default 0.8). */
  readonly power?: number;
}

export interface CheckVerdict {
  readonly check: "comparison" | "min" | "max";
  readonly rule: string;
  readonly verdict: Verdict;
  /** challenger - champion for a comparison, the challenger's value for a bound. */
  readonly estimate: number;
  /**
   * The interval at the level the correction tested this check at: -/+Infinity where a
   * bootstrap's percentiles cannot resolve it and the check took no normal tails.
   */
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  /** Two-sided p-value of the check's boundary before correction, and after. */
  readonly pValue: number;
  readonly adjustedPValue: number;
  /**
   * Whether the p-value is the smallest the method can give (a bootstrap with every resample on
   * the claim's side): the p-values are then bounds, not values.
   */
  readonly pValueAtFloor: boolean;
  /**
   * Whether the p-value or the interval shown lies beyond the bootstrap's resamples, where they
   * come from its normal bootstrap interval (the estimate ± z standard errors of the resamples):
   * only for a check its percentiles left undecided in a family tested at a level they cannot
   * resolve (`beyondResamples`). The reason names the approximation in its interval only where
   * the interval is the normal one.
   */
  readonly normalApproximation: boolean;
  /** For an inconclusive check: the minimum detectable effect and the examples that would settle it. */
  readonly detectableEffect: number | null;
  readonly examplesNeeded: number | null;
  readonly reason: string;
}

export interface RowVerdict {
  readonly metric: string;
  readonly slice: string | null;
  readonly method: EvidenceMethod;
  readonly examples: number;
  /** Where the metric rests on some of the examples only, how many and what they are. */
  readonly support?: Support;
  readonly champion: number | null;
  readonly challenger: number | null;
  readonly delta: number | null;
  readonly verdict: Verdict;
  /** True when the data could not support a test and `onInsufficient` gave the verdict. */
  readonly insufficient: boolean;
  readonly reason: string;
  readonly checks: readonly CheckVerdict[];
}

export interface EvidenceJudgement {
  /** `fail` if any row fails, else `inconclusive` if any is (or there is no row), else `pass`. */
  readonly verdict: Verdict;
  readonly rows: readonly RowVerdict[];
  readonly confidence: number;
  readonly correction: Correction;
  /** The one-sided claims (two per check) the correction was spread over. */
  readonly claims: number;
}

interface PlannedCheck {
  readonly row: number;
  readonly finding: Omit<
    CheckFinding,
    "verdict" | "estimate" | "lower" | "upper" | "level" | "examples" | "power"
  >;
  readonly estimate: Estimate;
  readonly region: Region;
  readonly pass: number;
  readonly fail: number;
}

/**
 * Judges a family of paired comparisons (metrics x slices). Each check of a row (its comparison
 * with the champion, its absolute bounds) makes two one-sided claims about the true value: that
 * it lies in the passing region (`pass`) and that it lies outside (`fail`); the p-values of all
 * claims of all checks go through one correction, Holm's by default, and a check takes the
 * verdict of a claim the correction rejects, else `inconclusive`. Holm over the claims controls
 * the chance of any false `pass` or false `fail` in the family at 1 - confidence, whatever the
 * dependence between rows (decision 0008). Each interval is shown at the level the correction
 * tested its check at, so it clears the margin exactly when the check passes and lies beyond it
 * exactly when it fails.
 *
 * A bootstrap's percentile p-value cannot go below 1 / (B + 1). Where that is above the
 * strictest level the correction tests at (alpha over the claims), a check with every resample on
 * one side may never be decided, however far from its edge: there, and only in such a family, a
 * claim that the percentiles leave unrejected at that floor takes the p-value of the normal
 * bootstrap interval, and the correction is run again (`beyondResamples`, decision 0037). A
 * family whose resamples resolve that level is judged on its percentiles alone, as before.
 */
export function judgeEvidence(
  rows: readonly EvidenceRow[],
  options: JudgeEvidenceOptions = {},
): EvidenceJudgement {
  const settings = checkOptions(options);
  rows.forEach(checkRow);
  const usable = rows.map((row) =>
    usableEvidence(row, row.slice == null ? settings.minSamples : settings.sliceMinSamples),
  );
  const checks = rows.reduce(
    (sum, row, i) => sum + (typeof usable[i] === "string" ? 0 : checksOf(row)),
    0,
  );
  const strictest = strictestTail(settings.confidence, settings.correction, checks);
  const percentile = rows.flatMap((row, i) => {
    const evidence = usable[i]!;
    return typeof evidence === "string" ? [] : planChecks(row, i, evidence);
  });
  const { planned, adjusted } = beyondResamples(percentile, settings, strictest);
  const decided = planned.map((check, j) =>
    decide(check, adjusted[j]!, settings.alpha, rows[check.row]!, settings.power),
  );
  const judged = rows.map((row, i) => {
    const why = usable[i]!;
    return typeof why === "string"
      ? insufficientRow(row, why, settings.onInsufficient)
      : judgedRow(
          row,
          why,
          decided.filter((_, j) => planned[j]!.row === i),
        );
  });
  return {
    verdict: combinedVerdict(judged.map((r) => r.verdict)),
    rows: judged,
    confidence: settings.confidence,
    correction: settings.correction,
    claims: settings.correction === "none" ? 2 : 2 * planned.length,
  };
}

function checkOptions(options: JudgeEvidenceOptions) {
  const confidence = openProbability("confidence", options.confidence ?? 0.95);
  if (confidence <= 0.5) {
    throw new StatsInputError(
      "confidence",
      `is ${confidence}`,
      "use a level above 0.5, such as 0.95",
    );
  }
  const minSamples = wholeCount("minSamples", options.minSamples ?? DEFAULT_MIN_SAMPLES);
  const sliceMinSamples = wholeCount("sliceMinSamples", options.sliceMinSamples ?? minSamples);
  return {
    confidence,
    alpha: 1 - confidence,
    correction: checkChoice(
      "correction",
      options.correction,
      ["holm", "bh", "none"] as const,
      "holm",
    ),
    onInsufficient: checkChoice(
      "onInsufficient",
      options.onInsufficient,
      ["inconclusive", "fail", "pass"] as const,
      "inconclusive",
    ),
    minSamples,
    sliceMinSamples,
    power: openProbability("power", options.power ?? 0.8),
  };
}

/** `value` where it is a whole number of 0 or more, else refused as option `name`. */
function wholeCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new StatsInputError(name, `is ${String(value)}`, "use a whole number of 0 or more");
  }
  return value;
}

/** The checks a row makes: its comparison with the champion, its min, its max. */
const checksOf = ({ comparison, bounds }: EvidenceRow) =>
  Number(comparison !== undefined) +
  Number(bounds?.min !== undefined) +
  Number(bounds?.max !== undefined);

/** Refuses a row with nothing to check or a malformed rule, whatever its data. */
function checkRow(row: EvidenceRow, i: number): void {
  const { comparison, bounds } = row;
  if (comparison === undefined && bounds?.min === undefined && bounds?.max === undefined) {
    throw new StatsInputError(
      `rows[${i}]`,
      `(${row.metric}) has neither a comparison nor a bound`,
      "give it a comparison with the champion, a min or a max, or leave it out",
    );
  }
  if (comparison !== undefined) checkComparison(comparison, `rows[${i}].comparison`);
  if (bounds !== undefined) checkBounds(bounds, `rows[${i}].bounds`);
}

/**
 * The verdict of a family of judged rows: `fail` if any fails, else `inconclusive` if any is or
 * none was judged (nothing checked is never a pass), else `pass`.
 */
export const combinedVerdict = (verdicts: readonly Verdict[]): Verdict =>
  verdicts.length === 0 ? "inconclusive" : worst(verdicts);

function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.includes("fail")
    ? "fail"
    : verdicts.includes("inconclusive")
      ? "inconclusive"
      : "pass";
}

/** The evidence when it supports a test, else why not. */
function usableEvidence(row: EvidenceRow, minSamples: number): PairedEvidence | string {
  const evidence =
    row.evidence.insufficient === undefined
      ? row.evidence
      : infinitelyWorse(row.evidence, row.direction);
  if (typeof evidence === "string") return evidence;
  const { count, noun, plural } = evidence.support ?? {
    count: evidence.examples,
    noun: "example",
    plural: "examples",
  };
  if (count < minSamples) {
    return `only ${counted(count, noun, plural)}, fewer than the ${groupDigits(minSamples)} min-samples`;
  }
  return evidence;
}

/**
 * A challenger past the range of a double on the metric's worse side (an r2 below the most
 * negative double, an rmse above the largest) is worse than any bound and any finite champion:
 * taken as exact, with a standard error of 0, its checks fail. Anything else stays insufficient:
 * beside an infinite champion, or on the better side, no difference can be told, and NaN is a
 * metric not defined.
 */
function infinitelyWorse(
  evidence: InsufficientEvidence,
  direction: Direction,
): PairedEvidence | string {
  const { method, examples, champion, challenger, insufficient } = evidence;
  const worst = direction === "higher" ? -Infinity : Infinity;
  if (challenger !== worst || champion === null || !Number.isFinite(champion)) return insufficient;
  const exact = normalEstimate(worst, 0);
  return { method, examples, champion, challenger: exact, delta: exact, noDifferencePValue: 0 };
}

/** A row's values as reports hold them: one past the range of a double has none. */
const finiteOrNull = (x: number | null): number | null =>
  x !== null && Number.isFinite(x) ? x : null;

const rowIdentity = (row: EvidenceRow) => ({
  metric: row.metric,
  slice: row.slice ?? null,
  method: row.evidence.method,
  examples: row.evidence.examples,
  ...("support" in row.evidence && row.evidence.support && { support: row.evidence.support }),
});

function insufficientRow(row: EvidenceRow, why: string, verdict: Verdict): RowVerdict {
  const champion = finiteOrNull(row.evidence.champion);
  const { challenger } = row.evidence;
  const challengerValue = finiteOrNull(
    typeof challenger === "number" || challenger === null ? challenger : challenger.value,
  );
  return {
    ...rowIdentity(row),
    champion,
    challenger: challengerValue,
    delta:
      champion !== null && challengerValue !== null
        ? finiteOrNull(challengerValue - champion)
        : null,
    verdict,
    insufficient: true,
    reason: `${why}; counted as ${verdict} (on-insufficient)`,
    checks: [],
  };
}

function judgedRow(row: EvidenceRow, evidence: PairedEvidence, checks: CheckVerdict[]): RowVerdict {
  const verdict = worst(checks.map((c) => c.verdict));
  return {
    ...rowIdentity(row),
    champion: evidence.champion,
    challenger: finiteOrNull(evidence.challenger.value),
    delta: finiteOrNull(evidence.delta.value),
    verdict,
    insufficient: false,
    reason: checks
      .filter((c) => c.verdict === verdict)
      .map((c) => c.reason)
      .join("; "),
    checks,
  };
}

/** A row's checks, each with its claims' p-values on the estimate as the method gives it. */
function planChecks(row: EvidenceRow, i: number, evidence: PairedEvidence): PlannedCheck[] {
  const scale = row.scale ?? (evidence.method === "mcnemar" ? "points" : "value");
  const common = {
    direction: row.direction,
    metric: row.metric,
    scale,
    ...(row.roles ? { roles: row.roles } : {}),
  };
  const checks: PlannedCheck[] = [];
  const add = (finding: PlannedCheck["finding"], estimate: Estimate, region: Region) => {
    checks.push(onEstimate({ row: i, finding, region }, estimate));
  };
  const { comparison, bounds } = row;
  if (comparison !== undefined) {
    const margin = marginSize(comparison.margin, evidence.champion);
    const relativeMargin = "relative" in comparison.margin ? comparison.margin.relative : undefined;
    add(
      { ...common, kind: "comparison", test: comparison.test, margin, relativeMargin },
      evidence.delta,
      comparisonRegion(comparison.test, row.direction, margin),
    );
  }
  const { min, max } = bounds ?? {};
  if (min !== undefined)
    add({ ...common, kind: "min", bound: min }, evidence.challenger, { lower: min });
  if (max !== undefined)
    add({ ...common, kind: "max", bound: max }, evidence.challenger, { upper: max });
  return checks;
}

/** A check's claims on `estimate`: their p-values as its tests give them. */
function onEstimate(
  check: Pick<PlannedCheck, "row" | "finding" | "region">,
  estimate: Estimate,
): PlannedCheck {
  const { pass, fail } = claimPValues(estimate.pAbove, estimate.pBelow, check.region);
  return { ...check, estimate, pass, fail };
}

/** Whether `p` is a bootstrap's smallest p-value `floor` (every resample on the claim's side). */
const atFloor = (p: number, floor: number) => floor > 0 && Math.abs(p - floor) <= floor * 1e-9;

/**
 * The checks and their corrected p-values: on the percentiles first; then, where a bootstrap's
 * floor 1 / (B + 1) is above the strictest level the correction tests at (`strictest`), each
 * check the percentiles left undecided with a claim at that floor takes its estimate's normal
 * tails (`Estimate.normalTails`), and the correction runs again. A p-value only falls so, and
 * the rejections of Holm's and Benjamini-Hochberg's methods only grow as p-values fall: every
 * check the percentiles decide keeps its verdict, and is shown as they decided it (its
 * p-values, level and interval). In a family of bootstrap rows alone, Holm's first step needs a
 * p-value below the floor, so the percentiles decide none; beside McNemar or DeLong rows whose
 * claims Holm rejects first, its later steps reach the floor and decide some.
 */
function beyondResamples(
  planned: readonly PlannedCheck[],
  settings: { readonly correction: Correction; readonly alpha: number },
  strictest: number,
): { planned: readonly PlannedCheck[]; adjusted: readonly Adjusted[] } {
  const { correction, alpha } = settings;
  const first = correct(planned, correction, alpha);
  const decided = (j: number) => first[j]!.rejectPass || first[j]!.rejectFail;
  const retried = planned.map((check, j) => {
    const { estimate, pass, fail } = check;
    const floor = estimate.smallestPValue;
    const stuck = atFloor(pass, floor) || atFloor(fail, floor);
    if (decided(j) || !stuck || floor <= strictest || !estimate.normalTails) return check;
    return onEstimate(check, estimate.normalTails());
  });
  if (retried.every((check, j) => check === planned[j])) return { planned, adjusted: first };
  const again = correct(retried, correction, alpha);
  return { planned: retried, adjusted: again.map((a, j) => (decided(j) ? first[j]! : a)) };
}

interface Adjusted {
  readonly pass: number;
  readonly fail: number;
  readonly rejectPass: boolean;
  readonly rejectFail: boolean;
  /** How many claims the check's correction spread alpha over. */
  readonly family: number;
}

/** Adjusted p-values of every check's two claims, over the family or (none) per check. */
function correct(
  checks: readonly PlannedCheck[],
  correction: Correction,
  alpha: number,
): Adjusted[] {
  if (checks.length === 0) return [];
  if (correction === "none") {
    return checks.map((c) => {
      const { adjusted, reject } = adjustPValues([c.pass, c.fail], { method: "holm", alpha });
      return {
        pass: adjusted[0]!,
        fail: adjusted[1]!,
        rejectPass: reject[0]!,
        rejectFail: reject[1]!,
        family: 2,
      };
    });
  }
  const m = checks.length;
  const { adjusted, reject } = adjustPValues(
    [...checks.map((c) => c.pass), ...checks.map((c) => c.fail)],
    { method: correction === "holm" ? "holm" : "benjamini-hochberg", alpha },
  );
  return checks.map((_, j) => ({
    pass: adjusted[j]!,
    fail: adjusted[m + j]!,
    rejectPass: reject[j]!,
    rejectFail: reject[m + j]!,
    family: 2 * m,
  }));
}

/**
 * The one-sided level at which the correction tested a claim with raw p-value `p` and adjusted
 * `pAdjusted`: alpha p / pAdjusted, at most which p lies exactly when pAdjusted is at most alpha.
 * The interval at that level clears the margin exactly when the claim is rejected. An unrejected
 * claim may be shown at any level below p: at no more than alpha / 2, and for a bootstrap whose
 * p is above its floor (the smallest p-value its resamples give), not below that floor, which
 * keeps the percentile interval finite. A claim at its floor is shown at the level it needed,
 * below the floor: an unbounded percentile interval (its reason asks for resamples), or the
 * normal bootstrap interval where it took normal tails (`beyondResamples`).
 */
function testedTail(
  p: number,
  pAdjusted: number,
  rejected: boolean,
  alpha: number,
  family: number,
  floor: number,
): { needed: number; tail: number } {
  // The ratio first: alpha p would lose its digits where p is subnormal (below 2.2e-308).
  const needed = pAdjusted > 0 ? alpha * (p / pAdjusted) : alpha / family;
  if (rejected) return { needed, tail: Math.max(needed, p) };
  const shown = Math.min(needed, alpha / 2);
  return { needed, tail: p > floor ? Math.max(shown, floor) : shown };
}

/**
 * The minimum detectable effect of an inconclusive check and the distance it is held against,
 * which size the examples that would settle it (`examplesToSettle`). A bootstrap's standard
 * error is taken from its interval's side toward the edge where that side is the longer: a
 * skewed percentile interval that reaches past the edge has a half-width there beyond the
 * distance to it, which the symmetric standard error understates, and would size an
 * effect the interval shown does not detect. An analytic method's own standard error stands.
 * A test whose spread is taken at the threshold (a proportion's score test, which Wilson's
 * interval inverts) is sized exactly at the edge instead: see `sizingAtEdge`.
 */
function sizing(check: PlannedCheck, interval: Interval, tail: number, power: number): Sizing {
  const { value, standardError, standardErrorAt } = check.estimate;
  const distance = distanceToEdge(value, check.region);
  const edge = [check.region.lower, check.region.upper].find(
    (x) => x !== undefined && Math.abs(value - x) === distance,
  );
  if (standardErrorAt !== undefined && edge !== undefined) {
    return sizingAtEdge(standardErrorAt(edge), tail, distance);
  }
  const half = edge !== undefined && edge > value ? interval.upper - value : value - interval.lower;
  const sided = half / normalQuantile(1 - tail);
  // Only a bootstrap (the one method with a smallest p-value) has a Monte Carlo interval.
  const resampled = check.estimate.smallestPValue > 0;
  const se = resampled && Number.isFinite(sided) && sided > standardError ? sided : standardError;
  const effect = se > 0 ? detectableEffect(se, tail, power) : null;
  return { effect, distance, detects: "effect" };
}

interface Sizing {
  readonly effect: number | null;
  /** How far the estimate lies from the edge: what `effect` is held against. */
  readonly distance: number;
  readonly detects: NonNullable<CheckFinding["detects"]>;
}

/**
 * Sizing where the test's spread se(t) is taken at the threshold: the interval at tail a clears
 * the edge exactly when the value lies more than z(1 - a) se(edge) beyond it, so that distance
 * is what this many examples detect in an estimate, and since se(edge) shrinks as 1 / sqrt(n),
 * n (that / d)^2 examples are where an estimate d from the edge clears it. Both agree with the
 * interval shown, however lopsided near 0 or 1: a recall of 98.6% on 145 positives, 3.6 points
 * above a minimum of 95% and inside its 98.57% interval, detects 4.4 points, where the spread at
 * 98.6% said 3.2 (at 80% power) and 1 more example.
 */
function sizingAtEdge(spread: number, tail: number, distance: number): Sizing {
  const effect = normalQuantile(1 - tail) * spread;
  const sized = effect > 0 && Number.isFinite(effect);
  return { effect: sized ? effect : null, distance, detects: "estimate" };
}

/**
 * A claim with every resample on its side, still short of the level the correction needs (and
 * the normal approximation, where given, no nearer): more resamples, not more examples, could
 * settle it, as many as the family's strictest level `strictest` needs, the number the report's
 * notes give too.
 */
function unresolvedClaim(
  estimate: Estimate,
  needed: number,
  strictest: number,
): NonNullable<CheckFinding["unresolved"]> {
  const floor = estimate.smallestPValue;
  return {
    resamples: Math.round(1 / floor) - 1,
    smallest: floor,
    needed,
    wanted: resamplesToResolve(strictest),
    normal: estimate.tails === "normal",
  };
}

/**
 * Whether a check with no spread to size its effect lacks the examples its metric rests on,
 * rather than any difference between the models: a paired proportion's change with no discordant
 * pair (three positives both models find alike have a wide interval), or support below the
 * default min-samples. Four hundred positive predictions alike in both models are not too few.
 */
function tooFew(check: PlannedCheck, row: EvidenceRow, support: Support): boolean {
  const { value, standardError } = check.estimate;
  const noDiscordantPair =
    row.evidence.method === "mcnemar" &&
    check.finding.kind === "comparison" &&
    value === 0 &&
    standardError === 0;
  return noDiscordantPair || support.count < DEFAULT_MIN_SAMPLES;
}

function decide(
  check: PlannedCheck,
  adjusted: Adjusted,
  alpha: number,
  row: EvidenceRow,
  power: number,
): CheckVerdict {
  const passSide = check.pass <= check.fail;
  const p = passSide ? check.pass : check.fail;
  const pAdjusted = passSide ? adjusted.pass : adjusted.fail;
  const rejected = passSide ? adjusted.rejectPass : adjusted.rejectFail;
  const verdict: Verdict = rejected ? (passSide ? "pass" : "fail") : "inconclusive";
  const floor = check.estimate.smallestPValue;
  const { needed, tail } = testedTail(p, pAdjusted, rejected, alpha, adjusted.family, floor);
  const { lower, upper } = check.estimate.interval(tail);
  const examples = row.evidence.examples;
  const stuck = atFloor(p, floor);
  // Beyond every resample, on the normal approximation (only where `beyondResamples` gave it):
  // the interval at a level below the floor, where the percentiles have none, and a p-value
  // below it. A check Holm's later steps reach at a level the percentiles resolve shows their
  // interval, beside a normal p-value.
  const tails = check.estimate.tails === "normal";
  const normalInterval = tails && tail < floor;
  const normal = normalInterval || (tails && p < floor);
  const unresolved =
    !rejected && stuck && needed < floor
      ? unresolvedClaim(check.estimate, needed, alpha / adjusted.family)
      : undefined;
  const { effect, distance, detects } =
    verdict === "inconclusive" && unresolved === undefined
      ? sizing(check, { lower, upper }, tail, power)
      : { effect: null, distance: 0, detects: "effect" as const };
  // The examples, and the positives (or other support) among them, scaled by one ratio.
  const settle = (count: number) =>
    effect === null ? null : examplesToSettle(count, effect, distance);
  const examplesNeeded = settle(examples);
  const support = "support" in row.evidence ? row.evidence.support : undefined;
  const finding: CheckFinding = {
    ...check.finding,
    verdict,
    estimate: check.estimate.value,
    lower,
    upper,
    level: 1 - 2 * tail,
    examples,
    ...(support && { support, supportNeeded: settle(support.count) }),
    power,
    detectableEffect: effect,
    examplesNeeded,
    detects,
    unresolved,
    ...(normalInterval && { normal: true }),
    ...(effect === null && support && { tooFew: tooFew(check, row, support) }),
  };
  return {
    check: check.finding.kind,
    rule: checkRule(finding),
    verdict,
    estimate: check.estimate.value,
    lower,
    upper,
    level: 1 - 2 * tail,
    pValue: Math.min(1, 2 * p),
    adjustedPValue: pAdjusted,
    pValueAtFloor: stuck,
    normalApproximation: normal,
    detectableEffect: effect,
    examplesNeeded,
    reason: checkReason(finding),
  };
}
