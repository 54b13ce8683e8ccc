import { formatNumber } from "../../engine/report/format-number.js";
import { KllSketch } from "../../engine/profile/kll-sketch.js";
import { scaledMoments } from "../../engine/stats/scaled-moments.js";
import type { ColumnProfile, DistinctCount, Profile } from "../../engine/profile/profile-types.js";
import {
  ABSENT_FIELD_NOTE,
  dateText,
  skippedCheck,
  withheldStatistic,
  type CheckLevel,
  type CheckResult,
} from "./check-result.js";
import {
  boundValue,
  isDated,
  type ContractField,
  type Range,
  type TableSchemaDescriptor,
  type ValueRange,
} from "./data-contract.js";
import { EXACT_DISTINCT_CAP } from "./distinct-counts.js";

/** What the pass over the data kept for the statistics beyond the profile. */
export interface PassCounts {
  /** The finer sketches of the fields with quantile checks. */
  readonly quantileSketches: ReadonlyMap<string, KllSketch>;
  /** The exact distinct counts of the fields with distinct checks; null past the cap. */
  readonly distinctCounts: ReadonlyMap<string, number | null>;
}

/** How a statistic's values and bounds are shown: numbers, or dates on a date field. */
type Shown = (value: number) => number | string;

export const rangeText = ({ min, max }: Range, shown: Shown = formatNumber): string =>
  min !== undefined && max !== undefined
    ? `between ${shown(min)} and ${shown(max)}`
    : min !== undefined
      ? `≥ ${shown(min)}`
      : `≤ ${shown(max!)}`;

const within = (value: number, { min, max }: Range) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/** Why a statistic fails that could not be computed: a dataset without rows, a column all missing. */
const NO_VALUES_NOTE = "not computed: the column has no values";

/** A check of one statistic against a range; a statistic that cannot be computed fails. */
export function statisticCheck(
  check: string,
  column: string | null,
  level: CheckLevel,
  range: Range,
  observed: number | null,
  note: string | null = null,
  shown?: Shown,
): CheckResult {
  return {
    id: column === null ? check : `${column}.${check}`,
    check,
    column,
    level,
    status: observed !== null && within(observed, range) ? "pass" : "fail",
    evaluated: null,
    failed: null,
    mostly: null,
    expected: rangeText(range, shown),
    observed: observed === null || shown === undefined ? observed : shown(observed),
    examples: [],
    note: note ?? (observed === null ? NO_VALUES_NOTE : null),
  };
}

/**
 * The sketch a column's quantile checks read, once for all of them: the finer one the pass kept
 * for them, else the profile's; null where the profile has no values to sketch.
 */
function sketchOf(column: ColumnProfile | undefined, finer: KllSketch | undefined) {
  const sketch = column?.sketch ?? null;
  if (sketch === null || sketch.n === 0) return null;
  return finer ?? KllSketch.fromState(sketch);
}

/**
 * How sure a quantile read from a sketch is: the values its rank error e allows, the sketch's
 * at q - e and q + e (the column's exact min and max past the ends), and whether a bound lies
 * among them, where the sketch cannot tell on which side of the bound the data's quantile is.
 * Null while the sketch holds every value.
 */
function sketchedQuantileNote(
  sketch: KllSketch,
  column: ColumnProfile,
  q: number,
  range: Range,
  shown: Shown,
): string | null {
  const e = sketch.rankError;
  if (e === 0) return null;
  const low = q - e <= 0 ? (column.min ?? sketch.quantile(0)) : sketch.quantile(q - e);
  const high = q + e >= 1 ? (column.max ?? sketch.quantile(1)) : sketch.quantile(q + e);
  const note =
    `estimated from a quantile sketch, within ±${formatNumber(e)} in rank: the data's ` +
    `${q} quantile lies between ${shown(low)} and ${shown(high)}`;
  const open = openBounds(range, low, high, shown);
  return open === null ? note : `${note}; ${open}, so the sketch cannot settle this check`;
}

/** The bounds of `range` between `low` and `high`, where an estimate cannot tell its side. */
function openBounds(range: Range, low: number, high: number, shown: Shown): string | null {
  const inside = [range.min, range.max].filter((b) => b !== undefined && b >= low && b <= high);
  if (inside.length === 0) return null;
  const bounds = inside.map((b) => shown(b!)).join(" and ");
  return `${inside.length === 1 ? `the bound ${bounds} is` : `the bounds ${bounds} are`} in that range`;
}

/**
 * The distinct check: exact where the pass counted the field's values (`distinctCounts`, up to
 * `EXACT_DISTINCT_CAP`) or the profile did. Past that, the profile's HyperLogLog estimate and
 * its two standard errors (about 95% of estimates) bound the data's count, and so does the cap
 * from below: the check passes or fails where the range does, and a bound within it leaves the
 * check unsettled (skipped, with the estimate and the range), not failed on the estimate alone.
 * An estimate whose range lies wholly below the cap leaves the count only known to be past it.
 */
function distinctCheck(
  name: string,
  range: Range,
  distinct: DistinctCount | undefined,
  counted: number | null | undefined,
): CheckResult {
  const exact = counted ?? (distinct?.exact ? distinct.value : undefined);
  if (exact !== undefined || distinct === undefined) {
    return statisticCheck("distinct", name, "column", range, exact ?? null);
  }
  const { value, relativeError: error } = distinct;
  const least = counted === null ? EXACT_DISTINCT_CAP + 1 : 0;
  const low = Math.max(least, Math.floor(value / (1 + 2 * error)));
  const upper = Math.ceil(value / (1 - 2 * error));
  // An estimate too low for the values counted (about one in 45, just past the cap) bounds nothing.
  const high = upper < least ? Infinity : upper;
  const past = counted === null ? ` past the ${EXACT_DISTINCT_CAP} values counted exactly` : "";
  const span =
    high === Infinity
      ? `the estimate lies more than two standard errors below the ${least} values counted, ` +
        `so the data's distinct count is ${least} or more, with no upper limit`
      : `the data's distinct count lies between ${low} and ${high} (two standard errors)`;
  const how = `estimated by HyperLogLog${past}, relative standard error ${formatNumber(error)}`;
  const note = `${how}: ${span}`;
  const open = openBounds(range, low, high, formatNumber);
  const check = statisticCheck("distinct", name, "column", range, value, note);
  if (open !== null) {
    const unsettled = `${note}; ${open}, so the estimate cannot settle this check`;
    return { ...skippedCheck(check, unsettled), observed: value };
  }
  // Settled: the whole range is on one side of each bound, the estimate with it or not.
  return { ...check, status: within(low, range) && within(high, range) ? "pass" : "fail" };
}

/**
 * The row count (at least one row unless `x-mlops.rows` says otherwise: a dataset without
 * rows is almost always a broken export) and each field's statistics, read from the profile:
 * missing ratio, mean, quantiles (from a KLL sketch, with a note of the values its rank error
 * allows: the field's in `quantileSketches`, else the profile's) and distinct count (exact up to
 * `EXACT_DISTINCT_CAP` where the pass counted it in `distinctCounts`, else up to the profile's
 * `exactCap`; a HyperLogLog estimate past it).
 */
export function statisticChecks(
  descriptor: TableSchemaDescriptor,
  profile: Profile,
  { quantileSketches, distinctCounts }: Partial<PassCounts> = {},
): CheckResult[] {
  const rows = descriptor["x-mlops"]?.rows ?? { min: 1 };
  const columns = new Map(profile.columns.map((column) => [column.name, column]));
  return [
    statisticCheck("rows", null, "dataset", rows, profile.rowCount),
    ...descriptor.fields.flatMap((field) => {
      const stats = field["x-mlops"];
      if (!stats) return [];
      const column = columns.get(field.name);
      const finer = {
        sketch: quantileSketches?.get(field.name),
        distinct: distinctCounts?.get(field.name),
      };
      const checks = fieldStatistics(field, stats, column, profile.rowCount, finer);
      // A declared field the data lacks: its statistics are listed, as not run.
      return column ? checks : checks.map((check) => skippedCheck(check, ABSENT_FIELD_NOTE));
    }),
  ];
}

/**
 * What to do where a statistic passed the largest double on values that stand for no value, as
 * some exports write them; the end of a note that says what passed it (a skew's too).
 */
export const HUGE_PLACEHOLDERS_FIX =
  "if values that large are placeholders for no value (such as ±1e308), list them in the " +
  "field's missingValues";

/**
 * Why a mean is not computed where the profile holds none though the column has values, nor
 * every value with its count to sum them otherwise.
 */
const MEAN_PAST_LARGEST_NOTE =
  "not computed: the values' sum passes the largest double, about 1.8e308, and the profile " +
  `does not keep every value with its count to sum them otherwise; ${HUGE_PLACEHOLDERS_FIX}`;

/**
 * A column's mean: its profile's; where the profile holds none though the column has values
 * (their sum passed the largest double, which their mean never does), that of the exact counts
 * it keeps of every value; else null, with why.
 */
function meanOf(column: ColumnProfile | undefined): { value: number | null; note: string | null } {
  if (column === undefined || column.mean !== null || column.count === 0) {
    return { value: column?.mean ?? null, note: null };
  }
  const items = column.frequent?.exact ? column.frequent.items : [];
  const values = items.map((item) => item.value);
  if (items.length === 0 || !values.every((v) => typeof v === "number")) {
    return { value: null, note: MEAN_PAST_LARGEST_NOTE };
  }
  const counts = items.map((item) => item.count);
  return { value: scaledMoments(values as number[], counts).mean, note: null };
}

/** A mean's or quantile's range in the engine's numbers, dates as epoch milliseconds. */
const valueRange = ({ min, max }: ValueRange, type: ContractField["type"]): Range => ({
  ...(min !== undefined && { min: boundValue(min, type) }),
  ...(max !== undefined && { max: boundValue(max, type) }),
});

/** The statistics one field asks for, from its column's profile (none when the data lacks it). */
function fieldStatistics(
  field: ContractField,
  stats: NonNullable<ContractField["x-mlops"]>,
  column: ColumnProfile | undefined,
  rows: number,
  finer: { sketch: KllSketch | undefined; distinct: number | null | undefined },
): CheckResult[] {
  const { name, type } = field;
  // The mean and quantiles of dates are dates, shown as such.
  const shown = isDated(type) ? dateText : undefined;
  const checks: CheckResult[] = [];
  if (stats.maxMissingRatio !== undefined) {
    const ratio = rows === 0 || !column ? null : column.missing / rows;
    checks.push(
      statisticCheck("missingRatio", name, "column", { max: stats.maxMissingRatio }, ratio),
    );
  }
  // A quantile is one of the field's values, and a mean of few rows all but tells them: a
  // sensitive field's are judged, not shown. Counts (missing, distinct) tell no value.
  const ofValues = stats.sensitive ? withheldStatistic : (check: CheckResult) => check;
  if (stats.mean) {
    const range = valueRange(stats.mean, type);
    const { value, note } = meanOf(column);
    checks.push(ofValues(statisticCheck("mean", name, "column", range, value, note, shown)));
  }
  const sketch = stats.quantiles ? sketchOf(column, finer.sketch) : null;
  for (const { q, ...bounds } of stats.quantiles ?? []) {
    const range = valueRange(bounds, type);
    const observed = sketch ? sketch.quantile(q) : null;
    const note = sketch && sketchedQuantileNote(sketch, column!, q, range, shown ?? formatNumber);
    const check = statisticCheck(`quantile(${q})`, name, "column", range, observed, note, shown);
    checks.push(ofValues(check));
  }
  if (stats.distinct) {
    checks.push(distinctCheck(name, stats.distinct, column?.distinct, finer.distinct));
  }
  return checks;
}
