// The profile capability; everything here is exported through the core package.
export {
  PROFILE_SCHEMA_ID,
  DEFAULT_PROFILE_SETTINGS,
  type Profile,
  type ProfileSettings,
  type ColumnProfile,
  type DistinctCount,
  type FrequentValuesSummary,
  type QuantileSketch,
  type Histogram,
} from "./profile-types.js";
export { profileContract } from "./profile-contract.js";
export { readProfile } from "./read-profile.js";
export { DatasetProfiler, profileBatches, profileDataset } from "./profile-dataset.js";
export { mergeProfiles, mergeNamedProfiles, readMergedProfiles } from "./merge-profiles.js";
export {
  DEFAULT_MISSING_VALUES,
  missingValuesOf,
  missingWordsAmongNumbers,
  sameMissingValues,
} from "./missing-values.js";
export { compareProfiles, type ProfileComparison } from "./compare-profiles.js";
export {
  columnsToWithhold,
  markedColumns,
  withheldColumn,
  withholdColumns,
} from "./withheld-values.js";
export {
  KllSketch,
  KLL_RANK_ERROR,
  FINE_KLL_K,
  kllRankError,
  type KllState,
} from "./kll-sketch.js";
export { sortLevel } from "./sort-level.js";
export { HyperLogLog } from "./hyperloglog.js";
export { NumberTable } from "./number-table.js";
export { FrequentValues, type FrequentSettings } from "./frequent-values.js";
export { keptText, LONGEST_KEPT } from "./kept-text.js";
export { Moments } from "./moments.js";
