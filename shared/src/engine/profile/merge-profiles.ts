import { MlopsError } from "../errors.js";
import { ColumnProfiler } from "./column-profiler.js";
import {
  missingValuesOf,
  recordedMissingValues,
  requireSameMissingValues,
} from "./missing-values.js";
import { PROFILE_SCHEMA_ID, type Profile } from "./profile-types.js";

/**
 * The profile of two datasets taken together, from their profiles alone. Counts, missing,
 * min and max are exact; mean and M2 follow Chan et al. and agree with profiling the
 * concatenation to within float rounding (relative 1e-12 in the tests); exact distinct counts and
 * frequent values stay exact while the union is under the cap; a HyperLogLog merges to the very
 * registers of the concatenation; quantiles stay within the sketch's stated rank error. The
 * profiles must share settings, missing values and columns (same names, same types, same
 * order); `shown` names them where their missing values differ.
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
  if (JSON.stringify(a.settings) !== JSON.stringify(b.settings)) {
    throw new MlopsError(
      "the profiles were made with different settings and cannot be merged",
      "Profile both datasets with the same settings",
    );
  }
  const names = (p: Profile): string => p.columns.map((c) => `${c.name}:${c.type}`).join(", ");
  if (names(a) !== names(b)) {
    throw new MlopsError(
      `the profiles' columns differ: (${names(a)}) and (${names(b)})`,
      "Merge profiles of datasets with the same columns and types",
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
