import { columnOf, type Batch, type LateKey } from "../../engine/data/batch.js";
import type { TableSchema } from "../../engine/data/column-type.js";
import {
  DataError,
  refuseHeaderWithoutFields,
  withheldDataError,
} from "../../engine/data/data-error.js";
import { readBatches } from "../../engine/data/read-batches.js";
import {
  ownMissingValues,
  STREAMING_BATCH_SIZE,
  tableMissingValues,
  type ReadOptions,
} from "../../engine/data/read-options.js";
import { ReadProgress } from "../../engine/data/read-progress.js";
import { FINE_KLL_K, KllSketch } from "../../engine/profile/kll-sketch.js";
import { DatasetProfiler } from "../../engine/profile/profile-dataset.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { columnsToWithhold } from "../../engine/profile/withheld-values.js";
import {
  ABSENT_FIELD_NOTE,
  ABSENT_KEY_FIELD_NOTE,
  boundedCheck,
  RowTally,
  skippedCheck,
  type CheckResult,
  type RowLocator,
} from "./check-result.js";
import { warnIn } from "../../interface/define-action.js";
import { referenceTyping, type TypingReference } from "./reference-types.js";
import { numericColumnType, type ContractField, type DataContract } from "./data-contract.js";
import { fieldsCheck, readFailureCheck } from "./dataset-checks.js";
import { DistinctCounts } from "./distinct-counts.js";
import { DEFAULT_MAX_KEYS, keyChecks, keyTally, type KeyChecks } from "./key-checks.js";
import { nestedKeyNote } from "./nested-values.js";
import { columnChecks, declaredTallies, type ColumnChecks } from "./row-checks.js";
import { TypeChecks } from "./type-checks.js";

/** What one pass over the data found. */
export interface StreamOutcome {
  /** Rows read: all of them, or those before the row that stopped the read. */
  readonly rows: number;
  readonly rowsPerFile: ReadonlyMap<string, number>;
  /** The data's columns, empty when no row could be read. */
  readonly columns: readonly string[];
  /**
   * The columns check, the type checks, the row-level checks of the fields there in the
   * contract's order, those of the fields the data lacks (not run), then the key checks.
   */
  readonly checks: readonly CheckResult[];
  /** Rows that failed at least one row-level check. */
  readonly invalidRows: number;
  /** Set when the data could not be read to the end; every other result covers the rows before. */
  readonly readFailure: CheckResult | null;
  /** The data's profile; null when the read stopped early (it would be a wrong reference). */
  readonly profile: Profile | null;
  /**
   * The columns none of whose values may be shown or kept: the contract's sensitive fields', and
   * the undeclared columns where one of those is absent (`columnsToWithhold`).
   */
  readonly withheld: ReadonlySet<string>;
  /** The finer sketches of the fields with quantile checks, which those checks read. */
  readonly quantileSketches: ReadonlyMap<string, KllSketch>;
  /**
   * The exact distinct counts of the fields with distinct checks, which those checks read: null
   * past `EXACT_DISTINCT_CAP`.
   */
  readonly distinctCounts: ReadonlyMap<string, number | null>;
  /**
   * The ids, as the report shows them, of the checks that covered only part of the data: the
   * key checks whose set reached `x-mlops.maxKeys`.
   */
  readonly partialChecks: ReadonlySet<string>;
}

export interface StreamOptions {
  readonly maxExamples: number;
  /** The character between a CSV file's fields, when not the comma (or a .tsv's tab). */
  readonly delimiter: string | undefined;
  readonly locator: RowLocator;
  readonly log: (line: string) => void;
  /** The host's warning (`RunContext.warn`); absent, a warning is a `warning:` line of `log`. */
  readonly warn?: (message: string) => void;
  /** The host's progress line, when it has one. */
  readonly progress?: (line: string) => void;
  /** The reference skew is checked against: its types read the columns the contract leaves open. */
  readonly reference?: TypingReference;
  /** Told each file's sha256 as the read takes it (`ReadOptions.onFileDigest`). */
  readonly onFileDigest?: ReadOptions["onFileDigest"];
}

/**
 * A finer sketch for each field with quantile checks, held for those checks only: at a tail
 * quantile the profile's sketch spans too wide a range of values to judge a bound by. The
 * profile keeps its own k, so that it merges and compares with any other profile.
 */
const quantileSketches = ({ descriptor }: DataContract): Map<string, KllSketch> =>
  new Map(
    descriptor.fields
      .filter((field) => (field["x-mlops"]?.quantiles?.length ?? 0) > 0)
      .map((field) => [field.name, new KllSketch(FINE_KLL_K)]),
  );

/**
 * The checks of one pass, fed batch by batch. The row-level checks are made from the first
 * batch, which tells each column's type; the `type` checks exist from the start, since the
 * reader reports a bad cell before it yields the cell's batch.
 */
class StreamValidation {
  readonly types: TypeChecks;
  readonly rowsPerFile = new Map<string, number>();
  rows = 0;
  private columns: string[] = [];
  private perColumn: ColumnChecks[] = [];
  private keys: KeyChecks = { sets: [], tallies: [] };
  /** The row-level checks of declared fields the data lacks, none of which can run. */
  private notRun: CheckResult[] = [];
  private invalidRows = 0;
  /** JSON Lines keys first seen after the rows the columns were read from (`Batch.lateKeys`). */
  private lateKeys: readonly LateKey[] = [];
  private readonly profiler: DatasetProfiler;
  private readonly quantileSketches: ReadonlyMap<string, KllSketch>;
  private readonly distinctCounts: DistinctCounts;
  private readonly fields: ReadonlyMap<string, ContractField>;
  /** What the data is read with: the contract's read schema, with the reference's types. */
  readonly readSchema: TableSchema;
  /** The columns whose values are withheld: the sensitive fields' until the columns are known. */
  withheld: ReadonlySet<string>;

  constructor(
    private readonly contract: DataContract,
    private readonly options: StreamOptions,
  ) {
    this.fields = new Map(contract.descriptor.fields.map((field) => [field.name, field]));
    this.withheld = contract.sensitive;
    // The profile records the missing values the data is read with, the table's and each
    // field's own, for whoever compares with it.
    const { readSchema } = contract;
    this.profiler = new DatasetProfiler(
      {},
      tableMissingValues({ schema: readSchema }),
      ownMissingValues({ schema: readSchema }),
    );
    this.quantileSketches = quantileSketches(contract);
    this.distinctCounts = new DistinctCounts(contract);
    const declared = new Map(
      contract.readSchema.fields.flatMap((f) => (f.type === undefined ? [] : [[f.name, f]])),
    );
    const typing = options.reference && referenceTyping(readSchema, options.reference);
    this.readSchema = typing?.schema ?? readSchema;
    this.types = new TypeChecks(
      declared,
      (column, expected) => this.tally("type", column, expected, this.mostly(column)),
      typing?.notes,
    );
  }

  /** The share of a column's values that must pass its checks: the field's, else the contract's. */
  private mostly(column: string | null): number {
    const field = column === null ? undefined : this.fields.get(column);
    return field?.["x-mlops"]?.mostly ?? this.contract.descriptor["x-mlops"]?.mostly ?? 1;
  }

  /** A check's tally over the stream; one over a sensitive field's values (`fields`) withholds them. */
  private tally(
    check: string,
    column: string | null,
    expected: string,
    mostly: number,
    fields: readonly string[] = column === null ? [] : [column],
  ) {
    const { maxExamples, locator } = this.options;
    const withholds = fields.some((name) => this.withheld.has(name));
    return new RowTally(check, column, expected, mostly, maxExamples, locator, withholds);
  }

  /** The row-level and key checks, for the columns (and their types) of the first batch. */
  private start(batch: Batch): void {
    const { descriptor, primaryKey, patterns, sensitive } = this.contract;
    const { maxExamples, locator } = this.options;
    // A CSV file without a header row would name its columns by its first row, and have the
    // others shown and profiled under those names.
    if (sensitive.size > 0) refuseHeaderWithoutFields(batch, this.fields);
    const declared = new Set(this.fields.keys());
    this.withheld = columnsToWithhold(batch.names, sensitive, declared, batch.absentKeys);
    this.columns = [...batch.names];
    this.perColumn = descriptor.fields.flatMap((field) => {
      const column = columnOf(batch, field.name);
      const mostly = this.mostly(field.name);
      const pattern = patterns.get(field.name);
      const noValue = nestedKeyNote(batch, field.name);
      const withholds = this.withheld.has(field.name);
      const options = { mostly, maxExamples, locator, pattern, noValue, withholds };
      const checks = column && columnChecks(field, column, options);
      return checks ? [checks] : [];
    });
    // A key's `mostly` is 1, except a field's own `unique`, which is one of its checks.
    const make = (check: string, column: string | null, fields?: readonly string[]) =>
      check.startsWith("primaryKey")
        ? this.tally(check, column, "present and unique", 1, fields)
        : this.tally(check, column, "unique", check === "unique" ? this.mostly(column) : 1, fields);
    this.notRun = descriptor.fields
      .filter((field) => !columnOf(batch, field.name))
      .flatMap((field) => {
        const tallies = declaredTallies(
          field,
          numericColumnType(field),
          patterns.get(field.name),
          (check, expected) => this.tally(check, field.name, expected, this.mostly(field.name)),
        );
        if (field.constraints?.unique) tallies.push(make("unique", field.name));
        return tallies.map((tally) => skippedCheck(tally.result(), ABSENT_FIELD_NOTE));
      });
    // A key whose field the data lacks is not checked (the `fields` check fails for it): it is
    // listed as skipped, as that field's own checks are.
    const whole = (fields: readonly string[]) => fields.every((name) => batch.names.includes(name));
    const keyless = [
      ...(primaryKey.length > 0 && !whole(primaryKey) ? [["primaryKey", primaryKey] as const] : []),
      ...(descriptor.uniqueKeys ?? [])
        .filter((fields) => !whole(fields))
        .map((fields) => ["uniqueKey", fields] as const),
    ];
    for (const [kind, fields] of keyless) {
      const tally = keyTally(kind, fields, make);
      this.notRun.push(skippedCheck(tally.result(), ABSENT_KEY_FIELD_NOTE));
    }
    const unique = descriptor.fields
      .filter((f) => f.constraints?.unique && whole([f.name]))
      .map((f) => f.name);
    const uniqueKeys = (descriptor.uniqueKeys ?? []).filter(whole);
    const maxKeys = descriptor["x-mlops"]?.maxKeys ?? DEFAULT_MAX_KEYS;
    this.keys = keyChecks(
      { unique, primaryKey: whole(primaryKey) ? primaryKey : [], uniqueKeys },
      make,
      { left: maxKeys, max: maxKeys },
      // Said as the read reaches it: a check that passes may have missed a duplicate.
      (message) => warnIn(this.options, message),
    );
  }

  /** Runs every check over one batch, and profiles it. */
  add(batch: Batch): void {
    if (this.rows === 0 && this.columns.length === 0) this.start(batch);
    const invalid = new Uint8Array(batch.length);
    const typeErrors = this.types.run(batch, invalid);
    for (const checks of this.perColumn) checks.run(batch, invalid, typeErrors);
    for (const set of this.keys.sets) set.run(batch, invalid, this.options.locator, typeErrors);
    for (let i = 0; i < invalid.length; i++) this.invalidRows += invalid[i]!;
    this.profiler.add(batch);
    // Fed the numbers the profile's sketch is fed, so that both hold the same values.
    for (const [name, sketch] of this.quantileSketches) {
      const column = columnOf(batch, name);
      if (column && "values" in column) sketch.updateMany(column.values);
    }
    this.distinctCounts.add(batch);
    this.lateKeys = batch.lateKeys ?? this.lateKeys;
    this.rows += batch.length;
    this.rowsPerFile.set(batch.file, (this.rowsPerFile.get(batch.file) ?? 0) + batch.length);
  }

  /** What the pass found, over the rows read before `readFailure` when the read stopped. */
  outcome(readFailure: CheckResult | null): StreamOutcome {
    const { rows, columns } = this;
    const { delimiter, locator } = this.options;
    const late = this.lateKeys.map(({ name, file, line }) => ({
      name,
      where: `${locator.shown(file)}:${line}`,
    }));
    const checks = [
      ...(columns.length > 0 ? [fieldsCheck(this.contract, columns, delimiter, late)] : []),
      ...this.types.results(rows, columns).map((tally) => tally.result()),
      ...this.perColumn.flatMap((c) => c.tallies.map((tally) => tally.result())),
      ...this.notRun,
      ...this.keys.tallies.map((tally) => tally.result()),
    ];
    const { rowsPerFile, invalidRows, quantileSketches } = this;
    const profile = readFailure ? null : this.profiler.toJSON();
    const partialChecks = new Set(
      this.keys.tallies.filter((t) => t.partial).map((t) => boundedCheck(t.result()).id),
    );
    return {
      rows,
      rowsPerFile,
      columns,
      checks,
      invalidRows,
      readFailure,
      profile,
      withheld: this.withheld,
      quantileSketches,
      distinctCounts: this.distinctCounts.counts(),
      partialChecks,
    };
  }
}

/**
 * Validates the data in one pass over its batches: row-level checks, uniqueness and the
 * profile are all fed from the same batch, which is then dropped. Memory is one batch, the
 * profile's sketches, the values of the distinct checks (`EXACT_DISTINCT_CAP` a field at most),
 * and the keys of the uniqueness checks (bounded by `x-mlops.maxKeys`).
 */
export async function validateStream(
  files: readonly string[],
  contract: DataContract,
  options: StreamOptions,
): Promise<StreamOutcome> {
  const validation = new StreamValidation(contract, options);
  const { log, progress } = options;
  const tracker = new ReadProgress({ label: "validate-data", progress, log });
  const read = readBatches(files, {
    schema: validation.readSchema,
    delimiter: options.delimiter,
    onInvalidCell: validation.types.onInvalidCell,
    // Each batch is checked and profiled before the next is read; nothing keeps its columns.
    reuseBatches: true,
    // Every check and every part of the profile passes over a batch's columns again: at 8,192
    // rows a batch stays in the core's caches between passes, where one of 65,536 does not
    // (about a tenth of the time and of the CPU seconds measured, and 35 MB less).
    batchSize: STREAMING_BATCH_SIZE,
    textAsBytes: true,
    // Checking and profiling a batch costs about what reading it does: the two overlap.
    readInWorker: "large",
    onFileDigest: options.onFileDigest,
  });
  try {
    for await (const batch of tracker.track(read)) validation.add(batch);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // The reader may quote a cell, or a header that is a row: not where a field is sensitive.
    const failure = withheldDataError(error, validation.withheld);
    return validation.outcome(readFailureCheck(failure, validation.rows, options.locator));
  }
  return validation.outcome(null);
}
