import { KllSketch } from "../../engine/profile/kll-sketch.js";
import { compareProfiles } from "../../engine/profile/compare-profiles.js";
import type { ColumnProfile, Profile } from "../../engine/profile/profile-types.js";
import {
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
import { formatNumber } from "../../engine/report/format-number.js";
import { shownName } from "./column-name.js";
import {
  countingIntegersNote,
  laterDateTextsNote,
  laterDatetimesNote,
  mostlyDistinctNote,
} from "./id-like.js";
import { countScore, seenCategories } from "./method-scores.js";

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

/**
 * Category counts from a profile's frequent values. Past the exact cap they are the Misra-Gries
 * summary: the values it does not hold are summed as "(other)", so the totals stay right.
 */
function countsOf(column: ColumnProfile): Map<string, number> {
  const counts = new Map<string, number>();
  let held = 0;
  for (const item of column.frequent?.items ?? []) {
    counts.set(String(item.value), item.count);
    held += item.count;
  }
  if (column.count > held) counts.set("(other)", column.count - held);
  return counts;
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
 * the statistic less its bound, so that a drift it reports is there whatever the sketch's error.
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

/** KS and normed Wasserstein from the counts or quantile sketches, each with its error bound. */
function sketchTests(
  ref: ColumnProfile,
  cur: ColumnProfile,
  comparison: SketchComparison | undefined,
): ColumnTests {
  if (!comparison?.ks || !comparison.wasserstein) return {};
  const std = Math.max(ref.stddev ?? 0, WASSERSTEIN_STD_FLOOR);
  return {
    ks: ksTest(ref, cur, comparison),
    wasserstein: {
      distance: comparison.wasserstein.distance,
      normed: comparison.wasserstein.distance / std,
      error_bound: comparison.wasserstein.errorBound,
      normed_error_bound: comparison.wasserstein.errorBound / std,
    },
  };
}

/**
 * What a KS p-value from a sketch is, where KS decides the column; a statistic within the bound
 * is no evidence either way, and the note says what would test it.
 */
function sketchedKsNote(method: DriftMethod, comparison: SketchComparison | undefined) {
  const bound = comparison?.ks?.errorBound ?? 0;
  if (method !== "ks" || bound === 0) return null;
  const note = `KS p-value of the sketched statistic less its error bound (${formatNumber(bound)})`;
  return comparison!.ks!.statistic > bound
    ? note
    : `${note}: a shift this small cannot be told from the sketches; compare the data itself (check mode) to test it`;
}

/** The tests of one column that both profiles describe. */
function profileTests(
  ref: ColumnProfile,
  cur: ColumnProfile,
  picked: { method: DriftMethod; counts: ProfileCounts | undefined; numeric: boolean },
  comparison: SketchComparison | undefined,
): ColumnTests {
  const tests: ColumnTests = picked.numeric ? sketchTests(ref, cur, comparison) : {};
  const { counts } = picked;
  if (counts) {
    Object.assign(tests, categoricalTests(counts.ref, counts.cur));
    Object.assign(tests, countScore(ref.name, picked.method, counts.ref, counts.cur));
  }
  if (picked.method === "psi" && comparison) {
    tests.psi = {
      value: comparison.psi.statistic,
      bins: comparison.psi.bins,
      binning: `reference deciles of the ${comparison.ks?.errorBound === 0 ? "counts" : "sketch"}`,
      error_bound: comparison.psi.errorBound,
    };
  }
  return tests;
}

type ProfileCounts = ReturnType<typeof profileCounts>;

/**
 * The counts chi-square and Jensen-Shannon compare: a continuous column's sketches binned at the
 * reference's quantiles, as in check mode; otherwise the frequent values.
 */
function profileCounts(ref: ColumnProfile, cur: ColumnProfile, continuous: boolean) {
  if (continuous && ref.distinct.value > BIN_DISTINCT) {
    const binned = binnedCounts(sketchItems(ref), sketchItems(cur), ref.count);
    return { ...binned, note: `${binned.binned}, from the sketches (approximate)` };
  }
  const exact = ref.frequent?.exact === true && cur.frequent?.exact === true;
  return {
    ref: countsOf(ref),
    cur: countsOf(cur),
    note: exact ? null : "counts from frequent-value summaries (approximate)",
  };
}

/** Why a column is not tested: no values on a side, or reference values mostly distinct. */
function untestedNote(ref: ColumnProfile, cur: ColumnProfile, numeric: boolean): string | null {
  const empty = ref.count === 0 ? "reference" : cur.count === 0 ? "current" : null;
  if (empty) return `no values in the ${empty} data`;
  return numeric ? null : mostlyDistinctNote(ref.count, ref.distinct);
}

/** `laterDateTextsNote` from the frequent values, or `laterDatetimesNote` from the sketch. */
function laterDatesOf(ref: ColumnProfile, cur: ColumnProfile, numeric: boolean): string | null {
  if (!numeric) return laterDateTextsNote(countsOf(ref), countsOf(cur));
  if (ref.type !== "datetime") return null;
  return laterDatetimesNote(ref.type, { first: ref.min!, last: ref.max! }, sketchItems(cur));
}

/** One column compared from the two profiles. */
function compareColumn(
  ref: ColumnProfile,
  cur: ColumnProfile,
  pick: MethodPicker,
  comparison: SketchComparison | undefined,
): ColumnComparison {
  const base = {
    name: ref.name,
    type: ref.type,
    nReference: ref.count,
    nCurrent: cur.count,
    missingReference: ref.missing + ref.infinite,
    missingCurrent: cur.missing + cur.infinite,
    distinctReference: ref.distinct.value,
  };
  const numeric = ref.sketch !== null && cur.sketch !== null;
  const kind: ColumnKind =
    numeric && ref.type !== "boolean" && ref.distinct.value > CATEGORICAL_DISTINCT
      ? "numeric"
      : "categorical";
  const categories =
    kind === "categorical" ? seenCategories(countsOf(ref), countsOf(cur)).length : Infinity;
  const { method, note } = pick(ref.name, kind, numeric, categories);
  if (!numeric && NUMERIC_METHODS.includes(method)) refuseMethod(ref.name, method, ref.type);
  refuseOnNumbers(ref.name, method, kind);
  refuseOnSketch(ref.name, method, kind, numeric);
  const untested = untestedNote(ref, cur, numeric);
  if (untested) {
    return {
      ...base,
      kind,
      method,
      tests: {},
      distribution: null,
      note: joinNotes(untested, note),
    };
  }
  const categorical = kind === "categorical" || !NUMERIC_METHODS.includes(method);
  const counts = categorical ? profileCounts(ref, cur, kind === "numeric") : undefined;
  return {
    ...base,
    kind,
    method,
    tests: profileTests(ref, cur, { method, counts, numeric }, comparison),
    distribution:
      kind === "categorical" && counts
        ? categoryShares(counts.ref, counts.cur)
        : histogram(sketchItems(ref), sketchItems(cur)),
    note: joinNotes(
      counts?.note ?? null,
      sketchedKsNote(method, comparison),
      countingIntegersNote(ref.type, ref.count, ref.distinct),
      laterDatesOf(ref, cur, numeric),
      note,
    ),
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
