import { columnOf, type Batch } from "../data/batch.js";
import { readBatches, type DataSource } from "../data/read-batches.js";
import type { ReadOptions } from "../data/read-options.js";
import { ColumnProfiler } from "./column-profiler.js";
import { DEFAULT_MISSING_VALUES, recordedMissingValues } from "./missing-values.js";
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

  constructor(
    settings: Partial<ProfileSettings> = {},
    missingValues: readonly string[] = DEFAULT_MISSING_VALUES,
  ) {
    this.settings = { ...DEFAULT_PROFILE_SETTINGS, ...settings };
    this.missingValues = [...new Set(missingValues)];
  }

  add(batch: Batch): void {
    if (this.columns.length === 0 && this.rowCount === 0) {
      for (const name of batch.names) {
        const column = columnOf(batch, name);
        if (column) this.columns.push(new ColumnProfiler(name, column.type, this.settings));
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

/** The profile of a stream of batches, read with `missingValues` as missing. */
export async function profileBatches(
  batches: AsyncIterable<Batch> | Iterable<Batch>,
  settings: Partial<ProfileSettings> = {},
  missingValues: readonly string[] = DEFAULT_MISSING_VALUES,
): Promise<Profile> {
  const profiler = new DatasetProfiler(settings, missingValues);
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
  // The reader's own default: the options' missing values, else the schema's, else the empty cell.
  const missingValues = read.missingValues ?? read.schema?.missingValues ?? DEFAULT_MISSING_VALUES;
  return profileBatches(readBatches(source, read), options.settings, missingValues);
}
