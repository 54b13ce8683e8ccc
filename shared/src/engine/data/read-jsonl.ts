import type { Batch } from "./batch.js";
import { checkUtf8 } from "./check-utf8.js";
import { DataError, lineTooLong } from "./data-error.js";
import { openDataFile } from "./open-data-file.js";
import { ReadBuffer } from "./read-buffer.js";
import type { ReadContext } from "./read-context.js";
import { DEFAULT_INFER_ROWS, DEFAULT_MAX_LINE_BYTES } from "./read-options.js";
import { TableTyping } from "./table-typing.js";

const CHUNK_BYTES = 1 << 20;

/** A JSON value as the text type inference reads (a string is its own text). */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Object) return JSON.stringify(value);
  return String(value);
}

/**
 * Reads one JSON Lines file: one JSON object per line, blank lines skipped. Streams like the CSV
 * reader, gunzipping a `.gz` file and refusing a line longer than `maxLineBytes`. The columns are the keys of the rows that type inference looks at, in the order first
 * seen; a key that appears only later is ignored unless the schema declares it. `null` and an
 * absent key are missing; a string is typed by its text, as a CSV cell would be, so the
 * missing-value strings apply to it too.
 */
export async function* readJsonlFile(file: string, context: ReadContext): AsyncGenerator<Batch> {
  const inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
  const maxLineBytes = context.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let sample: { row: Record<string, unknown>; line: number }[] = [];
  let line = 1;
  context.typing?.beginFile(file);

  const startTyping = (): void => {
    if (context.typing) return;
    const names: string[] = [];
    const seen = new Set<string>();
    for (const field of context.options.schema?.fields ?? []) {
      seen.add(field.name);
      names.push(field.name);
    }
    for (const { row } of sample) {
      for (const key of Object.keys(row)) {
        if (!seen.has(key)) {
          seen.add(key);
          names.push(key);
        }
      }
    }
    const missing = names.map((name) => {
      const field = context.options.schema?.fields.find((f) => f.name === name);
      return new Set(
        field?.missingValues ??
          context.options.missingValues ??
          context.options.schema?.missingValues ?? [""],
      );
    });
    const values = names.map((name, i) => {
      const column: string[] = [];
      for (const { row } of sample) {
        const value = row[name];
        if (value === null || value === undefined) continue;
        const text = asText(value);
        if (!missing[i]!.has(text)) column.push(text);
      }
      return column;
    });
    const typing = TableTyping.create(file, names, values, context.options);
    typing.beginFile(file);
    context.typing = typing;
    for (const { row, line: rowLine } of sample) append(typing, row, rowLine);
    sample = [];
  };

  const append = (typing: TableTyping, row: Record<string, unknown>, rowLine: number): void => {
    const r = typing.nextRow();
    typing.builders.forEach((builder, i) => {
      const value = row[builder.name];
      let problem: string | undefined;
      if (value === null || value === undefined) builder.appendMissing(r);
      else if (typeof value === "string" && typing.isMissingText(i, value))
        builder.appendMissing(r);
      else problem = builder.appendValue(value, r);
      if (
        problem !== undefined &&
        !typing.acceptInvalid(
          i,
          r,
          rowLine,
          typeof value === "string" ? value : JSON.stringify(value),
        )
      ) {
        throw new DataError(
          file,
          `key '${builder.name}' (${builder.type}): ${problem}`,
          "Fix the value, or declare the column's type in the schema",
          rowLine,
          undefined,
          builder.name,
        );
      }
    });
    typing.endRow(rowLine);
  };

  const parseLine = (buf: Buffer, start: number, end: number): void => {
    let s = start;
    let e = end;
    if (e > s && buf[e - 1] === 0x0d) e--;
    while (s < e && (buf[s] === 0x20 || buf[s] === 0x09)) s++;
    if (s === e) return;
    let row: unknown;
    try {
      row = JSON.parse(buf.toString("utf8", s, e));
    } catch (error) {
      throw new DataError(
        file,
        `invalid JSON: ${(error as Error).message}`,
        "Write one complete JSON object per line",
        line,
      );
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      throw new DataError(file, "the line is not a JSON object", "Write one object per line", line);
    }
    if (context.typing) append(context.typing, row as Record<string, unknown>, line);
    else {
      sample.push({ row: row as Record<string, unknown>, line });
      if (sample.length >= inferRows) startTyping();
    }
  };

  const source = await openDataFile(file);
  const input = new ReadBuffer(source, CHUNK_BYTES);
  try {
    while (await input.fill()) {
      const { buf, end } = input;
      let start = input.start;
      const lastBreak = buf.lastIndexOf(0x0a, end - 1);
      if (lastBreak >= start) checkUtf8(file, buf.subarray(start, lastBreak + 1), line);
      while (start <= lastBreak) {
        const lineEnd = buf.indexOf(0x0a, start);
        if (lineEnd - start > maxLineBytes) throw lineTooLong(file, line, maxLineBytes);
        parseLine(buf, start, lineEnd);
        line++;
        start = lineEnd + 1;
      }
      input.start = start;
      if (end - start > maxLineBytes) throw lineTooLong(file, line, maxLineBytes);
      if (context.typing) yield* context.typing.take();
    }
  } finally {
    await source.close();
  }
  const rest = input.rest();
  if (rest.length > 0) {
    checkUtf8(file, rest, line);
    parseLine(rest, 0, rest.length);
  }
  if (!context.typing && sample.length === 0) {
    throw new DataError(file, "the file holds no JSON object", "Write one object per line", 1);
  }
  startTyping();
  context.typing?.flush();
  if (context.typing) yield* context.typing.take();
}
