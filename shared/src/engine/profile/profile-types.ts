import type { ColumnType } from "../data/column-type.js";

/** The name and version of the profile format. */
export const PROFILE_SCHEMA_ID = "mlops.profile/v1";

/** The knobs of a profile; two profiles merge only when theirs are equal. */
export interface ProfileSettings {
  /** Distinct values counted exactly, with their counts, up to this many per column. */
  exactCap: number;
  /** Misra-Gries counters kept for string columns past `exactCap`. */
  frequentK: number;
  /** HyperLogLog precision past `exactCap` (2^p registers). */
  hllPrecision: number;
  /** KLL sketch size. */
  quantileK: number;
  /** Equal-width bins of the histogram, between the column's min and max. */
  histogramBins: number;
}

export const DEFAULT_PROFILE_SETTINGS: ProfileSettings = {
  exactCap: 1024,
  frequentK: 64,
  hllPrecision: 12,
  quantileK: 200,
  histogramBins: 20,
};

export interface DistinctCount {
  /** The number of distinct non-missing values: exact, or a HyperLogLog estimate. */
  value: number;
  exact: boolean;
  /** The estimate's relative standard error (0 when exact). */
  relativeError: number;
  /** The HyperLogLog registers (base64), kept so that profiles merge; null when exact. */
  hll: { precision: number; registers: string } | null;
}

/** A value a profile counts: a number, or a string. */
export type ProfileValue = number | string;

export interface FrequentValuesSummary {
  /** Whether `items` holds every distinct value with its exact count. */
  exact: boolean;
  /** How far below the truth any count may be (Misra-Gries); 0 when exact. */
  maxError: number;
  /** Most frequent first, ties by value. */
  items: { value: number | string; count: number }[];
}

export interface QuantileSketch {
  method: "kll";
  k: number;
  n: number;
  /** The normalised rank error of any quantile read from the sketch; 0 while it is exact. */
  rankError: number;
  levels: number[][];
  compactions: number[];
  /** A few quantiles read from the sketch, for people. */
  quantiles: { q: number; value: number }[];
}

export interface Histogram {
  /** bins + 1 edges; bin i is [edges[i], edges[i+1]), the last one closed. */
  edges: number[];
  /** Values per bin, from the quantile sketch (exact while the sketch is). */
  counts: number[];
}

/** One column's profile. Numbers are finite or null; never NaN or Infinity. */
export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /**
   * The cell values read as missing in this column where they were its own (a Table Schema
   * field's `missingValues`), not the profile's: its counts are of data read that way. Absent
   * where the column was read with the profile's.
   */
  missingValues?: string[];
  /**
   * Set where the column was a sensitive field (a data contract's `x-mlops: { sensitive: true }`):
   * the profile keeps its counts alone (`withheldColumn`), no value to compare or merge. Absent
   * otherwise, as in profiles made before the mark existed.
   */
  sensitive?: true;
  /** Non-missing, finite values. */
  count: number;
  missing: number;
  /** Infinite values (columns declared `number` may hold `INF`); not in any other statistic. */
  infinite: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Sum of squared deviations from the mean, kept so that profiles merge exactly. */
  m2: number | null;
  /** Population variance, M2 / count. */
  variance: number | null;
  stddev: number | null;
  distinct: DistinctCount;
  /** Null for a numeric column past `exactCap` distinct values. */
  frequent: FrequentValuesSummary | null;
  /** Null for string columns. */
  sketch: QuantileSketch | null;
  histogram: Histogram | null;
}

/** A dataset profile (`mlops.profile/v1`): mergeable, deterministic, JSON. */
export interface Profile {
  schema: typeof PROFILE_SCHEMA_ID;
  rowCount: number;
  settings: ProfileSettings;
  /**
   * The cell values read as missing when the data was profiled (the table's; a column read with
   * its own records them), the empty cell among them where it was one: its counts are of data
   * read that way. Absent where it is the empty cell alone, as from profiles made before it was
   * recorded.
   */
  missingValues?: string[];
  columns: ColumnProfile[];
}
