import { isNumericType } from "../../engine/data/column-type.js";
import { KllSketch } from "../../engine/profile/kll-sketch.js";
import { compareProfiles } from "../../engine/profile/compare-profiles.js";
import type { ColumnProfile, Profile } from "../../engine/profile/profile-types.js";
import {
  hellingerCategories,
  jensenShannonDrift,
  kolmogorovSmirnovSf,
  ksTwoSampleOfWalk,
  WASSERSTEIN_STD_FLOOR,
} from "../../engine/stats/index.js";
import {
  BIN_DISTINCT,
  binnedCounts,
  categoricalTests,
  joinNotes,
  refuseMethod,
  refuseOnNumbers,
  type ColumnComparison,
  type MethodPicker,
} from "./compare-samples.js";
import { categoryShares, histogram } from "./distribution.js";
import {
  CATEGORICAL_DISTINCT,
  NUMERIC_METHODS,
  type ColumnKind,
  type DriftMethod,
} from "./drift-methods.js";
import type { ColumnTests } from "./drift-report.js";
import { InputError } from "../../engine/errors.js";
import { formatNumber, formatShare } from "../../engine/report/format-number.js";
import { shownName } from "./column-name.js";
import {
  countingIntegersNote,
  laterDateTextsNote,
  laterDatetimesNote,
  untestedCategoriesNote,
} from "./id-like.js";
import { countScore, seenCategories } from "./method-scores.js";
import { reportedWasserstein, unknownSpreadNote } from "./wasserstein-past-largest.js";
import {
  exactSideRange,
  unplacedRange,
  type BoundedMethod,
  type BoundedScore,
} from "./summary-bounds.js";

/** The methods that read every value of a column of numbers, which a profile only sketches. */
const VALUE_METHODS: readonly DriftMethod[] = [
  "energy",
  "mannw",
  "anderson",
  "cramer_von_mises",
  "hellinger",
  "kl_div",
];

/**
 * A method that needs a numeric column's values is refused on a profile: its sketch holds
 * quantiles, and Evidently's binning or ranks cannot be rebuilt from them.
 */
function refuseOnSketch(column: string, method: DriftMethod, kind: ColumnKind, numeric: boolean) {
  const counted = kind === "categorical" && !NUMERIC_METHODS.includes(method);
  if (!numeric || counted || !VALUE_METHODS.includes(method)) return;
  throw new InputError(
    "method",
    `${method} needs every value of column '${shownName(column)}', and a profile holds only a sketch of them`,
    "Compare the data itself, or use ks, wasserstein, psi, chi2 or jensen_shannon with a profile",
  );
}

/** The bins of PSI from profiles: at the reference's deciles. */
export const PROFILE_PSI_BINS = 10;

/** How many of a column's values its frequent-value summary counts against a value. */
const heldCount = (column: ColumnProfile) =>
  (column.frequent?.items ?? []).reduce((sum, item) => sum + item.count, 0);

/**
 * The share of each side's values that its summary counts against a value, in words; a column
 * of numbers past the exact cap keeps no frequent values, and its sketch counts them instead.
 */
const heldShares = (ref: ColumnProfile, cur: ColumnProfile) => {
  const held = (column: ColumnProfile, side: string) =>
    column.frequent
      ? `${formatShare(heldCount(column) / column.count)} of the ${side}'s values`
      : `the ${side}'s values in its quantile sketch`;
  return `${held(ref, "reference")} and ${held(cur, "current")}`;
};

/**
 * Category counts from a profile's frequent values. Past the exact cap they are the Misra-Gries
 * summary: the values it does not hold are summed as "(other)", so the totals stay right.
 */
function countsOf(column: ColumnProfile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of column.frequent?.items ?? []) counts.set(String(item.value), item.count);
  const held = heldCount(column);
  if (column.count > held) counts.set("(other)", column.count - held);
  return counts;
}

/**
 * The methods that summaries past their exact counts can settle: the distances whose range the
 * values left unplaced bound (`summary-bounds.ts`). A p-value over many rows turns the least
 * error into certainty (as a sketched KS statistic's would), and kl_div has no bound.
 */
const SUMMARY_METHODS: readonly DriftMethod[] = ["jensen_shannon", "hellinger"];

/**
 * Why the frequent-value summaries cannot settle a column's test: null where both count every
 * value exactly, or where the method is one whose range they bound (SUMMARY_METHODS).
 */
function unsettledNote(ref: ColumnProfile, cur: ColumnProfile, method: DriftMethod) {
  if (isExact(ref) && isExact(cur)) return null;
  if (SUMMARY_METHODS.includes(method)) return null;
  return `the profiles' frequent-value summaries hold only the most frequent of its many values, from which ${method} cannot be settled, so it is not tested: compare the data itself in check mode to test it`;
}

const isExact = (column: ColumnProfile) => column.frequent?.exact === true;

/**
 * The least and most count of each of `values` (the other side's exact values) in a column
 * whose summary is not exact: a Misra-Gries count is short by at most its `maxError` (and by
 * no more than the values left unplaced), and a value it dropped has at most that many; a
 * column of numbers past the exact cap keeps no frequent values, and its quantile sketch counts
 * each within twice its rank error, with the sketch's stated confidence (KLL's rank error is
 * itself a bound held with about 99% confidence).
 */
function countRange(column: ColumnProfile, values: readonly string[]) {
  const range = (count: (value: string) => number, below: number, above: number) => ({
    low: values.map((value) => Math.max(0, count(value) - below)),
    high: values.map((value) => Math.min(column.count, count(value) + above)),
  });
  if (column.frequent) {
    const counts = new Map(column.frequent.items.map((item) => [String(item.value), item.count]));
    const slack = Math.min(column.frequent.maxError, column.count - heldCount(column));
    return range((value) => counts.get(value) ?? 0, 0, slack);
  }
  // Without frequent values, a column of numbers past the exact cap, which always has a sketch.
  const { values: items, weights } = sketchItems(column);
  const slack = 2 * column.sketch!.rankError * column.count;
  const weighed = (value: string) =>
    items.reduce((sum, item, i) => (item === Number(value) ? sum + weights[i]! : sum), 0);
  return range(weighed, slack, slack);
}

/**
 * The distance of one column from summaries of which at most one is exact, as the middle of
 * the range the data's own distance may take and its half-width (`summary-bounds.ts`).
 */
function boundedDistance(
  method: BoundedMethod,
  ref: ColumnProfile,
  cur: ColumnProfile,
  counts: { ref: Map<string, number>; cur: Map<string, number> },
): BoundedScore {
  if (isExact(ref) || isExact(cur)) {
    const [exact, other] = isExact(ref) ? [ref, cur] : [cur, ref];
    const items = exact.frequent!.items;
    const { low, high } = countRange(
      other,
      items.map((item) => String(item.value)),
    );
    const share = (counts: number[]) => counts.map((n) => n / other.count);
    const p = items.map((item) => item.count / exact.count);
    return exactSideRange(method, p, share(low), share(high));
  }
  const score =
    method === "hellinger"
      ? hellingerCategories(counts.ref, counts.cur)
      : jensenShannonDrift(counts.ref, counts.cur).distance;
  const unplaced = (column: ColumnProfile) => 1 - heldCount(column) / column.count;
  return unplacedRange(method, score, unplaced(ref), unplaced(cur));
}

/**
 * The tests of counts from summaries past their exact counts: Jensen-Shannon, and Hellinger
 * where it decides, each the middle of its range with the half-width as its error bound, and
 * the range's ends, near one of which the data's own often lies; no chi2, whose p-value they
 * cannot settle.
 */
function summaryTests(
  ref: ColumnProfile,
  cur: ColumnProfile,
  method: DriftMethod,
  counts: { ref: Map<string, number>; cur: Map<string, number> },
): ColumnTests {
  const bounded = (bounds: BoundedScore) => ({
    error_bound: bounds.errorBound,
    range: [bounds.low, bounds.high] as [number, number],
  });
  const js = boundedDistance("jensen_shannon", ref, cur, counts);
  const tests: ColumnTests = {
    jensen_shannon: { distance: js.score, base: "e", ...bounded(js) },
  };
  if (method === "hellinger") {
    const h = boundedDistance("hellinger", ref, cur, counts);
    tests.hellinger = { statistic: h.score, binning: "categories", ...bounded(h) };
  }
  return tests;
}

/** The sketch's items and weights, sorted, for the histogram. */
function sketchItems(column: ColumnProfile) {
  const sketch = column.sketch!;
  return KllSketch.fromState({
    k: sketch.k,
    n: sketch.n,
    levels: sketch.levels,
    compactions: sketch.compactions,
  }).weightedItems();
}

type SketchComparison = ReturnType<typeof compareProfiles>[number];

/**
 * KS from the profiles: where both sides hold exact counts (or exact sketches), the test of the
 * data itself, as check mode runs it. From a sketch, the statistic may be off by its error
 * bound, and at many values a p-value turns the smallest error into certainty (at 100,000 rows
 * a side, a statistic of 0.005 is drift): the p-value is the largest the sketch allows, that of
 * the statistic less its bound, so that a drift it reports is there whatever the sketch's error
 * (with the sketch's stated confidence).
 */
function ksTest(
  ref: ColumnProfile,
  cur: ColumnProfile,
  comparison: SketchComparison,
): NonNullable<ColumnTests["ks"]> {
  const { statistic, errorBound } = comparison.ks!;
  if (errorBound === 0) {
    const exact = ksTwoSampleOfWalk(comparison.walk!);
    return {
      statistic: exact.statistic,
      p_value: exact.pValue,
      method: exact.method,
      error_bound: 0,
    };
  }
  const en = (ref.count * cur.count) / (ref.count + cur.count);
  return {
    statistic,
    p_value: kolmogorovSmirnovSf(Math.max(1, Math.round(en)), Math.max(0, statistic - errorBound)),
    method: "asymp",
    error_bound: errorBound,
  };
}

/**
 * The normed Wasserstein test from the counts or quantile sketches, with its error bounds: the
 * reference's standard deviation floored at WASSERSTEIN_STD_FLOOR, as in check mode; null
 * where the profiles cannot give that deviation (`unknownSpreadNote`).
 */
function wassersteinTest(
  comparison: SketchComparison,
): NonNullable<ColumnTests["wasserstein"]> | null {
  const w = comparison.wasserstein!;
  if (w.std === null) return null;
  // Above the floor, the comparison's own normed values, taken in halves where they must be.
  const floored = w.std < WASSERSTEIN_STD_FLOOR;
  return {
    distance: w.distance,
    normed: floored ? w.distance / WASSERSTEIN_STD_FLOOR : w.normed!,
    error_bound: w.errorBound,
    normed_error_bound: floored ? w.errorBound / WASSERSTEIN_STD_FLOOR : w.normedErrorBound!,
  };
}

/**
 * KS and normed Wasserstein from the counts or quantile sketches, each with its error bound,
 * and why Wasserstein is left out where it is (`reportedWasserstein`, `unknownSpreadNote`).
 */
function sketchTests(
  ref: ColumnProfile,
  cur: ColumnProfile,
  comparison: SketchComparison | undefined,
  method: DriftMethod,
): { tests: ColumnTests; note: string | null; leftOutNormed?: number } {
  if (!comparison?.ks || !comparison.wasserstein) return { tests: {}, note: null };
  const ks = ksTest(ref, cur, comparison);
  const normed = wassersteinTest(comparison);
  if (normed === null) return { tests: { ks }, note: unknownSpreadNote(method) };
  const { test, ...leftOut } = reportedWasserstein(normed, method);
  return { tests: { ks, ...(test && { wasserstein: test }) }, ...leftOut };
}

/**
 * What a KS p-value from a sketch is, where KS decides the column; a statistic within the bound
 * is no evidence either way, and the note says what would test it.
 */
function sketchedKsNote(method: DriftMethod, comparison: SketchComparison | undefined) {
  const bound = comparison?.ks?.errorBound ?? 0;
  if (method !== "ks" || bound === 0) return null;
  const note = `KS p-value of the sketched statistic less ${formatNumber(bound)}, its error bound`;
  return comparison!.ks!.statistic > bound
    ? note
    : `${note}: a shift this small cannot be told from the sketches, so compare the data itself in check mode to test it`;
}

/**
 * The tests of one column that both profiles describe, with why Wasserstein is left out where
 * it is, and the normed distance the column is then judged by, if any (`sketchTests`).
 */
function profileTests(
  ref: ColumnProfile,
  cur: ColumnProfile,
  picked: { method: DriftMethod; counts: ProfileCounts | undefined; numeric: boolean },
  comparison: SketchComparison | undefined,
): { tests: ColumnTests; note: string | null; leftOutNormed?: number } {
  const sketched = picked.numeric
    ? sketchTests(ref, cur, comparison, picked.method)
    : { tests: {}, note: null };
  const { tests } = sketched;
  const { counts } = picked;
  if (counts) {
    Object.assign(
      tests,
      counts.fromSummaries
        ? summaryTests(ref, cur, picked.method, counts)
        : {
            ...categoricalTests(counts.ref, counts.cur),
            ...countScore(ref.name, picked.method, counts.ref, counts.cur),
          },
    );
  }
  if (picked.method === "psi" && comparison) {
    tests.psi = {
      value: comparison.psi.statistic,
      bins: comparison.psi.bins,
      binning: `reference deciles of the ${comparison.ks?.errorBound === 0 ? "counts" : "sketch"}`,
      error_bound: comparison.psi.errorBound,
    };
  }
  return sketched;
}

interface ProfileCounts {
  readonly ref: Map<string, number>;
  readonly cur: Map<string, number>;
  readonly note: string | null;
  /**
   * From summaries past their exact counts: no chi2, whose p-value they cannot settle, nor
   * categories new in current, which a value the reference's summary dropped would fake.
   */
  readonly fromSummaries: boolean;
}

/**
 * The counts chi-square and Jensen-Shannon compare: a continuous column's sketches binned at the
 * reference's quantiles, as in check mode; otherwise the frequent values, or why they cannot
 * settle the test (`unsettledNote`).
 */
function profileCounts(
  ref: ColumnProfile,
  cur: ColumnProfile,
  continuous: boolean,
  method: DriftMethod,
): ProfileCounts | { unsettled: string } {
  if (continuous && ref.distinct.value > BIN_DISTINCT) {
    const binned = binnedCounts(sketchItems(ref), sketchItems(cur), ref.count);
    return {
      ...binned,
      note: `${binned.binned}, from the sketches (approximate)`,
      fromSummaries: false,
    };
  }
  const unsettled = unsettledNote(ref, cur, method);
  if (unsettled) return { unsettled };
  const fromSummaries = !isExact(ref) || !isExact(cur);
  return {
    ref: countsOf(ref),
    cur: countsOf(cur),
    note: fromSummaries
      ? `counts from frequent-value summaries holding ${heldShares(ref, cur)}: the distance is the middle of the range the data's own may take, and its error bound the half-width, with chi2 and the categories new in current left out`
      : null,
    fromSummaries,
  };
}

/**
 * Why a column is not tested: no values on a side, or its reference values are no categories
 * (`untestedCategoriesNote`, from the values the profile kept).
 */
function untestedNote(ref: ColumnProfile, cur: ColumnProfile, numeric: boolean, named: boolean) {
  const empty = ref.count === 0 ? "reference" : cur.count === 0 ? "current" : null;
  if (empty) return `no values in the ${empty} data`;
  if (numeric) return null;
  const kept = (ref.frequent?.items ?? []).map((item) => String(item.value));
  return untestedCategoriesNote({
    name: ref.name,
    values: ref.count,
    distinct: ref.distinct,
    kept,
    named,
  });
}

/** `laterDateTextsNote` from the frequent values, or `laterDatetimesNote` from the sketch. */
function laterDatesOf(ref: ColumnProfile, cur: ColumnProfile, numeric: boolean): string | null {
  if (!numeric) return laterDateTextsNote(countsOf(ref), countsOf(cur));
  if (ref.type !== "datetime") return null;
  return laterDatetimesNote(ref.type, { first: ref.min!, last: ref.max! }, sketchItems(cur));
}

/**
 * Why a column is not tested where a profile withheld its values (a sensitive field's, which
 * keeps its counts alone), naming the side; null where both kept them.
 */
function withheldNote(ref: ColumnProfile, cur: ColumnProfile): string | null {
  const sides = [ref.sensitive && "reference", cur.sensitive && "current"].filter(Boolean);
  if (sides.length === 0) return null;
  const which = sides.length === 2 ? "both profiles hold" : `the ${sides[0]} profile holds`;
  return (
    `not tested: ${which} no values of this column, only its counts, as a sensitive field ` +
    "where it was profiled, marked x-mlops sensitive in its data contract: compare the data " +
    "itself in check mode to test it"
  );
}

/**
 * A column a profile withheld, untested with `why`: its method is the one it would have had by
 * its type and distinct count, and nothing is refused, as no test runs.
 */
function untestedWithheld(
  ref: ColumnProfile,
  cur: ColumnProfile,
  pick: MethodPicker,
  why: string,
): ColumnComparison {
  const numbers = isNumericType(ref.type);
  const numeric = numbers && ref.type !== "boolean" && ref.distinct.value > CATEGORICAL_DISTINCT;
  const kind: ColumnKind = numeric ? "numeric" : "categorical";
  const { method } = pick(ref.name, kind, numbers, numeric ? Infinity : ref.distinct.value);
  return { ...comparedCounts(ref, cur, kind, method), tests: {}, distribution: null, note: why };
}

/** What a comparison of two profiles' column tells whatever its tests: its kind and counts. */
function comparedCounts(
  ref: ColumnProfile,
  cur: ColumnProfile,
  kind: ColumnKind,
  method: ColumnComparison["method"],
) {
  return {
    name: ref.name,
    type: ref.type,
    kind,
    method,
    nReference: ref.count,
    nCurrent: cur.count,
    missingReference: ref.missing + ref.infinite,
    missingCurrent: cur.missing + cur.infinite,
    distinctReference: ref.distinct.value,
  };
}

/** One column compared from the two profiles. */
function compareColumn(
  ref: ColumnProfile,
  cur: ColumnProfile,
  pick: MethodPicker,
  comparison: SketchComparison | undefined,
): ColumnComparison {
  const withheld = withheldNote(ref, cur);
  if (withheld) return untestedWithheld(ref, cur, pick, withheld);
  const numeric = ref.sketch !== null && cur.sketch !== null;
  const kind: ColumnKind =
    numeric && ref.type !== "boolean" && ref.distinct.value > CATEGORICAL_DISTINCT
      ? "numeric"
      : "categorical";
  const categories =
    kind === "categorical" ? seenCategories(countsOf(ref), countsOf(cur)).length : Infinity;
  const { method, note, named = false } = pick(ref.name, kind, numeric, categories);
  if (!numeric && NUMERIC_METHODS.includes(method)) refuseMethod(ref.name, method, ref.type);
  refuseOnNumbers(ref.name, method, kind);
  refuseOnSketch(ref.name, method, kind, numeric);
  const base = comparedCounts(ref, cur, kind, method);
  const untested = (why: string) => ({
    ...base,
    tests: {},
    distribution: null,
    note: joinNotes(why, note),
  });
  const why = untestedNote(ref, cur, numeric, named);
  if (why) return untested(why);
  const categorical = kind === "categorical" || !NUMERIC_METHODS.includes(method);
  const counts = categorical ? profileCounts(ref, cur, kind === "numeric", method) : undefined;
  if (counts && "unsettled" in counts) return { ...untested(counts.unsettled), unsettled: true };
  const tested = profileTests(ref, cur, { method, counts, numeric }, comparison);
  return {
    ...base,
    tests: tested.tests,
    distribution:
      kind === "categorical" && counts
        ? categoryShares(counts.ref, counts.cur)
        : histogram(sketchItems(ref), sketchItems(cur)),
    note: joinNotes(
      counts?.note ?? null,
      sketchedKsNote(method, comparison),
      countingIntegersNote(ref.type, ref.count, ref.distinct),
      laterDatesOf(ref, cur, numeric),
      tested.note,
      note,
    ),
    ...(tested.leftOutNormed !== undefined && { leftOutNormed: tested.leftOutNormed }),
  };
}

/**
 * Compares two profiles column by column: numeric columns by their quantile sketches
 * (`compareProfiles`, with its error bounds; the KS p-value from the asymptotic distribution of
 * the sketched statistic), categorical ones by their frequent-value counts (exact while the
 * profiles hold every distinct value).
 */
export function compareProfileColumns(
  reference: Profile,
  current: Profile,
  names: readonly string[],
  pick: MethodPicker,
): ColumnComparison[] {
  // Only the columns compared: one left out is read as text on one side, whatever its type.
  const wanted = new Set(names);
  const chosen = { ...reference, columns: reference.columns.filter((c) => wanted.has(c.name)) };
  const sketched = new Map(
    compareProfiles(chosen, current, { bins: PROFILE_PSI_BINS }).map((c) => [c.column, c]),
  );
  const byName = (profile: Profile) => new Map(profile.columns.map((c) => [c.name, c]));
  const refColumns = byName(reference);
  const curColumns = byName(current);
  return names.map((name) =>
    compareColumn(refColumns.get(name)!, curColumns.get(name)!, pick, sketched.get(name)),
  );
}
