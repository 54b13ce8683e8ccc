import type { Batch } from "./batch.js";
import { checkUtf8, checkUtf8Read } from "./check-utf8.js";
import type { ColumnBuilder } from "./column-builder.js";
import { CsvTokenizer, type CsvRowSink } from "./csv-tokenizer.js";
import { DataError } from "./data-error.js";
import { openDataFile } from "./open-data-file.js";
import { ReadBuffer } from "./read-buffer.js";
import type { ReadContext } from "./read-context.js";
import { DEFAULT_INFER_ROWS, DEFAULT_MAX_LINE_BYTES } from "./read-options.js";
import { TableTyping } from "./table-typing.js";

const CHUNK_BYTES = 1 << 22;

function decodeField(buf: Buffer, start: number, end: number, flag: number): string {
  const text = buf.toString("utf8", start, end);
  return flag === 2 ? text.replaceAll('""', '"') : text;
}

/** Turns tokenized rows into typed columns; keeps the first rows as text until typing is known. */
class CsvRows implements CsvRowSink {
  names: string[] | undefined;
  private sample: { cells: string[]; line: number }[] = [];

  constructor(
    private readonly file: string,
    private readonly context: ReadContext,
  ) {}

  row(
    buf: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    line: number,
  ): void {
    if (this.names === undefined) {
      const known = this.context.typing?.names;
      if (this.context.options.header ?? true) {
        const names: string[] = [];
        for (let i = 0; i < count; i++)
          names.push(decodeField(buf, starts[i]!, ends[i]!, flags[i]!));
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
      throw new DataError(
        this.file,
        `this row has ${count} field${count === 1 ? "" : "s"}, the header has ${this.names.length}`,
        "Give every row as many fields as the header, quoting fields that contain the delimiter",
        line,
      );
    }
    const typing = this.context.typing;
    if (typing === undefined) {
      const cells: string[] = [];
      for (let i = 0; i < count; i++) cells.push(decodeField(buf, starts[i]!, ends[i]!, flags[i]!));
      this.sample.push({ cells, line });
      if (this.sample.length >= (this.context.options.inferRows ?? DEFAULT_INFER_ROWS)) {
        this.startTyping();
      }
      return;
    }
    const r = typing.nextRow();
    const builders = typing.builders;
    for (let i = 0; i < count; i++) {
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
        if (!typing.acceptInvalid(i, r, line, text)) this.fail(builder, problem, line);
      }
    }
    typing.endRow(line);
  }

  /** The line of the header row, or undefined without one. */
  headerLine: number | undefined;

  /** Types the columns from the rows kept so far, then feeds those rows through. */
  startTyping(): void {
    if (this.context.typing !== undefined || this.names === undefined) return;
    const names = this.names;
    const values = names.map((_, i) => {
      const missing = new Set(this.missingFor(names[i]!));
      const column: string[] = [];
      for (const row of this.sample) {
        const cell = row.cells[i]!;
        if (!missing.has(cell)) column.push(cell);
      }
      return column;
    });
    const typing = TableTyping.create(
      this.file,
      names,
      values,
      this.context.options,
      [],
      this.headerLine,
    );
    typing.beginFile(this.file);
    this.context.typing = typing;
    for (const { cells, line } of this.sample) {
      const r = typing.nextRow();
      cells.forEach((text, i) => {
        const builder = typing.builders[i]!;
        if (typing.isMissingText(i, text)) builder.appendMissing(r);
        else {
          const problem = builder.appendText(text, r);
          if (problem !== undefined && !typing.acceptInvalid(i, r, line, text)) {
            this.fail(builder, problem, line);
          }
        }
      });
      typing.endRow(line);
    }
    this.sample = [];
  }

  private missingFor(name: string): string[] {
    const schema = this.context.options.schema;
    const field = schema?.fields.find((f) => f.name === name);
    return (
      field?.missingValues ?? this.context.options.missingValues ?? schema?.missingValues ?? [""]
    );
  }

  private fail(column: ColumnBuilder, problem: string, line: number): never {
    throw new DataError(
      this.file,
      `column '${column.name}' (${column.type}): ${problem}`,
      "Fix the value, add it to the missing values, or declare the column's type in the schema",
      line,
      undefined,
      column.name,
    );
  }
}

/**
 * Reads one CSV file (RFC 4180, gzip-compressed when named `.gz`) in 4 MiB reads through a
 * `ReadBuffer`, so that reading a plain file makes no garbage and memory holds one buffer
 * (grown only for a row longer than it, up to `maxLineBytes`) and the batch being filled,
 * whatever the file's length.
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
  );
  const rows = new CsvRows(file, context);
  context.typing?.beginFile(file);
  const source = await openDataFile(file);
  try {
    const input = new ReadBuffer(source, CHUNK_BYTES);
    while (await input.fill()) {
      const { buf, start, end } = input;
      checkUtf8Read(file, buf.subarray(start, end), tokenizer.line);
      input.start = start + tokenizer.scan(buf.subarray(start, end), false, rows);
      if (context.typing) yield* context.typing.take(source.bytesRead);
    }
    const rest = input.rest();
    if (rest.length > 0) {
      checkUtf8(file, rest, tokenizer.line);
      tokenizer.scan(rest, true, rows);
    }
  } finally {
    await source.close();
  }
  if (rows.names === undefined) {
    throw new DataError(file, "the file is empty", "Write a header row naming the columns", 1);
  }
  rows.startTyping();
  context.typing?.flush();
  if (context.typing) yield* context.typing.take(source.bytesRead);
}
