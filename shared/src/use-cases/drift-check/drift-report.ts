import type { ColumnType } from "../../engine/data/column-type.js";
import type { ColumnKind, DriftMethod } from "./drift-methods.js";

/**
 * The values of every test run on a column, named as scipy and Evidently name them. From
 * profiles (compare mode, or a profile as the reference), KS, Wasserstein and PSI carry
 * `error_bound`, how far each can be from the value on the full data (0 where both profiles
 * count the column's values exactly); a sketched KS's p-value is that of its statistic less the
 * bound. Jensen-Shannon and Hellinger carry one only from frequent-value summaries past their
 * exact counts, with `range`, the least and most the data's distance may be: the distance is
 * the middle of that range, not an estimate of the data's (which often lies near one end), and
 * `error_bound` its half-width. From exact counts they leave both out, being the data's own; a
 * numeric column's Jensen-Shannon from binned sketches is approximate, as its note says.
 */
export interface ColumnTests {
  ks?: { statistic: number; p_value: number; method: "exact" | "asymp"; error_bound?: number };
  wasserstein?: {
    distance: number;
    normed: number;
    error_bound?: number;
    normed_error_bound?: number;
  };
  chi2?: {
    statistic: number;
    p_value: number;
    dof: number;
    /** The most frequent of them in current, at most 20, each cut to one line of 200 characters. */
    new_categories: string[];
    /** How many categories current has that the reference never had, all of them. */
    new_category_count: number;
  };
  jensen_shannon?: {
    distance: number;
    base: "e" | 2;
    error_bound?: number;
    range?: [low: number, high: number];
  };
  psi?: { value: number; bins: number; binning: string; error_bound?: number };
  hellinger?: {
    statistic: number;
    binning: string;
    error_bound?: number;
    range?: [low: number, high: number];
  };
  kl_div?: { statistic: number; binning: string };
  energy?: { statistic: number };
  /** U of the reference; the p-value of "reference tends to be smaller", as Evidently. */
  mannw?: { statistic: number; p_value: number };
  g_test?: { statistic: number; p_value: number };
  z?: { statistic: number; p_value: number };
  /** scipy's standardized statistic; its significance level, within [0.001, 0.25], as the p-value. */
  anderson?: { statistic: number; p_value: number };
  /** scipy's sample odds ratio, null where it is infinite or undefined (a zero cell). */
  fisher_exact?: { odds_ratio: number | null; p_value: number };
  /** scipy's T; the p-value exact for samples of at most 20 values, else asymptotic. */
  cramer_von_mises?: { statistic: number; p_value: number; method: "exact" | "asymp" };
  /** The total variation distance; the share of seeded permutations at least as far. */
  tvd?: { statistic: number; p_value: number; permutations: number };
}

/**
 * Reference and current shares over the same bins or categories, for the HTML report; a
 * category's label is cut to one line of 200 characters.
 */
export type Distribution =
  | { kind: "histogram"; edges: number[]; reference: number[]; current: number[] }
  | { kind: "categories"; labels: string[]; reference: number[]; current: number[] };

export interface DriftColumn {
  name: string;
  /**
   * The prediction column (the model's outputs) and the target column (the true labels) are
   * judged like the others and reported apart from the features.
   */
  role: "feature" | "prediction" | "target";
  type: ColumnType;
  kind: ColumnKind;
  method: DriftMethod;
  /** The method's statistic: KS D, normed Wasserstein-1, chi-square, JS distance, PSI, or the new methods' own (`tests`). */
  statistic: number | null;
  /** For the p-value methods; null for the distances. */
  p_value: number | null;
  /** The p-value after the multiple-testing correction; null without one. */
  adjusted_p_value: number | null;
  /** What is compared with the threshold: the (adjusted) p-value, or the distance. */
  score: number | null;
  threshold: number;
  /** The rule, in words: "p_value <= threshold", "p_value < threshold", "score >= threshold". */
  drift_when: string;
  drifted: boolean;
  n_reference: number;
  n_current: number;
  missing_reference: number;
  missing_current: number;
  distinct_reference: number;
  tests: ColumnTests;
  distribution: Distribution | null;
  /** Why a column could not be tested, or what to know about its result. */
  note: string | null;
}

/** `mlops.drift-report/v1`: see drift-report.schema.json. */
export interface DriftReport {
  schema: "mlops.drift-report/v1";
  tool: { name: "mlops"; version: string };
  created_at: string;
  mode: "check" | "compare";
  /** False when the statistics come from sketches (profiles); each test then states its bound. */
  exact: boolean;
  reference: {
    source: string;
    kind: "data" | "profile" | "registry";
    rows: number;
    from: string | null;
  };
  current: { source: string; kind: "data" | "profiles"; rows: number; files: string[] };
  settings: {
    method: string;
    correction: "none" | "holm" | "bh" | "bonferroni";
    drift_share: number;
    /** The cell values read as missing in both datasets: the contract's or the input's, else the profiles'. */
    missing_values: readonly string[];
    /** Checked columns read with missing values of their own: a contract's fields, or a profile's. */
    column_missing_values?: readonly { column: string; values: readonly string[] }[];
    /** The data contract both sides' data was read with (the `schema` input), as the workspace shows it. */
    data_contract?: string;
    jensen_shannon_base: "e";
    wasserstein_std_floor: number;
    psi_binning: string;
    histogram_bins: number;
  };
  dataset: {
    drifted: boolean;
    /** No feature column could be tested: the check says nothing, and must not pass silently. */
    inconclusive: boolean;
    /** Drifted feature columns / tested feature columns. */
    share: number;
    feature_drift: boolean;
    /** Whether the prediction column drifted; null without one. */
    prediction_drift: boolean | null;
    /** Whether the target column (the true labels) drifted; null without one. */
    target_drift: boolean | null;
    tested_columns: number;
    drifted_columns: string[];
    /** What to know about the verdicts as a whole: those the sketches cannot settle. */
    notes: string[];
  };
  columns: DriftColumn[];
}
