import type { Batch, BytesColumn, Column } from "../../engine/data/batch.js";
import { cellValue, columnOf } from "../../engine/data/batch.js";
import { bounded, exampleValue, RowTally, type RowLocator } from "./check-result.js";
import { NumberKeys } from "./number-keys.js";
import { EXACT_INTEGERS } from "../../engine/data/column-builder.js";
import type { TypeErrors } from "./type-checks.js";

/**
 * The default bound on keys held for uniqueness, over all unique constraints together. A key
 * costs about 50 bytes as a number and 80-120 as a short string (a V8 Map entry and the
 * string), so 5,000,000 keys stay under about 600 MB. Past the bound no new key is stored:
 * duplicates of stored keys are still found, and the check says it is incomplete.
 */
export const DEFAULT_MAX_KEYS = 5_000_000;

/** The keys budget shared by every uniqueness check of one validation. */
export interface KeyBudget {
  left: number;
  readonly max: number;
}

/** Where a key was first seen, packed in one number: file index * 2^33 + line (or row). */
const LINE_SPAN = 2 ** 33;

/** What `firstOrStore` says of a new key: stored, or not for want of budget. */
const STORED = -1;
const FULL = -2;

/**
 * One uniqueness constraint over one or more columns: `unique` on a field, the `primaryKey`
 * (whose fields must also be present), or one of the `uniqueKeys` (a row with a missing value
 * in any of its fields is not checked, as Table Schema says).
 */
export class KeyCheck {
  /** Per key, where it was first seen; number keys (values or category codes) apart. */
  private readonly numbers = new NumberKeys();
  private readonly texts = new Map<string, number>();
  private readonly files: string[] = [];

  constructor(
    readonly tally: RowTally,
    private readonly fields: readonly string[],
    private readonly primary: boolean,
    private readonly budget: KeyBudget,
  ) {}

  /** The key of row `row`, or undefined when a part is missing. */
  private keyOf(
    columns: readonly (Column | BytesColumn)[],
    row: number,
  ): string | number | undefined {
    if (columns.length === 1) {
      const column = columns[0]!;
      if ("bytes" in column) return cellValue(column, row) ?? undefined;
      if ("values" in column) {
        const value = column.values[row]!;
        return Number.isNaN(value) ? undefined : value;
      }
      const code = column.codes[row]!;
      if (code < 0) return undefined;
      // A categorical code names the same value in every batch of a read; a text code does not.
      return column.type === "categorical" ? code : column.dictionary[code];
    }
    // Each part is prefixed with its length, so no character in a value can shift a boundary.
    let key = "";
    for (const column of columns) {
      const value = cellValue(column, row);
      if (value === null) return undefined;
      const text = String(value);
      key += `${text.length}:${text}`;
    }
    return key;
  }

  /**
   * Where `key` was first seen; or, for a new key, `STORED` once it is stored at `at`, or
   * `FULL` when the budget is spent.
   */
  private firstOrStore(key: string | number, at: number): number {
    const budget = this.budget;
    if (typeof key === "number") {
      const first = this.numbers.firstOrStore(key, at, budget.left > 0);
      if (first >= 0) return first;
    } else {
      const first = this.texts.get(key);
      if (first !== undefined) return first;
      if (budget.left > 0) this.texts.set(key, at);
    }
    if (budget.left <= 0) return FULL;
    budget.left--;
    return STORED;
  }

  /** Why row `row` has no primary key, naming the key's fields without a value when several. */
  private missingNote(columns: readonly (Column | BytesColumn)[], row: number): string {
    if (columns.length === 1) return "a primary key value is missing";
    const absent = this.fields.filter((_, f) => cellValue(columns[f]!, row) === null);
    return `a primary key value is missing: no value in ${absent.map((name) => bounded(name)).join(", ")}`;
  }

  /** A row with a cell that failed `type` is not checked: its key is not known. */
  run(batch: Batch, invalid: Uint8Array, locator: RowLocator, typeErrors: TypeErrors): void {
    const columns = this.fields.map((name) => columnOf(batch, name)!);
    const mistyped = this.fields
      .map((name) => typeErrors.get(name))
      .filter((flags) => flags !== undefined);
    let fileIndex = this.files.indexOf(batch.file);
    if (fileIndex < 0) fileIndex = this.files.push(batch.file) - 1;
    const shownValue = (row: number) =>
      columns.length === 1
        ? exampleValue(columns[0]!, row)
        : columns.map((c) => exampleValue(c, row)).join(", ");
    for (let i = 0; i < batch.length; i++) {
      if (anyFlagged(mistyped, i)) continue;
      const key = this.keyOf(columns, i);
      if (key === undefined) {
        if (this.primary) {
          this.tally.evaluated++;
          this.tally.fail(batch, i, invalid, shownValue(i), this.missingNote(columns, i));
        }
        continue;
      }
      this.tally.evaluated++;
      const first = this.firstOrStore(key, fileIndex * LINE_SPAN + batch.lineNumbers[i]!);
      if (first >= 0) {
        const file = this.files[Math.floor(first / LINE_SPAN)]!;
        const where = lineOrRow(locator, file, first % LINE_SPAN);
        const of = file === batch.file ? where : `${locator.shown(file)} ${where}`;
        this.tally.fail(batch, i, invalid, shownValue(i), `duplicate of ${of}`);
        if (this.tally.note === null && pastExactIntegers(columns, i)) {
          this.tally.note = ROUNDED_NOTE;
        }
      } else if (first === FULL && this.tally.note === null) {
        // Named as a duplicate's first sighting is: the line in the file, or a Parquet row.
        const at = `${locator.shown(batch.file)} ${lineOrRow(locator, batch.file, batch.lineNumbers[i]!)}`;
        this.tally.note = `the key memory bound (x-mlops.maxKeys = ${this.budget.max}) was reached at ${at}; later new keys were not stored`;
      }
    }
  }
}

/** Where a row of `file` is: `line 12` (1-based, a CSV header included), or a Parquet `row 11`. */
const lineOrRow = (locator: RowLocator, file: string, at: number): string =>
  locator.hasLines(file) ? `line ${at}` : `row ${at}`;

/**
 * Why a duplicate of numbers past 2^53 may not be one: the reader holds numbers as doubles, which
 * round such integers (19-digit ids that differ in their last digit are one double).
 */
const ROUNDED_NOTE = `a value beyond ${EXACT_INTEGERS} is read as the nearest number a double holds, so distinct values may count as duplicates here: declare the field's type string to compare them as written`;

/** Whether a part of row `row`'s key is a number past the integers a double holds exactly. */
function pastExactIntegers(columns: readonly (Column | BytesColumn)[], row: number): boolean {
  return columns.some((column) => {
    if (!("values" in column)) return false;
    const value = Math.abs(column.values[row]!);
    return value > Number.MAX_SAFE_INTEGER && value !== Number.POSITIVE_INFINITY;
  });
}

/** Whether row `row` is flagged in any of `flags`; a loop, not `some`, which makes a closure a row. */
function anyFlagged(flags: readonly Uint8Array[], row: number): boolean {
  for (let f = 0; f < flags.length; f++) if (flags[f]![row] === 1) return true;
  return false;
}

/**
 * The uniqueness checks a contract asks for: per-field `unique`, `primaryKey`, `uniqueKeys`. A
 * key over several fields is named with them, as `primaryKey(customer_id, month)`.
 */
export function keyChecks(
  unique: readonly string[],
  primaryKey: readonly string[],
  uniqueKeys: readonly (readonly string[])[],
  make: (check: string, column: string | null) => RowTally,
  budget: KeyBudget,
): KeyCheck[] {
  const check = (kind: string, fields: readonly string[], primary: boolean) =>
    fields.length === 1
      ? new KeyCheck(make(kind, fields[0]!), fields, primary, budget)
      : new KeyCheck(make(`${kind}(${fields.join(", ")})`, null), fields, primary, budget);
  return [
    ...unique.map((name) => check("unique", [name], false)),
    ...(primaryKey.length > 0 ? [check("primaryKey", primaryKey, true)] : []),
    ...uniqueKeys.map((fields) => check("uniqueKey", fields, false)),
  ];
}
