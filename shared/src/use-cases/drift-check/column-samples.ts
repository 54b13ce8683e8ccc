import type { Batch, Column, LateKey } from "../../engine/data/batch.js";
import type { ColumnType } from "../../engine/data/column-type.js";
import { isNumericType } from "../../engine/data/column-type.js";
import { CompactNumbers, type HandedNumbers } from "../../engine/data/compact-numbers.js";
import type { SortedSample } from "../../engine/stats/sort-sample.js";
import { releaseArrays } from "../../engine/release-array.js";

/** A numeric column's finite values and how many were missing or infinite. */
export interface NumericSample {
  readonly type: ColumnType;
  readonly numeric: true;
  /** How many finite values there are. */
  readonly count: number;
  /** How many distinct values there are (-0 and 0 as one). */
  readonly distinct: number;
  /**
   * The values sorted ascending, a sorted sample as is, in `room` where given (8 bytes a value,
   * reused from column to column) else in a new array. Asked for once: a sample that is not
   * packed gives its values up.
   */
  sorted(room?: ArrayBuffer): SortedSample;
  /**
   * Keeps the values sorted and packed, in a byte or two each where they allow, until sorted()
   * unpacks them: for a sample kept long before it is used. Sorted in `room` where it has 8
   * bytes a value.
   */
  pack(room?: ArrayBuffer): void;
  /**
   * The sample as plain data, and the buffers to transfer with it, for another thread
   * (`handedSample`); this one gives its values up.
   */
  handOver(): { sample: HandedSample; transfer: ArrayBuffer[] };
  readonly missing: number;
}

/** A numeric sample as another thread takes it up (`NumericSample.handOver`). */
export interface HandedSample {
  readonly type: ColumnType;
  readonly numbers: HandedNumbers;
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

  constructor(public type: ColumnType) {}

  add(column: Column): void {
    // A column inferred as integers is numeric from the batch of a later decimal on.
    this.type = column.type;
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

  /** Counts rows that lack the column altogether, as missing values. */
  addAbsent(rows: number): void {
    this.missing += rows;
  }

  /** The sample, complete: its numbers as read until packed or sorted. */
  build(): ColumnSample {
    if (!isNumericType(this.type)) {
      return { type: this.type, numeric: false, counts: this.counts, missing: this.missing };
    }
    return numericSample(this.type, this.numbers, this.missing);
  }
}

function numericSample(type: ColumnType, numbers: CompactNumbers, missing: number): NumericSample {
  return {
    type,
    numeric: true,
    count: numbers.length,
    // Counted as the numbers are packed or sorted, else when asked.
    get distinct() {
      return numbers.distinct();
    },
    sorted: (room) => numbers.takeSorted(room),
    pack: (room) => numbers.pack(room),
    handOver: () => {
      const { state, transfer } = numbers.handOver();
      return { sample: { type, numbers: state, missing }, transfer };
    },
    missing,
  };
}

/** A numeric sample handed over by another thread, as it was there. */
export const handedSample = ({ type, numbers, missing }: HandedSample): NumericSample =>
  numericSample(type, CompactNumbers.handedOver(numbers), missing);

/**
 * The sample of a column that data lacks, of the `type` the other side gives it: one missing
 * value a row, as JSON Lines reads a field absent from every line.
 */
export function absentSample(type: ColumnType, rows: number): ColumnSample {
  const builder = new SampleBuilder(type);
  builder.addAbsent(rows);
  return builder.build();
}

/**
 * A buffer per side that the numeric columns' sorted values are written into, one column after
 * another: 8 bytes a value of the longest sample, faulted in once. A new array per column, given
 * back to the system when freed, is faulted in anew each time: some 20,000 more page faults and
 * 0.1-0.3 s more system time over 16 columns of 500,000 values a side (decision 0026).
 */
export interface SampleRooms {
  readonly reference: ArrayBuffer;
  readonly current: ArrayBuffer;
}

/** A room for any one of `samples`: 8 bytes a value of the longest numeric one. */
export function roomFor(samples: Iterable<ColumnSample>): ArrayBuffer {
  const counts = [...samples].map((sample) => (sample.numeric ? sample.count : 0));
  return new ArrayBuffer(8 * Math.max(0, ...counts));
}

/**
 * Packs the numeric samples one after the other, each after a turn of the event loop, so that
 * the thread's other work (the batches of a read on a thread of its own) goes between them: for
 * samples complete long before they are used, such as the reference's while the current is
 * read. Resolves once all are packed, or at the first turn after `signal` aborts (the read they
 * wait for failed: the rest would be packed for nothing, up to some 0.2 s before the exit).
 */
export async function packInTurns(
  samples: readonly ColumnSample[],
  signal?: AbortSignal,
): Promise<void> {
  const room = roomFor(samples);
  for (const sample of samples) {
    if (!sample.numeric) continue;
    await new Promise(setImmediate);
    if (signal?.aborted) break;
    sample.pack(room);
  }
  releaseArrays(new Uint8Array(room));
}

/**
 * The samples of the chosen columns of a dataset, its row count and columns, those of its
 * columns that no line of JSON Lines data has as a key (`Batch.absentKeys`), and the keys that
 * lines have and the columns lack (`Batch.lateKeys`). `choose` is
 * called once, with the columns of the first batch, and returns those to sample (or a promise of
 * them, for a choice that waits on another read's columns): it can refuse a selection (by
 * throwing) before the rest of the data is read, and columns not chosen cost nothing.
 */
export async function collectSamples(
  batches: AsyncIterable<Batch>,
  choose: (
    available: readonly string[],
    types: ReadonlyMap<string, ColumnType>,
  ) => readonly string[] | Promise<readonly string[]>,
): Promise<{
  rows: number;
  columns: Map<string, ColumnSample>;
  order: string[];
  absentKeys: readonly string[];
  lateKeys: readonly LateKey[];
}> {
  const builders = new Map<string, SampleBuilder>();
  let order: string[] | undefined;
  let rows = 0;
  let absentKeys: readonly string[] = [];
  let lateKeys: readonly LateKey[] = [];
  for await (const batch of batches) {
    if (order === undefined) {
      // Every column, those read as bytes for not being used too.
      order = [...batch.names];
      const types = new Map([...batch.columns].map(([name, column]) => [name, column.type]));
      for (const name of await choose(order, types)) {
        builders.set(name, new SampleBuilder(batch.columns.get(name)!.type));
      }
    }
    for (const [name, builder] of builders) {
      const column = batch.columns.get(name);
      if (column) builder.add(column);
    }
    rows += batch.length;
    absentKeys = batch.absentKeys ?? [];
    lateKeys = batch.lateKeys ?? [];
  }
  const columns = new Map([...builders].map(([name, builder]) => [name, builder.build()]));
  return { rows, columns, order: order ?? [], absentKeys, lateKeys };
}
