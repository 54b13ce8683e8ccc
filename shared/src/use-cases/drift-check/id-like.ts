import { formatShare } from "../../engine/report/format-number.js";
import { laterDateTexts, laterDatetimes } from "../../engine/stats/later-dates.js";
import { shownName } from "./column-name.js";

/** Fewer values than this can be all distinct by chance (a few categories, a few rows). */
const ID_LIKE_MIN_VALUES = 20;

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
function mostlyDistinctNote(values: number, distinct: Distinct): string | null {
  if (values < ID_LIKE_MIN_VALUES) return null;
  const { value, exact, relativeError = 0 } = distinct;
  if ((exact ? value : value * (1 + 2 * relativeError)) >= values) {
    return `all ${values} reference values are distinct, as in an id column, so it is not tested: leave it out with ignore-columns`;
  }
  if (values < MOSTLY_DISTINCT_MIN_VALUES || value <= MOSTLY_DISTINCT * values) return null;
  const counted = `${exact ? "" : "about "}${Math.round(value)} of ${values}`;
  return `more than half the reference values are distinct, ${counted}, as in free text or ids: not tested as categories, where most current values would be new, so compare a measure of it instead, such as its length in a column of its own, or leave it out with ignore-columns`;
}

/**
 * Past this many distinct reference values, categories that repeat little read as ids, not
 * categories: a heuristic, not a consequence of the sampling argument of ID_LIKE_SHARE, by which
 * the noise depends on the share K/n alone. Fewer are kept as categories on purpose, as
 * Evidently keeps them: 2,000 categories over 40,000 values (5%) can still drift on sampling
 * alone (sqrt(K / 4n) = 0.11 against the threshold of 0.1), and are tested all the same.
 */
const ID_LIKE_DISTINCT = 10_000;

/**
 * Past this share of the reference's values distinct, with more than ID_LIKE_DISTINCT of them,
 * a column of categories is taken for ids that repeat (a user's, a session's): two samples of
 * one distribution over K categories, n_r and n_c values, differ by a Jensen-Shannon divergence
 * of about (K - 1)(1/n_r + 1/n_c) / 8 nats from sampling alone (chi-square's expectation, for
 * categories of many rows), a distance of sqrt(K / 4n) a side of n: 0.087 at K = 3% of n,
 * whatever K is. A long tail of values seen once or twice adds more (ids drawn by Zipf's law,
 * 3.2% distinct over 400,000 rows, differ by 0.107): the share is approximate, and keeps such
 * columns near the default threshold of 0.1. A column of SKUs (33,000 over 2,000,000 rows, 0.06
 * from sampling) stays tested.
 */
const ID_LIKE_SHARE = 0.03;

/**
 * Why a column of many categories, each of few rows, is not tested by default: as categories it
 * drifts on sampling alone (`ID_LIKE_SHARE`). Null where its method was named for it, which
 * tests it as asked.
 */
function repeatingIdsNote(side: CategoriesSide): string | null {
  const { value, exact } = side.distinct;
  if (side.named || value <= ID_LIKE_DISTINCT || value <= ID_LIKE_SHARE * side.values) return null;
  const counted = `${exact ? "" : "about "}${Math.round(value)} of ${side.values}`;
  return `${formatShare(value / side.values)} of the reference values are distinct, ${counted}, as in ids that repeat, such as a user's: not tested as categories, on which two samples of the same data would differ by sampling alone: to test it anyway, name its method, as in method {${shownName(side.name)}: jensen_shannon}, or leave it out with ignore-columns`;
}

/** How many of a column's values are looked at for JSON arrays: a column of them shows it soon. */
const ARRAYS_LOOKED_AT = 100;

/** Whether `text` is a JSON array, as JSON Lines writes a nested list into one cell's text. */
function isJsonArray(text: string): boolean {
  if (!text.trimStart().startsWith("[")) return false;
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Whether the first ARRAYS_LOOKED_AT of `values` (at least one) are all JSON arrays. */
function holdsJsonArrays(values: Iterable<string>): boolean {
  let seen = 0;
  for (const value of values) {
    if (!isJsonArray(value)) return false;
    if (++seen === ARRAYS_LOOKED_AT) break;
  }
  return seen > 0;
}

/** The reference's side of a column compared as categories, for `untestedCategoriesNote`. */
export interface CategoriesSide {
  readonly name: string;
  /** How many values the reference has, missing ones aside. */
  readonly values: number;
  readonly distinct: Distinct;
  /** Its values, all or the most frequent, in any order. */
  readonly kept: Iterable<string>;
  /** Whether the column's own method was named (`{user_id: jensen_shannon}`). */
  readonly named: boolean;
}

/**
 * Why a column compared as categories is not tested, from its reference: its values mostly
 * distinct (`mostlyDistinctNote`), or ids that repeat (`repeatingIdsNote`). Where the values
 * are JSON arrays (a JSON Lines column of embeddings or lists, read as each array's text), the
 * note says that instead: neither id nor prose, and no test here compares arrays. Null where the
 * column is tested.
 */
export function untestedCategoriesNote(side: CategoriesSide): string | null {
  const note = mostlyDistinctNote(side.values, side.distinct) ?? repeatingIdsNote(side);
  if (note === null || !holdsJsonArrays(side.kept)) return note;
  return "holds JSON arrays, each read as its JSON text, which are not compared: not tested; leave it out with ignore-columns, or compare a measure of the arrays in a column of its own";
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

/** A later-dates finding, with why such a column drifts and what to do about it. */
const drifting = (later: string | null): string | null =>
  later === null ? null : `${later}, ${DRIFTS_EVERY_BATCH}`;

/** `laterDatetimes`, drift-check's way. */
export const laterDatetimesNote = (...args: Parameters<typeof laterDatetimes>): string | null =>
  drifting(laterDatetimes(...args));

/** `laterDateTexts`, drift-check's way. */
export const laterDateTextsNote = (...args: Parameters<typeof laterDateTexts>): string | null =>
  drifting(laterDateTexts(...args));
