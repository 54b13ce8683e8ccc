import type { Batch, Column } from "../data/batch.js";
import type { DataError } from "../data/data-error.js";
import { parseNumberText } from "../data/parse-cell.js";
import { grown, resized, trimmed } from "../data/typed-arrays.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import { IdColumnBuilder, type IdColumn } from "./id-column.js";
import type { RowEstimate } from "./row-estimate.js";
import { sortClasses } from "./class-space.js";
import type { CategoryColumn, OffSums } from "./predictions.js";
import { releaseArrays } from "../release-array.js";

/** The error for cell `row` of `batch` in `column`, at the cell's line (Parquet: its row). */
export type CellError = (
  batch: Batch,
  row: number,
  column: string,
  problem: string,
  fix: string,
) => DataError;

/**
 * The error at position `at` of `file` (a line, Parquet: a row, as `Batch.lineNumbers` gives
 * it) in `column`, for a value found wrong once the whole file is read; at the file alone where
 * `at` is undefined (the problem then names its row otherwise).
 */
export type PlaceError = (
  file: string,
  at: number | undefined,
  column: string,
  problem: string,
  fix: string,
) => DataError;

/** What the collectors of one read share: how to word a bad cell, and the rows to expect. */
export interface ReadShared {
  readonly cellError: CellError;
  readonly placeError: PlaceError;
  /** A place (`Batch.lineNumbers`) as a problem names it: "line 7" (Parquet: "row 6"). */
  readonly placeOf: (at: number) => string;
  readonly estimate: RowEstimate;
}

/** Takes one column out of each batch of a read, into arrays of the whole file. */
export interface Collector {
  add(batch: Batch): void;
}

/** A cell's text as an error message quotes it: JSON-quoted, cut to 40 characters. */
const quoted = (text: string) => JSON.stringify(shorten(text, 40));

/** A column of the batch; its presence was checked on the read's first batch. */
const columnOf = (batch: Batch, name: string): Column => batch.columns.get(name)!;

/**
 * A typed array filled batch by batch, trimmed once at the end. It grows to the estimated rows
 * of the read when they are known and enough, else it doubles.
 */
class Growing<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(
    public array: T,
    private readonly estimate: RowEstimate,
  ) {}

  /** Room for `more` rows past the current length. */
  reserve(more: number): T {
    const needed = this.length + more;
    if (needed > this.array.length) {
      const rows = this.estimate.capacityFor(needed);
      const old = this.array;
      this.array = rows ? resized(old, rows) : grown(old, needed);
      releaseArrays(old);
    }
    return this.array;
  }

  /** The rows filled. */
  finish(): T {
    return trimmed(this.array, this.length);
  }
}

const START_ROWS = 1024;

/**
 * What a column is for, in errors: `what` names it ("the label"), `fix` says how to mend a bad
 * or missing cell; `required` refuses a missing cell rather than keeping it as missing.
 */
export interface ColumnRole {
  readonly column: string;
  readonly what: string;
  readonly required: boolean;
}

/**
 * The ids of the rows: from the id column read as bytes, or, when another role reads the same
 * column, as text.
 */
export class IdCollector implements Collector {
  private readonly ids: IdColumnBuilder;
  constructor(
    private readonly role: ColumnRole,
    private readonly shared: ReadShared,
  ) {
    this.ids = new IdColumnBuilder(shared.estimate);
  }

  add(batch: Batch): void {
    const bytes = batch.byteColumns?.get(this.role.column);
    if (bytes === undefined) return this.addText(batch);
    const { starts, missing } = bytes;
    for (let i = 0; i < batch.length; i++) {
      if (missing[i]) throw this.missing(batch, i);
      this.ids.pushBytes(bytes.bytes, starts[i]!, starts[i + 1]!);
    }
  }

  private addText(batch: Batch): void {
    const column = columnOf(batch, this.role.column);
    if ("values" in column) throw new Error("the id column is read as text");
    const { codes, dictionary } = column;
    for (let i = 0; i < batch.length; i++) {
      const code = codes[i]!;
      if (code < 0) throw this.missing(batch, i);
      this.ids.push(dictionary[code]!);
    }
  }

  private missing(batch: Batch, row: number): DataError {
    return this.shared.cellError(
      batch,
      row,
      this.role.column,
      `the ${this.role.what} is missing`,
      "Give every row its id",
    );
  }

  finish(): IdColumn {
    return this.ids.finish();
  }
}

/**
 * A column of categories (a label, a predicted class, a slice), coded in the order first seen,
 * or with `sorted` in the order of the sorted names, as the class space orders classes: pairing
 * then keeps a file's codes as they are rather than copying them through a remapping. A number
 * becomes its text (`1`, `0.5`), so that a class reads the same from any format.
 */
export class CategoryCollector implements Collector {
  private readonly codes: Growing<Int32Array>;
  private names: string[] = [];
  /** By code: where the name is first written, so that a class found wrong later is placed. */
  private firstAt: number[] = [];
  private file = "";
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private numeric = true;

  constructor(
    private readonly role: ColumnRole,
    private readonly shared: ReadShared,
    private readonly sorted = false,
  ) {
    this.codes = new Growing(new Int32Array(START_ROWS), shared.estimate);
  }

  private codeOfText(text: string, at: number): number {
    let code = this.byText.get(text);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(text);
      this.firstAt.push(at);
      this.byText.set(text, code);
    }
    return code;
  }

  private missing(batch: Batch, row: number): number {
    if (!this.role.required) return -1;
    throw this.shared.cellError(
      batch,
      row,
      this.role.column,
      `the ${this.role.what} is missing`,
      `Write the ${this.role.what} in every row`,
    );
  }

  add(batch: Batch): void {
    const column = columnOf(batch, this.role.column);
    const out = this.codes.reserve(batch.length);
    const at = this.codes.length;
    const lines = batch.lineNumbers;
    this.file = batch.file;
    if ("values" in column) {
      const values = column.values;
      for (let i = 0; i < batch.length; i++) {
        const value = values[i]!;
        if (Number.isNaN(value)) out[at + i] = this.missing(batch, i);
        else {
          let code = this.byNumber.get(value);
          if (code === undefined) {
            code = this.codeOfText(String(value), lines[i]!);
            this.byNumber.set(value, code);
          }
          out[at + i] = code;
        }
      }
    } else {
      this.numeric = false;
      // The batch's dictionary codes, mapped once each to this column's codes.
      const remap = new Int32Array(column.dictionary.length).fill(-1);
      for (let i = 0; i < batch.length; i++) {
        const code = column.codes[i]!;
        if (code < 0) {
          out[at + i] = this.missing(batch, i);
          continue;
        }
        let mine = remap[code]!;
        if (mine < 0) mine = remap[code] = this.codeOfText(column.dictionary[code]!, lines[i]!);
        out[at + i] = mine;
      }
    }
    this.codes.length += batch.length;
  }

  finish(): CategoryColumn {
    const numeric = this.numeric && this.names.length > 0;
    const codes = this.codes.finish();
    if (this.sorted) this.sortCodes(codes, numeric);
    const { file, firstAt, role, shared } = this;
    const firstCells = {
      at: firstAt,
      refuse: (code: number, problem: string, fix: string) =>
        shared.placeError(file, firstAt[code]!, role.column, problem, fix),
    };
    return { codes, names: this.names, numeric, firstCells };
  }

  /** Recodes the column, in place, in the order of its sorted names. */
  private sortCodes(codes: Int32Array, numeric: boolean): void {
    const names = sortClasses(this.names, numeric);
    const rank = new Map(names.map((name, code) => [name, code]));
    const recode = Int32Array.from(this.names, (name) => rank.get(name)!);
    if (recode.every((code, i) => code === i)) return;
    for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) codes[i] = recode[codes[i]!]!;
    const firstAt = new Array<number>(names.length);
    recode.forEach((code, old) => (firstAt[code] = this.firstAt[old]!));
    this.names = names;
    this.firstAt = firstAt;
  }
}

/**
 * The first missing cell of each column of numbers read with missing cells allowed (a latency,
 * a cost, a per-example score), by its array (a file's, or the rows of it that paired): the models
 * are compared on the examples both have a value for, and the note that says how many lack one
 * names where the first is.
 */
const firstMissing = new WeakMap<Float64Array, DataError>();

/**
 * The lines of a file's column's first missing cells, in the file's order, by its array, and the
 * error at one: the first of the paired rows may follow missing cells of rows that did not pair.
 */
interface MissingLines {
  readonly lines: readonly number[];
  readonly cellAt: (line: number) => DataError;
}
const missingLines = new WeakMap<Float64Array, MissingLines>();

/**
 * How many missing cells' lines a column keeps: a bound on memory, past which the note leaves
 * out where the first paired one is rather than keep a line for every missing cell.
 */
const MISSING_LINES_KEPT = 1000;

/** Where the file of a column of numbers first lacks a value, if it does. */
export const firstMissingCell = (values: Float64Array): DataError | undefined =>
  firstMissing.get(values);

/**
 * Keeps on `to`, the rows `rows` of a file's column `from`, where the first of them in the
 * file's order lacks a value: by its place among the file's missing cells, whose lines are kept.
 */
export function keepFirstMissing(from: Float64Array, to: Float64Array, rows: Uint32Array): void {
  const cells = missingLines.get(from);
  if (cells === undefined) return;
  let first = -1;
  for (let i = 0; i < rows.length; i++) {
    if (Number.isNaN(to[i]!) && (first < 0 || rows[i]! < first)) first = rows[i]!;
  }
  if (first < 0) return;
  let rank = 0;
  for (let row = 0; row < first && rank < cells.lines.length; row++) {
    if (Number.isNaN(from[row]!)) rank++;
  }
  if (rank < cells.lines.length) firstMissing.set(to, cells.cellAt(cells.lines[rank]!));
}

/**
 * A column of numbers (a latency, a regression label, a probability). A string column's cells
 * are parsed, so that the first that is not a number is named; `probability` refuses a number
 * outside [0, 1], and `binary` (the metric that reads the column as right or wrong) any number
 * but 0 and 1. `rowNoted`: a missing cell is noted with its row by another collector (one
 * class's probability, of a row that `GivenClassesCheck` reads whole), not kept here.
 */
export class NumberCollector implements Collector {
  private readonly values: Growing<Float64Array>;
  /** The lines of the first missing cells (see `MissingLines`). */
  private readonly missingAt: number[] = [];
  private file = "";

  constructor(
    private readonly role: ColumnRole & {
      readonly probability?: boolean;
      readonly binary?: string;
      readonly rowNoted?: boolean;
      /** A sample weight: a finite number from 0 up. */
      readonly weight?: boolean;
    },
    private readonly shared: ReadShared,
  ) {
    this.values = new Growing(new Float64Array(START_ROWS), shared.estimate);
  }

  add(batch: Batch): void {
    const column = columnOf(batch, this.role.column);
    const out = this.values.reserve(batch.length);
    const at = this.values.length;
    const { required, probability, binary, weight } = this.role;
    this.file = batch.file;
    for (let i = 0; i < batch.length; i++) {
      let value: number;
      if ("values" in column) value = column.values[i]!;
      else {
        const code = column.codes[i]!;
        const text = code < 0 ? undefined : column.dictionary[code]!;
        value = text === undefined ? Number.NaN : parseNumberText(text.trim());
        if (text !== undefined && Number.isNaN(value)) {
          throw this.bad(batch, i, `${quoted(text)} is not a number`);
        }
      }
      if (Number.isNaN(value)) {
        if (required) throw this.bad(batch, i, `the ${this.role.what} is missing`);
        if (!this.role.rowNoted && this.missingAt.length < MISSING_LINES_KEPT) {
          this.missingAt.push(batch.lineNumbers[i]!);
        }
      } else if (probability && !(value >= 0 && value <= 1)) {
        throw this.bad(batch, i, `${refusedNumber(value)} is not a probability (from 0 to 1)`);
      } else if (weight && !(value >= 0 && value < Infinity)) {
        throw this.bad(batch, i, `${refusedNumber(value)} is not a weight (a number from 0 up)`);
      } else if (binary !== undefined && value !== 0 && value !== 1) {
        throw this.bad(
          batch,
          i,
          `${value} is not 0 or 1, as method mcnemar of '${shorten(binary, REFUSAL_NAME_LIMIT)}' needs: it counts the examples each model gets right (1) or wrong (0), for McNemar's test against a champion or, for a first model, Wilson's interval of its share right`,
        );
      }
      out[at + i] = value;
    }
    this.values.length += batch.length;
  }

  /** The values of the last `count` rows added: those of the batch just read. */
  recent(count: number): Float64Array {
    return this.values.array.subarray(this.values.length - count, this.values.length);
  }

  private fix(): string {
    const { probability, binary, what, required, weight } = this.role;
    if (weight) {
      return `Write each example's ${what} as a number from 0 up (0 leaves the example out), as scikit-learn's sample_weight`;
    }
    if (binary !== undefined) {
      return `Write the ${what} as 0 or 1 in every row (or leave it empty), or judge '${shorten(binary, REFUSAL_NAME_LIMIT)}' with method auto or bootstrap, which take any number`;
    }
    return probability
      ? `Write the ${what} as a probability from 0 to 1`
      : `Write the ${what} as a number${required ? "" : ", or leave it empty"}`;
  }

  private bad(batch: Batch, row: number, problem: string): DataError {
    return this.shared.cellError(batch, row, this.role.column, problem, this.fix());
  }

  finish(): Float64Array {
    const values = this.values.finish();
    const { missingAt: lines, file, role, shared } = this;
    if (lines.length > 0) {
      const cellAt = (line: number) =>
        shared.placeError(file, line, role.column, `the ${role.what} is missing`, this.fix());
      missingLines.set(values, { lines, cellAt });
      firstMissing.set(values, cellAt(lines[0]!));
    }
    return values;
  }
}

/**
 * The decimals a row's probabilities are taken to be written with, at the fewest: a row written
 * coarser (`0.3,0.3,0.3`) is far more often a class left out than a model printing one decimal.
 */
const FEWEST_DECIMALS = 2;

/** The least tolerance of a row's sum: float rounding and a float32 softmax stay well within. */
const LEAST_SUM_TOLERANCE = 0.01;

/**
 * The most: a row further from 1 has lost a tenth of its distribution. Rounding 1,000
 * probabilities to 3 decimals may leave up to 0.5, but then so may a top-k export, and the two
 * cannot be told apart; either way log loss would renormalise each probability by more than a
 * ninth, reading a distribution the model never gave. Written to 4 decimals, 1,000 classes leave
 * at most 0.05.
 */
const MOST_SUM_TOLERANCE = 0.1;

/**
 * How far a row of `classes` probabilities, each rounded to `decimals` decimals, may sum from 1
 * and still be one distribution: each is off by up to 0.5 10^-decimals, so the row by up to
 * 0.5 classes 10^-decimals (a 3-class softmax to 2 decimals sums to 0.99 or 1.01 in a quarter of
 * its rows), within `LEAST_SUM_TOLERANCE` and `MOST_SUM_TOLERANCE`. A row further off lacks a
 * class, was cut to the top k, or is too coarse for its classes, and metrics that read the
 * probabilities as one distribution would each read it their own way: log loss renormalises each
 * row, ROC AUC ranks the raw scores. Such a row refuses those metrics only; the predicted classes
 * (accuracy, F1) stand without it, and log loss still renormalises a rounded row, as scikit-learn
 * does.
 */
export const probabilitySumTolerance = (classes: number, decimals: number): number =>
  Math.min(MOST_SUM_TOLERANCE, Math.max(LEAST_SUM_TOLERANCE, classes / 2 / 10 ** decimals));

/** The decimals past which a row's tolerance is the least whatever its decimals. */
const decimalsThatMatter = (classes: number) =>
  Math.max(FEWEST_DECIMALS, Math.ceil(Math.log10(classes / 2 / LEAST_SUM_TOLERANCE)));

/**
 * Whether `value` is a number of at most `decimals` decimals, as a file prints one: as a double,
 * or as the float32 of one written out as a double (PyTorch's `0.53` through `.tolist()`, or
 * NumPy's `astype(float64)`, is `0.5299999713897705`), which is off by far more than a double's
 * rounding.
 */
function printedWith(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  const nearest = Math.round(scaled);
  return Math.abs(scaled - nearest) < 1e-6 || Math.fround(nearest / 10 ** decimals) === value;
}

/**
 * The decimals a row of `classes` probabilities (`at(k)`, the k-th) is written with, from
 * `FEWEST_DECIMALS` up to those that matter: the most any of them has, as a model prints them all
 * alike and drops trailing zeros (`0.5` of a row at 3 decimals).
 */
function rowDecimals(at: (k: number) => number, classes: number): number {
  const most = decimalsThatMatter(classes);
  let decimals = FEWEST_DECIMALS;
  for (let k = 0; k < classes && decimals < most; k++) {
    while (decimals < most && !printedWith(at(k), decimals)) decimals++;
  }
  return decimals;
}

/**
 * The slack of a row's sum for the floats it adds, by its classes: a float32 probability written
 * as a double is off from its decimals by up to 3e-8 (half its spacing below 1), so a row of
 * them by up to that many times over, which a row at the tolerance must not be refused for; the
 * sum's own rounding in doubles (0.99 - 1 is 0.010000000000000009) is far less.
 */
const sumSlack = (classes: number) => classes * 1e-7;

/**
 * Whether probabilities of `classes` classes (`at(k)`, the k-th) that sum to `sum` are those of
 * every class, within the slack of their floats (`sumSlack`). The decimals are read only where
 * the sum is off by more than the least tolerance.
 */
function sumsToOne(sum: number, classes: number, at: (k: number) => number): boolean {
  if (withinLeast(sum, classes)) return true;
  const off = Math.abs(sum - 1) - sumSlack(classes);
  return off <= probabilitySumTolerance(classes, rowDecimals(at, classes));
}

/** Whether a sum is 1 within the least tolerance: the many rows whose decimals need no reading. */
const withinLeast = (sum: number, classes: number) =>
  Math.abs(sum - 1) - sumSlack(classes) <= LEAST_SUM_TOLERANCE;

/**
 * A row's tolerance, and why: the rounding of its decimals, or the bound that holds instead (a
 * row's decimals are read up to those that matter, so that at the least it may have more).
 */
function sumAllowance(classes: number, decimals: number): string {
  const rounding = `rounding ${classes} probabilities to ${decimals} decimals`;
  const leaves = classes / 2 / 10 ** decimals;
  const reason =
    leaves > MOST_SUM_TOLERANCE
      ? `and no further: ${rounding} may leave more, but so does a row missing a tenth of its distribution`
      : leaves < LEAST_SUM_TOLERANCE
        ? `the least taken: ${rounding} or more leaves less`
        : `as ${rounding} leaves`;
  return `a sum within ${probabilitySumTolerance(classes, decimals)} of 1 is taken, ${reason}`;
}

/** Whether row `row` of one column per class sums to 1 (see `sumsToOne`). */
const rowSumsToOne = (columns: readonly Float64Array[], row: number) =>
  sumsToOne(sumAt(columns, row), columns.length, (k) => columns[k]![row]!);

/** The decimals that keep a row of `classes` probabilities within the most tolerance. */
const decimalsNeeded = (classes: number) =>
  Math.max(FEWEST_DECIMALS, Math.ceil(Math.log10(classes / 2 / MOST_SUM_TOLERANCE)));

/**
 * How many rows whose probabilities are off a file keeps the lines of: a bound on memory, past
 * which the first such row that pairs is named by its id rather than its line.
 */
const OFF_ROWS_KEPT = 1000;

/** The sum of row `row`'s probabilities, added in the order the read added them. */
function sumAt(columns: readonly Float64Array[], row: number): number {
  let sum = 0;
  for (const column of columns) sum += column[row]!;
  return sum;
}

/** The index in `kept` (rows, ascending) of the first that is one of `rows`; -1 if none is. */
function firstKept(kept: readonly number[], rows: Uint32Array): number {
  const index = new Map(kept.map((row, k) => [row, k]));
  let first = -1;
  for (const row of rows) {
    const k = index.get(row);
    if (k !== undefined && (first < 0 || k < first)) first = k;
  }
  return first;
}

/**
 * The rows of a file whose probabilities of every class are not one distribution, noted as they
 * are read: the first `OFF_ROWS_KEPT` by row and line, then only that there are more. Which of
 * them a metric reads is known once the files are paired, so that the row it refuses at is one
 * it reads, never one that pairs with no row of the other file.
 */
export class OffSumRows {
  private readonly rows: number[] = [];
  private readonly lines: number[] = [];
  private file = "";
  /** Whether more rows are off than those kept: any further row need not be noted. */
  more = false;

  constructor(
    /** The columns' name in errors (`score_<class>`). */
    private readonly column: string,
    private readonly shared: ReadShared,
  ) {}

  /** Notes `row` of the file, the `index`-th of `batch`. */
  note(batch: Batch, index: number, row: number): void {
    if (this.rows.length === OFF_ROWS_KEPT) {
      this.more = true;
      return;
    }
    this.file = batch.file;
    this.rows.push(row);
    this.lines.push(batch.lineNumbers[index]!);
  }

  /** The rows noted, over the file's probabilities of each class; none when no row is off. */
  finish(columns: readonly Float64Array[]): OffSums | undefined {
    if (this.rows.length === 0) return undefined;
    const { rows: kept, lines, more, file, column, shared } = this;
    const classes = columns.length;
    const refuse = (row: number, at: number | undefined, which = "") => {
      const sum = Number(sumAt(columns, row).toPrecision(6));
      const decimals = rowDecimals((k) => columns[k]![row]!, classes);
      return shared.placeError(
        file,
        at,
        column,
        `the probabilities of the ${classes} classes${which} sum to ${sum}, not 1: a metric of probabilities reads those of every class as one distribution (${sumAllowance(classes, decimals)})`,
        `Write every class's probability in each row as the model gives it (predict_proba, a softmax): all ${classes} classes, not the top k, to at least ${decimalsNeeded(classes)} decimals, so that each row sums to 1; or gate only metrics of the predicted classes${classes > 2 ? " and top_<k>_accuracy" : ""}`,
      );
    };
    return {
      firstOf(rows, idOf) {
        if (rows === undefined) return refuse(kept[0]!, lines[0]);
        const k = firstKept(kept, rows);
        if (k >= 0) return refuse(kept[k]!, lines[k]);
        if (!more) return undefined;
        // Past the rows kept: the first that pairs, read again from the columns.
        let first = -1;
        for (const row of rows) {
          if ((first < 0 || row < first) && !rowSumsToOne(columns, row)) first = row;
        }
        return first < 0 ? undefined : refuse(first, undefined, ` of id ${quoted(idOf(first))}`);
      },
    };
  }
}

/**
 * Notes the rows whose probabilities, one column per class, do not sum to 1: added after those
 * columns' collectors, it reads the rows they took of each batch. Kept, not thrown: a file
 * lacking a class's column sums to less, and is refused for the column it lacks once the classes
 * are known; and only a metric of probabilities refuses such a row, where it reads it. The rows
 * of a top-k export (`exported`, the check of the classes each row gives, added before this one)
 * are not summed: a metric of probabilities refuses the file whole.
 */
export class ProbabilitySumCheck implements Collector {
  readonly offRows: OffSumRows;
  private rows = 0;

  constructor(
    column: string,
    private readonly classes: readonly NumberCollector[],
    shared: ReadShared,
    private readonly exported?: { readonly exports: boolean },
  ) {
    this.offRows = new OffSumRows(column, shared);
  }

  add(batch: Batch): void {
    const start = this.rows;
    this.rows += batch.length;
    if (this.exported?.exports) return;
    const columns = this.classes.map((collector) => collector.recent(batch.length));
    const classes = columns.length;
    for (let i = 0; i < batch.length && !this.offRows.more; i++) {
      const sum = sumAt(columns, i);
      if (withinLeast(sum, classes)) continue;
      if (!sumsToOne(sum, classes, (k) => columns[k]![i]!)) this.offRows.note(batch, i, start + i);
    }
  }
}

/** A cell's list of probabilities, and whether they sum to other than 1. */
interface ParsedList {
  readonly list: readonly number[];
  readonly off: boolean;
}

/**
 * A column whose cells are JSON lists of probabilities, one per class (as the data engine gives
 * a list from JSONL or Parquet, or a CSV cell holds one): split into one column per position.
 * Every list must be as long as the first.
 */
export class ListScoreCollector implements Collector {
  private columns: Growing<Float64Array>[] | undefined;
  private rows = 0;
  /** The rows whose list does not sum to 1 (see `ProbabilitySumCheck`). */
  readonly offRows: OffSumRows;

  constructor(
    private readonly role: ColumnRole,
    private readonly shared: ReadShared,
  ) {
    this.offRows = new OffSumRows(role.column, shared);
  }

  add(batch: Batch): void {
    const column = columnOf(batch, this.role.column);
    if ("values" in column) throw new Error("a list column is read as text");
    const parsed = new Array<ParsedList | undefined>(column.dictionary.length);
    for (let i = 0; i < batch.length; i++) {
      const code = column.codes[i]!;
      if (code < 0) throw this.bad(batch, i, `the ${this.role.what} is missing`);
      const { list, off } = (parsed[code] ??= this.parse(batch, i, column.dictionary[code]!));
      if (off && !this.offRows.more) this.offRows.note(batch, i, this.rows);
      const columns = (this.columns ??= list.map(
        () => new Growing(new Float64Array(START_ROWS), this.shared.estimate),
      ));
      if (list.length !== columns.length) {
        throw this.bad(
          batch,
          i,
          `the list holds ${list.length} probabilities, the first row's ${columns.length}`,
        );
      }
      list.forEach((p, k) => {
        const target = columns[k]!;
        target.reserve(this.rows + 1 - target.length)[this.rows] = p;
        target.length = this.rows + 1;
      });
      this.rows++;
    }
  }

  private parse(batch: Batch, row: number, text: string): ParsedList {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const ok =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((p) => typeof p === "number" && p >= 0 && p <= 1);
    // pandas writes NaN as null: the classes that a top-k export leaves out are 0 in a list,
    // whose place is its class. Of two classes there is no such export (k would hold both).
    if (Array.isArray(value) && value.length > 2 && value.includes(null)) {
      throw this.shared.cellError(
        batch,
        row,
        this.role.column,
        `${quoted(text)} holds null, which is no probability`,
        "Write each class's probability from 0 to 1, in the sorted order of the classes, and 0 for each class that a top-k export leaves out",
      );
    }
    if (!ok) {
      throw this.bad(batch, row, `${quoted(text)} is not a list of probabilities (from 0 to 1)`);
    }
    const list = value as number[];
    return {
      list,
      off: !sumsToOne(
        list.reduce((a, b) => a + b, 0),
        list.length,
        (k) => list[k]!,
      ),
    };
  }

  private bad(batch: Batch, row: number, problem: string): DataError {
    return this.shared.cellError(
      batch,
      row,
      this.role.column,
      problem,
      "Write the probability of the positive class as a number, or of each class as a JSON list in the sorted order of the classes",
    );
  }

  finish(): Float64Array[] {
    return (this.columns ?? []).map((column) => column.finish());
  }
}

/**
 * A refused number as its refusal names it. The reader has parsed the cell by then, so an
 * infinity says both ways a file comes to hold one: `1e400` reads as one too.
 */
const refusedNumber = (value: number): string =>
  Number.isFinite(value)
    ? String(value)
    : `${value < 0 ? "-" : ""}infinity (written inf or Infinity, or a number past ±1.8e308)`;
