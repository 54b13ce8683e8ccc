import type { SchemaElement } from "hyparquet";
import type { Batch } from "./batch.js";
import type { ColumnType } from "./column-type.js";
import { DataError } from "./data-error.js";
import type { ReadContext } from "./read-context.js";
import { DEFAULT_INFER_ROWS } from "./read-options.js";
import { TableTyping } from "./table-typing.js";

/** The column type a Parquet physical and logical type maps to. */
function parquetType(element: SchemaElement): ColumnType {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === "DATE" || logical === "TIMESTAMP" || converted === "DATE") return "datetime";
  if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS") return "datetime";
  if (logical === "DECIMAL" || converted === "DECIMAL") return "numeric";
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

function sampleText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Reads one Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through
 * hyparquet-compressors), one row group at a time: memory holds one row group's columns, not the
 * file. Types come from the file's own schema (a string column becomes categorical or text by the
 * rule of `inferType`); a declared field overrides it. Errors name the row index, 0-based.
 * hyparquet is loaded on the first Parquet read, so that reading CSV or JSONL never pays for it.
 */
export async function* readParquetFile(file: string, context: ReadContext): AsyncGenerator<Batch> {
  const { asyncBufferFromFile, parquetScan, parquetSchema } = await import("hyparquet");
  const { compressors } = await import("hyparquet-compressors");
  let scan: Awaited<ReturnType<typeof parquetScan>>;
  try {
    const buffer = await asyncBufferFromFile(file);
    scan = await parquetScan({ file: buffer, compressors, useOffsetIndex: false });
  } catch (error) {
    throw new DataError(file, `not a readable Parquet file: ${(error as Error).message}`);
  }
  const tree = parquetSchema(scan.metadata);
  const names = tree.children.map((child) => child.element.name);
  const known = tree.children.map((child) => parquetType(child.element));
  context.typing?.beginFile(file);
  const inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
  // Row groups read before the typing is known wait here, so that inference sees its rows.
  let pending: { rowStart: number; data: unknown[][] }[] = [];
  let pendingRows = 0;
  const startTyping = (): TableTyping => {
    const sample = names.map((_, c) => {
      const values: string[] = [];
      for (const { data } of pending) {
        const column = data[c]!;
        for (let i = 0; i < column.length && values.length < inferRows; i++) {
          const value = column[i];
          if (value !== null && value !== undefined) values.push(sampleText(value));
        }
      }
      return values;
    });
    const typing = TableTyping.create(file, names, sample, context.options, known);
    typing.beginFile(file);
    context.typing = typing;
    return typing;
  };
  const append = function* (typing: TableTyping, rowStart: number, data: unknown[][]) {
    const rows = data[0]?.length ?? 0;
    for (let row = 0; row < rows; row++) {
      const r = typing.nextRow();
      for (let c = 0; c < names.length; c++) {
        const builder = typing.builders[c]!;
        const value = data[c]![row];
        let problem: string | undefined;
        if (typeof value === "string" && typing.isMissingText(c, value)) builder.appendMissing(r);
        else problem = builder.appendValue(value, r);
        if (
          problem !== undefined &&
          !typing.acceptInvalid(c, r, rowStart + row, sampleText(value))
        ) {
          throw new DataError(
            file,
            `column '${builder.name}' (${builder.type}): ${problem}`,
            "Fix the value, or declare the column's type in the schema",
            undefined,
            rowStart + row,
            builder.name,
          );
        }
      }
      typing.endRow(rowStart + row);
      if (r + 1 === typing.batchSize) yield* typing.take();
    }
  };
  for (const range of scan.ranges) {
    const data = (await Promise.all(
      names.map((column) =>
        scan.readColumn({ column, rowStart: range.rowStart, rowEnd: range.rowEnd }),
      ),
    )) as unknown[][];
    const typing = context.typing;
    if (typing === undefined) {
      pending.push({ rowStart: range.rowStart, data });
      pendingRows += range.rowEnd - range.rowStart;
      if (pendingRows < inferRows) continue;
      const created = startTyping();
      for (const part of pending) yield* append(created, part.rowStart, part.data);
      pending = [];
      continue;
    }
    if (typing.names.join("\u0000") !== names.join("\u0000")) {
      throw new DataError(
        file,
        `the columns (${names.join(", ")}) differ from the first file's (${typing.names.join(", ")})`,
        "Give every file of the dataset the same columns in the same order",
      );
    }
    yield* append(typing, range.rowStart, data);
  }
  if (context.typing === undefined) {
    const created = startTyping();
    for (const part of pending) yield* append(created, part.rowStart, part.data);
  }
  context.typing!.flush();
  yield* context.typing!.take();
}
