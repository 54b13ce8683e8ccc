import type { BytesColumn, Column } from "./batch.js";
import type {
  ColumnType,
  DateForms,
  NumericColumnType,
  StringColumnType,
  TableSchemaField,
} from "./column-type.js";
import { dateForms, isDeclared } from "./infer-type.js";
import {
  lastWasInteger,
  declaredBoolean,
  declaredBooleanBytes,
  parseBoolean,
  parseBooleanBytes,
  parseDateInto,
  epochNumberProblem,
  isDateForm,
  parseDatetime,
  parseNumberInto,
  parseNumberCell,
  parseNumberText,
  scanNumberInto,
} from "./parse-cell.js";
import { fieldEnd } from "./csv-tokenizer.js";
import { StringDictionary } from "./string-dictionary.js";
import { resized, reusedOr } from "./typed-arrays.js";
import { releaseArrays } from "../release-array.js";

/**
 * Fills one column of one batch, cell by cell, straight into typed arrays. Each append returns
 * `undefined`, or the problem with the cell in words; the reader adds the file and the line.
 */
export interface ColumnBuilder {
  readonly name: string;
  readonly type: ColumnType;
  /** Starts a new batch with room for `capacity` rows. */
  start(capacity: number): void;
  /** Makes room for `capacity` rows in the batch in progress, keeping the rows appended. */
  grow(capacity: number): void;
  /** The CSV fast path: the cell's UTF-8 bytes, already unquoted, not missing. */
  appendBytes(buf: Buffer, start: number, end: number, row: number): string | undefined;
  /**
   * The CSV fused path (`appendPlainRow`): reads the unquoted, non-empty cell that starts at
   * `buf[start]` up to the delimiter or a line end, appends it, and returns where it stops;
   * -1 when the cell is not valid or reaches `end`, and nothing was appended that the row read
   * again would not replace. Appending a row's cell again replaces it.
   */
  appendPlain(buf: Buffer, start: number, end: number, row: number, delimiter: number): number;
  /** A cell given as text, not missing. */
  appendText(text: string, row: number): string | undefined;
  /** A cell given as a JavaScript value (JSONL, Parquet); `null`/`undefined` is missing. */
  appendValue(value: unknown, row: number): string | undefined;
  appendMissing(row: number): void;
  /** The column of the batch, `length` rows long (as bytes for a column read as bytes). */
  finish(length: number): Column | BytesColumn;
  /** Takes back the arrays of a column this builder finished, for a later `start`. */
  recycle(column: Column | BytesColumn): void;
  /** Frees the arrays taken back and not filled again: the read is over. */
  releaseSpares(): void;
}

/**
 * JSON text of a value that holds 64-bit integers (bigints), each written as its bare digits,
 * exact however long: the text the JSON Lines reader gives the same array or object
 * (`[0,9007199254740993]`), where digits quoted as a string would be another value, and drift
 * would be seen between the two formats. Anything else is written as JSON.stringify writes it:
 * `undefined` left out of an object and `null` in an array, a date by its `toJSON`.
 */
function bigintJson(value: unknown): string | undefined {
  if (typeof value === "bigint") return value.toString();
  // A finite number's JSON is its String(); -0 is 0 in both.
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "object" || value === null || "toJSON" in value) {
    return JSON.stringify(value);
  }
  // Written by concatenation, some three times faster than joining arrays of parts for a struct.
  let text = "";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      text += `${i > 0 ? "," : ""}${bigintJson(value[i]) ?? "null"}`;
    }
    return `[${text}]`;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const item = bigintJson(object[key]);
    if (item !== undefined) text += `${text === "" ? "" : ","}${JSON.stringify(key)}:${item}`;
  }
  return `{${text}}`;
}

/**
 * What one column's values have shown of their JSON: whether one of them held a 64-bit integer
 * that JSON.stringify refused (a list of lists of them, a struct of one), so that the later ones,
 * which hold them too, are given `bigintJson` at once rather than refused first (some 3 µs a
 * cell). A reader keeps one per column.
 */
export interface ColumnJson {
  digits: boolean;
}

/**
 * An object or array as JSON, 64-bit integers in it as digits, which JSON.stringify refuses.
 * `bigintJson`, which writes them, costs more than JSON.stringify's native writing of a list of
 * floats (an embedding's), so it is given only to a value that needs it: a list of such
 * integers, a value of a column whose values needed it (`column`), or a value that
 * JSON.stringify refused.
 */
function jsonText(value: object, column: ColumnJson | undefined): string {
  if (column?.digits || (Array.isArray(value) && value.some((item) => typeof item === "bigint"))) {
    return bigintJson(value)!;
  }
  try {
    return JSON.stringify(value);
  } catch {
    if (column) column.digits = true;
    return bigintJson(value)!;
  }
}

/**
 * A cell value as text: a string is its own, a date its ISO 8601 form, an object or array its
 * JSON (64-bit integers in it as digits), written as `column`'s values before it were.
 */
export function valueText(value: unknown, column?: ColumnJson): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  }
  if (typeof value === "object" && value !== null) return jsonText(value, column);
  // A JSON number past the largest double (1e400) parses as infinite: spelled as pandas writes
  // it, which typing reads as a number, as it reads such a CSV cell.
  if (value === Infinity || value === -Infinity) return value > 0 ? "inf" : "-inf";
  return String(value);
}

/**
 * `appendPlain` by way of `appendBytes`, once the cell's end is found: for a column whose cells
 * are not parsed as they are scanned.
 */
export function appendPlainBytes(
  builder: ColumnBuilder,
  buf: Buffer,
  start: number,
  end: number,
  row: number,
  delimiter: number,
): number {
  const stop = fieldEnd(buf, start, end, delimiter);
  return stop < end && builder.appendBytes(buf, start, stop, row) === undefined ? stop : -1;
}

/** The integers a number holds exactly; past them two ids may be one number. */
export const EXACT_INTEGERS = "±9,007,199,254,740,991";

/**
 * Why a declared integer cannot be read: past 2^53 a number holds it rounded, and two ids would
 * compare equal. A column inferred as integers reads such a value as it always did.
 */
const UNSAFE_INTEGER = `is beyond ${EXACT_INTEGERS}, which a number holds only rounded: declare ids this long as string`;

export function quoteCell(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
}

/** What a cell of a column of dates must be, by the forms the column takes. */
export const DATES_TAKEN: Readonly<Record<DateForms, string>> = {
  date: "an ISO 8601 date",
  datetime: "an ISO 8601 date-time",
  both: "an ISO 8601 date or date-time",
};

/**
 * What a date or date-time is, in a column that takes the other form alone (Table Schema's
 * date takes no time of day, its datetime needs one), and how to read it.
 */
export const OTHER_DATE_FORM: Readonly<Record<"date" | "datetime", string>> = {
  date: 'a date-time, not a date: declare the field "datetime" to keep its time, or give it format: any where dates and date-times mix',
  datetime:
    'a date without a time: declare the field "date", add the time (such as T00:00:00Z), or give it format: any where dates and date-times mix',
};

class NumericBuilder implements ColumnBuilder {
  private values: Float64Array = new Float64Array(0);
  private spare: Float64Array[] = [];
  /** The row, in the batch in progress, of the cell that made the column numeric (`widen`). */
  private widenedAt: number | undefined;

  constructor(
    readonly name: string,
    /** The column's type: an inferred integer becomes numeric where it `widens`. */
    public type: NumericColumnType,
    /**
     * Whether the schema declared the column, which admits a boolean's `1` and `0`, and bounds
     * an integer to those a number holds exactly.
     */
    private readonly declared: boolean,
    /** For a column of dates, the ISO 8601 forms it takes. */
    private readonly dates: DateForms,
    /** Whether an inferred integer takes a later number that is not one (`widenIntegers`). */
    private readonly widens: boolean,
  ) {}

  start(capacity: number): void {
    this.values = reusedOr(this.spare, capacity, Float64Array);
    this.widenedAt = undefined;
  }

  /**
   * Makes an integer column numeric at `row`, where the read lets an inferred one widen; false
   * when it may not, and the cell does not fit.
   */
  private widen(row: number): boolean {
    if (!this.widens || this.declared) return false;
    this.type = "numeric";
    this.widenedAt = row;
    return true;
  }

  recycle(column: Column | BytesColumn): void {
    if ("values" in column) this.spare.push(new Float64Array(column.values.buffer));
  }

  releaseSpares(): void {
    releaseArrays(...this.spare.splice(0));
  }

  grow(capacity: number): void {
    this.values = resized(this.values, capacity);
  }

  appendBytes(buf: Buffer, start: number, end: number, row: number): string | undefined {
    const type = this.type;
    if (type === "numeric" || type === "integer") {
      const ok = parseNumberInto(buf, start, end, this.values, row);
      if (ok && (type === "numeric" || (lastWasInteger && this.exact(row)))) return undefined;
    } else if (type === "boolean") {
      const n = this.declared
        ? declaredBooleanBytes(buf, start, end)
        : parseBooleanBytes(buf, start, end);
      if (!Number.isNaN(n)) {
        this.values[row] = n;
        return undefined;
      }
    } else if (this.dates !== "datetime" && parseDateInto(buf, start, end, this.values, row)) {
      return undefined;
    }
    // The text path gives the words of the problem, or parses what the fast paths leave out.
    return this.appendText(buf.toString("utf8", start, end), row);
  }

  appendPlain(buf: Buffer, start: number, end: number, row: number, delimiter: number): number {
    const type = this.type;
    if (type === "numeric" || type === "integer") {
      const stop = scanNumberInto(buf, start, end, this.values, row);
      return stop >= 0 && stop < end && (type === "numeric" || (lastWasInteger && this.exact(row)))
        ? stop
        : -1;
    }
    return appendPlainBytes(this, buf, start, end, row, delimiter);
  }

  appendText(text: string, row: number): string | undefined {
    let value: number;
    switch (this.type) {
      case "numeric": {
        // NaN and INF, which the fast paths leave to this one, in any column of numbers:
        // inference takes them for numbers too.
        const n = parseNumberCell(text);
        if (n === undefined) return `${quoteCell(text)} is not a number`;
        value = n;
        break;
      }
      case "integer":
        value = parseNumberText(text);
        if (Number.isNaN(value) || !lastWasInteger) {
          const n = parseNumberCell(text);
          if (n === undefined || !this.widen(row)) return `${quoteCell(text)} is not an integer`;
          value = n;
        }
        if (!this.exact(row, value)) return `${quoteCell(text)} ${UNSAFE_INTEGER}`;
        break;
      case "boolean":
        value = this.declared ? declaredBoolean(text) : parseBoolean(text);
        if (Number.isNaN(value)) {
          return `${quoteCell(text)} is not a boolean (${this.declared ? "true, false, 1 or 0" : "true or false"})`;
        }
        break;
      case "datetime": {
        value = parseDatetime(text);
        if (Number.isNaN(value)) return `${quoteCell(text)} is not ${DATES_TAKEN[this.dates]}`;
        const forms = this.dates;
        if (forms !== "both" && !isDateForm(text, forms)) {
          return `${quoteCell(text)} is ${OTHER_DATE_FORM[forms]}`;
        }
        break;
      }
    }
    this.values[row] = value;
    return undefined;
  }

  appendValue(value: unknown, row: number): string | undefined {
    if (value === null || value === undefined) {
      this.values[row] = Number.NaN;
      return undefined;
    }
    if (typeof value === "string") return this.appendText(value, row);
    let n: number;
    if (typeof value === "number" || typeof value === "bigint") {
      n = Number(value);
      // A date's number is milliseconds since 1970, unless its size says another unit; NaN, a
      // float column's missing value, is held as missing.
      const dated = this.type === "datetime" && !Number.isNaN(n);
      const problem = dated ? epochNumberProblem(n, this.dates) : undefined;
      if (problem !== undefined) return `${valueText(value)} ${problem}`;
    } else if (typeof value === "boolean") n = value ? 1 : 0;
    else if (value instanceof Date) n = value.getTime();
    else return `${quoteCell(valueText(value))} is not a ${this.type} value`;
    if (this.type === "integer") {
      if (!Number.isInteger(n) && !this.widen(row)) return `${n} is not an integer`;
      if (!this.exact(row, n)) return `${valueText(value)} ${UNSAFE_INTEGER}`;
    }
    if (this.type === "boolean" && typeof value !== "boolean") return `${n} is not a boolean`;
    // A number is not true or false, as Table Schema reads JSON: 1 would pass for `true`.
    if (typeof value === "boolean" && this.type !== "boolean")
      return `${value} is not a ${this.type === "datetime" ? "date" : "number"}`;
    this.values[row] = n;
    return undefined;
  }

  appendMissing(row: number): void {
    this.values[row] = Number.NaN;
  }

  /** Whether the integer at `row` (or `value`) is held exactly, or need not be (not declared). */
  private exact(row: number, value = this.values[row]!): boolean {
    return !this.declared || Math.abs(value) <= Number.MAX_SAFE_INTEGER;
  }

  finish(length: number): Column {
    const { name, type, widenedAt } = this;
    const values = this.values.subarray(0, length);
    return widenedAt === undefined ? { name, type, values } : { name, type, values, widenedAt };
  }
}

class StringBuilder implements ColumnBuilder {
  private codes: Int32Array = new Int32Array(0);
  private spare: Int32Array[] = [];
  private dictionary = new StringDictionary();
  private readonly json: ColumnJson = { digits: false };

  constructor(
    readonly name: string,
    readonly type: StringColumnType,
  ) {}

  recycle(column: Column | BytesColumn): void {
    if ("codes" in column) this.spare.push(new Int32Array(column.codes.buffer));
  }

  releaseSpares(): void {
    releaseArrays(...this.spare.splice(0));
  }

  start(capacity: number): void {
    this.codes = reusedOr(this.spare, capacity, Int32Array);
    // A categorical dictionary lives as long as the read, so codes agree across batches.
    if (this.type === "text") this.dictionary.clear();
  }

  grow(capacity: number): void {
    this.codes = resized(this.codes, capacity);
  }

  appendBytes(buf: Buffer, start: number, end: number, row: number): string | undefined {
    this.codes[row] = this.dictionary.codeOfBytes(buf, start, end);
    return undefined;
  }

  appendPlain(buf: Buffer, start: number, end: number, row: number, delimiter: number): number {
    return appendPlainBytes(this, buf, start, end, row, delimiter);
  }

  appendText(text: string, row: number): string | undefined {
    this.codes[row] = this.dictionary.codeOf(text);
    return undefined;
  }

  appendValue(value: unknown, row: number): string | undefined {
    if (value === null || value === undefined) {
      this.codes[row] = -1;
      return undefined;
    }
    return this.appendText(valueText(value, this.json), row);
  }

  appendMissing(row: number): void {
    this.codes[row] = -1;
  }

  finish(length: number): Column {
    // A snapshot of the dictionary: later batches may append to the shared one.
    const values = this.dictionary.values;
    const dictionary = this.type === "text" ? values : values.slice();
    return { name: this.name, type: this.type, codes: this.codes.subarray(0, length), dictionary };
  }
}

/**
 * A builder for a column of the given type, read as its schema field, if any, declares; an
 * inferred integer widens to numeric where `widenIntegers`.
 */
export function columnBuilder(
  name: string,
  type: ColumnType,
  field?: TableSchemaField,
  widenIntegers = false,
): ColumnBuilder {
  return type === "categorical" || type === "text"
    ? new StringBuilder(name, type)
    : new NumericBuilder(name, type, isDeclared(field), dateForms(field), widenIntegers);
}
