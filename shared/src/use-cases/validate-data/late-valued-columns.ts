import {
  cellValue,
  columnOf,
  type Batch,
  type BytesColumn,
  type Column,
} from "../../engine/data/batch.js";
import type { ColumnType } from "../../engine/data/column-type.js";
import { inferType, type InferenceOptions } from "../../engine/data/infer-type.js";

/** The first row of `column`'s `length` that holds a value, or -1. */
function firstValueRow(column: Column | BytesColumn, length: number): number {
  for (let row = 0; row < length; row++) if (cellValue(column, row) !== null) return row;
  return -1;
}

/**
 * The columns typed as strings only because the rows that typing read held no value of theirs,
 * such as a lag feature that is empty for its first year of rows: a column with no value has
 * no type to read, and is text, which takes anything. Watching a read's batches, each such
 * column's first `bound` values are kept, from wherever they start, to type it from them.
 */
export class LateValuedColumns {
  /** The string columns no value of which has been seen yet; unknown before the first batch. */
  private pending: Set<string> | undefined;
  /** The file whose first rows typing reads. */
  private firstFile = "";
  /** Per column whose first value came after the rows typed from, its first values. */
  private readonly values = new Map<string, string[]>();

  /** `inferRows`: how many rows of the first file typing reads; `bound`: values kept a column. */
  constructor(
    private readonly inferRows: number,
    private readonly bound: number,
  ) {}

  watch(batch: Batch): void {
    if (this.pending === undefined) {
      this.firstFile = batch.file;
      this.pending = new Set(
        batch.names.filter((name) => {
          const type = columnOf(batch, name)?.type;
          return type === "categorical" || type === "text";
        }),
      );
    }
    for (const name of this.pending) {
      const row = firstValueRow(columnOf(batch, name)!, batch.length);
      if (row === -1) continue;
      this.pending.delete(name);
      // The reader says how many rows it typed from: fewer than inferRows where rows are long.
      const typedRows = batch.typedRows ?? this.inferRows;
      const typed = batch.file === this.firstFile && batch.rowOffset + row < typedRows;
      if (!typed) this.values.set(name, []);
    }
    for (const [name, kept] of this.values) {
      const column = columnOf(batch, name)!;
      for (let row = 0; row < batch.length && kept.length < this.bound; row++) {
        const value = cellValue(column, row);
        if (value !== null) kept.push(String(value));
      }
    }
  }

  /** The columns whose first values are of another type than a string, and that type. */
  types(inference?: InferenceOptions): Map<string, ColumnType> {
    const types = new Map<string, ColumnType>();
    for (const [name, kept] of this.values) {
      const type = inferType(kept, inference);
      if (type !== "categorical" && type !== "text") types.set(name, type);
    }
    return types;
  }
}
