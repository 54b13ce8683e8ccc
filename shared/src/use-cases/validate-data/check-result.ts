import type { Batch, BytesColumn, Column } from "../../engine/data/batch.js";
import { cellValue } from "../../engine/data/batch.js";
import { formatOf } from "../../engine/data/read-batches.js";
import { displayPath } from "../../engine/files/display-path.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { prefix } from "../../engine/report/shorten.js";

export type CheckLevel = "row" | "column" | "dataset";
export type CheckStatus = "pass" | "fail" | "skipped";

/** A failing row, where to find it: `line` is null for Parquet, whose rows have no lines. */
export interface CheckExample {
  readonly file: string;
  readonly line: number | null;
  /** The row's 0-based index in the whole dataset; null when the read stopped before it. */
  readonly row: number | null;
  readonly column: string | null;
  readonly value: number | string | boolean | null;
  readonly note: string | null;
}

/** One check of the report: what was expected, what was seen, and the first failing rows. */
export interface CheckResult {
  readonly id: string;
  readonly check: string;
  readonly column: string | null;
  readonly level: CheckLevel;
  readonly status: CheckStatus;
  /** Rows (or values) checked and how many failed; null for checks on a statistic. */
  readonly evaluated: number | null;
  readonly failed: number | null;
  /** The share of checked values that must pass, as Great Expectations' `mostly`. */
  readonly mostly: number | null;
  readonly expected: string;
  readonly observed: number | string | null;
  readonly examples: readonly CheckExample[];
  /** Why the result is partial or estimated, when it is. */
  readonly note: string | null;
}

/** `check` as one that could not run, and why: nothing evaluated, nothing observed. */
export const skippedCheck = (check: CheckResult, note: string): CheckResult => ({
  ...check,
  status: "skipped",
  evaluated: null,
  failed: null,
  observed: null,
  examples: [],
  note,
});

/** Why a check of a declared field the data lacks did not run. */
export const ABSENT_FIELD_NOTE = "not checked: the data has no such field";
/** A key with a field the data lacks: the `fields` check names it. */
export const ABSENT_KEY_FIELD_NOTE = "not checked: the data lacks a field of the key";

/**
 * What an example or a statistic of a sensitive field (`x-mlops: { sensitive: true }`) says in
 * place of its value, and of any note that would tell the value.
 */
export const WITHHELD = "value withheld: sensitive";

/** Whether an example's value was withheld: it has none, and its note starts by saying so. */
export const isWithheld = (example: Pick<CheckExample, "value" | "note">): boolean =>
  example.value === null && example.note !== null && example.note.startsWith(WITHHELD);

/**
 * A statistic of a sensitive field with its value taken out: the verdict stays, the observed
 * value (a quantile is one of the field's values, a mean may be) and any note read from the
 * values go.
 */
export const withheldStatistic = (check: CheckResult): CheckResult =>
  check.observed === null ? check : { ...check, observed: null, note: WITHHELD };

/** The most characters of one name or value, from the data or the contract, a report echoes. */
const MAX_NAME = 200;
/** The most characters of one sentence (an expectation, a note), which may hold several. */
const MAX_SENTENCE = 1000;

/**
 * `text` cut after `max` characters (not inside a surrogate pair), saying so: an ellipsis and
 * the full length. Names and values come from data and pull requests, and a 40 MB header must
 * not become 40 MB of summary, annotations and report.
 */
export function bounded(text: string, max = MAX_NAME): string {
  if (text.length <= max) return text;
  return `${prefix(text, max)}… (${groupDigits(text.length)} characters)`;
}

const boundedOrNull = (text: string | null, max?: number) =>
  text === null ? null : bounded(text, max);

/** A check's id, `column.check` with the column's name bounded, or the id as a sentence. */
function boundedId({ id, column }: CheckResult): string {
  return column !== null && id.startsWith(`${column}.`)
    ? `${bounded(column)}${id.slice(column.length)}`
    : bounded(id, MAX_SENTENCE);
}

/**
 * A check as the report, the summary and the annotations show it: every text bounded. Values
 * are cut to 200 characters when taken (`exampleValue`); a key's value joins several of them.
 */
export function boundedCheck(check: CheckResult): CheckResult {
  return {
    ...check,
    id: boundedId(check),
    column: boundedOrNull(check.column),
    expected: bounded(check.expected, MAX_SENTENCE),
    observed:
      typeof check.observed === "string" ? bounded(check.observed, MAX_SENTENCE) : check.observed,
    note: boundedOrNull(check.note, MAX_SENTENCE),
    examples: check.examples.map((example) => ({
      ...example,
      column: boundedOrNull(example.column),
      value:
        typeof example.value === "string" ? bounded(example.value, MAX_SENTENCE) : example.value,
      note: boundedOrNull(example.note, MAX_SENTENCE),
    })),
  };
}

/**
 * Epoch milliseconds, as the engine reads dates, in ISO 8601: a date field's values are
 * midnight UTC, shown as the date the data holds, 2024-05-01. A fraction of a millisecond is
 * shown to the microsecond, as it is compared: a value just past a bound is not shown as the
 * bound. The whole milliseconds are floored, where `Date` would round an instant before 1970
 * toward it, and show 1959-12-31T23:59:59.9999 as 1960-01-01.
 */
export function dateText(ms: number): string {
  let whole = Math.floor(ms);
  let micros = Math.round((ms - whole) * 1000);
  if (micros === 1000) [whole, micros] = [whole + 1, 0];
  const date = new Date(whole);
  if (Number.isNaN(date.getTime())) return String(ms);
  const iso = date.toISOString();
  if (micros > 0) return `${iso.slice(0, -1)}${String(micros).padStart(3, "0")}Z`;
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, iso.indexOf("T")) : iso;
}

/** A cell as the report shows it: dates in ISO 8601, booleans as such, long text cut. */
export function exampleValue(column: Column | BytesColumn, row: number): CheckExample["value"] {
  const value = cellValue(column, row);
  // Cut here too, so that the examples kept until the end do not hold whole long values.
  if (typeof value === "string") return bounded(value);
  if (value === null || !Number.isFinite(value)) return value === null ? null : String(value);
  if (column.type === "datetime") return dateText(value);
  if (column.type === "boolean") return value === 1;
  return value;
}

/** Where the rows of a batch come from, as the report names them. */
export interface RowLocator {
  /** The file as shown to the user (relative to the workspace). */
  shown(file: string): string;
  /** Whether the file's rows have line numbers (CSV, JSONL) or only indexes (Parquet). */
  hasLines(file: string): boolean;
}

/** The locator of files read from `cwd`: shown relative to it, with lines but in Parquet. */
export const rowLocator = (cwd: string): RowLocator => ({
  shown: (file) => displayPath(cwd, file),
  hasLines: (file) => formatOf(file) !== "parquet",
});

/**
 * Counts one row-level check over the stream: values checked, values failed, and the first
 * failing rows as examples. Failing rows are also marked in the batch's `invalid` flags, so
 * that the rows that fail any check are counted once.
 */
export class RowTally {
  evaluated = 0;
  failed = 0;
  note: string | null = null;
  /**
   * Whether the check covered only part of the data (a key set past `x-mlops.maxKeys`): a pass
   * then says less, and the summary shows it apart. Not in the report, whose note says why.
   */
  partial = false;
  readonly examples: CheckExample[] = [];
  /** What an example's note says of its text, where the check can tell why the text failed. */
  exampleNote: ((value: string) => string | null) | undefined;

  constructor(
    readonly check: string,
    readonly column: string | null,
    readonly expected: string,
    readonly mostly: number,
    private readonly maxExamples: number,
    private readonly locator: RowLocator,
    /**
     * Whether the check is of a sensitive field (a key, of any of its fields): its examples keep
     * the row and any note that tells no value, never the value, nor a note read from it.
     */
    readonly withholds = false,
  ) {}

  /** Whether a failure now is kept as an example: what only an example shows need not be made. */
  get keepsExamples(): boolean {
    return this.examples.length < this.maxExamples;
  }

  /**
   * Fails row `row`, kept as an example while there is room. `note` must tell nothing of the
   * value where the check `withholds` (a duplicate's first line, a missing value): the value
   * itself is then left out.
   */
  fail(
    batch: Batch,
    row: number,
    invalid: Uint8Array,
    value: CheckExample["value"],
    note: string | null = null,
  ): void {
    this.failed++;
    invalid[row] = 1;
    if (!this.keepsExamples) return;
    if (this.withholds && value !== null) {
      value = null;
      note = note === null ? WITHHELD : `${WITHHELD}; ${note}`;
    }
    this.examples.push({
      file: this.locator.shown(batch.file),
      line: this.locator.hasLines(batch.file) ? batch.lineNumbers[row]! : null,
      row: batch.rowOffset + row,
      column: this.column,
      value,
      note,
    });
  }

  /** `fail` with the cell of `column` at `row` as the example, read only while one is kept. */
  failCell(batch: Batch, row: number, invalid: Uint8Array, column: Column | BytesColumn): void {
    if (!this.keepsExamples) return this.fail(batch, row, invalid, null);
    if (this.withholds) return this.fail(batch, row, invalid, null, WITHHELD);
    const value = exampleValue(column, row);
    const note = typeof value === "string" ? (this.exampleNote?.(value) ?? null) : null;
    this.fail(batch, row, invalid, value, note);
  }

  result(): CheckResult {
    // A small tolerance, so that `mostly: 0.95` passes 95 of 100 despite binary fractions.
    const passing = this.evaluated === 0 ? 1 : 1 - this.failed / this.evaluated;
    return {
      id: this.column === null ? this.check : `${this.column}.${this.check}`,
      check: this.check,
      column: this.column,
      level: "row",
      status: passing + 1e-12 >= this.mostly ? "pass" : "fail",
      evaluated: this.evaluated,
      failed: this.failed,
      mostly: this.mostly,
      expected: this.expected,
      observed: this.evaluated === 0 ? null : passing,
      examples: this.examples,
      note: this.note,
    };
  }
}
