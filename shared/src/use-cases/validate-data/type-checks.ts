import type { Batch, BytesColumn, Column } from "../../engine/data/batch.js";
import { columnOf } from "../../engine/data/batch.js";
import { spellingOf } from "../../engine/data/cell-spelling.js";
import { DATES_TAKEN, EXACT_INTEGERS, OTHER_DATE_FORM } from "../../engine/data/column-builder.js";
import type { TableSchemaField } from "../../engine/data/column-type.js";
import { dateForms } from "../../engine/data/infer-type.js";
import { isMissingSpelling } from "../../engine/profile/missing-values.js";
import {
  epochNumberProblem,
  isDateForm,
  parseDatetime,
  parseNumberText,
} from "../../engine/data/parse-cell.js";
import { bounded, RowTally } from "./check-result.js";
import { spellingHint } from "./spelling-hints.js";

/** Per column, flags for the rows of one batch whose cell failed `type`. */
export type TypeErrors = ReadonlyMap<string, Uint8Array>;

/** A cell the reader could not type, as its `onInvalidCell` hook reported it. */
interface BadCell {
  readonly column: string;
  /** The row's index in the whole read. */
  readonly row: number;
  readonly text: string;
  /** Whether the cell was a number (JSON Lines, Parquet), which a date field reads as milliseconds. */
  readonly number: boolean;
}

/** The text of an integer: one that fails an integer column's type is past 2^53. */
const WHOLE_NUMBER = /^[+-]?\d+$/;
const PAST_EXACT_INTEGERS = `an integer beyond ${EXACT_INTEGERS} is held only rounded, two ids as one: declare ids this long as string`;

/**
 * The note of a cell that failed a date or datetime field for being a date or date-time of the
 * other type (Table Schema's date takes no time of day, its datetime needs one, unless its
 * format is `any`); null for any other cell.
 */
function dateFormNote(declared: TableSchemaField | undefined, text: string): string | null {
  const forms = dateForms(declared);
  // A field with a pattern of its own (a format other than default and any) refuses a cell for
  // not being written as the pattern says.
  if (forms === "both" || (declared?.format ?? "default") !== "default") return null;
  const dated = !Number.isNaN(parseDatetime(text));
  return dated && !isDateForm(text, forms) ? OTHER_DATE_FORM[forms] : null;
}

/**
 * The note of a number that a date or datetime field of no pattern refused as milliseconds since
 * 1970: the unit its size says, or its time of day in a date field. Text of digits has none, as
 * no text is read as milliseconds; nor has an infinity, which no unit makes a date.
 */
function epochNote(declared: TableSchemaField, cell: BadCell): string | undefined {
  if (!cell.number || (declared.type !== "date" && declared.type !== "datetime")) return undefined;
  if (spellingOf(declared) !== undefined) return undefined;
  const n = parseNumberText(cell.text);
  return Number.isFinite(n) ? epochNumberProblem(n, dateForms(declared)) : undefined;
}

/**
 * The note of a cell that failed its field's type: a date of the other form, a number that a
 * date field reads in another unit, or written as an option of the field would read it
 * (`1.037,50`, `Y`, `12/31/2024`), saying which; null for any other cell, whose value and the
 * expected type say enough.
 */
function cellNote(declared: TableSchemaField | undefined, cell: BadCell): string | null {
  if (isMissingSpelling(cell.text)) return missingWordNote(cell.text);
  const dateForm = dateFormNote(declared, cell.text);
  if (dateForm !== null || declared === undefined) return dateForm;
  return epochNote(declared, cell) ?? spellingHint(declared, cell.text) ?? null;
}

/**
 * The note of a cell that often means no value (R's `NA`, a database's `NULL`), which the
 * read takes for a value as the contract's missing values do not list it. The words are from a
 * fixed list: the note quotes no data.
 */
const missingWordNote = (word: string): string =>
  `'${word}' often means no value: list it in the contract's missingValues (or the field's) to read it as missing`;

/** Why a column the contract does not type has the type it has, and how to let any value in. */
const INFERRED_NOTE =
  "the column's type was inferred from the first rows; declare the field's type in the contract (string takes any value)";

/** Makes the tally of a column's `type` check, given what the column's values must be. */
export type MakeTypeTally = (column: string, expected: string) => RowTally;

/** What a value of a column must be, in the words of the report, as its field writes it. */
function typeText(column: Column | BytesColumn, declared: TableSchemaField | undefined): string {
  const spelling = spellingOf(declared);
  if (spelling !== undefined) return spelling.expected;
  switch (column.type) {
    case "text":
    case "categorical":
      // Any text is a string; only a batch of rows whose cells pass 4 GiB is refused.
      return "text of at most 4 GiB in one batch of rows";
    case "integer":
      return "an integer";
    case "boolean":
      return "true or false";
    case "datetime":
      return DATES_TAKEN[dateForms(declared)];
    default:
      return "a number";
  }
}

/**
 * The `type` checks: a cell that does not parse as its column's type fails `type` at its row,
 * and the read goes on. Such a cell is then held as missing, so it is in no statistic of the
 * profile (which counts it as missing), and no other check of that cell runs: it does not also
 * fail `required` or a key. A column gets a `type` check once one of its cells fails, so that
 * a contract's list of checks does not grow by one per typed field.
 */
export class TypeChecks {
  private pending: BadCell[] = [];
  private readonly tallies = new Map<string, RowTally>();

  constructor(
    /** The fields the contract declares with a type (`any` too), by name. */
    private readonly declared: ReadonlyMap<string, TableSchemaField>,
    private readonly make: MakeTypeTally,
    /** The note of each column read with a reference's type, which the contract leaves open. */
    private readonly typedBy: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The read's `onInvalidCell` hook: the cell's batch has not been yielded yet. */
  readonly onInvalidCell = (
    column: string,
    _line: number,
    text: string,
    row: number,
    number: boolean,
  ): void => {
    this.pending.push({ column, row, text, number });
  };

  /** Fails the rows of `batch` whose cells did not parse, and flags them per column. */
  run(batch: Batch, invalid: Uint8Array): TypeErrors {
    const errors = new Map<string, Uint8Array>();
    const end = batch.rowOffset + batch.length;
    let taken = 0;
    for (const cell of this.pending) {
      if (cell.row >= end) break;
      taken++;
      const row = cell.row - batch.rowOffset;
      let flags = errors.get(cell.column);
      if (flags === undefined) errors.set(cell.column, (flags = new Uint8Array(batch.length)));
      flags[row] = 1;
      const column = columnOf(batch, cell.column)!;
      const tally = this.tally(column);
      // Only an example shows the note: a file of a million misspelt cells makes five. A
      // sensitive field's note would tell its value (`give the field trueValues: ["Y"]`).
      const noted = tally.keepsExamples && !tally.withholds;
      const note = noted ? cellNote(this.declared.get(cell.column), cell) : null;
      tally.fail(batch, row, invalid, bounded(cell.text), note);
      if (tally.note === null && column.type === "integer" && WHOLE_NUMBER.test(cell.text))
        tally.note = PAST_EXACT_INTEGERS;
    }
    this.pending = this.pending.slice(taken);
    return errors;
  }

  private tally(column: Column | BytesColumn): RowTally {
    let tally = this.tallies.get(column.name);
    if (tally === undefined) {
      const declared = this.declared.get(column.name);
      tally = this.make(column.name, typeText(column, declared));
      const typedBy = this.typedBy.get(column.name);
      if (typedBy !== undefined) tally.note = typedBy;
      else if (declared === undefined) tally.note = INFERRED_NOTE;
      this.tallies.set(column.name, tally);
    }
    return tally;
  }

  /**
   * The `type` checks that failed somewhere, each over all `rows` of the read, in the order of
   * the data's `columns` (as the other checks follow the contract's), not of their first failures.
   */
  results(rows: number, columns: readonly string[]): RowTally[] {
    const order = new Map(columns.map((name, i) => [name, i]));
    const position = (tally: RowTally) => order.get(tally.column!) ?? columns.length;
    for (const tally of this.tallies.values()) tally.evaluated = rows;
    return [...this.tallies.values()].sort((a, b) => position(a) - position(b));
  }
}
