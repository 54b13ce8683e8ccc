import { load } from "js-yaml";
import { InputError } from "../../engine/errors.js";
import { YAML_CORE_SCHEMA } from "../../engine/files/yaml-core-schema.js";

/** How a column is compared: by its numbers, or by the counts of its values. */
export type ColumnKind = "numeric" | "categorical";

export const DRIFT_METHODS = ["ks", "wasserstein", "psi", "chi2", "jensen_shannon"] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

/** Evidently's spellings, accepted so that a configuration moves over as it is. */
const ALIASES: Readonly<Record<string, DriftMethod>> = {
  chisquare: "chi2",
  jensenshannon: "jensen_shannon",
  "jensen-shannon": "jensen_shannon",
};

/** Methods whose score is a p-value (drift when small); the others are distances (drift when large). */
export const P_VALUE_METHODS: readonly DriftMethod[] = ["ks", "chi2"];

/** The methods that need numbers; chi2 and jensen_shannon compare categories of any column. */
export const NUMERIC_METHODS: readonly DriftMethod[] = ["ks", "wasserstein", "psi"];

/** Evidently's default thresholds. */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftMethod, number>> = {
  ks: 0.05,
  chi2: 0.05,
  wasserstein: 0.1,
  jensen_shannon: 0.1,
  psi: 0.1,
};

/** A reference of at most this many rows is tested with KS or chi-square, a larger one with distances. */
export const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct reference values are compared as categories. */
export const CATEGORICAL_DISTINCT = 5;

/** Evidently's comparison for each method: KS flags p <= threshold, chi-square p < threshold. */
export function isDrift(method: DriftMethod, score: number, threshold: number): boolean {
  if (method === "ks") return score <= threshold;
  if (method === "chi2") return score < threshold;
  return score >= threshold;
}

export const driftRule = (method: DriftMethod): string =>
  method === "ks"
    ? "p_value <= threshold"
    : method === "chi2"
      ? "p_value < threshold"
      : "score >= threshold";

/** The defaults of design.md: by kind and reference size. */
export function autoMethod(kind: ColumnKind, referenceRows: number): DriftMethod {
  const small = referenceRows <= SMALL_REFERENCE_ROWS;
  if (kind === "numeric") return small ? "ks" : "wasserstein";
  return small ? "chi2" : "jensen_shannon";
}

function methodName(text: string, input: string): DriftMethod {
  const name = text.trim().toLowerCase();
  const method = ALIASES[name] ?? (DRIFT_METHODS as readonly string[]).find((m) => m === name);
  if (!method) {
    throw new InputError(
      input,
      `'${text}' is not a method`,
      `Use auto, ${DRIFT_METHODS.join(", ")}`,
    );
  }
  return method as DriftMethod;
}

/** A YAML or JSON mapping, or undefined when the text is a plain scalar. */
function mapping(text: string, input: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = load(text, { schema: YAML_CORE_SCHEMA });
  } catch (error) {
    throw new InputError(
      input,
      `is not valid YAML or JSON: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return undefined;
}

/** The `method` input: auto, one method for every column, or a map from column to method. */
export interface MethodChoice {
  readonly all: DriftMethod | "auto";
  readonly perColumn: ReadonlyMap<string, DriftMethod>;
}

export function parseMethod(text: string | undefined): MethodChoice {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "" || trimmed === "auto") return { all: "auto", perColumn: new Map() };
  const map = mapping(trimmed, "method");
  if (!map) return { all: methodName(trimmed, "method"), perColumn: new Map() };
  const perColumn = new Map<string, DriftMethod>();
  for (const [column, value] of Object.entries(map)) {
    if (typeof value !== "string") {
      throw new InputError("method", `column '${column}' has no method name`, "Write column: ks");
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

function thresholdValue(value: unknown, key: string): number {
  const number = typeof value === "number" ? value : Number(value);
  if (typeof value === "boolean" || !Number.isFinite(number) || number < 0) {
    throw new InputError(
      "threshold",
      `the threshold of '${key}' is ${JSON.stringify(value)}`,
      "Give a non-negative number",
    );
  }
  return number;
}

export function parseThreshold(
  text: string | undefined,
  columns: readonly string[],
): ThresholdChoice {
  const trimmed = text?.trim() ?? "";
  const perMethod = new Map<DriftMethod, number>();
  const perColumn = new Map<string, number>();
  if (trimmed === "") return { all: undefined, perMethod, perColumn };
  const map = mapping(trimmed, "threshold");
  if (!map) return { all: thresholdValue(trimmed, "every column"), perMethod, perColumn };
  for (const [key, value] of Object.entries(map)) {
    // A column's name wins over a method's, so a column called "psi" can still be named.
    if (columns.includes(key)) perColumn.set(key, thresholdValue(value, key));
    else {
      const method =
        ALIASES[key.toLowerCase()] ?? DRIFT_METHODS.find((m) => m === key.toLowerCase());
      if (!method) {
        throw new InputError(
          "threshold",
          `'${key}' is neither a checked column nor a method`,
          `Name a column, or one of ${DRIFT_METHODS.join(", ")}`,
        );
      }
      perMethod.set(method, thresholdValue(value, key));
    }
  }
  return { all: undefined, perMethod, perColumn };
}

/** A column's threshold: its own, else its method's, else the one for all, else the default. */
export const thresholdFor = (
  choice: ThresholdChoice,
  column: string,
  method: DriftMethod,
): number =>
  choice.perColumn.get(column) ??
  choice.perMethod.get(method) ??
  choice.all ??
  DEFAULT_THRESHOLDS[method];
