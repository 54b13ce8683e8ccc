import type { Batch } from "./batch.js";
import { DataError, unknownFormat } from "./data-error.js";
import { formatOf } from "./data-format.js";
import type { ReadContext } from "./read-context.js";
import type { DataFormat, ReadOptions } from "./read-options.js";
import { TableTyping } from "./table-typing.js";

/** Reads one file of a dataset into the read's typed columns. */
export type FileReader = (file: string, context: ReadContext) => AsyncGenerator<Batch>;

/** A reader's rows of one file, kept aside until the typing is known. */
export interface FileRows {
  /** Types the columns from the rows kept so far (when there are any), then appends them. */
  startTyping(): void;
}

/**
 * The batches of a file's rows not yet yielded: at its end, or before the error that stops the
 * read, so that a caller checking rows as they come (validate-data) covers every row before
 * the one that stopped it, even in the first batch.
 */
export function* rowsLeft(
  rows: FileRows,
  context: ReadContext,
  bytesRead: number,
): Generator<Batch> {
  rows.startTyping();
  context.typing?.flush();
  if (context.typing) yield* context.typing.take(bytesRead);
}

/**
 * `rowsLeft` before `error`, which the reader throws next. Where typing those rows fails in turn
 * (a schema naming a column the file lacks, a kept cell that fails its declared type), nothing
 * is yielded and `error` is thrown: it is the one the read stopped at, not the typing's.
 */
export function* rowsBefore(
  error: DataError,
  rows: FileRows,
  context: ReadContext,
  bytesRead: number,
): Generator<Batch> {
  try {
    yield* rowsLeft(rows, context, bytesRead);
  } catch {
    throw error;
  }
}

/**
 * The columns of a dataset whose files have neither rows nor a header (a 0-byte CSV file, JSON
 * Lines without an object: a day without events): the schema's fields, typed as declared, when
 * it has some. Without, JSON Lines is a dataset of no rows and no columns (undefined), while an
 * empty CSV file is refused, as pandas refuses it: a CSV export writes its header even when it
 * has no rows.
 */
function typingWithoutRows(
  files: readonly string[],
  options: ReadOptions,
): TableTyping | undefined {
  const names = (options.schema?.fields ?? []).map((field) => field.name);
  const last = files.at(-1);
  if (last === undefined) return undefined;
  if (names.length > 0) {
    const typing = TableTyping.create(last, names, () => [], options);
    typing.beginFile(last);
    return typing;
  }
  const csv = files.find((file) => (options.format ?? formatOf(file)) === "csv");
  if (csv === undefined) return undefined;
  throw new DataError(
    csv,
    "the file is empty: no header names its columns",
    "Write the header row, which makes a file of no rows, or read the file with a data contract that declares its columns",
    1,
  );
}

/**
 * Reads listed files in turn into the same columns, each with the reader of its format (the
 * readers are passed in, so that a reader's thread loads only those it needs). A dataset without
 * rows yields one empty batch that names its columns. The context is the caller's, who may
 * give batches back to its typing.
 */
export async function* readFiles(
  files: readonly string[],
  context: ReadContext,
  readers: Partial<Record<DataFormat, FileReader>>,
): AsyncGenerator<Batch> {
  const { options } = context;
  for (const file of files) {
    const format = options.format ?? formatOf(file);
    const reader = format === undefined ? undefined : readers[format];
    if (reader === undefined) {
      throw unknownFormat(file);
    }
    yield* reader(file, context);
  }
  context.typing ??= typingWithoutRows(files, context.options);
  if (context.typing && context.typing.rowCount === 0) yield context.typing.emptyBatch();
  context.typing?.releaseSpares();
}
