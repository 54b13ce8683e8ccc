import { parseDatetime } from "../../engine/data/parse-cell.js";
import { formatShare } from "../../engine/report/format-number.js";
import type { WeightedSorted } from "../../engine/stats/index.js";

/** Fewer values than this can be all distinct by chance (a few categories, a few rows). */
export const ID_LIKE_MIN_VALUES = 20;

/** Why a column that counts up drifts, and what to do about it: the end of the notes below. */
const DRIFTS_EVERY_BATCH =
  "which drifts with every new batch: if it is one, leave it out with ignore-columns";

/** A distinct count: exact, or a profile's estimate with its relative standard error. */
interface Distinct {
  readonly value: number;
  readonly exact: boolean;
  readonly relativeError?: number;
}

/**
 * Past this share of distinct reference values, a column of strings reads as free text or ids
 * rather than categories: the share past which type inference calls a string column `text`.
 */
const MOSTLY_DISTINCT = 0.5;

/**
 * From how many reference values the share of distinct ones tells prose from categories: in a
 * smaller reference, a category of 50 states over 60 rows is more than half distinct too.
 */
const MOSTLY_DISTINCT_MIN_VALUES = 1_000;

/**
 * Why a column compared as categories whose reference values are mostly distinct is not
 * tested: each value is seen about once, so most current values are new, and the column would
 * drift whatever it holds. Every value distinct (at least ID_LIKE_MIN_VALUES of them) reads as
 * an id or a timestamp written as text; more than half distinct, of at least
 * MOSTLY_DISTINCT_MIN_VALUES values, as prose (a ticket's text) or ids that repeat. Real
 * categories with many values (postcodes, SKUs) repeat far more. The rule reads the whole
 * reference, not the type: inference reads the first rows only, and types any string column
 * past 1,000 distinct values `text`, postcodes included. From a profile, an estimated count
 * within two standard errors of the values counts as all distinct. Null otherwise.
 */
export function mostlyDistinctNote(values: number, distinct: Distinct): string | null {
  if (values < ID_LIKE_MIN_VALUES) return null;
  const { value, exact, relativeError = 0 } = distinct;
  if ((exact ? value : value * (1 + 2 * relativeError)) >= values) {
    return `all ${values} reference values are distinct, as in an id column: not tested; leave it out with ignore-columns`;
  }
  if (values < MOSTLY_DISTINCT_MIN_VALUES || value <= MOSTLY_DISTINCT * values) return null;
  const counted = `${exact ? "" : "about "}${Math.round(value)} of ${values}`;
  return `more than half the reference values are distinct, ${counted}, as in free text or ids: not tested as categories, where most current values would be new; compare a measure of it instead, such as its length in a column of its own, or leave it out with ignore-columns`;
}

/**
 * What to know of an integer column whose every reference value is distinct: a row id or a
 * timestamp counts up, so each new batch holds values the reference never had, and the column
 * drifts every time. It is tested (a measured integer can be all distinct too, as a price in
 * cents over few rows), with this note on why it may drift. From a profile whose distinct count
 * is an estimate (HyperLogLog), one within its error of the count is taken, and said so. Null
 * otherwise.
 */
export function countingIntegersNote(
  type: string,
  values: number,
  distinct: Distinct,
): string | null {
  if (type !== "integer" || values < ID_LIKE_MIN_VALUES) return null;
  const least = distinct.exact ? values : values * (1 - (distinct.relativeError ?? 0));
  if (distinct.value < least) return null;
  const which = distinct.exact
    ? `all ${values} reference values are distinct integers`
    : `the ${values} reference values are all or nearly all distinct integers (the profile estimates how many)`;
  return `${which}, as in an id or a timestamp, ${DRIFTS_EVERY_BATCH}`;
}

/**
 * Past this share of the current values later than every reference value, a column of dates
 * reads as a timestamp of when each row was made: data gathered after the reference.
 */
const MOSTLY_LATER = 0.5;

const WEEK_MS = 7 * 86_400_000;

/** The reference's first and last dates, in epoch milliseconds. */
interface DateSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Whether `time` is later than every reference date and within twice the reference's span (a
 * week at least) of its last: where a timestamp moves on to. A date far past it (`9999-12-31`
 * for "no end") is a placeholder or a defect, which the note must not explain away.
 */
const justLater = (time: number, { first, last }: DateSpan) =>
  time > last && time <= last + Math.max(2 * (last - first), WEEK_MS);

/**
 * What to know of a column of dates whose current values lie mostly just past the reference's
 * last (`justLater`): a timestamp moves on with the calendar, so each new batch holds dates the
 * reference never had, and the column drifts every time, as an integer id that counts up does.
 * Null where at most half the current values are so.
 */
function laterDatesNote(later: number, total: number): string | null {
  if (total === 0 || later <= MOSTLY_LATER * total) return null;
  // Rounded down, so that a share short of all never reads 100%.
  const which =
    later === total ? "all" : `${formatShare(Math.floor((later / total) * 1000) / 1000)} of the`;
  return `${which} current values are later than every reference value, as in a timestamp, ${DRIFTS_EVERY_BATCH}`;
}

/**
 * `laterDatesNote` for a column read as dates: `span` is the reference's, `current` the
 * current values sorted, weighted where they are a sketch's.
 */
export function laterDatetimesNote(
  type: string,
  span: DateSpan,
  current: WeightedSorted,
): string | null {
  if (type !== "datetime") return null;
  let later = 0;
  let total = 0;
  for (let i = 0; i < current.values.length; i++) {
    const weight = current.weights?.[i] ?? 1;
    total += weight;
    if (justLater(current.values[i]!, span)) later += weight;
  }
  return laterDatesNote(later, total);
}

/**
 * `laterDatesNote` for a column of text whose every reference value is an ISO 8601 date or
 * date-time (one a data contract declares a string), from each side's counts per value. A
 * current value that is no date is not later. Null where a reference value is no date, as the
 * values a profile's counts lump together ("(other)") are not.
 */
export function laterDateTextsNote(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): string | null {
  let first = Infinity;
  let last = -Infinity;
  for (const value of reference.keys()) {
    const time = parseDatetime(value);
    if (Number.isNaN(time)) return null;
    first = Math.min(first, time);
    last = Math.max(last, time);
  }
  let later = 0;
  let total = 0;
  for (const [value, count] of current) {
    total += count;
    // NaN, a value that is no date, compares false.
    if (justLater(parseDatetime(value), { first, last })) later += count;
  }
  return laterDatesNote(later, total);
}
