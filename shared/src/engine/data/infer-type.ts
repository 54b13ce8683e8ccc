import type { ColumnType, DateForms, TableSchemaField } from "./column-type.js";
import {
  hasLeadingZero,
  lastWasInteger,
  parseBoolean,
  parseDatetime,
  parseNumberText,
  parseSpecialNumber,
} from "./parse-cell.js";

/** The knobs of type inference; the defaults are the documented rule. */
export interface InferenceOptions {
  /** A string column is categorical only with at most this many distinct values. Default 1000. */
  maxCategories?: number;
  /**
   * ... and only when its distinct values are at most this share of its non-missing values
   * (columns with 20 or fewer distinct values are always categorical). Default 0.5.
   */
  maxCategoryRatio?: number;
}

/**
 * The type of a column from a sample of its non-missing values (the first rows of the data).
 * The rule, in order:
 *
 * 1. no value at all: `text` (the one type that accepts anything later);
 * 2. every value is `true`/`false` (any of `true True TRUE false False FALSE`): `boolean`;
 * 3. every value is an integer lexeme (`-12`, `+7`) that is a safe integer: `integer`;
 * 4. every value is a decimal number (`1.5`, `-2e-3`, `.5`) or a word for NaN or an infinity
 *    (`parseSpecialNumber`: `nan`, `INF`, `-Infinity`, in any case), at least one value is
 *    finite, and none is an integer lexeme past 2^53 (a 19-digit id, which a number would hold
 *    rounded, is a string): `numeric`;
 * 5. every value is an ISO 8601 date or date-time: `datetime`;
 * 6. otherwise a string column: `categorical` when it has at most `maxCategories` (1000) distinct
 *    values and either at most 20 of them or at most `maxCategoryRatio` (0.5) of its values;
 *    else `text`.
 *
 * In rules 3 and 4 a value with a leading zero (`00501`, `-007`) is not a number: such columns
 * are identifiers (zip codes, account numbers) and stay strings. Hex is not a number either, as
 * a declared `number` does not read it.
 */
export function inferType(values: readonly string[], options: InferenceOptions = {}): ColumnType {
  if (values.length === 0) return "text";
  if (values.every((v) => !Number.isNaN(parseBoolean(v)))) return "boolean";
  const numbers = numberKind(values);
  if (numbers !== undefined) return numbers;
  return stringColumnType(values, options);
}

/** Integer or numeric, by rules 3 and 4 of `inferType`, or undefined for other values. */
function numberKind(values: readonly string[]): "integer" | "numeric" | undefined {
  let allIntegers = true;
  let anyFinite = false;
  for (const value of values) {
    const n = parseNumberText(value);
    if (Number.isNaN(n)) {
      // NaN and the infinities: a float column's, never an integer's.
      if (parseSpecialNumber(value) === undefined) return undefined;
      allIntegers = false;
      continue;
    }
    // Whole numbers past 2^53 (19-digit ids) would be read rounded, two ids as one: strings.
    if (hasLeadingZero(value) || (lastWasInteger && !Number.isSafeInteger(n))) return undefined;
    if (!lastWasInteger) allIntegers = false;
    anyFinite ||= Number.isFinite(n);
  }
  // NaN and INF alone are words (codes, abbreviations) more likely than a column of numbers,
  // and NaN is read as no value: such a column is strings, as is one with no value at all.
  if (!anyFinite) return undefined;
  return allIntegers ? "integer" : "numeric";
}

/**
 * The type of a column a format stores as strings (Parquet's UTF8, large_string), from a sample
 * of its non-missing values: `datetime` by rule 5 of `inferType`, so that timestamps exported as
 * ISO 8601 text are dates in Parquet as in CSV and JSON Lines; else categorical or text by rule
 * 6. Never a number or a boolean: the format has types of its own for them, so digits stored as
 * strings were meant as strings (zip codes, ids, codes that are digits today and letters later).
 */
export function stringColumnType(
  values: readonly string[],
  options: InferenceOptions = {},
): "datetime" | "categorical" | "text" {
  if (values.length > 0 && values.every((v) => !Number.isNaN(parseDatetime(v)))) {
    return "datetime";
  }
  return stringKind(values, options);
}

/** Categorical or text, by rule 6 of `inferType`. */
export function stringKind(
  values: readonly string[],
  options: InferenceOptions = {},
): "categorical" | "text" {
  const maxCategories = options.maxCategories ?? 1000;
  const ratio = options.maxCategoryRatio ?? 0.5;
  const distinct = new Set<string>();
  for (const value of values) {
    distinct.add(value);
    if (distinct.size > maxCategories) return "text";
  }
  return distinct.size <= 20 || distinct.size <= ratio * values.length ? "categorical" : "text";
}

/**
 * The column type a declared field's type decides alone (a number, a date, a boolean), or
 * undefined for `string`, `any` or no type, which the sample refines or infers.
 */
export function fixedType(field: TableSchemaField): ColumnType | undefined {
  switch (field.type) {
    case "number":
      return "numeric";
    case "integer":
      return "integer";
    case "boolean":
      return "boolean";
    case "date":
    case "datetime":
      return "datetime";
    default:
      return undefined;
  }
}

/** Whether a field declares its column's type: `any` and no type leave it to inference. */
export const isDeclared = (field: TableSchemaField | undefined): boolean =>
  field?.type !== undefined && field.type !== "any";

/**
 * The ISO 8601 forms a column of dates takes. With Table Schema's default format, as
 * frictionless reads it, a date field takes a date alone and a datetime field a date and a
 * time; with format `any`, or undeclared (inferred, or typed by a Parquet file), either form,
 * so that a column inferred from dates and date-times alike reads all of them.
 */
export function dateForms(field: TableSchemaField | undefined): DateForms {
  if (field?.format === "any") return "both";
  return field?.type === "date" || field?.type === "datetime" ? field.type : "both";
}

/**
 * The type of a column declared in a Table Schema; `string` is refined to categorical or text
 * by rule 6 of `inferType` on the sample, and `any` (or no type) is inferred.
 */
export function declaredType(
  field: TableSchemaField,
  sample: readonly string[],
  options: InferenceOptions = {},
): ColumnType {
  const fixed = fixedType(field);
  if (fixed !== undefined) return fixed;
  return field.type === "string" ? stringKind(sample, options) : inferType(sample, options);
}
