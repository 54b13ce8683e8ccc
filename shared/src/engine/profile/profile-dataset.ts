import { columnOf, type Batch } from "../data/batch.js";
import { readBatches, type DataSource } from "../data/read-batches.js";
import { ownMissingValues, tableMissingValues, type ReadOptions } from "../data/read-options.js";
import { ColumnProfiler } from "./column-profiler.js";
import {
  DEFAULT_MISSING_VALUES,
  recordedMissingValues,
  sameMissingValues,
} from "./missing-values.js";
import {
  DEFAULT_PROFILE_SETTINGS,
  PROFILE_SCHEMA_ID,
  type Profile,
  type ProfileSettings,
} from "./profile-types.js";

/**
 * Builds a dataset's profile batch by batch, in memory that does not grow with the row count:
 * per column a few counters, a KLL sketch of about 3k values, and at most `exactCap` distinct
 * values (or a 4 KiB HyperLogLog and `2 * frequentK` counters past it).
 */
export class DatasetProfiler {
  readonly settings: ProfileSettings;
  /** The cell values the batches' reader took as missing, recorded with the counts. */
  readonly missingValues: string[];
  rowCount = 0;
  columns: ColumnProfiler[] = [];

  /**
   * `columnMissingValues`: the columns the reader gave missing values of their own (a Table
   * Schema field's), each recorded with its column where they are not the table's.
   */
  constructor(
    settings: Partial<ProfileSettings> = {},
    missingValues: readonly string[] = DEFAULT_MISSING_VALUES,
    private readonly columnMissingValues: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.settings = { ...DEFAULT_PROFILE_SETTINGS, ...settings };
    this.missingValues = [...new Set(missingValues)];
  }

  /** A column's own missing values, where it has some other than the table's. */
  private ownMissingValues(name: string): readonly string[] | undefined {
    const own = this.columnMissingValues.get(name);
    return own === undefined || sameMissingValues(own, this.missingValues)
      ? undefined
      : [...new Set(own)];
  }

  add(batch: Batch): void {
    if (this.columns.length === 0 && this.rowCount === 0) {
      for (const name of batch.names) {
        const column = columnOf(batch, name);
        if (!column) continue;
        const own = this.ownMissingValues(name);
        this.columns.push(new ColumnProfiler(name, column.type, this.settings, own));
      }
    }
    for (const profiler of this.columns) {
      const column = columnOf(batch, profiler.name);
      if (column) profiler.add(column);
    }
    this.rowCount += batch.length;
  }

  toJSON(): Profile {
    return {
      schema: PROFILE_SCHEMA_ID,
      rowCount: this.rowCount,
      settings: { ...this.settings },
      ...recordedMissingValues(this.missingValues),
      columns: this.columns.map((column) => column.toJSON()),
    };
  }
}

/**
 * The profile of a stream of batches, read with `missingValues` as missing, and the columns of
 * `columnMissingValues` with their own.
 */
export async function profileBatches(
  batches: AsyncIterable<Batch> | Iterable<Batch>,
  settings: Partial<ProfileSettings> = {},
  missingValues: readonly string[] = DEFAULT_MISSING_VALUES,
  columnMissingValues: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<Profile> {
  const profiler = new DatasetProfiler(settings, missingValues, columnMissingValues);
  for await (const batch of batches) profiler.add(batch);
  return profiler.toJSON();
}

/** Reads and profiles a dataset (a file, a glob, or a list of them). */
export async function profileDataset(
  source: DataSource,
  options: { read?: ReadOptions; settings?: Partial<ProfileSettings> } = {},
): Promise<Profile> {
  // The profiler keeps nothing of a batch it has added: the reader may refill its arrays, and
  // text is profiled from its bytes unless the caller asks otherwise. Profiling a batch costs
  // about what reading it does: a large read has a thread of its own.
  const read: ReadOptions = {
    textAsBytes: true,
    readInWorker: "large",
    ...options.read,
    reuseBatches: true,
  };
  return profileBatches(
    readBatches(source, read),
    options.settings,
    tableMissingValues(read),
    ownMissingValues(read),
  );
}
