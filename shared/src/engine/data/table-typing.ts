import {
  columnOf,
  MAX_LATE_KEYS,
  type Batch,
  type BytesColumn,
  type Column,
  type LateKey,
} from "./batch.js";
import { BytesBuilder } from "./bytes-builder.js";
import { spelledBuilder, spellingOf } from "./cell-spelling.js";
import { columnBuilder, valueText, type ColumnBuilder } from "./column-builder.js";
import type { ColumnType, TableSchemaField } from "./column-type.js";
import { DataError } from "./data-error.js";
import {
  declaredType,
  fixedType,
  inferType,
  isDeclared,
  stringColumnType,
  stringKind,
} from "./infer-type.js";
import { declaredBoolean, parseDatetime, parseNumberText } from "./parse-cell.js";
import {
  DEFAULT_BATCH_BYTES,
  DEFAULT_BATCH_SIZE,
  missingValuesFor,
  type ReadOptions,
} from "./read-options.js";
import { resized, reusedOr } from "./typed-arrays.js";
import { releaseArrays } from "../release-array.js";
import { lineBreaksShown } from "../report/escape-control.js";
import { shorten } from "../report/shorten.js";

/** Whether the plain path could read `text` as a value of a `type` column (any text, for strings). */
function spellsValue(type: ColumnType, text: string): boolean {
  switch (type) {
    case "numeric":
    case "integer":
      // The plain path reads numbers as written; NaN, INF and padding only the other path reads,
      // which a text this takes for a number sends the column's cells to first: the safe side.
      return !Number.isNaN(parseNumberText(text));
    case "boolean":
      return !Number.isNaN(declaredBoolean(text));
    case "datetime":
      return !Number.isNaN(parseDatetime(text));
    default:
      return true;
  }
}

/**
 * The columns of `names` the caller does not use (`ReadOptions.usedColumns`), but those it asks
 * for as bytes (`byteColumns`): their values are never typed, and a Parquet file's never decoded.
 */
export function unusedColumns(names: readonly string[], options: ReadOptions): Set<string> {
  const { only, prefixes, except = [] } = options.usedColumns ?? {};
  const used = (only || prefixes) && new Set(only);
  const isUsed = (name: string) =>
    used === undefined || used.has(name) || prefixes?.some((prefix) => name.startsWith(prefix));
  const left = new Set(except);
  const asked = new Set(options.byteColumns);
  return new Set(names.filter((name) => (!isUsed(name) || left.has(name)) && !asked.has(name)));
}

/** The columns read as bytes: those the options name, and those the caller does not use. */
function bytesColumns(names: readonly string[], options: ReadOptions): Set<string> {
  return new Set([...(options.byteColumns ?? []), ...unusedColumns(names, options)]);
}

/**
 * Rows the first batch of a read has room for before it grows, unless the file's size promises
 * more (`expectRows`): few, so that a file of a few rows holds room for a few rows of each
 * column, where 1,024 rows of 20,000 columns took 160 MB before a row was read. Doubling up to a
 * full batch copies the rows read so far once more at most.
 */
const FIRST_CAPACITY = 16;

/**
 * The columns of a dataset once typed, and the batch being filled. One instance serves every
 * file of a read, so that all files share names, types and categorical dictionaries.
 */
export class TableTyping {
  readonly builders: ColumnBuilder[];
  /** Per column, the missing-value strings, and the same as bytes for the CSV fast path. */
  readonly missingText: Set<string>[];
  readonly missingBytes: Buffer[][];
  /**
   * Per column: whether a cell's bytes may go straight to its builder's plain path
   * (`appendPlainRow`), which takes an empty cell as missing and any other as a value. So when
   * the empty string is the only missing value (the common case), or when the column is a
   * number, date or boolean that no other missing value spells: a missing value such as `NA`
   * then fails the plain path, and the row is read again by the path that knows it.
   */
  readonly plainMissing: boolean[];
  /** Per column, whether a missing value is more than the empty cell: one a number may spell. */
  private readonly spellsMissing: boolean[];
  /** Per column, the first bytes of its non-empty missing values, for a fast "not missing". */
  private readonly missingFirstBytes: Uint8Array[];
  readonly batchSize: number;
  /** Input bytes after which a batch ends, short of `batchSize` rows (`ReadOptions.batchBytes`). */
  private readonly batchBytes: number;
  private rows = 0;
  /** The input bytes of the rows of the batch in progress, as the readers count them. */
  private bytes = 0;
  /** Rows the batch in progress has room for. */
  private capacity = 0;
  /**
   * The rows of the last batch that filled (to `batchSize` rows or `batchBytes` bytes), 0 before
   * one has: the data is large, and later batches start with room for as many.
   */
  private filledRows = 0;
  /** How many rows the read is expected to hold (`expectRows`), for its first batch. */
  private expected = 0;
  private rowOffset = 0;
  private lineNumbers: Float64Array = new Float64Array(0);
  /** The line numbers of batches given back (`reuseBatches`, `recycle`), for later batches. */
  private readonly spareLines: Float64Array[] = [];
  private readonly reuseBatches: boolean;
  private readonly ready: Batch[] = [];
  private file = "";
  /** The columns no JSON Lines row has had as a key so far (`noteKeys`); none after a header. */
  private absentKeys: string[] | undefined;
  /** How many rows the types were read from, where the reader read them from rows (`Batch`). */
  typedRows: number | undefined;
  /** JSON Lines keys that are no column, where each first appears (`noteLateKeys`). */
  private readonly lateKeys: LateKey[] = [];
  /** The columns' names as a set, made for the first row that has a key they lack. */
  private nameSet: ReadonlySet<string> | undefined;
  private readonly onInvalidCell: ReadOptions["onInvalidCell"];
  /** The caller's fix for a cell that stops the read, when it has its own. */
  readonly invalidCellFix: string | undefined;

  private constructor(
    readonly names: readonly string[],
    readonly types: readonly ColumnType[],
    /** Per column, its field in the schema, which decides how its builder reads it. */
    fields: readonly (TableSchemaField | undefined)[],
    missing: readonly (readonly string[])[],
    options: ReadOptions,
  ) {
    const bytes = bytesColumns(names, options);
    // Each field's own spelling, made once: a date's pattern is compiled into an expression.
    const spellings = fields.map(spellingOf);
    const widen = options.widenIntegers ?? false;
    this.builders = names.map((name, i) =>
      bytes.has(name) || (options.textAsBytes && types[i] === "text")
        ? new BytesBuilder(name)
        : spelledBuilder(columnBuilder(name, types[i]!, fields[i], widen), spellings[i]),
    );
    this.missingText = missing.map((list) => new Set(list));
    this.spellsMissing = missing.map((list) => list.some((m) => m !== ""));
    this.missingBytes = missing.map((list) => list.map((m) => Buffer.from(m, "utf8")));
    this.missingFirstBytes = this.missingBytes.map((list) => {
      const first = new Uint8Array(256);
      for (const m of list) if (m.length > 0) first[m[0]!] = 1;
      return first;
    });
    this.plainMissing = missing.map(
      // A field's own spelling may make a missing value spell a value: its cells take the
      // path that asks whether a cell is missing first.
      (list, i) =>
        list.includes("") &&
        spellings[i] === undefined &&
        list.every((m) => m === "" || !spellsValue(types[i]!, m)),
    );
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.batchBytes = Math.max(1, options.batchBytes ?? DEFAULT_BATCH_BYTES);
    this.onInvalidCell = options.onInvalidCell;
    this.invalidCellFix = options.invalidCellFix;
    this.reuseBatches = options.reuseBatches ?? false;
  }

  /**
   * Hands an invalid cell of row `row` (CSV's text, or a JSON or Parquet value) to the read's
   * `onInvalidCell` and stores it as missing; false when the read has no such hook, and the
   * reader throws.
   */
  acceptInvalid(column: number, row: number, line: number, cell: unknown): boolean {
    if (this.onInvalidCell === undefined) return false;
    const builder = this.builders[column]!;
    builder.appendMissing(row);
    const number = typeof cell === "number" || typeof cell === "bigint";
    this.onInvalidCell(builder.name, line, valueText(cell), this.rowOffset + row, number);
    return true;
  }

  /**
   * Types the columns: a declared field decides (see `declaredType`), else the sample decides
   * (see `inferType`). `sample(i, missing)` gives column i's values as text, those among its
   * missing values `missing` left out, asked for at most once per column (not for one read as
   * bytes, nor for a declared number, date or boolean), so that a reader decodes one column at
   * a time, and only those typed from text;
   * `known[i]`, when set, is a type the format itself carries (Parquet), used unless the schema
   * declares one: `categorical` for the format's strings, which their sample makes dates,
   * categories or text (`stringColumnType`); `text` for other values written as text (a list's
   * JSON, a 64-bit id), which their sample makes categories or text.
   */
  static create(
    file: string,
    names: readonly string[],
    sample: (column: number, missing: ReadonlySet<string>) => readonly string[],
    options: ReadOptions,
    known: readonly (ColumnType | undefined)[] = [],
    headerLine?: number,
  ): TableTyping {
    const fields = new Map<string, TableSchemaField>();
    for (const field of options.schema?.fields ?? []) fields.set(field.name, field);
    const present = new Set(names);
    for (const name of fields.keys()) {
      if (!present.has(name) && !options.schema?.fieldsMayBeAbsent) {
        throw new DataError(
          file,
          `the schema declares a column '${name}' that the data does not have`,
          `The data has: ${names.join(", ")}`,
          headerLine,
          undefined,
          name,
        );
      }
    }
    refuseRepeatedNames(file, names, headerLine ?? 1);
    const types: ColumnType[] = [];
    const columnFields: (TableSchemaField | undefined)[] = [];
    const missing: (readonly string[])[] = [];
    const text = new Set(options.textColumns);
    const bytes = bytesColumns(names, options);
    names.forEach((name, i) => {
      const field: TableSchemaField | undefined =
        fields.get(name) ?? (text.has(name) ? { name, type: "string" } : undefined);
      columnFields.push(field);
      const own = missingValuesFor(name, options, fields.get(name));
      missing.push(own);
      const values = () => sample(i, new Set(own));
      if (bytes.has(name)) {
        types.push("text");
        return;
      }
      const fromFormat = known[i];
      if (isDeclared(field) || fromFormat === undefined) {
        // A declared number, date or boolean is typed without decoding its sample.
        const fixed = field && fixedType(field);
        types.push(
          fixed ??
            (field
              ? declaredType(field, values(), options.inference)
              : inferType(values(), options.inference)),
        );
      } else if (fromFormat === "categorical") {
        types.push(stringColumnType(values(), options.inference));
      } else if (fromFormat === "text") {
        types.push(stringKind(values(), options.inference));
      } else types.push(fromFormat);
    });
    return new TableTyping(names, types, columnFields, missing, options);
  }

  /** Whether `text` is a missing value of column `column`. */
  isMissingText(column: number, text: string): boolean {
    return this.missingText[column]!.has(text);
  }

  /**
   * Whether a JSON value is a missing value of column `column`: a string by its text, a number
   * or boolean by the text it would have in a CSV file (`-999` where `"-999"` is missing), so
   * that a format does not change what is missing.
   */
  isMissingJson(column: number, value: string | number | bigint | boolean): boolean {
    const missing = this.missingText[column]!;
    if (typeof value === "string") return missing.has(value);
    return this.spellsMissing[column]! && missing.has(String(value));
  }

  /** Whether `buf[start, end)` is a missing value of column `column`. */
  isMissingBytes(column: number, buf: Buffer, start: number, end: number): boolean {
    const length = end - start;
    if (length === 0) return this.missingText[column]!.has("");
    if (this.missingFirstBytes[column]![buf[start]!] === 0) return false;
    for (const m of this.missingBytes[column]!) {
      if (m.length !== length) continue;
      let i = 0;
      while (i < length && m[i] === buf[start + i]) i++;
      if (i === length) return true;
    }
    return false;
  }

  /**
   * Starts the rows of a new file. `keyed` is a JSON Lines file's, whose rows name their keys
   * (`noteKeys`); a file with a header has every column of the read, or is refused by it.
   */
  beginFile(file: string, keyed = false): void {
    this.flush();
    this.file = file;
    if (!keyed) this.absentKeys = [];
  }

  /** The row index, in the current batch, for the next row; starts a batch when needed. */
  nextRow(): number {
    if (this.rows === this.capacity) this.makeRoom();
    return this.rows;
  }

  /**
   * Tells how many rows the read is expected to hold, from the size of its first file, and about
   * how many bytes a row takes: its first batch then starts with room for them, up to a full
   * batch (in rows, or in the rows that `batchBytes` holds), rather than growing to it.
   */
  expectRows(rows: number, rowBytes: number): void {
    this.expected = Math.min(rows, Math.ceil(this.batchBytes / Math.max(1, rowBytes)));
  }

  /**
   * The first batch of a read starts small, or as large as the rows expected, and doubles, so
   * that a small file of many columns does not hold a full batch of each; once a batch has
   * filled, the next ones start with room for as many rows as it held.
   */
  private makeRoom(): void {
    const capacity =
      this.rows === 0 && this.filledRows > 0
        ? this.filledRows
        : Math.min(this.batchSize, Math.max(FIRST_CAPACITY, this.capacity * 2, this.expected));
    if (this.rows === 0) {
      this.lineNumbers = reusedOr(this.spareLines, capacity, Float64Array);
      for (const builder of this.builders) builder.start(capacity);
    } else {
      this.lineNumbers = resized(this.lineNumbers, capacity);
      for (const builder of this.builders) builder.grow(capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Notes the keys of a JSON Lines row, which has no header to tell a column it lacks from one
   * whose values are missing. Once every column has been seen, costs nothing.
   */
  noteKeys(row: Readonly<Record<string, unknown>>): void {
    const absent = (this.absentKeys ??= [...this.names]);
    for (let i = absent.length - 1; i >= 0; i--) {
      if (Object.hasOwn(row, absent[i]!)) absent.splice(i, 1);
    }
  }

  /**
   * Notes the keys of a JSON Lines row on `line` that are no column, which the reader calls for
   * a row with more keys than it has columns: such a key first appeared after the rows that
   * typing looked at, and is not read. Bounded by `MAX_LATE_KEYS`.
   */
  noteLateKeys(row: Readonly<Record<string, unknown>>, line: number): void {
    const late = this.lateKeys;
    if (late.length >= MAX_LATE_KEYS) return;
    const names = (this.nameSet ??= new Set(this.names));
    for (const name of Object.keys(row)) {
      if (names.has(name) || late.some((key) => key.name === name)) continue;
      late.push({ name, file: this.file, line });
      if (late.length === MAX_LATE_KEYS) return;
    }
  }

  /**
   * Ends the row begun by `nextRow`, which took `bytes` of the input (its line, for CSV and JSON
   * Lines; none where a reader does not count them, as Parquet's, whose row groups are decoded
   * whole). The batch ends at `batchSize` rows, or sooner once its rows took `batchBytes`: rows of
   * long text would otherwise make batches of hundreds of MB, a few of them in flight at once.
   */
  endRow(line: number, bytes = 0): void {
    this.lineNumbers[this.rows] = line;
    this.rows++;
    this.bytes += bytes;
    if (this.rows === this.batchSize || this.bytes >= this.batchBytes) {
      this.filledRows = this.rows;
      this.flush();
    }
  }

  /** Closes the batch in progress, if it has rows. */
  flush(): void {
    if (this.rows === 0) return;
    this.ready.push(this.makeBatch(this.rows));
    this.rowOffset += this.rows;
    this.rows = 0;
    this.bytes = 0;
    this.capacity = 0;
  }

  /** An empty batch naming the columns, for a dataset with no rows. */
  emptyBatch(): Batch {
    for (const builder of this.builders) builder.start(0);
    this.lineNumbers = new Float64Array(0);
    return this.makeBatch(0);
  }

  /**
   * Yields the batches completed since the last call, marked with how far into its file the
   * reader is (`Batch.fileBytesRead`). With `reuseBatches`, a batch's arrays go back to the
   * builders once the caller asks for the next batch.
   */
  *take(fileBytesRead: number): Generator<Batch> {
    for (const batch of this.ready.splice(0, this.ready.length)) {
      yield { ...batch, fileBytesRead };
      if (this.reuseBatches) this.recycle(batch);
    }
  }

  /**
   * Takes a batch's arrays back, to be refilled by later batches: nothing else may use them.
   * `reuseBatches` does it when the caller asks for the next batch; a reader whose batches come
   * back later (from another thread) calls it itself.
   */
  recycle(batch: Batch): void {
    this.spareLines.push(new Float64Array(batch.lineNumbers.buffer));
    for (const builder of this.builders) builder.recycle(columnOf(batch, builder.name)!);
  }

  /**
   * At the end of the read: frees the arrays of the batches given back, which would otherwise
   * wait for a garbage collection.
   */
  releaseSpares(): void {
    releaseArrays(...this.spareLines.splice(0));
    for (const builder of this.builders) builder.releaseSpares();
  }

  /** How many rows have been completed so far, over all files. */
  get rowCount(): number {
    return this.rowOffset + this.rows;
  }

  private makeBatch(length: number): Batch {
    const columns = new Map<string, Column>();
    const byteColumns = new Map<string, BytesColumn>();
    for (const builder of this.builders) {
      const column = builder.finish(length);
      if ("bytes" in column) byteColumns.set(builder.name, column);
      else columns.set(builder.name, column);
    }
    return {
      file: this.file,
      length,
      rowOffset: this.rowOffset,
      lineNumbers: this.lineNumbers.subarray(0, length),
      names: this.names,
      columns,
      ...(byteColumns.size > 0 && { byteColumns }),
      ...(this.absentKeys && this.absentKeys.length > 0 && { absentKeys: [...this.absentKeys] }),
      ...(this.lateKeys.length > 0 && { lateKeys: [...this.lateKeys] }),
      ...(this.typedRows !== undefined && { typedRows: this.typedRows }),
    };
  }
}

/** Refuses a column name given twice: which column a check or a key reads would be luck. */
export function refuseRepeatedNames(file: string, names: readonly string[], line: number): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new DataError(
        file,
        `two columns are named '${shorten(lineBreaksShown(name))}'`,
        "Give each column its own name",
        line,
        undefined,
        name,
      );
    }
    seen.add(name);
  }
}
