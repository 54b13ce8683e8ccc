import { DataError } from "./data-error.js";
import { grown } from "./typed-arrays.js";

/** The most bytes the rows kept aside may take: their ranges are 32-bit offsets. */
const MAX_SAMPLE_BYTES = 2 ** 31 - 1;

/** A field's text: its UTF-8 bytes, with `""` made `"` when the tokenizer flagged it (2). */
export function decodeField(buf: Buffer, start: number, end: number, flag: number): string {
  const text = buf.toString("utf8", start, end);
  return flag === 2 ? text.replaceAll('""', '"') : text;
}

/**
 * The first rows of a CSV file, kept until the column types are known as their fields' bytes in
 * one buffer, with each field's range and quoting flag. As strings, 10,000 rows of 20 columns
 * are 200,000 objects that outlive the young generation and swell the heap for the rest of the
 * read; here a column's values become strings only while its type is inferred, and the rows go
 * to the typed columns through the same byte path as the rows after them.
 */
export class CsvSample {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private readonly lines: number[] = [];

  /** `columns`: the fields of every row (the reader refuses a row with another count). */
  constructor(
    private readonly file: string,
    private readonly columns: number,
  ) {}

  get rows(): number {
    return this.lines.length;
  }

  /** About how many bytes of the file the rows span: their fields, and a delimiter or line break after each. */
  get spanBytes(): number {
    return this.used + this.lines.length * this.columns;
  }

  /** Keeps a row as the tokenizer hands it (see `CsvRowSink.row`). */
  add(buf: Buffer, starts: Int32Array, ends: Int32Array, flags: Uint8Array, line: number): void {
    const first = this.lines.length * this.columns;
    const fields = first + this.columns;
    if (fields > this.starts.length) {
      this.starts = grown(this.starts, fields);
      this.ends = grown(this.ends, fields);
      this.flags = grown(this.flags, fields);
    }
    let size = 0;
    for (let i = 0; i < this.columns; i++) size += ends[i]! - starts[i]!;
    if (this.used + size > MAX_SAMPLE_BYTES) {
      throw new DataError(
        this.file,
        `the ${this.rows + 1} rows read to infer the column types pass 2 GiB`,
        "Infer the types from fewer rows (inferRows), or split the long rows' values",
        line,
      );
    }
    if (this.used + size > this.bytes.length) {
      const bytes = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + size));
      this.bytes.copy(bytes, 0, 0, this.used);
      this.bytes = bytes;
    }
    for (let i = 0; i < this.columns; i++) {
      this.starts[first + i] = this.used;
      this.used += buf.copy(this.bytes, this.used, starts[i]!, ends[i]!);
      this.ends[first + i] = this.used;
      this.flags[first + i] = flags[i]!;
    }
    this.lines.push(line);
  }

  /** Column `column`'s values as text, those in `missing` left out. */
  values(column: number, missing: ReadonlySet<string>): string[] {
    const values: string[] = [];
    for (let f = column; f < this.lines.length * this.columns; f += this.columns) {
      const text = decodeField(this.bytes, this.starts[f]!, this.ends[f]!, this.flags[f]!);
      if (!missing.has(text)) values.push(text);
    }
    return values;
  }

  /** Hands every row kept to `row`, in order, as the tokenizer handed it. */
  replay(
    row: (
      buf: Buffer,
      starts: Int32Array,
      ends: Int32Array,
      flags: Uint8Array,
      line: number,
    ) => void,
  ): void {
    const n = this.columns;
    // One row's ranges at a time, copied into arrays reused for every row.
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const flags = new Uint8Array(n);
    this.lines.forEach((line, r) => {
      for (let i = 0; i < n; i++) {
        starts[i] = this.starts[r * n + i]!;
        ends[i] = this.ends[r * n + i]!;
        flags[i] = this.flags[r * n + i]!;
      }
      row(this.bytes, starts, ends, flags, line);
    });
  }
}
