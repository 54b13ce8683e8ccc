import { parseDatetime } from "../data/parse-cell.js";
import { formatShare } from "../report/format-number.js";
import type { WeightedSorted } from "./quantile-bins.js";

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
 * for "no end") is a placeholder or a defect, which the finding must not explain away.
 */
const justLater = (time: number, { first, last }: DateSpan) =>
  time > last && time <= last + Math.max(2 * (last - first), WEEK_MS);

/**
 * What to say of a column of dates whose current values lie mostly just past the reference's
 * last (`justLater`): a timestamp moves on with the calendar, so each new batch holds dates the
 * reference never had, and any comparison of the two finds them apart. Each caller adds what
 * that means for its own check. Null where at most half the current values are so.
 */
function laterDates(later: number, total: number): string | null {
  if (total === 0 || later <= MOSTLY_LATER * total) return null;
  // Rounded down, so that a share short of all never reads 100%.
  const which =
    later === total ? "all" : `${formatShare(Math.floor((later / total) * 1000) / 1000)} of the`;
  return `${which} current values are later than every reference value, as in a timestamp`;
}

/**
 * `laterDates` for a column read as dates: `span` is the reference's, `current` the current
 * values sorted, weighted where they are a sketch's.
 */
export function laterDatetimes(
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
  return laterDates(later, total);
}

/**
 * `laterDates` for a column of text whose every reference value is an ISO 8601 date or
 * date-time (one a data contract declares a string), from each side's counts per value. A
 * current value that is no date is not later. Null where a reference value is no date, as the
 * values a profile's counts lump together ("(other)") are not.
 */
export function laterDateTexts(
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
  return laterDates(later, total);
}
