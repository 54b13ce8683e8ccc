import type { Batch, Column } from "../../engine/data/batch.js";
import type { ColumnType } from "../../engine/data/column-type.js";
import { isNumericType } from "../../engine/data/column-type.js";
import { CompactNumbers } from "../../engine/data/compact-numbers.js";
import type { SortedSample } from "../../engine/stats/sort-sample.js";

/** A numeric column's finite values and how many were missing or infinite. */
export interface NumericSample {
  readonly type: ColumnType;
  readonly numeric: true;
  /** How many finite values there are. */
  readonly count: number;
  /** How many distinct values there are (-0 and 0 as one). */
  readonly distinct: number;
  /** The values sorted ascending, in a new array, a sorted sample as is: ask once per test. */
  sorted(): SortedSample;
  readonly missing: number;
}

/** A string column's count per category and how many were missing. */
export interface CategorySample {
  readonly type: ColumnType;
  readonly numeric: false;
  readonly counts: Map<string, number>;
  readonly missing: number;
}

export type ColumnSample = NumericSample | CategorySample;

/** Grows one column's sample batch by batch; memory is the values kept, never the rows. */
class SampleBuilder {
  private readonly numbers = new CompactNumbers();
  private readonly counts = new Map<string, number>();
  private missing = 0;

  constructor(readonly type: ColumnType) {}

  add(column: Column): void {
    if ("values" in column) {
      // Missing (NaN) and infinite values take no part in a test.
      this.missing += this.numbers.addFinite(column.values);
      return;
    }
    const perCode = new Float64Array(column.dictionary.length);
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i]!;
      if (code < 0) this.missing++;
      else perCode[code]!++;
    }
    for (let code = 0; code < perCode.length; code++) {
      const count = perCode[code]!;
      if (count === 0) continue;
      const value = column.dictionary[code]!;
      this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    }
  }

  /** The sample, complete: numbers packed until a test asks for them, sorted. */
  build(): ColumnSample {
    if (isNumericType(this.type)) this.numbers.pack();
    return isNumericType(this.type)
      ? {
          type: this.type,
          numeric: true,
          count: this.numbers.length,
          distinct: this.numbers.distinct(),
          sorted: () => this.numbers.sorted(),
          missing: this.missing,
        }
      : { type: this.type, numeric: false, counts: this.counts, missing: this.missing };
  }
}

/**
 * The samples of the chosen columns of a dataset, and its row count and columns. `choose` is
 * called once, with the columns of the first batch, and returns those to sample: it can refuse
 * a selection (by throwing) before the rest of the data is read, and columns not chosen cost
 * nothing.
 */
export async function collectSamples(
  batches: AsyncIterable<Batch>,
  choose: (
    available: readonly string[],
    types: ReadonlyMap<string, ColumnType>,
  ) => readonly string[],
): Promise<{ rows: number; columns: Map<string, ColumnSample>; order: string[] }> {
  const builders = new Map<string, SampleBuilder>();
  let order: string[] | undefined;
  let rows = 0;
  for await (const batch of batches) {
    if (order === undefined) {
      order = [...batch.columns.keys()];
      const types = new Map([...batch.columns].map(([name, column]) => [name, column.type]));
      for (const name of choose(order, types)) {
        builders.set(name, new SampleBuilder(batch.columns.get(name)!.type));
      }
    }
    for (const [name, builder] of builders) {
      const column = batch.columns.get(name);
      if (column) builder.add(column);
    }
    rows += batch.length;
  }
  const columns = new Map([...builders].map(([name, builder]) => [name, builder.build()]));
  return { rows, columns, order: order ?? [] };
}
