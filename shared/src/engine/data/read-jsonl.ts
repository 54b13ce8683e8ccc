import type { Batch } from "./batch.js";
import { MAX_NESTING, tooDeep } from "../files/nesting.js";
import { parsePythonJson, type Reviver } from "../files/python-json.js";
import { jsonSyntaxError } from "../files/read-structured.js";
import { checkUtf8 } from "./check-utf8.js";
import { valueText } from "./column-builder.js";
import { groupDigits } from "../report/group-digits.js";
import { DataError, lineTooLong, tooManyColumns } from "./data-error.js";
import { openDataFileFor } from "./open-data-file.js";
import { unnamedColumn } from "./read-csv.js";
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

const CHUNK_BYTES = 1 << 20;
const LF = 0x0a;

/**
 * The row's own value for a key. A key the row lacks is missing: plain indexing would find
 * `Object.prototype`'s `constructor`, `toString` or `__proto__` instead.
 */
const ownValue = (row: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(row, key) ? row[key] : undefined;

/**
 * An integer written with 16 digits or more, which may be past 2^53 and rounded by `JSON.parse`:
 * not the fraction or mantissa of a float (`0.30000000000000004`), whose lines would otherwise
 * all take the reviver, about five times slower.
 */
const LONG_DIGITS = /(?<![\d.])\d{16,}(?![\d.eE])/;

/**
 * Keeps an integer past 2^53 exactly, as a bigint (19-digit ids), where a number would hold it
 * rounded and two ids as one: typed by its digits as a CSV cell is, it is still a number, which
 * a date column reads as a count since 1970 and refuses in nanoseconds with the unit named, not
 * text that is no ISO 8601. Needs the source text a reviver is given from Node 21 on; before,
 * the number stays as `JSON.parse` rounds it.
 */
const keepLongIntegers: Reviver = (_key, value, context) => {
  const source = context?.source;
  return typeof value === "number" &&
    !Number.isSafeInteger(value) &&
    source !== undefined &&
    /^-?\d+$/.test(source)
    ? BigInt(source)
    : value;
};

/** A JSON value a missing value can spell: a string, a number (or long integer) or a boolean. */
const isScalar = (value: unknown): value is string | number | bigint | boolean =>
  typeof value === "string" ||
  typeof value === "number" ||
  typeof value === "bigint" ||
  typeof value === "boolean";

/**
 * The refusal of data whose empty key `""` is read as the column `name` (`Unnamed: ` and its
 * position), on `line`, where another key is named `name` too.
 */
const emptyKeyClash = (file: string, name: string, line: number): DataError =>
  new DataError(
    file,
    `two columns are named '${name}': the key "" is read as '${name}', as an empty CSV header field is named, and a key is named so too`,
    "Give each key a name of its own",
    line,
    undefined,
    name,
  );

/** A row as parsed, the line it stands on, how many keys it has and how many bytes its line. */
interface ParsedRow {
  readonly row: Record<string, unknown>;
  readonly line: number;
  readonly keys: number;
  readonly bytes: number;
}

/**
 * Turns the lines of one JSON Lines file into typed columns. Until the typing is known, the rows
 * are kept as parsed, so that inference sees them; then they, and every row after, are appended
 * to the batch in progress.
 */
class JsonlRows implements FileRows {
  /** The line at which the next line starts. */
  line = 1;
  private sample: ParsedRow[] = [];
  /** The bytes of the lines of the rows kept (`sample`). */
  private sampleBytes = 0;
  private readonly inferRows: number;
  private readonly inferBytes: number;
  private readonly maxLineBytes: number;

  constructor(
    private readonly file: string,
    private readonly context: ReadContext,
  ) {
    this.inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
    this.inferBytes = context.options.inferBytes ?? DEFAULT_INFER_BYTES;
    this.maxLineBytes = context.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  /**
   * Reads every complete line of the buffer's unconsumed bytes and consumes them; refuses the
   * partial line left when it is already longer than a line may be.
   */
  readLines(input: ReadBuffer): void {
    const { buf, end } = input;
    let start = input.start;
    const lastBreak = buf.lastIndexOf(LF, end - 1);
    if (lastBreak >= start) checkUtf8(this.file, buf.subarray(start, lastBreak + 1), this.line);
    while (start <= lastBreak) {
      const lineEnd = buf.indexOf(LF, start);
      this.readLine(buf, start, lineEnd);
      start = lineEnd + 1;
    }
    input.start = start;
    if (end - start > this.maxLineBytes) throw this.tooLong();
  }

  /** Reads the last line of the file, which has no line break after it. */
  readLastLine(input: ReadBuffer): void {
    const rest = input.rest();
    if (rest.length === 0) return;
    checkUtf8(this.file, rest, this.line);
    this.readLine(rest, 0, rest.length);
  }

  /** Parses the line `buf[start, end)` and adds its object to the rows; skips a blank line. */
  private readLine(buf: Buffer, start: number, end: number): void {
    if (end - start > this.maxLineBytes) throw this.tooLong();
    const parsed = this.parse(buf, start, end);
    if (parsed !== undefined) {
      const typing = this.context.typing;
      if (typing) this.append(typing, parsed);
      else {
        this.sample.push(parsed);
        this.sampleBytes += parsed.bytes;
        if (this.sample.length >= this.inferRows || this.sampleBytes >= this.inferBytes) {
          this.startTyping();
        }
      }
    }
    this.line++;
  }

  /** The object on the line, or undefined for a blank line. */
  private parse(buf: Buffer, start: number, end: number): ParsedRow | undefined {
    let s = start;
    let e = end;
    if (e > s && buf[e - 1] === 0x0d) e--;
    while (s < e && (buf[s] === 0x20 || buf[s] === 0x09)) s++;
    if (s === e) return undefined;
    let row: unknown;
    // From the line's start, spaces and all (JSON's own whitespace), so that a place counts them.
    const text = buf.toString("utf8", start, e);
    try {
      // The NaN and infinities Python's json.dumps writes bare are read as pandas reads them: NaN
      // as no value, whatever the column, an infinity as its word, which numbers read.
      row = parsePythonJson(text, {
        nanAsNull: true,
        ...(LONG_DIGITS.test(text) ? { reviver: keepLongIntegers } : {}),
      });
    } catch (error) {
      // Placed on the line, never quoting it: it may hold a value that must not reach a log (a
      // data contract's sensitive field), which the reader cannot tell.
      const { problem, fix } = jsonSyntaxError(text, (error as Error).message, "line");
      throw new DataError(
        this.file,
        `invalid JSON: ${problem}`,
        fix ?? "Write one complete JSON object per line",
        this.line,
      );
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      throw new DataError(
        this.file,
        "the line is not a JSON object",
        "Write one object per line",
        this.line,
      );
    }
    const keys = this.checkKeys(row as Record<string, unknown>);
    return { row: row as Record<string, unknown>, line: this.line, keys, bytes: end - start };
  }

  /**
   * Refuses an object of more than `MAX_COLUMNS` keys, and a value nested deeper than
   * `MAX_NESTING`: written back as text (JSON.stringify), it would exhaust the stack. Only values
   * that are objects are walked: most rows are flat. Returns how many keys the object has.
   */
  private checkKeys(row: Record<string, unknown>): number {
    let keys = 0;
    for (const key in row) {
      keys++;
      const value = row[key];
      if (value === null || typeof value !== "object" || tooDeep(value, 2) === undefined) continue;
      throw new DataError(
        this.file,
        `the value of key '${key}' nests objects and arrays deeper than ${MAX_NESTING} levels`,
        "Flatten the value, or store it as a JSON string",
        this.line,
        undefined,
        key,
      );
    }
    if (keys > MAX_COLUMNS) {
      throw tooManyColumns(
        this.file,
        `the object on this line has ${groupDigits(keys)} keys`,
        this.line,
      );
    }
    return keys;
  }

  /** Types the columns from the rows kept so far, if any, then appends those rows. */
  startTyping(): void {
    if (this.context.typing || this.sample.length === 0) return;
    const names = this.columnNames();
    for (const { row, line } of this.sample) this.renameEmptyKey(row, line);
    const typing = TableTyping.create(
      this.file,
      names,
      (i, missing) => this.sampleValues(names[i]!, missing),
      this.context.options,
    );
    typing.beginFile(this.file, true);
    typing.typedRows = this.sample.length;
    this.context.typing = typing;
    for (const parsed of this.sample) this.append(typing, parsed);
    this.sample = [];
  }

  /**
   * The schema's fields, then the keys of the kept rows in the order first seen; refused at the
   * row that takes them past `MAX_COLUMNS`, each row's keys being within it. The empty key is
   * named `Unnamed: ` and its 0-based position among the keys (`emptyKeyColumn`), as CSV names
   * an empty header field, whatever the schema declares: pandas' read_json keeps the name `""`,
   * which no contract field, nor ignore-columns, can give.
   */
  private columnNames(): string[] {
    const names = new Set<string>();
    for (const field of this.context.options.schema?.fields ?? []) names.add(field.name);
    const [whose, what] =
      names.size > 0 ? ["the schema's fields and the objects", "names"] : ["the objects", "keys"];
    const keys = new Set<string>();
    /** The columns of `keys`: their names, but the empty key's. */
    const columns = new Set<string>();
    for (const { row, line } of this.sample) {
      for (const key of Object.keys(row)) {
        if (keys.has(key)) continue;
        const name = key === "" ? unnamedColumn(keys.size) : key;
        if (columns.has(name)) throw emptyKeyClash(this.file, name, line);
        if (key === "") this.context.emptyKeyColumn = name;
        keys.add(key);
        columns.add(name);
        names.add(name);
      }
      if (names.size > MAX_COLUMNS) {
        const counted = `${whose} up to this line have ${groupDigits(names.size)} distinct ${what} between them`;
        throw tooManyColumns(this.file, counted, line);
      }
    }
    return [...names];
  }

  /**
   * Gives the row's empty key the name of its column (`emptyKeyColumn`), that the typing reads
   * rows by; refuses a row that has a key of that name too.
   */
  private renameEmptyKey(row: Record<string, unknown>, line: number): void {
    const name = this.context.emptyKeyColumn;
    if (name === undefined || !Object.hasOwn(row, "")) return;
    if (Object.hasOwn(row, name)) throw emptyKeyClash(this.file, name, line);
    row[name] = row[""];
    // The row is the reader's own, parsed from its line: nothing else holds it.
    delete row[""];
  }

  /** A column's values in the kept rows as text, those that are `missing` left out. */
  private sampleValues(name: string, missing: ReadonlySet<string>): string[] {
    const column: string[] = [];
    for (const { row } of this.sample) {
      const value = ownValue(row, name);
      if (value === null || value === undefined) continue;
      const text = valueText(value);
      if (!missing.has(text)) column.push(text);
    }
    return column;
  }

  /**
   * Appends a row to the batch in progress, cell by cell; a row with more keys than it has
   * columns has a key that appeared after the rows typing looked at, which is noted.
   */
  private append(typing: TableTyping, { row, line, keys, bytes }: ParsedRow): void {
    this.renameEmptyKey(row, line);
    const r = typing.nextRow();
    typing.noteKeys(row);
    let columns = 0;
    typing.builders.forEach((builder, i) => {
      const value = ownValue(row, builder.name);
      if (value !== undefined) columns++;
      let problem: string | undefined;
      if (value === null || value === undefined) builder.appendMissing(r);
      else if (isScalar(value) && typing.isMissingJson(i, value)) builder.appendMissing(r);
      else problem = builder.appendValue(value, r);
      if (problem === undefined || typing.acceptInvalid(i, r, line, value)) return;
      throw new DataError(
        this.file,
        `key '${builder.name}' (${builder.type}): ${problem}`,
        typing.invalidCellFix ?? "Fix the value, or declare the column's type in the schema",
        line,
        undefined,
        builder.name,
      );
    });
    if (columns < keys) typing.noteLateKeys(row, line);
    typing.endRow(line, bytes);
  }

  private tooLong(): DataError {
    return lineTooLong(this.file, this.line, this.maxLineBytes);
  }
}

/**
 * Reads one JSON Lines file: one JSON object per line, blank lines skipped. Streams like the CSV
 * reader, gunzipping a `.gz` file and refusing a line longer than `maxLineBytes`. The columns
 * are the keys of the rows that type inference looks at, in the order first seen; a key that
 * appears only later is not read unless the schema declares it, and is named in the batches
 * (`Batch.lateKeys`), so that a caller can tell of it. `null` and an absent key are
 * missing; a string is typed by its text, as a CSV cell would be, so the missing-value strings
 * apply to it too.
 */
export async function* readJsonlFile(file: string, context: ReadContext): AsyncGenerator<Batch> {
  const rows = new JsonlRows(file, context);
  context.typing?.beginFile(file, true);
  const source = await openDataFileFor(file, context.options);
  const input = new ReadBuffer(source, CHUNK_BYTES);
  try {
    while (await input.fill()) {
      rows.readLines(input);
      if (context.typing) yield* context.typing.take(source.bytesRead);
    }
    rows.readLastLine(input);
  } catch (error) {
    if (error instanceof DataError) yield* rowsBefore(error, rows, context, source.bytesRead);
    throw error;
  } finally {
    await input.close();
  }
  yield* rowsLeft(rows, context, source.bytesRead);
}
