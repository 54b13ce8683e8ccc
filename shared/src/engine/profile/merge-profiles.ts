import { isNumericType, type ColumnType } from "../data/column-type.js";
import { MlopsError } from "../errors.js";
import { ColumnProfiler } from "./column-profiler.js";
import {
  missingValuesOf,
  recordedMissingValues,
  requireSameMissingValues,
  shownColumn,
  type NamedProfile,
} from "./missing-values.js";
import {
  PROFILE_SCHEMA_ID,
  type ColumnProfile,
  type Profile,
  type ProfileSettings,
} from "./profile-types.js";
import { readProfile } from "./read-profile.js";
import { withheldColumn } from "./withheld-values.js";

/**
 * The profile of two datasets taken together, from their profiles alone. Counts, missing,
 * min and max are exact; mean and M2 follow Chan et al. and agree with profiling the
 * concatenation to within float rounding (relative 1e-12 in the tests); exact distinct counts and
 * frequent values stay exact while the union is under the cap; a HyperLogLog merges to the very
 * registers of the concatenation; quantiles stay within the sketch's stated rank error. The
 * profiles must share settings, missing values (the table's and each column's own, which the
 * merge keeps) and columns (same names, same order, values of one kind: integers and numbers
 * merge as numbers, text and categories as the first profile types them; a column with no values
 * in one profile, every cell missing, takes the other's type); `shown` names them in a refusal.
 * A column that either profile withheld (a sensitive field's) stays withheld: `mergeWithheld`.
 */
export function mergeProfiles(
  a: Profile,
  b: Profile,
  shown: readonly [string, string] = ["the first profile", "the second profile"],
): Profile {
  if (a.schema !== PROFILE_SCHEMA_ID || b.schema !== PROFILE_SCHEMA_ID) {
    throw new MlopsError(`profiles to merge must both be ${PROFILE_SCHEMA_ID}`);
  }
  requireSameMissingValues({ profile: a, shown: shown[0] }, { profile: b, shown: shown[1] });
  const [first, second] = shown;
  if (JSON.stringify(a.settings) !== JSON.stringify(b.settings)) {
    throw new MlopsError(
      `${first} and ${second} were made with different settings and cannot be merged`,
      "Profile both datasets with the same settings",
    );
  }
  // A shard of no rows and no columns (an empty JSON Lines file: a day without events) adds
  // nothing, where its lack of columns would refuse the merge.
  if (b.rowCount === 0 && b.columns.length === 0) return a;
  if (a.rowCount === 0 && a.columns.length === 0) return b;
  const at = a.columns.findIndex(
    (column, i) => column.name !== b.columns[i]?.name || !mergeable(column, b.columns[i]!),
  );
  const differs = at >= 0 ? at : a.columns.length < b.columns.length ? a.columns.length : -1;
  if (differs >= 0) {
    const [left, right] = [
      { profile: a, shown: first },
      { profile: b, shown: second },
    ];
    throw columnsDiffer(left, differs, right, differs);
  }
  return {
    schema: PROFILE_SCHEMA_ID,
    rowCount: a.rowCount + b.rowCount,
    settings: { ...a.settings },
    ...recordedMissingValues(missingValuesOf(a)),
    columns: a.columns.map((column, i) => mergeColumns(column, b.columns[i]!, a.settings)),
  };
}

/**
 * Profiles merged in order, each named as the user knows it (`mergeProfiles`). A column's kind
 * is settled by the first profile that holds values of it, which a refusal names beside the
 * profile whose values are of another kind: the merge so far, which may have taken its type
 * from any profile before, would name only the first.
 */
export function mergeNamedProfiles(named: readonly NamedProfile[]): Profile {
  const [first, ...rest] = named;
  // Missing values first: a part read without `NA` among them has text where the others have
  // numbers with gaps, and the cause is what a refusal names.
  for (const entry of rest) requireSameMissingValues(first!, entry);
  requireOneKindPerColumn(named);
  return named
    .map((entry) => entry.profile)
    .reduce((merged, next, i) => mergeProfiles(merged, next, [first!.shown, named[i]!.shown]));
}

/** Reads the profile files `files`, shown in errors as `shown` gives them, merged in order. */
export async function readMergedProfiles(
  files: readonly string[],
  shown: readonly string[],
): Promise<Profile> {
  const profiles = await Promise.all(files.map((file, i) => readProfile(file, shown[i]!)));
  return mergeNamedProfiles(profiles.map((profile, i) => ({ profile, shown: shown[i]! })));
}

/** One column of both profiles: the side with values carries its state, and the other's count. */
function mergeColumns(
  a: ColumnProfile,
  b: ColumnProfile,
  settings: ProfileSettings,
): ColumnProfile {
  if (a.sensitive || b.sensitive) return mergeWithheld(a, b);
  const [kept, other] = hasValues(a) || !hasValues(b) ? [a, b] : [b, a];
  const merged = ColumnProfiler.fromJSON(kept, settings);
  // A column with no values has no sketch or counts of the other's kind to merge: only its rows.
  if (hasValues(other)) merged.merge(ColumnProfiler.fromJSON(other, settings));
  else merged.missing += other.missing;
  return merged.toJSON();
}

/**
 * One column of both profiles where either side withheld its values (a sensitive field's): the
 * merge withholds them too, whatever the other side keeps, and adds the counts. Without the
 * values nor the registers, distinct counts do not add up: the merge's is the larger part's, a
 * least count of the whole, not exact unless the other part has no values.
 */
function mergeWithheld(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  const [kept, other] = hasValues(a) || !hasValues(b) ? [a, b] : [b, a];
  // Integers and numbers make numbers, as ColumnProfiler.merge has it.
  const widened = hasValues(other) && other.type !== kept.type && isNumericType(kept.type);
  const distinct = hasValues(other)
    ? {
        value: Math.max(a.distinct.value, b.distinct.value),
        exact: false,
        relativeError: Math.max(a.distinct.relativeError, b.distinct.relativeError),
        hll: null,
      }
    : kept.distinct;
  return withheldColumn({
    ...kept,
    type: widened ? "numeric" : kept.type,
    count: a.count + b.count,
    missing: a.missing + b.missing,
    infinite: a.infinite + b.infinite,
    distinct,
  });
}

/** Whether a column holds a value: one whose every cell is missing has none to disagree with. */
const hasValues = (column: ColumnProfile): boolean => column.count + column.infinite > 0;

/** The kind of value a type holds; columns of one kind merge. */
const kindOf = (type: ColumnType): string =>
  type === "integer" || type === "numeric"
    ? "numbers"
    : type === "categorical" || type === "text"
      ? "strings"
      : type;

const mergeable = (a: ColumnProfile, b: ColumnProfile): boolean =>
  !hasValues(a) || !hasValues(b) || kindOf(a.type) === kindOf(b.type);

/**
 * Refuses profiles of other columns than those of the first profile with values in each: see
 * `mergeNamedProfiles`. Columns are matched by name here; their order is `mergeProfiles`'s check.
 */
function requireOneKindPerColumn(named: readonly NamedProfile[]): void {
  const settled = new Map<string, { entry: NamedProfile; index: number }>();
  for (const entry of named) {
    entry.profile.columns.forEach((column, index) => {
      if (!hasValues(column)) return;
      const by = settled.get(column.name);
      if (by === undefined) settled.set(column.name, { entry, index });
      else if (!mergeable(by.entry.profile.columns[by.index]!, column)) {
        throw columnsDiffer(by.entry, by.index, entry, index);
      }
    });
  }
}

/**
 * Two profiles whose columns differ: the first at `at` in `a`, at `bt` in `b` (absent past the
 * end). Where both name the same column, its types differ, and the fix is to read it as one.
 */
function columnsDiffer(a: NamedProfile, at: number, b: NamedProfile, bt: number): MlopsError {
  const [left, right] = [a.profile.columns[at], b.profile.columns[bt]];
  const sameName = left !== undefined && left.name === right?.name;
  return new MlopsError(
    `${a.shown} and ${b.shown} differ in their columns: column ${bt + 1} is ${columnOf(a.profile, at)} in ${a.shown} and ${columnOf(b.profile, bt)} in ${b.shown}`,
    sameName
      ? `Make the profiles again with column ${shownColumn(left.name)} read as one type: each with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one part's first rows read it as the other`
      : "Merge profiles of datasets with the same columns and types, in the same order",
  );
}

/** A profile's column at `index` for a line of text: its name, cut short, and its type. */
const columnOf = (profile: Profile, index: number): string => {
  const column = profile.columns[index];
  return column === undefined ? "absent" : `${shownColumn(column.name)} (${column.type})`;
};
