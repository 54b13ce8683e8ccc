import { MlopsError } from "../errors.js";
import { ColumnProfiler } from "./column-profiler.js";
import {
  missingValuesOf,
  recordedMissingValues,
  requireSameMissingValues,
  shownColumn,
} from "./missing-values.js";
import { PROFILE_SCHEMA_ID, type Profile } from "./profile-types.js";

/**
 * The profile of two datasets taken together, from their profiles alone. Counts, missing,
 * min and max are exact; mean and M2 follow Chan et al. and agree with profiling the
 * concatenation to within float rounding (relative 1e-12 in the tests); exact distinct counts and
 * frequent values stay exact while the union is under the cap; a HyperLogLog merges to the very
 * registers of the concatenation; quantiles stay within the sketch's stated rank error. The
 * profiles must share settings, missing values (the table's and each column's own, which the
 * merge keeps) and columns (same names, same types, same order; integers and numbers merge as
 * numbers); `shown` names them in a refusal.
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
    (column, i) =>
      column.name !== b.columns[i]?.name || !mergeableTypes(column.type, b.columns[i]!.type),
  );
  const differs = at >= 0 ? at : a.columns.length < b.columns.length ? a.columns.length : -1;
  if (differs >= 0) {
    throw new MlopsError(
      `${first} and ${second} differ in their columns: column ${differs + 1} is ${columnOf(a, differs)} in ${first} and ${columnOf(b, differs)} in ${second}`,
      "Merge profiles of datasets with the same columns and types, in the same order",
    );
  }
  return {
    schema: PROFILE_SCHEMA_ID,
    rowCount: a.rowCount + b.rowCount,
    settings: { ...a.settings },
    ...recordedMissingValues(missingValuesOf(a)),
    columns: a.columns.map((column, i) => {
      const merged = ColumnProfiler.fromJSON(column, a.settings);
      merged.merge(ColumnProfiler.fromJSON(b.columns[i]!, b.settings));
      return merged.toJSON();
    }),
  };
}

/**
 * Whether two profiles' types of a column merge: the same, or integers and numbers, as a shard
 * whose column a late decimal widened (its type inferred from its first rows) and one without.
 */
const mergeableTypes = (a: string, b: string): boolean =>
  a === b || (NUMBERS.has(a) && NUMBERS.has(b));
const NUMBERS = new Set(["integer", "numeric"]);

/** A profile's column at `index` for a line of text: its name, cut short, and its type. */
const columnOf = (profile: Profile, index: number): string => {
  const column = profile.columns[index];
  return column === undefined ? "absent" : `${shownColumn(column.name)} (${column.type})`;
};
