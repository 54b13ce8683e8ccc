import type { Batch } from "./batch.js";
import { checkUtf8, checkUtf8Read } from "./check-utf8.js";
import type { ColumnBuilder } from "./column-builder.js";
import { CsvSample, decodeField } from "./csv-sample.js";
import { appendPlainRow, plainRowsAllowed } from "./csv-plain-row.js";
import { CsvTokenizer, type CsvRowSink } from "./csv-tokenizer.js";
import { DataError } from "./data-error.js";
import { openDataFileFor } from "./open-data-file.js";
import { isPadding } from "./parse-cell.js";
import { ReadBuffer } from "./read-buffer.js";
import type { ReadContext } from "./read-context.js";
import { rowsBefore, rowsLeft, type FileRows } from "./read-files.js";
import {
  DEFAULT_INFER_BYTES,
  DEFAULT_INFER_ROWS,
  DEFAULT_MAX_LINE_BYTES,
  MAX_COLUMNS,
} from "./read-options.js";
import { TableTyping } from "./table-typing.js";

// Read ahead of the parser, a larger read is no faster; each buffer is memory written once more.
const CHUNK_BYTES = 1 << 20;

/**
 * How to fix a row with another count of fields than the header. A header of one field that
 * holds another delimiter (`id;amount;share`) is that of a file delimited by it, whose rows
 * split at their commas (`1;1,5`): the delimiter is what to give.
 */
function raggedRowFix(names: readonly string[], given: string | undefined): string {
  const [only] = names;
  const other =
    names.length === 1 ? [";", "\t", "|"].find((d) => d !== given && only!.includes(d)) : undefined;
  return other === undefined
    ? "Give every row as many fields as the header, quoting fields that contain the delimiter"
    : `The header reads as one field: if the file is delimited by ${JSON.stringify(other)}, give that delimiter (--delimiter ${other === "\t" ? "tab" : `'${other}'`}, or the delimiter input)`;
}

/**
 * The name of a column whose header field is empty, as pandas names it (`Unnamed: 0` for the
 * index that `DataFrame.to_csv` and R's `write.csv` write first, `Unnamed: 3` for a spreadsheet's
 * empty column), so that it can be named in a selection or a contract like any other.
 */
export const unnamedColumn = (index: number): string => `Unnamed: ${index}`;

/** Turns tokenized rows into typed columns; keeps the first rows aside until typing is known. */
class CsvRows implements CsvRowSink, FileRows {
  names: string[] | undefined;
  private sample: CsvSample | undefined;

  constructor(
    private readonly file: string,
    private readonly context: ReadContext,
    /** The file's size, when it is read as stored: with the rows kept, the rows to expect. */
    private readonly fileBytes: number | undefined,
    private readonly delimiter: number,
  ) {
    this.plain = plainRowsAllowed(delimiter);
  }

  /** Whether the delimiter lets rows take the fused path (`appendPlainRow`). */
  private readonly plain: boolean;

  plainRow(buf: Buffer, pos: number, end: number, line: number): number {
    const typing = this.context.typing;
    if (!this.plain || typing === undefined || this.names === undefined) return -1;
    return appendPlainRow(typing, buf, pos, end, this.delimiter, line);
  }

  row(
    buf: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    line: number,
  ): void {
    // A line of spaces or tabs alone is blank before the header and in a table of columns, as
    // pandas has it; in a file of one column it is a value.
    const blank = count === 1 && flags[0] === 0 && isSpacesOnly(buf, starts[0]!, ends[0]!);
    if (this.names === undefined) {
      if (blank) return;
      const known = this.context.typing?.names;
      if (this.context.options.header ?? true) {
        const names: string[] = [];
        for (let i = 0; i < count; i++)
          names.push(decodeField(buf, starts[i]!, ends[i]!, flags[i]!) || unnamedColumn(i));
        if (known && known.join("\u0000") !== names.join("\u0000")) {
          throw new DataError(
            this.file,
            `the header (${names.join(", ")}) differs from the first file's (${known.join(", ")})`,
            "Give every file of the dataset the same columns in the same order",
            line,
          );
        }
        this.names = names;
        this.headerLine = line;
        return;
      }
      this.names = known ? [...known] : Array.from({ length: count }, (_, i) => `column${i + 1}`);
    }
    if (count !== this.names.length) {
      if (blank) return;
      throw new DataError(
        this.file,
        `this row has ${count} field${count === 1 ? "" : "s"}, the header has ${this.names.length}`,
        raggedRowFix(this.names, this.context.options.delimiter),
        line,
      );
    }
    const typing = this.context.typing;
    if (typing === undefined) {
      this.sample ??= new CsvSample(this.file, count);
      this.sample.add(buf, starts, ends, flags, line);
      const { inferRows = DEFAULT_INFER_ROWS, inferBytes = DEFAULT_INFER_BYTES } =
        this.context.options;
      if (this.sample.rows >= inferRows || this.sample.spanBytes >= inferBytes) this.startTyping();
      return;
    }
    this.append(typing, buf, starts, ends, flags, line);
  }

  /** Appends a row of as many fields as the header to the typed columns. */
  private append(
    typing: TableTyping,
    buf: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    line: number,
  ): void {
    const r = typing.nextRow();
    const builders = typing.builders;
    for (let i = 0; i < builders.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const builder = builders[i]!;
      let problem: string | undefined;
      if (flags[i] === 2) {
        const text = decodeField(buf, start, end, 2);
        if (typing.isMissingText(i, text)) builder.appendMissing(r);
        else problem = builder.appendText(text, r);
      } else if (typing.isMissingBytes(i, buf, start, end)) builder.appendMissing(r);
      else problem = builder.appendBytes(buf, start, end, r);
      if (problem !== undefined) {
        const text = decodeField(buf, start, end, flags[i]!);
        if (!typing.acceptInvalid(i, r, line, text)) this.fail(typing, builder, problem, line);
      }
    }
    // The row's bytes from its first field's start to its last's end: its line, near enough.
    typing.endRow(line, ends[builders.length - 1]! - starts[0]!);
  }

  /** The line of the header row, or undefined without one. */
  headerLine: number | undefined;

  /** Types the columns from the rows kept so far, then feeds those rows through. */
  startTyping(): void {
    if (this.context.typing !== undefined || this.names === undefined) return;
    const names = this.names;
    const sample = this.sample;
    const typing = TableTyping.create(
      this.file,
      names,
      (i, missing) => sample?.values(i, missing) ?? [],
      this.context.options,
      [],
      this.headerLine,
    );
    typing.beginFile(this.file);
    typing.typedRows = sample?.rows ?? 0;
    if (sample !== undefined && sample.rows > 0 && this.fileBytes !== undefined) {
      const rowBytes = sample.spanBytes / sample.rows;
      typing.expectRows(Math.ceil(this.fileBytes / rowBytes), rowBytes);
    }
    this.context.typing = typing;
    sample?.replay((buf, starts, ends, flags, line) =>
      this.append(typing, buf, starts, ends, flags, line),
    );
    this.sample = undefined;
  }

  private fail(typing: TableTyping, column: ColumnBuilder, problem: string, line: number): never {
    throw new DataError(
      this.file,
      `column '${column.name}' (${column.type}): ${problem}`,
      typing.invalidCellFix ??
        "Fix the value, add it to the missing values, or declare the column's type in the schema",
      line,
      undefined,
      column.name,
    );
  }
}

/** Whether `buf[start, end)` is spaces and tabs alone, at least one. */
function isSpacesOnly(buf: Buffer, start: number, end: number): boolean {
  if (start === end) return false;
  for (let i = start; i < end; i++) if (!isPadding(buf[i]!)) return false;
  return true;
}

/**
 * Reads one CSV file (RFC 4180, gzip-compressed when named `.gz`) in 1 MiB reads through a
 * `ReadBuffer`, so that reading a plain file makes no garbage and memory holds two buffers
 * (and, while a row longer than the head room is read, one of about twice that row, up to
 * `maxLineBytes`) and the batch being filled, whatever the file's length.
 */
export async function* readCsvFile(file: string, context: ReadContext): AsyncGenerator<Batch> {
  const delimiterText = context.options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file) ? "\t" : ",");
  const delimiterBytes = Buffer.from(delimiterText, "utf8");
  if (delimiterBytes.length !== 1 || delimiterBytes[0] === 0x22 || delimiterBytes[0] === 0x0a) {
    throw new DataError(file, `the delimiter ${JSON.stringify(delimiterText)} is not one byte`);
  }
  const tokenizer = new CsvTokenizer(
    file,
    delimiterBytes[0]!,
    context.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    MAX_COLUMNS,
  );
  // A bad byte's line, counted as the tokenizer counts lines: a lone CR inside a quoted field is
  // no line end in most files.
  const lineEnds = (buf: Buffer, end: number) => tokenizer.lineEnds(buf, end);
  context.typing?.beginFile(file);
  const source = await openDataFileFor(file, context.options);
  const rows = new CsvRows(file, context, source.size, delimiterBytes[0]!);
  const input = new ReadBuffer(source, CHUNK_BYTES);
  try {
    while (await input.fill()) {
      const { buf, start, end } = input;
      checkUtf8Read(file, buf.subarray(start, end), tokenizer.line, lineEnds);
      input.start = start + tokenizer.scan(buf.subarray(start, end), false, rows);
      if (context.typing) yield* context.typing.take(source.bytesRead);
    }
    const rest = input.rest();
    if (rest.length > 0) {
      checkUtf8(file, rest, tokenizer.line, lineEnds);
      tokenizer.scan(rest, true, rows);
    }
  } catch (error) {
    if (error instanceof DataError) yield* rowsBefore(error, rows, context, source.bytesRead);
    throw error;
  } finally {
    await input.close();
  }
  yield* rowsLeft(rows, context, source.bytesRead);
}
