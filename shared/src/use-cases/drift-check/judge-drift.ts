import { adjustPValues, type PValueAdjustment } from "../../engine/stats/index.js";
import { counted } from "../../engine/report/counted.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { shownName } from "./column-name.js";
import { joinNotes, type ColumnComparison } from "./compare-samples.js";
import {
  driftRule,
  isDrift,
  thresholdFor,
  type DriftMethod,
  type ThresholdChoice,
} from "./drift-methods.js";
import type { DriftColumn, DriftReport } from "./drift-report.js";

export type Correction = DriftReport["settings"]["correction"];

const ADJUSTMENTS: Readonly<Record<Exclude<Correction, "none">, PValueAdjustment>> = {
  holm: "holm",
  bh: "benjamini-hochberg",
  bonferroni: "bonferroni",
};

const scoreResult = (test: { statistic: number } | undefined, pValue: number | null) =>
  test ? { statistic: test.statistic, pValue } : null;

/**
 * The method's own statistic and p-value, read from the tests that ran, or for a Wasserstein
 * test the report leaves out, from its normed distance (`leftOutNormed`), where that is finite.
 */
function methodResult({
  method,
  tests,
  leftOutNormed,
}: ColumnComparison): { statistic: number | null; pValue: number | null } | null {
  switch (method) {
    case "ks":
      return tests.ks ? { statistic: tests.ks.statistic, pValue: tests.ks.p_value } : null;
    case "chi2":
      return tests.chi2 ? { statistic: tests.chi2.statistic, pValue: tests.chi2.p_value } : null;
    case "wasserstein":
      if (tests.wasserstein) return { statistic: tests.wasserstein.normed, pValue: null };
      if (leftOutNormed === undefined) return null;
      return { statistic: Number.isFinite(leftOutNormed) ? leftOutNormed : null, pValue: null };
    case "jensen_shannon":
      return tests.jensen_shannon
        ? { statistic: tests.jensen_shannon.distance, pValue: null }
        : null;
    case "psi":
      return tests.psi ? { statistic: tests.psi.value, pValue: null } : null;
    case "hellinger":
    case "kl_div":
    case "energy":
      return scoreResult(tests[method], null);
    case "mannw":
    case "anderson":
    case "cramer_von_mises":
    case "tvd":
    case "g_test":
    case "z":
      return scoreResult(tests[method], tests[method]?.p_value ?? null);
    case "fisher_exact":
      return tests.fisher_exact
        ? { statistic: tests.fisher_exact.odds_ratio, pValue: tests.fisher_exact.p_value }
        : null;
  }
}

/**
 * The corrected p-value of each feature column tested with one, by index: only those columns
 * form the family that is corrected together. Empty without a correction.
 */
function correctedPValues(
  comparisons: readonly ColumnComparison[],
  pValues: readonly (number | null | undefined)[],
  correction: Correction,
  isFeature: (c: ColumnComparison) => boolean,
): Map<number, number> {
  const adjusted = new Map<number, number>();
  const family = comparisons.flatMap((c, i) => {
    const p = pValues[i];
    return isFeature(c) && typeof p === "number" ? [{ i, p }] : [];
  });
  if (correction === "none" || family.length === 0) return adjusted;
  const { adjusted: values } = adjustPValues(
    family.map((f) => f.p),
    { method: ADJUSTMENTS[correction] },
  );
  family.forEach((f, k) => adjusted.set(f.i, values[k]!));
  return adjusted;
}

/**
 * Whether every current value of a column the reference fills is missing, the column itself
 * absent or not: the column is gone from the current data, the largest change there is, though
 * no test can measure it (Evidently stops at such a column). It drifts; a current dataset
 * without rows stays inconclusive.
 */
const emptied = (c: ColumnComparison): boolean =>
  c.nReference > 0 && c.nCurrent === 0 && c.missingCurrent > 0;

/** A column's note: why it drifted untested, why it could not be tested, or what to know. */
function noteOf(c: ColumnComparison, gone: boolean): string | null {
  if (c.absent) {
    return c.nReference > 0
      ? `absent from the current data, where the reference has ${counted(c.nReference, "value")}`
      : "absent from the current data, and no values in the reference data";
  }
  return gone
    ? `all ${c.missingCurrent} current values are missing, where the reference has ${c.nReference}`
    : c.note;
}

/** The error bound of a score read from sketches, for the methods whose score has one. */
function scoreErrorBound({ method, tests }: DriftColumn): number {
  if (method === "wasserstein") return tests.wasserstein?.normed_error_bound ?? 0;
  if (method === "psi") return tests.psi?.error_bound ?? 0;
  if (method === "jensen_shannon") return tests.jensen_shannon?.error_bound ?? 0;
  if (method === "hellinger") return tests.hellinger?.error_bound ?? 0;
  return 0;
}

/**
 * Whether a score from sketches is nearer its threshold than its error bound: the data's own
 * score may lie on either side, and the verdict, computed as ever, may flip on the data.
 */
const unsettled = (column: DriftColumn): boolean =>
  column.score !== null && scoreErrorBound(column) > Math.abs(column.score - column.threshold);

/** What settles a verdict the sketches cannot: the data, not the profiles. */
const SETTLE = "run check mode on the reference and current data themselves, not profiles";

/**
 * The note of a drifted column whose verdict the sketches cannot settle: a false alarm is what
 * a user acts on. Without parentheses or semicolons, as notes are joined by "; " and shown in
 * parentheses. An unsettled column that does not drift is only counted, in the dataset's note
 * (with default thresholds, most columns of two profiles of the same data are).
 */
function unsettledNote(column: DriftColumn): string | null {
  if (!column.drifted || !unsettled(column)) return null;
  const { score, threshold } = column;
  return (
    `the sketches cannot settle this verdict: the score ${formatNumber(score)} is within ` +
    `${formatNumber(scoreErrorBound(column))}, its error bound, of the threshold ` +
    `${formatNumber(threshold)}, and the data itself may not drift: ${SETTLE}, for the exact score`
  );
}

/** Columns named in the dataset's note; the columns' own scores and bounds say the rest. */
const UNSETTLED_NAMED = 3;

/** Why `k` of `all` unsettled columns are so: not tested, their methods needing exact counts. */
function untestedReason(k: number, all: number): string | null {
  if (k === 0) return null;
  const which = k === all ? (k === 1 ? "it is" : "they are") : `${k} ${k === 1 ? "is" : "are"}`;
  const method = k === 1 ? "its method" : "their methods";
  return `${which} not tested, ${method} needing exact counts that the frequent-value summaries lack`;
}

/** Why `k` of `all` unsettled columns are so: each score within its bound of the threshold. */
function withinReason(k: number, all: number): string | null {
  if (k === 0) return null;
  const whose =
    k === all ? (k === 1 ? "its" : "each") : k === 1 ? "the other's" : "each other one's";
  const threshold = k === 1 && k === all ? "the threshold" : "its threshold";
  return `${whose} score is within its error bound of ${threshold}, so the data's own score may lie on either side`;
}

/**
 * The dataset's note on the columns whose verdict the sketches cannot settle, if any: the
 * categorical ones not tested (`untested`, their methods needing exact counts that the
 * frequent-value summaries lack), then those whose score is within its error bound of the
 * threshold.
 */
function unsettledDatasetNote(
  columns: readonly DriftColumn[],
  untested: readonly string[],
): string | null {
  const within = columns.filter(unsettled).map((c) => c.name);
  const open = [...untested, ...within].map(shownName);
  if (open.length === 0) return null;
  const more = open.length > UNSETTLED_NAMED ? ` and ${open.length - UNSETTLED_NAMED} more` : "";
  const named = `${open.slice(0, UNSETTLED_NAMED).join(", ")}${more}`;
  const reasons = [
    untestedReason(untested.length, open.length),
    withinReason(within.length, open.length),
  ];
  return (
    `the sketches cannot settle the verdict of ${counted(open.length, "column")} (${named}): ` +
    `${reasons.filter((r) => r !== null).join(", and ")}; ` +
    `${SETTLE}, for the exact ${open.length === 1 ? "score" : "scores"}`
  );
}

/** The methods of numbers that measure how far values moved in the data's own units. */
const DISTANCE_METHODS: readonly DriftMethod[] = ["wasserstein", "energy"];

/** Past this KS statistic, a tenth of the values moved past some value: a change worth a look. */
const CODES_KS = 0.1;

/**
 * How many times the normed Wasserstein distance a KS statistic must be to read as codes. A
 * shift of a measured quantity moves KS by about its normed Wasserstein distance or less (0.4
 * times it for a normal, 1.4 times for a lognormal as skewed as prices), where ids whose use
 * moved to nearby ids (an item catalogue's popularity) give a KS 23 times the distance.
 */
const CODES_RATIO = 10;

/**
 * What to know of an integer column tested by a distance whose KS statistic (less its error
 * bound, from sketches) is large beside the normed Wasserstein distance (plus its own bound:
 * from sketches, the least KS beside the most distance): many values moved,
 * each a short way, as when the numbers are codes whose order means nothing, where a move
 * to a nearby code is as large a change as any. A note, not a verdict: the column may be a
 * measured quantity. Null otherwise.
 */
function codesNote({ name, type, method, tests }: ColumnComparison): string | null {
  const { ks, wasserstein } = tests;
  if (type !== "integer" || !DISTANCE_METHODS.includes(method) || !ks || !wasserstein) return null;
  const statistic = ks.statistic - (ks.error_bound ?? 0);
  const bound = wasserstein.normed_error_bound ?? 0;
  if (statistic < CODES_KS || statistic < CODES_RATIO * (wasserstein.normed + bound)) return null;
  const plus = bound > 0 ? ` plus its error bound ${formatNumber(bound)}` : "";
  return (
    `the KS statistic ${formatNumber(ks.statistic)} is over ${CODES_RATIO} times the normed ` +
    `Wasserstein distance ${formatNumber(wasserstein.normed)}${plus}: many values moved a short way, as ` +
    `when the numbers are codes such as ids, whose moves ${method} discounts; if they are, ` +
    `declare the column type string in the data contract to compare it as categories, or ` +
    `name its method, as in method {${shownName(name)}: jensen_shannon}`
  );
}

/** One column's verdict against its threshold. */
function judgeColumn(
  c: ColumnComparison,
  result: ReturnType<typeof methodResult>,
  adjustedP: number | null,
  role: DriftColumn["role"],
  thresholds: ThresholdChoice,
): DriftColumn {
  const threshold = thresholdFor(thresholds, c.name, c.method);
  const score = result ? (adjustedP ?? result.pValue ?? result.statistic) : null;
  // A target without a current value is labels not yet in (they often come days after the
  // predictions), not a target that drifted: it is judged once they are.
  const unlabelled = role === "target" && c.nCurrent === 0;
  const gone = emptied(c) && !unlabelled;
  const column: DriftColumn = {
    name: c.name,
    role,
    type: c.type,
    kind: c.kind,
    method: c.method,
    statistic: result?.statistic ?? null,
    p_value: result?.pValue ?? null,
    adjusted_p_value: adjustedP,
    score,
    threshold,
    drift_when: driftRule(c.method),
    drifted:
      gone ||
      c.leftOutNormed === Infinity ||
      (score !== null && isDrift(c.method, score, threshold)),
    n_reference: c.nReference,
    n_current: c.nCurrent,
    missing_reference: c.missingReference,
    missing_current: c.missingCurrent,
    distinct_reference: c.distinctReference,
    tests: c.tests,
    distribution: c.distribution,
    note: unlabelled
      ? UNLABELLED
      : joinNotes(noteOf(c, gone), codesNote(c), result ? partlyLabelledNote(c, role) : null),
  };
  return { ...column, note: joinNotes(column.note, unsettledNote(column)) };
}

/** The note of a target column whose current data holds no label yet. */
const UNLABELLED =
  "no current value: the labels have not come in yet, and the target is judged once they have";

/**
 * The note of a tested target whose current data is labelled in part: it is judged on the
 * labelled rows, which are not the rest's sample where labels come late for some rows more than
 * others (a chargeback is known in days, a loan's default in months). A label not given, one of
 * the missing values, or not a finite number is none.
 */
function partlyLabelledNote(c: ColumnComparison, role: DriftColumn["role"]): string | null {
  if (role !== "target" || c.nCurrent === 0 || c.missingCurrent === 0) return null;
  return (
    `judged on the ${counted(c.nCurrent, "current row")} with a label, ` +
    `${groupDigits(c.missingCurrent)} more having none yet: labels that come late are seldom a sample of the rest`
  );
}

/**
 * Whether the column of `role` drifted: null where no column has that role, or where the
 * target has no current value to judge.
 */
function roleDrift(columns: readonly DriftColumn[], role: "prediction" | "target"): boolean | null {
  const column = columns.find((c) => c.role === role);
  if (column === undefined || (role === "target" && column.n_current === 0)) return null;
  return column.drifted;
}

/**
 * The dataset's verdict: it drifts when the share of drifted feature columns reaches
 * `driftShare` (with at least one drifted: a drift-share of 0 means "any feature column"), or
 * when the prediction column or the target column drifted, each alone enough.
 */
function judgeDataset(
  columns: readonly DriftColumn[],
  driftShare: number,
  untested: readonly string[],
): DriftReport["dataset"] {
  const tested = columns.filter((c) => c.role === "feature" && (c.score !== null || c.drifted));
  const drifted = tested.filter((c) => c.drifted);
  const share = tested.length === 0 ? 0 : drifted.length / tested.length;
  const featureDrift = drifted.length > 0 && share >= driftShare;
  const predictionDrift = roleDrift(columns, "prediction");
  const targetDrift = roleDrift(columns, "target");
  return {
    drifted: featureDrift || predictionDrift === true || targetDrift === true,
    inconclusive: tested.length === 0,
    share,
    feature_drift: featureDrift,
    prediction_drift: predictionDrift,
    target_drift: targetDrift,
    tested_columns: tested.length,
    drifted_columns: columns.filter((c) => c.drifted).map((c) => c.name),
    notes: [unsettledDatasetNote(columns, untested)].filter((note) => note !== null),
  };
}

/**
 * Turns comparisons into verdicts: each column against its threshold (p-values of the feature
 * columns corrected together first, when asked), then the dataset. The prediction and target
 * columns (`roles`) are left out of the correction's family as out of the share: each is a
 * verdict of its own, on a question asked once, whose p-value is compared as it is.
 */
export function judgeDrift(
  comparisons: readonly ColumnComparison[],
  options: {
    thresholds: ThresholdChoice;
    correction: Correction;
    driftShare: number;
    roles: { prediction: string | undefined; target: string | undefined };
  },
): { columns: DriftColumn[]; dataset: DriftReport["dataset"] } {
  const results = comparisons.map(methodResult);
  const { prediction, target } = options.roles;
  const roleOf = ({ name }: ColumnComparison): DriftColumn["role"] =>
    name === prediction ? "prediction" : name === target ? "target" : "feature";
  const isFeature = (c: ColumnComparison) => roleOf(c) === "feature";
  const pValues = results.map((r) => r?.pValue);
  const adjusted = correctedPValues(comparisons, pValues, options.correction, isFeature);
  const columns = comparisons.map((c, i) =>
    judgeColumn(c, results[i] ?? null, adjusted.get(i) ?? null, roleOf(c), options.thresholds),
  );
  const untested = comparisons.filter((c) => c.unsettled).map((c) => c.name);
  return { columns, dataset: judgeDataset(columns, options.driftShare, untested) };
}
