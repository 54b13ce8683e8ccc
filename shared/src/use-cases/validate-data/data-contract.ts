import type { SourceOf } from "../../engine/contracts/explain-schema-error.js";
import type { Contract } from "../../engine/contracts/validate.js";
import { refuseField, validateContract } from "../../engine/contracts/validate.js";
import type {
  NumericColumnType,
  TableSchema,
  TableSchemaField,
} from "../../engine/data/column-type.js";
import { dateForms } from "../../engine/data/infer-type.js";
import {
  declaredBoolean,
  isDateForm,
  parseDatetime,
  parseNumberText,
  parseSpecialNumber,
} from "../../engine/data/parse-cell.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { compileSchema } from "../../engine/contracts/json-schema.js";
import { bounded } from "./check-result.js";
import { checkDatePattern, checkSpelling, spelledConstraintNote } from "./field-spelling.js";
import { patternCompiler, type PatternTest } from "./pattern.js";
import { inexactInteger, LARGEST_EXACT_INTEGER } from "./written-integers.js";
import schema from "./table-schema.schema.json" with { type: "json" };

/** The structure of a data contract (table-schema.schema.json); the rules between fields are below. */
export const tableSchemaContract: Contract = {
  id: "mlops.table-schema/v1",
  validate: compileSchema(schema),
  describe:
    "A data contract is a Table Schema with a 'fields' list, such as fields: [{ name: id, type: integer }]",
};

export type FieldType = NonNullable<TableSchemaField["type"]>;
export type Bound = number | string;
export type SkewMethod = "linf" | "wasserstein" | "psi";

export interface Range {
  min?: number;
  max?: number;
}

/** A statistic's range over a field's values: numbers, or dates on a date or datetime field. */
export interface ValueRange {
  min?: Bound;
  max?: Bound;
}

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: Bound;
  maximum?: Bound;
  exclusiveMinimum?: Bound;
  exclusiveMaximum?: Bound;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: (string | number | boolean)[];
}

export interface FieldStatistics {
  mostly?: number;
  maxMissingRatio?: number;
  mean?: ValueRange;
  distinct?: Range;
  quantiles?: ({ q: number } & ValueRange)[];
  skew?: false | { method?: SkewMethod; threshold?: number };
  /** The field's values are never shown nor kept: see `DataContract.sensitive`. */
  sensitive?: boolean;
}

/** Table Schema's properties of how a field's cells spell its values (see `checkSpelling`). */
const SPELLING_KEYS = [
  "decimalChar",
  "groupChar",
  "bareNumber",
  "trueValues",
  "falseValues",
] as const;

export interface ContractField extends Pick<TableSchemaField, (typeof SPELLING_KEYS)[number]> {
  name: string;
  type?: FieldType;
  /**
   * On a date or datetime field, `any` takes either ISO 8601 form and a pattern of strptime's
   * directives (`%d/%m/%Y`) its own; other formats are refused.
   */
  format?: TableSchemaField["format"];
  missingValues?: string[];
  constraints?: FieldConstraints;
  "x-mlops"?: FieldStatistics;
}

/** A Frictionless Table Schema v2 descriptor, as far as validate-data reads it. */
export interface TableSchemaDescriptor {
  fields: ContractField[];
  fieldsMatch?: "exact" | "equal" | "subset" | "superset" | "partial";
  missingValues?: string[];
  primaryKey?: string | string[];
  uniqueKeys?: string[][];
  "x-mlops"?: { rows?: Range; mostly?: number; maxKeys?: number };
}

/** A checked contract, with the line of any JSON pointer in its file for later messages. */
export interface DataContract {
  readonly file: string;
  readonly descriptor: TableSchemaDescriptor;
  /** The fields of the primary key, none when there is no primary key. */
  readonly primaryKey: readonly string[];
  /** What the data engine is told: types that make each constraint meaningful. */
  readonly readSchema: TableSchema;
  /** Each field's compiled `pattern`, by field name. */
  readonly patterns: ReadonlyMap<string, PatternTest>;
  /**
   * The fields marked `x-mlops: { sensitive: true }`: checked as any other, but no example,
   * note, statistic or profile shows or keeps one of their values.
   */
  readonly sensitive: ReadonlySet<string>;
  /** `file:line` of a JSON pointer into the contract, or just the file. */
  where(pointer: string): string;
}

const ORDERED_BOUNDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;

/** The fix for an integer field's bound, or a statistic's, past ±(2^53 - 1). */
const PAST_BOUND_FIX = `Write a bound within ${LARGEST_EXACT_INTEGER}, or declare ids this long as string (which takes no bounds)`;

/** How the engine reads each type of numbers, and how a message names and shows its values. */
const NUMERIC_READS: Readonly<
  Partial<Record<FieldType, { column: NumericColumnType; is: string; example: string }>>
> = {
  number: { column: "numeric", is: "a number", example: "1.5" },
  integer: { column: "integer", is: "an integer", example: "1" },
  boolean: { column: "boolean", is: "true or false", example: "true" },
  date: { column: "datetime", is: "an ISO 8601 date", example: "2024-05-01" },
  datetime: { column: "datetime", is: "an ISO 8601 date-time", example: "2024-05-01T12:30:00Z" },
};

/** Whether the engine reads values of `type` as numbers. */
const isNumeric = (type: FieldType | undefined): boolean =>
  type !== undefined && NUMERIC_READS[type] !== undefined;

/**
 * The column type the engine reads a field's values as when they are numbers (dates as epoch
 * milliseconds, booleans as 0/1), or undefined for text and for a type left to inference.
 */
export const numericColumnType = (field: ContractField): NumericColumnType | undefined => {
  const type = readType(field);
  return type === undefined ? undefined : NUMERIC_READS[type]?.column;
};

/**
 * The type the engine reads a field as. A field without a type but with a string constraint is
 * read as a string, and with a numeric bound as a number, so that its constraints apply to it.
 */
function readType(field: ContractField): FieldType | undefined {
  if (field.type !== undefined && field.type !== "any") return field.type;
  const c = field.constraints ?? {};
  if (c.pattern !== undefined || c.minLength !== undefined || c.maxLength !== undefined) {
    return "string";
  }
  if (ORDERED_BOUNDS.some((bound) => c[bound] !== undefined)) return "number";
  return field.type;
}

/** Whether a field's values are dates, read as epoch milliseconds. */
export const isDated = (type: FieldType | undefined): boolean =>
  type === "date" || type === "datetime";

/** Epoch milliseconds of 0000-01-01 and of the last instant of 9999, the years ISO 8601 writes. */
const FIRST_DATE = -62_167_219_200_000;
const LAST_DATE = 253_402_300_799_999;

/** A bound as the engine stores the field's values: a number, or epoch milliseconds for dates. */
export function boundValue(bound: Bound, type: FieldType | undefined): number {
  return typeof bound === "number" ? bound : isDated(type) ? parseDatetime(bound) : Number.NaN;
}

/**
 * An enum entry as a numeric column of `type` holds it: booleans as 0/1, dates as epoch
 * milliseconds, and an entry written as text (as a JSON contract writes "true" or "1.5") read
 * as the column reads its cells. NaN when no value of the column can equal it: a boolean entry
 * is not the number 1, nor a number a boolean.
 */
export function enumValue(entry: string | number | boolean, type: NumericColumnType): number {
  // A boolean field reads the cells 1 and 0 as true and false, and so its entries.
  if (type === "boolean")
    return typeof entry === "boolean" ? Number(entry) : declaredBoolean(String(entry));
  if (typeof entry !== "string") return typeof entry === "number" ? entry : Number.NaN;
  if (type === "datetime") return parseDatetime(entry);
  // A declared number reads NaN, INF and -INF cells, which its enum may then list.
  return parseSpecialNumber(entry) ?? parseNumberText(entry);
}

/** Throws the contract error at a JSON pointer into the contract. */
type Fail = (pointer: string, problem: string, fix?: string) => never;

/**
 * Fails a date constraint (a bound, or an enum entry) written in the ISO 8601 form the field's
 * cells refuse: a date-time on a date field, a date on a datetime one. Its cells are read as
 * instants, a date as its midnight UTC, so `minimum: 2015-01-01T12:00` would refuse the cell
 * 2015-01-01 and `enum: [2015-01-01]` match no date-time but midnight's: never what was meant.
 * The form is tested as the cells' own (`isDateForm`, by `dateForms`), so that the rule is one.
 */
function checkDateForm(
  field: ContractField,
  pointer: string,
  text: string,
  what: "bound" | "value",
  fail: Fail,
): void {
  const forms = dateForms(field);
  if (forms === "both" || isDateForm(text, forms)) return;
  const name = `'${bounded(field.name)}'`;
  const either = "(or give it format: any where dates and date-times mix)";
  if (forms === "date") {
    fail(
      pointer,
      `is the date-time ${bounded(text)}, but ${name} is a date field, whose cells are dates without a time`,
      `Write the ${what} as a date, ${text.slice(0, 10)}, or declare the field as datetime ${either}`,
    );
  }
  fail(
    pointer,
    `is the date ${bounded(text)}, but ${name} is a datetime field, whose cells have a time`,
    `Write the ${what} as a date-time, ${text}T00:00:00Z, or declare the field as date ${either}`,
  );
}

/**
 * `minimum` and its kin: on a numeric field only, and a number or, on a date or datetime field,
 * a date of the form its cells take; on an integer field, the number the file writes
 * (`inexactInteger`), not one that a double rounds it to.
 */
function checkBounds(field: ContractField, at: string, fail: Fail, sourceOf: SourceOf): void {
  const type = readType(field);
  const c = field.constraints ?? {};
  for (const bound of ORDERED_BOUNDS) {
    const value = c[bound];
    if (value === undefined) continue;
    const pointer = `${at}/constraints/${bound}`;
    if (!isNumeric(type)) {
      fail(pointer, `applies to number, integer, date and datetime fields, not ${type}`);
    }
    if (!Number.isFinite(boundValue(value, type))) {
      const { is, example } = NUMERIC_READS[type!]!;
      const dated = isDated(type);
      fail(
        pointer,
        dated ? `is not ${type === "date" ? "a date" : "a date-time"}` : "is not a number",
        `${dated ? `Write ${is} such as ${example}` : "Write a number"}${spelledConstraintNote(field)}`,
      );
    }
    if (isDated(type) && typeof value === "string") {
      checkDateForm(field, pointer, value, "bound", fail);
    }
    if (type === "integer" && typeof value === "number") {
      refuseInexact(
        fail,
        pointer,
        value,
        sourceOf(pointer),
        PAST_BOUND_FIX,
        "Write the whole number meant",
      );
    }
  }
}

/**
 * Fails `pointer`, an integer field's number `value` (its digits as the file writes them, where
 * known, and `shown` as the message shows it), when a double does not hold it as written
 * (`inexactInteger`): with `pastFix` where it is past 2^53 - 1, else with `fix`.
 */
function refuseInexact(
  fail: Fail,
  pointer: string,
  value: number,
  written: string | undefined,
  pastFix: string,
  fix: string,
  shown: string | undefined = written,
): void {
  const inexact = inexactInteger(value, written, shown);
  if (inexact) fail(pointer, inexact.problem, inexact.past ? pastFix : fix);
}

/**
 * Fails when an upper bound leaves no value to pass its lower one: the check would fail
 * whatever the data, a mistake in the contract rather than a finding. Equal bounds leave one
 * value, unless either is exclusive.
 */
function checkOrder<Key extends string>(
  at: string,
  bounds: Partial<Record<Key, Bound>>,
  [lower, upper]: readonly [Key, Key],
  valueOf: (bound: Bound) => number,
  fail: Fail,
): void {
  const low = bounds[lower];
  const high = bounds[upper];
  if (low === undefined || high === undefined) return;
  const gap = valueOf(high) - valueOf(low);
  const strict = lower.startsWith("exclusive") || upper.startsWith("exclusive");
  if (gap > 0 || (gap === 0 && !strict)) return;
  fail(
    `${at}/${upper}`,
    `is ${high}, ${gap < 0 ? "below" : "equal to"} ${lower} ${low}, so the check fails whatever the data`,
    `Swap ${lower} and ${upper} if they are the wrong way round, or correct the one that is wrong`,
  );
}

/**
 * On an integer field, bounds in order that still leave no whole number between them (minimum
 * 1.5, maximum 1.9): the check would fail every value, as bounds out of order would.
 */
function checkWholeNumberBetween(c: FieldConstraints, at: string, fail: Fail): void {
  const value = (bound: Bound | undefined) =>
    bound === undefined ? undefined : boundValue(bound, "integer");
  const lows = [
    Math.ceil(value(c.minimum) ?? -Infinity),
    Math.floor(value(c.exclusiveMinimum) ?? -Infinity) + 1,
  ];
  const highs = [
    Math.floor(value(c.maximum) ?? Infinity),
    Math.ceil(value(c.exclusiveMaximum) ?? Infinity) - 1,
  ];
  const [low, high] = [Math.max(...lows), Math.min(...highs)];
  if (!(low > high)) return;
  const upper = c.maximum !== undefined ? "maximum" : "exclusiveMaximum";
  fail(
    `${at}/${upper}`,
    `leaves no whole number between the bounds of this integer field, so the check fails whatever the data`,
    "Write whole-number bounds, or declare the field a number",
  );
}

/** A contract's `{min, max}` (a statistic's bounds, or the row count's) in order. */
const checkRange = (range: Range | undefined, at: string, fail: Fail) =>
  checkOrder(at, range ?? {}, ["min", "max"], Number, fail);

/**
 * A mean's or a quantile's bounds: numbers, and on a date or datetime field dates, as ISO 8601
 * or (as contracts gave them before) epoch milliseconds within the years ISO 8601 writes. On an
 * integer field a bound may be a fraction (a mean of 2 and 3 is 2.5), but not one past
 * ±(2^53 - 1) (`inexactInteger`), as `minimum` may not: a double may not hold it as written,
 * and no mean or quantile of the field's values lies there.
 */
function checkValueBounds(field: ContractField, at: string, fail: Fail, sourceOf: SourceOf): void {
  const type = readType(field);
  const dated = isDated(type);
  const stats = field["x-mlops"] ?? {};
  const ranges: [string, ValueRange][] = [
    ...(stats.mean ? [[`${at}/x-mlops/mean`, stats.mean] as [string, ValueRange]] : []),
    ...(stats.quantiles ?? []).map((q, i): [string, ValueRange] => [
      `${at}/x-mlops/quantiles/${i}`,
      q,
    ]),
  ];
  for (const [pointer, range] of ranges) {
    for (const key of ["min", "max"] as const) {
      const bound = range[key];
      if (bound === undefined) continue;
      if (typeof bound === "string" && !dated) {
        fail(`${pointer}/${key}`, `is text, but the field is ${type}`, "Write a number");
      }
      const value = boundValue(bound, type);
      if (dated && !(value >= FIRST_DATE && value <= LAST_DATE)) {
        fail(`${pointer}/${key}`, "is not a date", "Write an ISO 8601 date such as 2024-05-01");
      }
      if (type === "integer" && Number.isFinite(value)) {
        const inexact = inexactInteger(value, sourceOf(`${pointer}/${key}`));
        if (inexact?.past) fail(`${pointer}/${key}`, inexact.problem, PAST_BOUND_FIX);
      }
    }
  }
}

/** Every pair of a field's lower and upper bounds, and each of its statistics' ranges. */
function checkRanges(field: ContractField, at: string, fail: Fail): void {
  const type = readType(field);
  const c = field.constraints ?? {};
  for (const lower of ["minimum", "exclusiveMinimum"] as const) {
    for (const upper of ["maximum", "exclusiveMaximum"] as const) {
      checkOrder(`${at}/constraints`, c, [lower, upper], (b) => boundValue(b, type), fail);
    }
  }
  if (type === "integer") checkWholeNumberBetween(c, `${at}/constraints`, fail);
  checkOrder(`${at}/constraints`, c, ["minLength", "maxLength"], Number, fail);
  const stats = field["x-mlops"] ?? {};
  const valueOf = (b: Bound) => boundValue(b, type);
  checkOrder(`${at}/x-mlops/mean`, stats.mean ?? {}, ["min", "max"], valueOf, fail);
  checkRange(stats.distinct, `${at}/x-mlops/distinct`, fail);
  stats.quantiles?.forEach((q, i) =>
    checkOrder(`${at}/x-mlops/quantiles/${i}`, q, ["min", "max"], valueOf, fail),
  );
}

/**
 * Each enum entry of a field read as numbers is a value of its type: an entry no value can
 * equal (`two` on an integer field, `yes` on a boolean one) is a mistake in the contract, which
 * would otherwise fail every row that holds the value meant. Cells are compared with an entry
 * as numbers, so on an integer field it is the number the file writes (`inexactInteger`): one
 * that a double rounds would match a cell the file does not list.
 */
function checkEnum(field: ContractField, at: string, fail: Fail, sourceOf: SourceOf): void {
  const type = readType(field);
  const read = type === undefined ? undefined : NUMERIC_READS[type];
  if (read === undefined) return;
  const fix = `Write the values as the field's type reads them (such as ${read.example}), or declare the field a string${spelledConstraintNote(field)}`;
  field.constraints?.enum?.forEach((entry, i) => {
    const value = enumValue(entry, read.column);
    const pointer = `${at}/constraints/enum/${i}`;
    if (type === "integer" && Number.isFinite(value)) {
      // A quoted entry's digits are the text it holds; it is shown as written, quotes and all.
      const quoted = typeof entry === "string";
      const shown = sourceOf(pointer) ?? (quoted ? JSON.stringify(entry) : undefined);
      const pastFix = `Write values within ${LARGEST_EXACT_INTEGER}, or declare ids this long as string and quote them`;
      refuseInexact(fail, pointer, value, quoted ? entry : shown, pastFix, fix, shown);
    }
    // INF is a value of a number field, and no integer's.
    if (type === "integer" ? Number.isSafeInteger(value) : !Number.isNaN(value)) {
      if (isDated(type) && typeof entry === "string") {
        checkDateForm(field, pointer, entry, "value", fail);
      }
      return;
    }
    fail(pointer, `is ${bounded(JSON.stringify(entry))}, which is not ${read.is}`, fix);
  });
}

/**
 * Each enum entry of a string field is text as the file writes it: cells are compared with an
 * entry's text, and an unquoted `01234`, `1.0` or `True` is a number or a boolean that reads
 * back as `1234`, `1` or `true`, so that a cell holding the text as written would never match.
 */
function checkTextEnum(field: ContractField, at: string, fail: Fail, sourceOf: SourceOf): void {
  if (readType(field) !== "string") return;
  field.constraints?.enum?.forEach((entry, i) => {
    if (typeof entry === "string") return;
    const pointer = `${at}/constraints/enum/${i}`;
    const written = sourceOf(pointer);
    if (written === undefined || written === String(entry)) return;
    const quoted = JSON.stringify(bounded(written));
    fail(
      pointer,
      `is ${bounded(written)} unquoted, which is read as the ${typeof entry} ${entry} and matches the cell ${JSON.stringify(String(entry))}, not ${quoted}`,
      `Quote it (${quoted}) to match the text as written`,
    );
  });
}

/**
 * String constraints on string fields only; statistics of numbers on numeric fields only, and
 * so is a skew measured on them.
 */
function checkApplicable(field: ContractField, at: string, fail: Fail): void {
  const type = readType(field);
  const c = field.constraints ?? {};
  for (const key of ["pattern", "minLength", "maxLength"] as const) {
    if (c[key] !== undefined && type !== "string") {
      fail(`${at}/constraints/${key}`, `applies to string fields, not ${type}`);
    }
  }
  const stats = field["x-mlops"] ?? {};
  for (const key of ["mean", "quantiles"] as const) {
    if (stats[key] !== undefined && !isNumeric(type)) {
      fail(
        `${at}/x-mlops/${key}`,
        `applies to numeric fields, not ${type ?? "an untyped field"}`,
        "Declare the field's type",
      );
    }
  }
  // The Wasserstein distance is over values in order: text has none, so it could not be measured.
  if (stats.skew && stats.skew.method === "wasserstein" && type === "string") {
    fail(
      `${at}/x-mlops/skew/method`,
      "is wasserstein, which measures numbers and dates, not string values",
      "Use linf (the largest change of one value's share) or psi for a string field",
    );
  }
}

/** The fields of the primary key; every key names declared fields. */
function checkKeys(descriptor: TableSchemaDescriptor, fail: Fail): string[] {
  const names = new Set(descriptor.fields.map((field) => field.name));
  const known = (pointer: string, list: readonly string[]) =>
    list.forEach((name, i) => {
      if (!names.has(name))
        fail(`${pointer}/${i}`, `names '${bounded(name)}', which is not a field`);
    });
  const { primaryKey } = descriptor;
  if (typeof primaryKey === "string" && !names.has(primaryKey)) {
    fail("/primaryKey", `names '${bounded(primaryKey)}', which is not a field`);
  }
  if (Array.isArray(primaryKey)) known("/primaryKey", primaryKey);
  (descriptor.uniqueKeys ?? []).forEach((key, i) => known(`/uniqueKeys/${i}`, key));
  return primaryKey === undefined ? [] : typeof primaryKey === "string" ? [primaryKey] : primaryKey;
}

/** Every field's own rules, and the rules of the whole contract; the primary key's fields. */
function checkDescriptor(
  descriptor: TableSchemaDescriptor,
  fail: Fail,
  sourceOf: SourceOf,
): string[] {
  const names = new Set<string>();
  descriptor.fields.forEach((field, i) => {
    const at = `/fields/${i}`;
    if (names.has(field.name))
      fail(`${at}/name`, `names the field '${bounded(field.name)}' a second time`);
    names.add(field.name);
    checkBounds(field, at, fail, sourceOf);
    checkEnum(field, at, fail, sourceOf);
    checkTextEnum(field, at, fail, sourceOf);
    checkApplicable(field, at, fail);
    checkSpelling(field, at, fail);
    checkValueBounds(field, at, fail, sourceOf);
    checkRanges(field, at, fail);
  });
  checkRange(descriptor["x-mlops"]?.rows, "/x-mlops/rows", fail);
  return checkKeys(descriptor, fail);
}

/**
 * The longest pattern a contract may give. re2js must compile a pattern before its size is
 * known, and a pattern of n characters may compile to some 180 n instructions (repeat counts
 * up to 1,000): at 1,000 characters, under a second and about 30 MB before the bound below
 * refuses it.
 */
const MAX_PATTERN_LENGTH = 1_000;

/**
 * What a contract's patterns may cost together, each its size (the larger of its length and
 * its RE2 program size, where a repeat counts its body once per repetition: `a{1000}` takes
 * 1,002, the optional `[a-z]{0,1000}` 2,002) plus `PATTERN_BASE_COST`. A contract from a pull
 * request of 1,000 `[a-z]{0,1000}` held 600 MB and took 6 s before any data was read; this
 * allows about 20 MB and a second. Usual patterns cost under 200 each.
 */
const MAX_PATTERN_COST = 100_000;

/** What any compiled pattern costs besides its size: re2js holds about 12 KB for each. */
const PATTERN_BASE_COST = 100;

/** Each field's pattern, compiled; the compiler is loaded only when there is one. */
async function compilePatterns(
  descriptor: TableSchemaDescriptor,
  fail: Fail,
): Promise<Map<string, PatternTest>> {
  const patterns = new Map<string, PatternTest>();
  if (!descriptor.fields.some((field) => field.constraints?.pattern !== undefined)) {
    return patterns;
  }
  const compile = await patternCompiler();
  const count = (n: number) => n.toLocaleString("en-US");
  let cost = 0;
  for (const [i, field] of descriptor.fields.entries()) {
    const pattern = field.constraints?.pattern;
    if (pattern === undefined) continue;
    const at = `/fields/${i}/constraints/pattern`;
    // A pattern matches the whole value, so an empty one matches only the empty value, which is
    // missing unless missingValues says otherwise: every value would fail, surely not what was meant.
    if (pattern === "") {
      fail(
        at,
        "is empty, which matches only an empty value (a pattern matches the whole value), so every other value would fail it",
        "Remove the pattern, or write the one the values must match",
      );
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
      fail(
        at,
        `is ${count(pattern.length)} characters long, more than the ${count(MAX_PATTERN_LENGTH)} a pattern may have`,
        "For a list of allowed values, use enum",
      );
    }
    const compiled = compile(pattern);
    if ("problem" in compiled) {
      fail(
        at,
        `is not a regular expression that runs in linear time (RE2's syntax): ${bounded(compiled.problem)}`,
        "Patterns have no lookaround or backreference, and repeat counts of at most 1000",
      );
    }
    cost += PATTERN_BASE_COST + compiled.size;
    if (cost > MAX_PATTERN_COST) {
      fail(
        at,
        `brings the cost of the contract's patterns to ${count(cost)}, more than the ${count(MAX_PATTERN_COST)} they may have together`,
        `A pattern costs ${PATTERN_BASE_COST} plus its length or its RE2 program size, the larger (this one ${count(compiled.size)}; [a-z]{0,1000} takes 2,002): use fewer patterns or smaller repeat counts`,
      );
    }
    patterns.set(field.name, compiled.test);
  }
  return patterns;
}

/** What the data engine is told: each field's read type and missing values. */
function readSchemaOf(descriptor: TableSchemaDescriptor): TableSchema {
  return {
    fields: descriptor.fields.map((field) => {
      const type = readType(field);
      return {
        name: field.name,
        ...(type === undefined ? {} : { type }),
        // A date's `any` or pattern: any other format was refused, `default` is the reader's own.
        ...(field.format !== undefined && field.format !== "default"
          ? { format: field.format }
          : {}),
        ...(field.missingValues ? { missingValues: field.missingValues } : {}),
        ...Object.fromEntries(
          SPELLING_KEYS.filter((key) => field[key] !== undefined).map((key) => [key, field[key]]),
        ),
      };
    }),
    ...(descriptor.missingValues ? { missingValues: descriptor.missingValues } : {}),
    // A declared field the data lacks is the `fields` check's to judge, under any fieldsMatch:
    // the fields that are there are still checked, so one run shows every problem.
    fieldsMayBeAbsent: true,
  };
}

/** How Table Schema properties that validate-data does not read are refused: why, and the fix. */
const UNREAD: Readonly<Record<string, { problem: string; fix: string }>> = {
  categories: {
    problem: "is not read",
    fix: "List the allowed values in constraints.enum instead",
  },
  foreignKeys: {
    problem: "is not checked: validate-data checks one table, by itself",
    fix: "Remove foreignKeys; primaryKey and uniqueKeys are checked",
  },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Refuses `sensitive` beside a field's name or among its constraints, where the structure check
 * would call it unknown without a word of where it belongs: a field meant to be withheld must
 * not be read as one that is not.
 */
function refuseMisplacedSensitive(field: Record<string, unknown>, at: string, fail: Fail): void {
  const { constraints } = field;
  const pointer = Object.hasOwn(field, "sensitive")
    ? `${at}/sensitive`
    : isObject(constraints) && Object.hasOwn(constraints, "sensitive")
      ? `${at}/constraints/sensitive`
      : undefined;
  if (pointer === undefined) return;
  fail(
    pointer,
    "is not a Table Schema property: the mark that withholds a field's values is mlops' own",
    "Write it under the field's x-mlops: x-mlops: { sensitive: true }",
  );
}

/**
 * Refuses the Table Schema properties that validate-data would otherwise leave unread, so that
 * no contract passes data it meant to fail: `format` other than `default` and, on dates, `any`
 * (an email format), `categories`, `foreignKeys`; a date's pattern is read, if it can be. They are refused before the structure is checked, whose "unknown property"
 * would not say they are Table Schema's own, nor what to write instead.
 */
function refuseUnread(value: unknown, fail: Fail): void {
  if (!isObject(value)) return;
  const refuse = (pointer: string, key: string) => {
    const { problem, fix } = UNREAD[key]!;
    fail(pointer, problem, fix);
  };
  if (Object.hasOwn(value, "foreignKeys")) refuse("/foreignKeys", "foreignKeys");
  const fields = Array.isArray(value.fields) ? value.fields : [];
  fields.forEach((field: unknown, i) => {
    if (!isObject(field)) return;
    for (const key of Object.keys(field)) {
      if (Object.hasOwn(UNREAD, key)) {
        refuse(`/fields/${i}/${key}`, key);
      }
    }
    refuseMisplacedSensitive(field, `/fields/${i}`, fail);
    const { format, type } = field;
    const dated = type === "date" || type === "datetime";
    // Table Schema's `any` lets a reader take any way of writing a date; here it means either
    // ISO 8601 form, a date alone or a date and a time, as a column left to inference reads.
    if (format === undefined || format === "default" || (dated && format === "any")) return;
    // A format that is no text is the structure check's to refuse, saying what one must be.
    if (typeof format !== "string") return;
    if (dated) return checkDatePattern(format, `/fields/${i}`, fail);
    const dateFormat = format.includes("%");
    fail(
      `/fields/${i}/format`,
      dateFormat
        ? `is ${JSON.stringify(format)}, a date's format, on a field that is not a date`
        : `is ${JSON.stringify(format)}, which is not read`,
      dateFormat
        ? "Declare the field's type as date (datetime where it has a time), which reads this format"
        : type === "number" || type === "integer" || type === "boolean"
          ? `Remove format: Table Schema's ${type} fields have no format but the default`
          : "Remove format and check the values with a pattern instead, such as [^@\\s]+@[^@\\s]+\\.[a-z]{2,} for an email",
    );
  });
}

/** Reads a data contract and checks it, with errors at the contract's file, line and field. */
export async function loadDataContract(path: string, shown: string): Promise<DataContract> {
  const document = readStructured(path, shown);
  const where = (pointer: string) => {
    const line = document.lineOf(pointer);
    return line === undefined ? shown : `${shown}:${line}`;
  };
  const fail: Fail = refuseField(shown, document.lineOf);
  refuseUnread(document.value, fail);
  const descriptor = validateContract<TableSchemaDescriptor>(
    tableSchemaContract,
    document.value,
    shown,
    document.lineOf,
    document.sourceOf,
  );
  const primaryKey = checkDescriptor(descriptor, fail, document.sourceOf);
  return {
    file: shown,
    descriptor,
    primaryKey,
    readSchema: readSchemaOf(descriptor),
    patterns: await compilePatterns(descriptor, fail),
    sensitive: new Set(
      descriptor.fields.filter((f) => f["x-mlops"]?.sensitive === true).map((f) => f.name),
    ),
    where,
  };
}
