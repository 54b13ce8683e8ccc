import type { TableSchema, TableSchemaField } from "./column-type.js";
import type { InferenceOptions } from "./infer-type.js";

/** The formats the engine reads. */
export type DataFormat = "csv" | "jsonl" | "parquet";

/** How to read a dataset; every field has a default. */
export interface ReadOptions {
  /**
   * Default: from the extension (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, `.parquet`). A CSV or
   * JSONL file may add `.gz` and is gunzipped; a Parquet file may not (`.parquet.gz` is refused).
   */
  format?: DataFormat;
  /** CSV field delimiter, one byte. Default `,` (a tab for `.tsv`). */
  delimiter?: string;
  /** CSV: whether the first row names the columns. Default true; else `column1`, `column2`... */
  header?: boolean;
  /** Declared column types (Frictionless Table Schema v2); undeclared columns are inferred. */
  schema?: TableSchema;
  /**
   * Columns read as strings whatever their values look like, unless the schema declares them:
   * identifiers, whose text is what matters (a 19-digit id keeps every digit, `7` and `7.0`
   * stay apart). A name the data does not have is ignored.
   */
  textColumns?: readonly string[];
  /**
   * Columns handed over as the bytes of their text, in `Batch.byteColumns` rather than
   * `columns`, whatever the schema declares (its missing values apply): no cell becomes a
   * string, where a text column makes one per distinct cell of each batch, a million for a
   * million ids. For identifiers compared byte for byte; `readColumns` leaves them out. A name
   * the data does not have is ignored.
   */
  byteColumns?: readonly string[];
  /**
   * Whether the columns typed `text` (strings too varied to be categories: ids, emails, free
   * text) are handed over as bytes too, in `Batch.byteColumns`: a text column's dictionary is
   * the batch's own and saves nothing on distinct values, while making, hashing and keeping a
   * string per cell was most of the time of reading such a column. Default false.
   */
  textAsBytes?: boolean;
  /**
   * The columns the caller looks at, where not all: those in `only` or whose names start with one
   * of `prefixes` (a family of columns known by their prefix, as `score_<class>`; every column
   * when both are absent), less those in `except`. Every other column is handed over in
   * `Batch.byteColumns` whatever the schema declares, its values never typed: a cell no type
   * would take cannot stop a read for a column nobody uses, and a long text nobody reads becomes
   * no string. From CSV and JSON Lines its cells are the bytes written; from Parquet they are
   * all missing, its pages never decoded (a list column's cost more than all the others), but
   * where `byteColumns` asks for it. A name the data does not have is ignored.
   */
  usedColumns?: {
    readonly only?: readonly string[];
    readonly prefixes?: readonly string[];
    readonly except?: readonly string[];
  };
  /**
   * Whether a column inferred as integers (no declared field) takes a later cell that is any
   * other number (`2.5` past the rows inferred from, as pandas reads it): the column is then
   * numeric, its values being numbers either way, and the batch that holds the cell says where
   * (`NumericColumn.widenedAt`). Without it, such a cell does not fit the column. Default false.
   */
  widenIntegers?: boolean;
  /** The strings that mean "no value". Default: the schema's `missingValues`, else `[""]`. */
  missingValues?: readonly string[];
  /**
   * Columns read with strings of their own that mean "no value", in place of the table's and of
   * their schema field's: as a profile's columns were counted, with no type declared. A name the
   * data does not have is ignored.
   */
  columnMissingValues?: ReadonlyMap<string, readonly string[]>;
  /**
   * Rows per batch. Default 16,384: a batch's columns then stay in the core's caches while they
   * are filled and read, and the same file reads about a tenth faster than in batches of 65,536.
   */
  batchSize?: number;
  /**
   * CSV and JSON Lines: the bytes of the file (as read, gunzipped) after which a batch ends short
   * of `batchSize` rows, with the row that reaches them. Default 8 MiB (`DEFAULT_BATCH_BYTES`).
   */
  batchBytes?: number;
  /**
   * Whether a batch's arrays may be filled again for a later batch once the caller asks for
   * the next one: for a caller done with each batch by then, that keeps no column and no view
   * of one. A streaming read then allocates its batches once, rather than leaving one batch of
   * garbage per batch read, which was most of its memory and a tenth of its time. Default false.
   */
  reuseBatches?: boolean;
  /** How many rows (of the first file) type inference looks at. Default 10,000. */
  inferRows?: number;
  /**
   * CSV and JSON Lines: the bytes of those rows after which inference looks at no more of them,
   * short of `inferRows`, with the row that reaches them; a JSON Lines file's columns are the keys
   * of the rows looked at. Default 16 MiB (`DEFAULT_INFER_BYTES`).
   */
  inferBytes?: number;
  inference?: InferenceOptions;
  /**
   * Called for a cell that does not fit its column's type (`column`, the cell's line, or for
   * Parquet its row index, the cell as text, `row`, the row's 0-based index in the whole
   * read, which finds it in the batch whose `rowOffset` span holds it, and `number`, whether the
   * cell was a number (JSON Lines, Parquet), not text that writes its digits); the cell is then
   * stored as missing and the read goes on, so that a validation can report every bad cell.
   * Without it, such a cell stops the read with a `DataError`.
   */
  onInvalidCell?: (
    column: string,
    line: number,
    text: string,
    row: number,
    number: boolean,
  ) => void;
  /**
   * Called with each CSV or JSON Lines file's sha256 (of its bytes as stored, compressed ones
   * for `.gz`: what `sha256sum` prints) once the read has reached its end, before the batch
   * that holds its last rows: the bytes hashed are the bytes read, and the file is read once for
   * both. Not for Parquet, nor for a file whose read stops before its end.
   */
  onFileDigest?: (file: string, sha256: string) => void;
  /**
   * How to fix a cell that stops the read, in the caller's terms: the default names the schema
   * and missing values, which not every caller has (drift-check takes its types from the
   * reference).
   */
  invalidCellFix?: string;
  /**
   * The most bytes a line may hold (for CSV a row, whose quoted fields may span lines): a longer
   * one stops the read with a `DataError` naming it, rather than growing the buffer until memory
   * runs out. Default 64 MiB.
   */
  maxLineBytes?: number;
  /**
   * Whether CSV and JSONL files are read on a thread of their own while the caller works on the
   * batches, which are the same either way: `"large"` when the files hold 16 MiB or more,
   * `"always"`, or `"never"` (the default). For a caller whose work on a batch costs about what
   * reading it does (profiling, validation), reading then overlaps that work; for one that does
   * little with a batch, handing it over costs what the overlap saves, and the thread takes
   * some 20-40 MB more. Never for Parquet.
   */
  readInWorker?: "large" | "always" | "never";
}

export const DEFAULT_BATCH_SIZE = 16_384;

/**
 * Rows per batch for a caller that passes over each batch's columns several times and keeps
 * none of them (checks, profiles, samples): a batch stays in the core's caches between the
 * passes, and the batches in flight between a reading thread and the caller hold half the bytes
 * of the default's (decision 0025).
 */
export const STREAMING_BATCH_SIZE = 8_192;

/**
 * Input bytes after which a CSV or JSON Lines batch ends, short of its rows: rows of long text
 * (tickets, documents of 2-200 KB) in batches of 8,192 rows made batches of 80 MB to 1.6 GB, and
 * a read holds up to four (the one being filled, two read ahead on the reading thread, the one
 * the caller works on). At 8 MiB, four hold some 32 MB of text. Rows of the usual tables stay
 * under it: 16,384 rows of up to 512 bytes (the benchmarks' are about 150) keep their batches
 * and their speed, and a batch of 8 MiB still spreads what each batch costs over eight of the
 * reader's 1 MiB reads.
 */
export const DEFAULT_BATCH_BYTES = 8 * 2 ** 20;
export const DEFAULT_INFER_ROWS = 10_000;

/**
 * Bytes of a CSV or JSON Lines file's first rows after which type inference takes no more rows,
 * short of `DEFAULT_INFER_ROWS`: the rows are kept until the types are known, and each column's
 * values become strings to be typed, so that 10,000 rows of 27 KB of text held 1.8 GB and took
 * 20 s before the first batch. Rows of up to 1.6 KiB (some hundreds of columns) are typed from
 * 10,000 rows as before.
 */
export const DEFAULT_INFER_BYTES = 16 * 2 ** 20;
export const DEFAULT_MAX_LINE_BYTES = 64 * 2 ** 20;

/**
 * The most columns a data file may have: a CSV header's fields, a JSON Lines object's keys, a
 * Parquet schema's columns. Each column costs a builder, its arrays and its place in every
 * check, profile and report, so a file of a million empty columns (a few MB, far less gzipped)
 * would take minutes and gigabytes; it is refused at its header instead. The limit is well past
 * the thousands of features that validation and drift tools are built for.
 */
export const MAX_COLUMNS = 20_000;

/** The strings that mean "no value" in the table: the options', else the schema's, else `[""]`. */
export const tableMissingValues = (options: ReadOptions): readonly string[] =>
  options.missingValues ?? options.schema?.missingValues ?? [""];

/**
 * The strings that mean "no value" in column `name`: its own (`columnMissingValues`, else its
 * schema `field`'s), else the table's. The caller looks the field up once for all columns:
 * searching the schema here, column by column, made a wide file's read quadratic.
 */
export function missingValuesFor(
  name: string,
  options: ReadOptions,
  field: TableSchemaField | undefined,
): readonly string[] {
  return (
    options.columnMissingValues?.get(name) ?? field?.missingValues ?? tableMissingValues(options)
  );
}

/** The columns a read gives missing values of their own: its schema's fields', and its options'. */
export function ownMissingValues(options: ReadOptions): ReadonlyMap<string, readonly string[]> {
  const own = new Map<string, readonly string[]>();
  for (const field of options.schema?.fields ?? []) {
    if (field.missingValues) own.set(field.name, field.missingValues);
  }
  for (const [name, values] of options.columnMissingValues ?? []) own.set(name, values);
  return own;
}
