import { compareProfiles } from "../../engine/profile/compare-profiles.js";
import { KllSketch } from "../../engine/profile/kll-sketch.js";
import type { ColumnProfile, Profile } from "../../engine/profile/profile-types.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { laterDatetimes } from "../../engine/stats/later-dates.js";
import { ABSENT_FIELD_NOTE, dateText, skippedCheck, type CheckResult } from "./check-result.js";
import type { SkewMethod, TableSchemaDescriptor } from "./data-contract.js";
import { HUGE_PLACEHOLDERS_FIX } from "./statistic-checks.js";

/** Why a skew asked for is not measured where the reference lacks the field. */
const ABSENT_REFERENCE_NOTE = "not checked: the reference has no such field";

/**
 * Why a skew is not measured against a reference profile that keeps no values of the field:
 * one written where the field is sensitive holds its counts alone.
 */
const WITHHELD_REFERENCE_NOTE =
  "not checked: the reference profile keeps no values of this field, which was sensitive where " +
  "it was profiled (x-mlops sensitive), so there is nothing to compare; give the reference data " +
  "itself as reference, which is profiled here and kept in memory only, or set skew: false";

/**
 * Why a text column's skew is not measured unless asked for, and how to ask: a category column
 * of a few thousand values reads as text too, as does a sparse one whose first rows are empty:
 * their skew must not go unmentioned.
 */
const TEXT_NOTE =
  "not checked: the column is read as text, not as categories (its first rows hold no values, " +
  "more than 1,000 distinct values, or more than half as many as values), and text is compared " +
  "only where the field asks: set skew: {} in its x-mlops to compare it by linf, or skew: " +
  "false to leave it out";

/** What a column of dates past the reference's does to its skew, and what to do about it. */
const MOVES_ON =
  "which moves on with every new batch and so fails its skew each time: if it is one, set " +
  "skew: false in the field's x-mlops";

/**
 * Default thresholds: the normed Wasserstein distance's is Evidently's (0.1); PSI's is the
 * usual "significant shift" (0.2); TFDV leaves the L-infinity threshold to the user, 0.1 is a
 * ten-point move of one category's share.
 */
export const SKEW_THRESHOLDS: Readonly<Record<SkewMethod, number>> = {
  linf: 0.1,
  wasserstein: 0.1,
  psi: 0.2,
};

const METHOD_NAMES: Readonly<Record<SkewMethod, string>> = {
  linf: "L-infinity distance of category shares",
  wasserstein: "Wasserstein distance / reference std",
  psi: "population stability index",
};

/** The largest difference of one value's share between the two columns (TFDV's comparator). */
function lInfinity(
  ref: ColumnProfile,
  cur: ColumnProfile,
): { value: number | null; note: string | null } {
  if (ref.frequent === null || cur.frequent === null) {
    // A number's profile keeps its values' counts only while they are few (a rating, a count).
    const note =
      ref.sketch !== null || cur.sketch !== null
        ? "not measured: linf compares the shares of single values, which the profile of a " +
          `${cur.type} column keeps only while it has few distinct values (this one has more); ` +
          "use wasserstein or psi for it"
        : "needs the frequent values of both columns";
    return { value: null, note };
  }
  const shares = (column: ColumnProfile) =>
    new Map(column.frequent!.items.map((item) => [String(item.value), item.count / column.count]));
  const a = shares(ref);
  const b = shares(cur);
  let largest = 0;
  for (const value of new Set([...a.keys(), ...b.keys()])) {
    largest = Math.max(largest, Math.abs((a.get(value) ?? 0) - (b.get(value) ?? 0)));
  }
  const exact = ref.frequent.exact && cur.frequent.exact;
  return {
    value: largest,
    note: exact ? null : "from the most frequent values only (Misra-Gries counts)",
  };
}

/**
 * Says how far a skew read from quantile sketches may be from the value on the full data; none
 * where both columns hold exact counts (at most `exactCap` distinct values) or exact sketches.
 */
const sketched = (bound: number): string | null =>
  bound > 0
    ? `estimated from quantile sketches: within ${formatNumber(bound)} of the value on the full data`
    : null;

/**
 * The Wasserstein skew of a column the reference holds at one value (a flag always 0), which has
 * no spread to norm the distance by: the same value in the data passes at 0, any other fails,
 * saying which and how many. Undefined where the reference has values apart.
 */
function constantReference(
  ref: ColumnProfile,
  cur: ColumnProfile,
  sensitive: boolean,
): { value: number | null; note: string | null } | undefined {
  // Min and max, not the standard deviation, which rounding leaves at 2e-16 for a constant 0.1.
  if (ref.min === null || ref.min !== ref.max) return undefined;
  if (cur.min === ref.min && cur.max === ref.max) return { value: 0, note: null };
  const shown = ref.type === "datetime" ? dateText : formatNumber;
  // A sensitive field's values are named by none of the notes, only counted.
  const range = sensitive
    ? null
    : cur.min === cur.max
      ? `the data is constant at ${shown(cur.min!)}`
      : `the data runs from ${shown(cur.min!)} to ${shown(cur.max!)}`;
  // Counted where the data's profile holds every value with its count, else its range says it.
  const counted = cur.frequent?.exact ? cur.frequent.items : undefined;
  const same = counted?.find((item) => item.value === ref.min)?.count ?? 0;
  const other = counted
    ? `${cur.count - same} of the data's ${cur.count} values differ from it${range === null ? "" : ` (${range})`}`
    : (range ?? "the data holds other values");
  // linf measures the share that moved, where the data's profile counts its values.
  const linf = cur.frequent === null ? "" : "; compare the field by linf to bound their share";
  const at = sensitive ? "" : ` at ${shown(ref.min)}`;
  return {
    value: null,
    note:
      `the reference is constant${at}, and ${other}: with no spread in the ` +
      `reference to norm the Wasserstein distance by, any other value fails${linf}`,
  };
}

/**
 * Why a Wasserstein skew is not measured where the reference profile holds no standard
 * deviation (its variance passed the largest double) and only a sketch of its values.
 */
const UNKNOWN_SPREAD_NOTE =
  "not measured: the reference profile holds no standard deviation to norm the Wasserstein " +
  "distance by, its variance having passed the largest double, about 1.8e308 (as values more " +
  "than about 1.3e154 apart make it), and its sketch cannot give one; " +
  `${HUGE_PLACEHOLDERS_FIX}, or compare the field by psi`;

/** Why a Wasserstein skew past the largest double fails, with no value the report could hold. */
const PAST_LARGEST_NOTE =
  "the normed Wasserstein distance passes the largest double, about 1.8e308, past any " +
  `threshold; ${HUGE_PLACEHOLDERS_FIX}`;

const joinNotes = (...notes: (string | null)[]): string | null =>
  notes.filter((note) => note !== null).join("; ") || null;

/**
 * Why a column of dates skews, where its values lie mostly just past the reference's: data
 * stamped after the reference, as a timestamp is (from the data's sketch, which every date
 * column has). Null otherwise.
 */
function laterDatesNote(ref: ColumnProfile, cur: ColumnProfile): string | null {
  // The type first: a sketch is read only for the dates, not for every number column.
  if (cur.type !== "datetime" || ref.min === null || ref.max === null || cur.sketch === null) {
    return null;
  }
  const items = KllSketch.fromState(cur.sketch).weightedItems();
  const later = laterDatetimes(cur.type, { first: ref.min, last: ref.max }, items);
  return later === null ? null : `${later}, ${MOVES_ON}`;
}

function measure(
  method: SkewMethod,
  profiles: { reference: Profile; current: Profile },
  ref: ColumnProfile,
  cur: ColumnProfile,
  sensitive: boolean,
): { value: number | null; note: string | null } {
  const { reference, current } = profiles;
  const empty = ref.count === 0 ? "the reference" : cur.count === 0 ? "the data" : null;
  if (empty !== null) return { value: null, note: `${empty} has no values in this column` };
  // A type the contract declares reads the data otherwise than the reference has it, and so does
  // Parquet, whose types the reference's do not override, where the reference was profiled
  // before its strings of dates were read as dates; linf compares values' shares across the two
  // kinds where both sides counted their values.
  const kindsDiffer = (ref.sketch === null) !== (cur.sketch === null);
  const counted = ref.frequent !== null && cur.frequent !== null;
  if (method === "linf" && (counted || !kindsDiffer)) return lInfinity(ref, cur);
  if (kindsDiffer) {
    return {
      value: null,
      note:
        `the column is ${ref.type} in the reference and ${cur.type} here, as the contract types ` +
        "it or the data's format reads it (a Parquet string column of ISO 8601 dates reads as " +
        "dates): make the reference profile again with this contract (validate-data's " +
        "profile-path), or declare the field with the reference's type (string for categorical " +
        "or text)",
    };
  }
  const constant = method === "wasserstein" ? constantReference(ref, cur, sensitive) : undefined;
  if (constant !== undefined) return constant;
  const [comparison] = compareProfiles(
    { ...reference, columns: [ref] },
    { ...current, columns: [cur] },
  );
  const later = laterDatesNote(ref, cur);
  if (method === "psi") {
    const { statistic, errorBound } = comparison!.psi;
    return { value: statistic, note: joinNotes(sketched(errorBound), later) };
  }
  const w = comparison!.wasserstein;
  if (w === null) return { value: null, note: "needs numeric values in both columns" };
  if (w.std === null) return { value: null, note: UNKNOWN_SPREAD_NOTE };
  // Values apart by less than their moments resolve (1e-200 and 2e-200) leave no spread either.
  if (w.normed === null) return { value: null, note: "the reference has no spread to norm by" };
  // A report holds finite numbers alone; a skew past the largest double fails any threshold.
  if (!Number.isFinite(w.normed)) return { value: null, note: PAST_LARGEST_NOTE };
  return { value: w.normed, note: joinNotes(sketched(w.normedErrorBound!), later) };
}

/**
 * Skew of each field against the reference profile, as TFDV's skew comparators: L-infinity for
 * categorical and boolean columns, normed Wasserstein (from the quantile sketches) for numbers
 * and dates; text columns (identifiers, free text) only when asked for by `x-mlops.skew`. The
 * skew of a declared field the data lacks is listed as not run.
 */
export function skewChecks(
  descriptor: TableSchemaDescriptor,
  reference: Profile,
  current: Profile,
): CheckResult[] {
  const refs = new Map(reference.columns.map((column) => [column.name, column]));
  const curs = new Map(current.columns.map((column) => [column.name, column]));
  return descriptor.fields.flatMap((field) => {
    const asked = field["x-mlops"]?.skew;
    const ref = refs.get(field.name);
    const cur = curs.get(field.name);
    if (asked === false || (ref === undefined && asked === undefined)) return [];
    // The data's column settles the method; the reference's, for a field the data lacks.
    const column = cur ?? ref;
    if (column === undefined) return [];
    const method =
      asked?.method ??
      (column.sketch === null || column.type === "boolean" ? "linf" : "wasserstein");
    const threshold = asked?.threshold ?? SKEW_THRESHOLDS[method];
    const textUnasked = asked === undefined && column.type === "text";
    const sensitive = field["x-mlops"]?.sensitive === true;
    const { value, note } =
      cur && ref && !textUnasked && !ref.sensitive
        ? measure(method, { reference, current }, ref, cur, sensitive)
        : { value: null, note: null };
    const check: CheckResult = {
      id: `${field.name}.skew`,
      check: "skew",
      column: field.name,
      level: "column",
      status: value !== null && value < threshold ? "pass" : "fail",
      evaluated: null,
      failed: null,
      mostly: null,
      expected: `< ${formatNumber(threshold)} (${METHOD_NAMES[method]})`,
      observed: value,
      examples: [],
      note,
    };
    if (ref === undefined) return [skippedCheck(check, ABSENT_REFERENCE_NOTE)];
    if (!cur) return [skippedCheck(check, ABSENT_FIELD_NOTE)];
    // Text (identifiers, free text) only where the field asks, with or without a method.
    if (textUnasked) return [skippedCheck(check, TEXT_NOTE)];
    return [ref.sensitive ? skippedCheck(check, WITHHELD_REFERENCE_NOTE) : check];
  });
}
