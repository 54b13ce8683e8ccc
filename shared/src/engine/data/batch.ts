import type { NumericColumnType, StringColumnType } from "./column-type.js";
import { textOfBytes } from "./text-bytes.js";

/** A column of numbers; `NaN` marks a missing value (internally only: never in a report). */
export interface NumericColumn {
  readonly name: string;
  readonly type: NumericColumnType;
  readonly values: Float64Array;
  /**
   * The row of the cell that made a column inferred as integers numeric (`widenIntegers`), in
   * the one batch that holds it; the batches before it are typed integer.
   */
  readonly widenedAt?: number;
}

/**
 * A column of strings, dictionary-encoded: `codes[i]` indexes `dictionary`, -1 marks a missing
 * value. A categorical column's dictionary is shared by every batch of one read and only grows,
 * so a code means the same string in every batch; a text column's dictionary is the batch's own.
 */
export interface StringColumn {
  readonly name: string;
  readonly type: StringColumnType;
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

export type Column = NumericColumn | StringColumn;

/**
 * A column read as bytes (`ReadOptions.byteColumns`): the bytes of each cell's text (see
 * `text-bytes.ts`) end to end, cell `i` being `bytes[starts[i], starts[i + 1])`; `missing[i]` is
 * 1 for a missing cell, whose bytes are empty. The arrays are the batch's own.
 */
export interface BytesColumn {
  readonly name: string;
  readonly type: "text";
  readonly bytes: Uint8Array;
  /** One more than the rows. */
  readonly starts: Uint32Array;
  readonly missing: Uint8Array;
}

/** A slice of rows of one file, column by column. */
export interface Batch {
  /** The file the rows come from. */
  readonly file: string;
  /** How many rows the batch holds. */
  readonly length: number;
  /** The index, in the whole dataset (all files), of the batch's first row. */
  readonly rowOffset: number;
  /**
   * Where each row starts in its file, for error reports and annotations: the 1-based line for
   * CSV and JSONL, the 0-based row index for Parquet.
   */
  readonly lineNumbers: Float64Array;
  /** Every column's name, in the data's order (byte columns too). */
  readonly names: readonly string[];
  readonly columns: Map<string, Column>;
  /**
   * The columns read as bytes (`ReadOptions.byteColumns`, `ReadOptions.textAsBytes`), which
   * `columns` then lacks.
   */
  readonly byteColumns?: ReadonlyMap<string, BytesColumn>;
  /**
   * How many bytes of the file had been read from disk when the batch was handed out (for a
   * `.gz` file, compressed bytes), for progress; absent when the reader cannot say.
   */
  readonly fileBytesRead?: number;
  /**
   * JSON Lines only: the columns that no line read so far (up to this batch's last, in this file
   * and the read's earlier ones) has as a key, such as a field the schema declares that the data
   * lacks, read as missing in every row; absent when there is none. The last batch of a read
   * tells of the whole dataset.
   */
  readonly absentKeys?: readonly string[];
  /**
   * JSON Lines only: keys that lines read so far have and the columns lack, the first
   * `MAX_LATE_KEYS` of them, each where it first appears. The columns are the keys of the lines
   * typing looks at (and the schema's fields), so a key that first appears after them is not
   * read; absent when there is none. The last batch of a read tells of the whole dataset.
   */
  readonly lateKeys?: readonly LateKey[];
  /**
   * CSV and JSON Lines: how many rows of the read's first file the columns' types were read
   * from, `ReadOptions.inferRows` or fewer where rows are long (`ReadOptions.inferBytes`), so
   * that a caller can tell a column typed from its values from one that had none there.
   */
  readonly typedRows?: number;
}

/** A JSON Lines key that is no column of the read, and the line on which it first appears. */
export interface LateKey {
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

/** The most late keys (`Batch.lateKeys`) a read records: enough to name them, and bounded. */
export const MAX_LATE_KEYS = 10;

/** The column named `name`, read as values or as bytes; undefined when the batch lacks it. */
export function columnOf(batch: Batch, name: string): Column | BytesColumn | undefined {
  return batch.columns.get(name) ?? batch.byteColumns?.get(name);
}

/** The value of row `row` of a column, decoded: a number, a string, or `null` when missing. */
export function cellValue(column: Column | BytesColumn, row: number): number | string | null {
  if ("bytes" in column) {
    if (column.missing[row] !== 0) return null;
    return textOfBytes(column.bytes, column.starts[row]!, column.starts[row + 1]!);
  }
  if ("values" in column) {
    const value = column.values[row];
    return value === undefined || Number.isNaN(value) ? null : value;
  }
  const code = column.codes[row];
  return code === undefined || code < 0 ? null : (column.dictionary[code] ?? null);
}
