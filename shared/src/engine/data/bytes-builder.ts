import type { BytesColumn, Column } from "./batch.js";
import {
  appendPlainBytes,
  valueText,
  type ColumnBuilder,
  type ColumnJson,
} from "./column-builder.js";
import { resized, reusedOr } from "./typed-arrays.js";
import { maxTextBytes, writeTextBytes } from "./text-bytes.js";
import { releaseArrays } from "../release-array.js";

/** A batch's bytes are indexed by 32-bit offsets. */
const MAX_BATCH_BYTES = 2 ** 32 - 1;

/** Bytes a batch starts with per row of room, before it grows. */
const START_BYTES_PER_ROW = 8;

/**
 * Fills a column read as bytes (`ReadOptions.byteColumns`, `textAsBytes`): each cell's bytes
 * are copied after the previous cell's, so that a batch makes three arrays and no string. Cells
 * come in row order, one per row, as every reader appends them.
 */
export class BytesBuilder implements ColumnBuilder {
  readonly type = "text" as const;
  private bytes: Uint8Array = new Uint8Array(0);
  private starts: Uint32Array = new Uint32Array(1);
  private missing: Uint8Array = new Uint8Array(0);
  private end = 0;
  /** The arrays of batches given back (`TableTyping.recycle`), for later batches. */
  private readonly spareBytes: Uint8Array[] = [];
  private readonly spareStarts: Uint32Array[] = [];
  private readonly spareMissing: Uint8Array[] = [];
  private readonly json: ColumnJson = { digits: false };

  constructor(readonly name: string) {}

  start(capacity: number): void {
    // A refilled bytes array may have any length: it grows as the cells need.
    this.bytes = this.spareBytes.pop() ?? new Uint8Array(capacity * START_BYTES_PER_ROW);
    this.starts = reusedOr(this.spareStarts, capacity + 1, Uint32Array);
    this.missing = reusedOr(this.spareMissing, capacity, Uint8Array).fill(0);
    this.end = 0;
  }

  recycle(column: Column | BytesColumn): void {
    if (!("bytes" in column)) return;
    this.spareBytes.push(new Uint8Array(column.bytes.buffer));
    this.spareStarts.push(new Uint32Array(column.starts.buffer));
    this.spareMissing.push(new Uint8Array(column.missing.buffer));
  }

  releaseSpares(): void {
    releaseArrays(
      ...this.spareBytes.splice(0),
      ...this.spareStarts.splice(0),
      ...this.spareMissing.splice(0),
    );
  }

  grow(capacity: number): void {
    this.starts = resized(this.starts, capacity + 1);
    this.missing = resized(this.missing, capacity);
  }

  /**
   * Starts row `row`'s cell where the row before it ends, so that a row appended again
   * replaces its cell, with room for `more` bytes; a problem when a batch would pass 4 GiB.
   */
  private reserve(row: number, more: number): string | undefined {
    this.end = this.starts[row]!;
    const needed = this.end + more;
    if (needed > MAX_BATCH_BYTES) return "the column's cells in one batch exceed 4 GiB";
    if (needed > this.bytes.length) {
      const length = Math.max(needed, 2 * this.bytes.length);
      this.bytes = resized(this.bytes, Math.min(length, MAX_BATCH_BYTES));
    }
    return undefined;
  }

  appendBytes(buf: Buffer, start: number, end: number, row: number): string | undefined {
    const problem = this.reserve(row, end - start);
    if (problem !== undefined) return problem;
    const bytes = this.bytes;
    // A loop, not `set(subarray)`: cells are short, and a view per cell costs more.
    let to = this.end;
    for (let i = start; i < end; i++, to++) bytes[to] = buf[i]!;
    this.end = to;
    this.starts[row + 1] = to;
    return undefined;
  }

  appendPlain(buf: Buffer, start: number, end: number, row: number, delimiter: number): number {
    return appendPlainBytes(this, buf, start, end, row, delimiter);
  }

  appendText(text: string, row: number): string | undefined {
    const problem = this.reserve(row, maxTextBytes(text));
    if (problem !== undefined) return problem;
    this.end = writeTextBytes(text, this.bytes, this.end);
    this.starts[row + 1] = this.end;
    return undefined;
  }

  appendValue(value: unknown, row: number): string | undefined {
    if (value === null || value === undefined) {
      this.appendMissing(row);
      return undefined;
    }
    return this.appendText(valueText(value, this.json), row);
  }

  appendMissing(row: number): void {
    this.missing[row] = 1;
    this.end = this.starts[row]!;
    this.starts[row + 1] = this.end;
  }

  finish(length: number): BytesColumn {
    return {
      name: this.name,
      type: "text",
      bytes: this.bytes.subarray(0, this.end),
      starts: this.starts.subarray(0, length + 1),
      missing: this.missing.subarray(0, length),
    };
  }
}
