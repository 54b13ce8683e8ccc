import type { AsyncBuffer, FileMetaData, SchemaElement } from "hyparquet";
import { close, read } from "../files/async-fs.js";
import { openForReading } from "../files/open-for-reading.js";
import type { Batch } from "./batch.js";
import {
  EXACT_INTEGERS,
  valueText,
  type ColumnBuilder,
  type ColumnJson,
} from "./column-builder.js";
import type { ColumnType } from "./column-type.js";
import { groupDigits } from "../report/group-digits.js";
import { DataError, refuseDataFile, tooManyColumns } from "./data-error.js";
import { boundedCompressors, type GroupRange } from "./parquet-page-bounds.js";
import { rowGroupColumns, type ParquetSource } from "./parquet-pages.js";
import { binaryParsers, markingTextParsers, strictTextParsers } from "./parquet-text.js";
import type { ReadContext } from "./read-context.js";
import { unnamedColumn } from "./read-csv.js";
import { parseDatetime } from "./parse-cell.js";
import { DEFAULT_INFER_ROWS, MAX_COLUMNS } from "./read-options.js";
import { refuseRepeatedNames, TableTyping, unusedColumns } from "./table-typing.js";

/** The smallest Parquet file: the magic `PAR1`, a footer length and `PAR1` again. */
const MIN_PARQUET_BYTES = 12;

/**
 * The column type a Parquet physical and logical type maps to; none for Arrow's null type (a
 * pandas column of None alone, stored as INT32), which holds no value and says nothing of the
 * values a later file may hold: it is typed from its (empty) sample, as an empty CSV column is.
 */
function parquetType(element: SchemaElement): ColumnType | undefined {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === "NULL") return undefined;
  if (logical === "DATE" || logical === "TIMESTAMP" || converted === "DATE") return "datetime";
  if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS") return "datetime";
  if (logical === "DECIMAL" || converted === "DECIMAL") return "numeric";
  // Half-precision floats, two bytes each, which hyparquet decodes to numbers.
  if (logical === "FLOAT16") return "numeric";
  switch (element.type) {
    case "BOOLEAN":
      return "boolean";
    case "INT32":
    case "INT64":
      return "integer";
    case "INT96":
      return "datetime";
    case "FLOAT":
    case "DOUBLE":
      return "numeric";
    default:
      return logical === "STRING" || logical === "ENUM" || converted === "UTF8"
        ? "categorical"
        : "text";
  }
}

/** The largest integer a number holds exactly, as a bigint, to compare 64-bit values with. */
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whether a value is a 64-bit integer (INT64 or UINT64, which hyparquet reads as a bigint) past
 * 2^53 in magnitude, which a number would hold rounded: two ids one apart as one number.
 */
const pastExact = (value: unknown): value is bigint =>
  typeof value === "bigint" && (value > MAX_EXACT || value < -MAX_EXACT);

/**
 * The columns whose footer statistics show a 64-bit integer past 2^53 in some row group, however
 * late: the statistics are read before any row, so that the column is typed a string from the
 * start, as CSV inference types such ids, rather than changed or refused when its row comes.
 */
function longIntegerColumns(metadata: FileMetaData): Set<string> {
  const long = new Set<string>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const path = chunk.meta_data?.path_in_schema;
      const stats = chunk.meta_data?.statistics;
      if (path?.length !== 1 || !stats) continue;
      if ([stats.min_value, stats.max_value, stats.min, stats.max].some(pastExact)) {
        long.add(path[0]!);
      }
    }
  }
  return long;
}

/**
 * The values of each top-level column that its footer statistics give and that are no ISO 8601
 * date: a row group's least or greatest string, where the writer kept it whole. They are read
 * before any row, so that a string column of dates in its first rows that holds a word however
 * late (an `unknown` in its 12,000th row) is typed a string from the start, as it was before
 * such columns were dates, rather than refused at the word. Without statistics, the rows
 * inference reads alone decide.
 */
function undatedStrings(metadata: FileMetaData): Map<string, string[]> {
  const undated = new Map<string, string[]>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const path = chunk.meta_data?.path_in_schema;
      const stats = chunk.meta_data?.statistics;
      if (path?.length !== 1 || !stats) continue;
      const least = stats.is_min_value_exact === false ? undefined : stats.min_value;
      const greatest = stats.is_max_value_exact === false ? undefined : stats.max_value;
      for (const value of [least, greatest, stats.min, stats.max]) {
        if (typeof value !== "string" || !Number.isNaN(parseDatetime(value))) continue;
        const words = undated.get(path[0]!) ?? [];
        if (!words.includes(value)) words.push(value);
        undated.set(path[0]!, words);
      }
    }
  }
  return undated;
}

/** How pandas names an index column it has no name for: `__index_level_0__`, and so on. */
const UNNAMED_INDEX = /^__index_level_\d+__$/;

/** What pandas' `to_parquet` says of a frame under the file's `pandas` key, as far as read. */
interface PandasMetadata {
  index_columns?: unknown;
  columns?: unknown;
}

/** A column as pandas' metadata describes it: its name in the file, and its pandas type. */
interface PandasColumn {
  field_name?: unknown;
  pandas_type?: unknown;
}

/**
 * The column, if any, that holds nothing but a pandas frame's row labels: an unnamed index of
 * integers alone, such as a filtered frame's (0, 2, 5), which pandas stores as a column that
 * its `read_parquet` makes the index again. The file's `pandas` metadata lists it in
 * `index_columns` and gives its `pandas_type` in `columns`. Any other unnamed index holds the
 * user's values and is a column: a time series' timestamps, string labels, and each level of a
 * MultiIndex (`concat` with keys puts them there, years beside row numbers). A RangeIndex is
 * listed as an object and stored as no column; a named index is stored under its name.
 * Metadata that does not parse names none.
 */
function pandasRowLabels(metadata: FileMetaData): string | undefined {
  const text = metadata.key_value_metadata?.find(({ key }) => key === "pandas")?.value;
  let pandas: PandasMetadata | null;
  try {
    pandas = JSON.parse(text ?? "null") as PandasMetadata | null;
  } catch {
    return undefined;
  }
  const index = pandas?.index_columns;
  if (!Array.isArray(index) || index.length !== 1) return undefined;
  const name: unknown = index[0];
  if (typeof name !== "string" || !UNNAMED_INDEX.test(name)) return undefined;
  const described: (PandasColumn | null)[] = Array.isArray(pandas?.columns) ? pandas.columns : [];
  const entry = described.find((column) => column?.field_name === name);
  return entry?.pandas_type === "int64" || entry?.pandas_type === "uint64" ? name : undefined;
}

/**
 * How many rows of a row group are handed on at a time: a slice of every column, whatever the row
 * group's size (pandas and pyarrow write row groups of a million rows), so that memory holds the
 * slice and one page per column rather than a whole row group. Twice validate-data's batch: a
 * larger slice outlives V8's young generation and measured more memory, no faster.
 */
const SLICE_ROWS = 16_384;

/** A Parquet file open for reading: its row groups and columns, and how to let it go. */
interface ParquetFile {
  readonly file: string;
  readonly source: ParquetSource;
  /** The row groups that hold rows, in order. */
  readonly groups: GroupRange[];
  readonly names: string[];
  /**
   * The column types the file's schema gives, a 64-bit integer column that its statistics show
   * past 2^53 made a string (see `longIntegerColumns`); none for a column of the null type.
   */
  readonly known: (ColumnType | undefined)[];
  /** Each string column's values in the footer's statistics that are no date (`undatedStrings`). */
  readonly undated: readonly (readonly string[])[];
  /**
   * How many bytes have been read from the file so far, up to its size. hyparquet first reads
   * the end of the file, footer and all, then again the part of it that holds row groups, so
   * the count may run ahead of the reading by that much.
   */
  readonly bytesRead: number;
  close(): Promise<void>;
}

/** A slice of a row group's rows, column by column, waiting for the typing to be known. */
interface RowSlice {
  readonly rowStart: number;
  readonly data: unknown[][];
}

/**
 * The file as hyparquet reads it: byte ranges, each read by position on one descriptor, and
 * the bytes read so far. A range from a corrupt footer may reach past the end of the file; only
 * the part inside it is read, so that no range allocates more than the file holds.
 */
function fileRanges(
  fd: number,
  size: number,
): AsyncBuffer & { readonly bytesRead: number; passOver(bytes: number): void } {
  let total = 0;
  return {
    byteLength: size,
    get bytesRead() {
      return total;
    },
    passOver(bytes) {
      total += bytes;
    },
    async slice(start, end = size) {
      const from = Math.max(0, Math.min(start, size));
      const bytes = new Uint8Array(Math.max(0, Math.min(end, size) - from));
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await read(fd, bytes, done, bytes.length - done, from + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      total += done;
      return done === bytes.length ? bytes.buffer : bytes.buffer.slice(0, done);
    },
  };
}

/**
 * The problem of an error hyparquet or a decompressor threw on bytes it could not decode, in its
 * own words (`parquet unsupported encoding: ...`). An error of JavaScript itself, as decoding
 * corrupt bytes runs into (`Cannot read properties of undefined`, `Offset is outside the bounds
 * of the DataView`), says nothing the user can act on: `otherwise` is said instead.
 */
const decodeFailure = (error: unknown, otherwise: string) =>
  error instanceof Error && Object.getPrototypeOf(error) === Error.prototype
    ? error.message
    : otherwise;

/**
 * What is wrong with the end of a Parquet file of `size` bytes, by its last 8 bytes: a footer
 * length, then the magic `PAR1`; none where they can be a Parquet file's. A footer length of 0
 * would otherwise reach the user as the TypeError that decoding no footer throws.
 */
async function footerProblem(fd: number, size: number): Promise<string | undefined> {
  const tail = Buffer.alloc(8);
  await read(fd, tail, 0, 8, size - 8);
  if (tail.toString("latin1", 4) !== "PAR1") {
    return "it does not end with PAR1, as a Parquet file does";
  }
  const length = tail.readUInt32LE(0);
  if (length === 0) {
    return "its footer, which describes its columns and row groups, is empty: its last 8 bytes give it a length of 0";
  }
  if (length > size - MIN_PARQUET_BYTES) {
    return `its last 8 bytes give its footer a length of ${groupDigits(length)} bytes, more than the file holds`;
  }
  return undefined;
}

/**
 * The names the read gives a file's columns, which have names of their own each: theirs, but
 * an empty one, which is named as an empty CSV header field is (`Unnamed: ` and its 0-based
 * position), so that the two formats read alike and a contract or `ignore-columns` can name
 * it. Where another column is named so already, the two are refused as columns of one name.
 */
function columnNames(file: string, written: readonly string[]): string[] {
  const names = written.map((name, c) => (name === "" ? unnamedColumn(c) : name));
  names.forEach((name, c) => {
    if (written[c] === "" && written.includes(name)) {
      throw new DataError(
        file,
        `two columns are named '${name}': the column with an empty name is read as '${name}', as an empty CSV header field is named, and another column is named so too`,
        "Give each column a name of its own",
        1,
        undefined,
        name,
      );
    }
  });
  return names;
}

/**
 * Opens a Parquet file and reads its footer: the row ranges, column names and types. Anything
 * the decoder throws on a corrupt or truncated file becomes a `DataError` naming the file.
 */
async function openParquet(file: string): Promise<ParquetFile> {
  if (/\.gz$/i.test(file)) {
    throw new DataError(
      file,
      "is gzip-compressed Parquet, which the reader cannot read: Parquet is read by ranges, and gzip only from the start",
      "Decompress it (gunzip): Parquet compresses its own pages (snappy, gzip, zstd), so the .gz saves little",
    );
  }
  const { parquetMetadataAsync, parquetSchema } = await import("hyparquet");
  const { DEFAULT_PARSERS } = await import("hyparquet/src/convert.js");
  const { compressors, decompressZstd } = await import("hyparquet-compressors");
  const { fd, size } = await openForReading(file, refuseDataFile(file));
  const release = () => close(fd);
  try {
    if (size < MIN_PARQUET_BYTES) {
      throw new DataError(
        file,
        size === 0
          ? "is empty, not a Parquet file"
          : `is not a readable Parquet file (only ${size} bytes long)`,
        "Check that the file was written whole",
      );
    }
    const unreadable = (problem: string) =>
      new DataError(
        file,
        `is not a readable Parquet file (${problem})`,
        "Check that the file is Parquet and was written whole",
      );
    const tail = await footerProblem(fd, size);
    if (tail !== undefined) throw unreadable(tail);
    const ranges = fileRanges(fd, size);
    let source: ParquetSource;
    let written: string[];
    let known: (ColumnType | undefined)[];
    let undated: string[][];
    try {
      // The footer's statistics are read with hyparquet's own parsers: a string's least value
      // that is not UTF-8 is refused at its row, not as a footer that does not decode.
      const metadata = await parquetMetadataAsync(ranges);
      const schema = parquetSchema(metadata);
      const labels = pandasRowLabels(metadata);
      const columns = schema.children.filter((child) => child.element.name !== labels);
      written = columns.map((child) => child.element.name);
      source = {
        file,
        bytes: ranges,
        metadata,
        schema,
        columns,
        names: written,
        compressors: boundedCompressors(compressors, decompressZstd),
        parsers: strictTextParsers(DEFAULT_PARSERS),
        marking: markingTextParsers(DEFAULT_PARSERS),
        binary: binaryParsers(DEFAULT_PARSERS),
        passOver: ranges.passOver,
      };
      const long = longIntegerColumns(metadata);
      known = columns.map((child) => {
        const type = parquetType(child.element);
        return type === "integer" && long.has(child.element.name) ? "text" : type;
      });
      const words = undatedStrings(metadata);
      undated = written.map((name, c) => (known[c] === "categorical" && words.get(name)) || []);
    } catch (error) {
      throw unreadable(decodeFailure(error, "its footer does not decode as Parquet metadata"));
    }
    // Before any page is read: the pages are found by the names the file gives its columns.
    refuseRepeatedNames(file, written, 1);
    const names = columnNames(file, written);
    source = { ...source, names };
    if (names.length > MAX_COLUMNS) {
      throw tooManyColumns(file, `its schema has ${groupDigits(names.length)} columns`);
    }
    return {
      file,
      source,
      groups: groupRanges(file, source.metadata),
      names,
      known,
      undated,
      get bytesRead() {
        return Math.min(ranges.bytesRead, size);
      },
      close: release,
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * The row groups, where each starts and ends in the file's rows. A group of no rows is read
 * too, to find that its columns hold none (`readRowGroup`); a count below 0, or past what a
 * number holds exactly, is refused at the group's first row, as a corrupt group is.
 */
function groupRanges(file: string, metadata: FileMetaData): GroupRange[] {
  let rowStart = 0;
  return metadata.row_groups.map((group, index) => {
    const rows = Number(group.num_rows);
    if (!Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(rowStart + rows)) {
      const claim = `the footer gives it ${String(group.num_rows)} rows`;
      throw corruptRowGroup(file, rowStart, claim);
    }
    const range = { index, rowStart, rowEnd: rowStart + rows };
    rowStart = range.rowEnd;
    return range;
  });
}

/**
 * The rows of one row group, decoded `SLICE_ROWS` at a time, but the columns named in `passed`,
 * whose rows are missing values; a `DataError` at the group's first row when they cannot be, as
 * when the group was decoded whole, or when its columns hold fewer rows or more than it claims
 * (more would be dropped unseen). A refusal that names its own row (a page that claims too
 * much, text that is not UTF-8) is passed on as it is.
 */
async function* readRowGroup(
  { file, source }: ParquetFile,
  group: GroupRange,
  passed: ReadonlySet<string>,
) {
  const failure = (error: unknown) =>
    error instanceof DataError
      ? error
      : corruptRowGroup(file, group.rowStart, decodeFailure(error, "its pages do not decode"));
  const columns = await rowGroupColumns(source, group, passed).catch((error: unknown) => {
    throw failure(error);
  });
  for (let rowStart = group.rowStart; rowStart < group.rowEnd; rowStart += SLICE_ROWS) {
    const rows = Math.min(SLICE_ROWS, group.rowEnd - rowStart);
    const data = (await Promise.all(columns.map((column) => column.take(rows))).catch(
      (error: unknown) => {
        throw failure(error);
      },
    )) as unknown[][];
    if (data.some((column) => column.length !== rows)) {
      throw corruptRowGroup(
        file,
        group.rowStart,
        "its columns do not hold as many rows as it claims",
      );
    }
    yield { rowStart, data } satisfies RowSlice;
  }
  const rest = await Promise.all(columns.map((column) => column.take(1))).catch(
    (error: unknown) => {
      throw failure(error);
    },
  );
  if (rest.some((column) => column.length > 0)) {
    const claimed = groupDigits(group.rowEnd - group.rowStart);
    throw corruptRowGroup(
      file,
      group.rowStart,
      `its columns hold more rows than the ${claimed} it claims`,
    );
  }
}

const corruptRowGroup = (file: string, rowStart: number, reason: string) =>
  new DataError(
    file,
    `the row group from this row on cannot be decoded (${reason})`,
    "Check that the file was written whole and is not corrupt",
    undefined,
    rowStart,
  );

/**
 * Types the columns from the row groups read so far: a string column becomes a date, categorical
 * or text by the rules of `inferType` (see `stringColumnType`), a 64-bit integer column that
 * holds a value past 2^53 in those row groups categorical or text (as CSV inference types such
 * ids); other columns keep the file's type unless the schema declares one. A column's sample,
 * its values as text but those missing, is made only for a column typed from it; a string
 * column's takes in the values of its footer's statistics that are no date (`undatedStrings`).
 */
function startTyping(
  { file, names, known, undated }: ParquetFile,
  context: ReadContext,
  pending: readonly RowSlice[],
): TableTyping {
  const inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
  const sample = (c: number, missing: ReadonlySet<string>) => {
    const values: string[] = [];
    const json: ColumnJson = { digits: false };
    for (const { data } of pending) {
      const column = data[c]!;
      for (let i = 0; i < column.length && values.length < inferRows; i++) {
        const value = column[i];
        if (value === null || value === undefined) continue;
        const text = valueText(value, json);
        if (!missing.has(text)) values.push(text);
      }
    }
    for (const word of undated[c]!) if (!missing.has(word)) values.push(word);
    return values;
  };
  const types = known.map((type, c) =>
    type === "integer" && pending.some(({ data }) => data[c]!.some(pastExact)) ? "text" : type,
  );
  const typing = TableTyping.create(file, names, sample, context.options, types);
  typing.beginFile(file);
  context.typing = typing;
  return typing;
}

/**
 * A 64-bit integer past 2^53 in a column typed integer by the rows read before it (the file's
 * statistics did not show it, or an earlier file of the dataset typed the column): a number
 * would hold it rounded, and a column's type cannot change in the middle of a read.
 */
const lateLongInteger = (
  file: string,
  builder: ColumnBuilder,
  value: bigint,
  row: number,
  fix: string | undefined,
) =>
  new DataError(
    file,
    `column '${builder.name}' (integer): ${value} is beyond ${EXACT_INTEGERS}, which a number holds only rounded, and the column was typed integer from the rows read before it`,
    fix ??
      "Declare the field as string in the contract, so that its ids are read as the digits written",
    undefined,
    row,
    builder.name,
  );

/** Appends the rows of a slice, yielding each batch as it fills. */
function* appendRows(parquet: ParquetFile, typing: TableTyping, { rowStart, data }: RowSlice) {
  const rows = data[0]?.length ?? 0;
  for (let row = 0; row < rows; row++) {
    const r = typing.nextRow();
    typing.builders.forEach((builder, c) => {
      const value = data[c]![row];
      let problem: string | undefined;
      if (typeof value === "string" && typing.isMissingText(c, value)) builder.appendMissing(r);
      else problem = builder.appendValue(value, r);
      // A declared integer refuses a value past 2^53 (a problem); an inferred one took it rounded.
      // A caller that keeps invalid cells (validate-data's type check) is told of it as one.
      if (problem === undefined && builder.type === "integer" && pastExact(value)) {
        if (typing.acceptInvalid(c, r, rowStart + row, value)) return;
        throw lateLongInteger(parquet.file, builder, value, rowStart + row, typing.invalidCellFix);
      }
      if (problem === undefined || typing.acceptInvalid(c, r, rowStart + row, value)) {
        return;
      }
      throw new DataError(
        parquet.file,
        `column '${builder.name}' (${builder.type}): ${problem}`,
        typing.invalidCellFix ?? "Fix the value, or declare the column's type in the schema",
        undefined,
        rowStart + row,
        builder.name,
      );
    });
    typing.endRow(rowStart + row);
    if (r + 1 === typing.batchSize) yield* typing.take(parquet.bytesRead);
  }
}

/** Reads the rows of an open file in order, typing the columns once enough are read. */
async function* readRowGroups(parquet: ParquetFile, context: ReadContext): AsyncGenerator<Batch> {
  const { file } = parquet;
  const known = context.typing?.names;
  if (known && known.join("\u0000") !== parquet.names.join("\u0000")) {
    throw new DataError(
      file,
      `the columns (${parquet.names.join(", ")}) differ from the first file's (${known.join(", ")})`,
      "Give every file of the dataset the same columns in the same order",
    );
  }
  context.typing?.beginFile(file);
  const inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
  const passed = unusedColumns(parquet.names, context.options);
  // Slices read before the typing is known wait here, so that inference sees their rows.
  let pending: RowSlice[] = [];
  let pendingRows = 0;
  for (const group of parquet.groups) {
    for await (const slice of readRowGroup(parquet, group, passed)) {
      if (context.typing) {
        yield* appendRows(parquet, context.typing, slice);
        continue;
      }
      pending.push(slice);
      pendingRows += slice.data[0]?.length ?? 0;
      if (pendingRows < inferRows) continue;
      const typing = startTyping(parquet, context, pending);
      for (const part of pending) yield* appendRows(parquet, typing, part);
      pending = [];
    }
  }
  const typing = context.typing ?? startTyping(parquet, context, pending);
  for (const part of pending) yield* appendRows(parquet, typing, part);
  typing.flush();
  yield* typing.take(parquet.bytesRead);
}

/**
 * Reads one Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through
 * hyparquet-compressors), a slice of rows at a time, decoded page by page: memory holds the slice
 * and one page of each column, not a row group or the file, a list column's included. A column
 * the read does not use (`ReadOptions.usedColumns`) is not decoded at all, its cells handed out
 * missing. The row labels pandas stores for a frame's unnamed integer index are left out (see
 * `pandasRowLabels`). Types come from the file's own schema, but for the null type, and for
 * strings, which are dates where the rows inference reads and the footer's statistics all write
 * ISO 8601 dates (as the same text in a CSV file is typed); a declared field overrides them. A
 * 64-bit integer
 * column that passes 2^53 (in the footer's statistics or the rows inference reads) is read as
 * strings of its exact digits, as CSV inference types it; a value past 2^53 that only comes
 * later is refused, never rounded. Errors name the row index, 0-based, and a corrupt file is a
 * `DataError` like any other bad data. hyparquet is loaded on the first Parquet read, so that
 * reading CSV or JSONL never pays for it.
 */
export async function* readParquetFile(file: string, context: ReadContext): AsyncGenerator<Batch> {
  const parquet = await openParquet(file);
  try {
    yield* readRowGroups(parquet, context);
  } finally {
    await parquet.close();
  }
}
