import { InputError } from "../../engine/errors.js";
import { yamlValue } from "../../interface/command-inputs.js";
import { shownName } from "./column-name.js";

/** How a column is compared: by its numbers, or by the counts of its values. */
export type ColumnKind = "numeric" | "categorical";

export const DRIFT_METHODS = [
  "ks",
  "wasserstein",
  "psi",
  "chi2",
  "jensen_shannon",
  "hellinger",
  "kl_div",
  "energy",
  "mannw",
  "g_test",
  "z",
  "fisher_exact",
  "anderson",
  "cramer_von_mises",
  "tvd",
] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

/**
 * Every accepted method name, Evidently's spellings included so that a configuration moves over
 * as it is. A Map, so that a name such as `constructor` finds nothing on a prototype.
 */
const METHOD_NAMES: ReadonlyMap<string, DriftMethod> = new Map<string, DriftMethod>([
  ...DRIFT_METHODS.map((m) => [m, m] as const),
  ["chisquare", "chi2"],
  ["jensenshannon", "jensen_shannon"],
  ["jensen-shannon", "jensen_shannon"],
  ["ed", "energy"],
]);

const knownMethod = (text: string): DriftMethod | undefined =>
  METHOD_NAMES.get(text.trim().toLowerCase());

/**
 * Evidently's comparison of each method's score with its threshold: p-values drift when small
 * (KS and Cramér-von Mises at or below, the others below), distances when large (energy
 * strictly above).
 */
const DRIFT_RULES: Readonly<Record<DriftMethod, "<=" | "<" | ">=" | ">">> = {
  ks: "<=",
  cramer_von_mises: "<=",
  chi2: "<",
  mannw: "<",
  g_test: "<",
  z: "<",
  fisher_exact: "<",
  anderson: "<",
  tvd: "<",
  wasserstein: ">=",
  psi: ">=",
  jensen_shannon: ">=",
  hellinger: ">=",
  kl_div: ">=",
  energy: ">",
};

/** Methods whose score is a p-value (drift when small); the others are distances (drift when large). */
export const P_VALUE_METHODS: readonly DriftMethod[] = DRIFT_METHODS.filter((m) =>
  DRIFT_RULES[m].startsWith("<"),
);

/** The methods that need numbers, as Evidently allows them on numerical columns only. */
export const NUMERIC_METHODS: readonly DriftMethod[] = [
  "ks",
  "wasserstein",
  "psi",
  "energy",
  "mannw",
  "anderson",
  "cramer_von_mises",
];

/**
 * The methods Evidently allows on categorical columns only; chi2, jensen_shannon, hellinger and
 * kl_div compare either kind.
 */
export const CATEGORICAL_METHODS: readonly DriftMethod[] = ["g_test", "z", "fisher_exact", "tvd"];

/** The categorical methods that compare two categories, as Evidently defines them. */
export const TWO_CATEGORY_METHODS: readonly DriftMethod[] = ["z", "fisher_exact"];

/** Evidently's default thresholds. */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftMethod, number>> = {
  ks: 0.05,
  chi2: 0.05,
  mannw: 0.05,
  z: 0.05,
  g_test: 0.1,
  fisher_exact: 0.1,
  anderson: 0.1,
  cramer_von_mises: 0.1,
  tvd: 0.1,
  wasserstein: 0.1,
  jensen_shannon: 0.1,
  psi: 0.1,
  hellinger: 0.1,
  kl_div: 0.1,
  energy: 0.1,
};

/** A reference of at most this many rows is tested with KS, z or chi-square, a larger one with distances. */
export const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct reference values are compared as categories. */
export const CATEGORICAL_DISTINCT = 5;

export function isDrift(method: DriftMethod, score: number, threshold: number): boolean {
  switch (DRIFT_RULES[method]) {
    case "<=":
      return score <= threshold;
    case "<":
      return score < threshold;
    case ">=":
      return score >= threshold;
    case ">":
      return score > threshold;
  }
}

export const driftRule = (method: DriftMethod): string =>
  `${P_VALUE_METHODS.includes(method) ? "p_value" : "score"} ${DRIFT_RULES[method]} threshold`;

/**
 * Evidently's default test (its `_get_default_stattest`), by kind and reference size: on a small
 * reference, a categorical column whose two sides together hold at most two values gets the
 * two-proportion z-test (Evidently counts them over both datasets), one with more chi-square.
 */
export function autoMethod(
  kind: ColumnKind,
  referenceRows: number,
  categories: number,
): DriftMethod {
  const small = referenceRows <= SMALL_REFERENCE_ROWS;
  if (kind === "numeric") return small ? "ks" : "wasserstein";
  if (!small) return "jensen_shannon";
  return categories <= 2 ? "z" : "chi2";
}

function methodName(text: string, input: string): DriftMethod {
  const method = knownMethod(text);
  if (!method) {
    throw new InputError(
      input,
      `'${shownName(text)}' is not a method`,
      `Use auto, ${DRIFT_METHODS.join(", ")}`,
    );
  }
  return method;
}

/** An input read as YAML or JSON: a mapping's own entries, or the plain value. */
function parseValue(text: string, input: string): Map<string, unknown> | { value: unknown } {
  const value = yamlValue(text, input);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return new Map(Object.entries(value));
  }
  return { value };
}

/** The `method` input: auto, one method for every column, or a map from column to method. */
export interface MethodChoice {
  readonly all: DriftMethod | "auto";
  readonly perColumn: ReadonlyMap<string, DriftMethod>;
}

export function parseMethod(text: string | undefined): MethodChoice {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "" || trimmed === "auto") return { all: "auto", perColumn: new Map() };
  const map = parseValue(trimmed, "method");
  if (!(map instanceof Map)) return { all: methodName(trimmed, "method"), perColumn: new Map() };
  const perColumn = new Map<string, DriftMethod>();
  for (const [column, value] of map) {
    if (typeof value !== "string") {
      throw new InputError(
        "method",
        `column '${shownName(column)}' has no method name`,
        "Write column: ks",
      );
    }
    if (value.trim() !== "auto") perColumn.set(column, methodName(value, "method"));
  }
  return { all: "auto", perColumn };
}

/**
 * The `threshold` input: one number for every column, or a map whose keys are columns or
 * methods. Entries only add to the defaults: naming one column never resets another's
 * threshold (the Evidently bug #678 this avoids).
 */
export interface ThresholdChoice {
  readonly all: number | undefined;
  readonly perMethod: ReadonlyMap<DriftMethod, number>;
  readonly perColumn: ReadonlyMap<string, number>;
}

/** A threshold as read from YAML: a finite, non-negative number (1e400 reads as Infinity). */
function thresholdValue(value: unknown, key: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    const shown = typeof value === "number" ? String(value) : (JSON.stringify(value) ?? "");
    throw new InputError(
      "threshold",
      `the threshold of ${key} is ${shownName(shown)}`,
      "Give a finite, non-negative number, such as 0.05 for a p-value or 0.1 for a distance",
    );
  }
  return value;
}

export function parseThreshold(
  text: string | undefined,
  columns: readonly string[],
): ThresholdChoice {
  const trimmed = text?.trim() ?? "";
  const perMethod = new Map<DriftMethod, number>();
  const perColumn = new Map<string, number>();
  if (trimmed === "") return { all: undefined, perMethod, perColumn };
  const map = parseValue(trimmed, "threshold");
  if (!(map instanceof Map)) {
    return { all: thresholdValue(map.value, "every column"), perMethod, perColumn };
  }
  for (const [key, value] of map) {
    const named = `'${shownName(key)}'`;
    // A column's name wins over a method's, so a column called "psi" can still be named.
    if (columns.includes(key)) perColumn.set(key, thresholdValue(value, named));
    else {
      const method = knownMethod(key);
      if (!method) {
        throw new InputError(
          "threshold",
          `${named} is neither a checked column nor a method`,
          `Name a column, or one of ${DRIFT_METHODS.join(", ")}`,
        );
      }
      perMethod.set(method, thresholdValue(value, named));
    }
  }
  return { all: undefined, perMethod, perColumn };
}

/**
 * A column's threshold: its own, else its method's, else the one for all, else the default. A
 * p-value threshold outside (0, 1) is refused: 2 would flag every column, 0 none.
 */
export function thresholdFor(choice: ThresholdChoice, column: string, method: DriftMethod): number {
  const threshold =
    choice.perColumn.get(column) ??
    choice.perMethod.get(method) ??
    choice.all ??
    DEFAULT_THRESHOLDS[method];
  if (P_VALUE_METHODS.includes(method) && !(threshold > 0 && threshold < 1)) {
    throw new InputError(
      "threshold",
      `column '${shownName(column)}' is tested with ${method}, whose threshold is a p-value, and ${threshold} is not between 0 and 1`,
      "Give a p-value threshold above 0 and below 1, or one per method, such as {ks: 0.05, wasserstein: 0.2}",
    );
  }
  return threshold;
}
