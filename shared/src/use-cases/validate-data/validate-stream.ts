import type { Batch } from "../../engine/data/batch.js";
import { DataError } from "../../engine/data/data-error.js";
import { readBatches } from "../../engine/data/read-batches.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { ReadProgress } from "../../engine/data/read-progress.js";
import { DatasetProfiler } from "../../engine/profile/profile-dataset.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { bounded, RowTally, type CheckResult, type RowLocator } from "./check-result.js";
import type { DataContract } from "./data-contract.js";
import { DEFAULT_MAX_KEYS, keyChecks, type KeyCheck } from "./key-checks.js";
import { columnChecks, type ColumnChecks } from "./row-checks.js";
import { TypeChecks } from "./type-checks.js";

/** What one pass over the data found. */
export interface StreamOutcome {
  /** Rows read: all of them, or those before the row that stopped the read. */
  readonly rows: number;
  readonly rowsPerFile: ReadonlyMap<string, number>;
  /** The data's columns, empty when no row could be read. */
  readonly columns: readonly string[];
  /** The columns check, then every row-level check, in the contract's order. */
  readonly checks: readonly CheckResult[];
  /** Rows that failed at least one row-level check. */
  readonly invalidRows: number;
  /** Set when the data could not be read to the end; every other result covers the rows before. */
  readonly readFailure: CheckResult | null;
  /** The data's profile; null when the read stopped early (it would be a wrong reference). */
  readonly profile: Profile | null;
}

export interface StreamOptions {
  readonly maxExamples: number;
  readonly locator: RowLocator;
  readonly log: (line: string) => void;
  /** The host's progress line, when it has one. */
  readonly progress?: (line: string) => void;
}

/** The `fields` check: the data's columns against the contract's, as its `fieldsMatch` asks. */
function fieldsCheck(contract: DataContract, columns: readonly string[]): CheckResult {
  const declared = contract.descriptor.fields.map((field) => field.name);
  const match = contract.descriptor.fieldsMatch ?? "exact";
  const extra = columns.filter((name) => !declared.includes(name));
  const problems: string[] = [];
  const names = (list: readonly string[]) => list.map((name) => bounded(name)).join(", ");
  if (match !== "subset" && extra.length > 0) problems.push(`undeclared: ${names(extra)}`);
  if (
    match === "exact" &&
    problems.length === 0 &&
    declared.join("\u0000") !== columns.join("\u0000")
  ) {
    problems.push("the order differs");
  }
  const expected = {
    exact: "the declared fields, in their order",
    equal: "the declared fields, in any order",
    subset: "the declared fields, and possibly more",
  }[match];
  return {
    id: "fields",
    check: "fields",
    column: null,
    level: "dataset",
    status: problems.length === 0 ? "pass" : "fail",
    evaluated: null,
    failed: null,
    mostly: null,
    expected,
    observed: names(columns),
    examples: [],
    note: problems.length === 0 ? null : problems.join("; "),
  };
}

/** A read that stopped (bad bytes, a ragged row, a missing column) as a failed check. */
function readFailureCheck(error: DataError, rows: number, locator: RowLocator): CheckResult {
  const prefix = `${error.file}${error.lineNumber === undefined ? "" : `:${error.lineNumber}`}: `;
  const problem = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
  const column = error.column ?? null;
  return {
    id: "readable",
    check: "readable",
    column,
    level: "dataset",
    status: "fail",
    evaluated: null,
    failed: 1,
    mostly: null,
    expected: "every file reads as the declared table",
    observed: null,
    examples: [
      {
        file: locator.shown(error.file),
        line: error.lineNumber ?? null,
        row: null,
        column,
        value: null,
        note: problem,
      },
    ],
    note: `${error.fix ? `${error.fix}. ` : ""}The read stopped here; the other checks cover the ${groupDigits(rows)} rows before`,
  };
}

/**
 * Validates the data in one pass over its batches: row-level checks, uniqueness and the
 * profile are all fed from the same batch, which is then dropped. Memory is one batch, the
 * profile's sketches, and the keys of the uniqueness checks (bounded by `x-mlops.maxKeys`).
 */
export async function validateStream(
  files: readonly string[],
  contract: DataContract,
  options: StreamOptions,
): Promise<StreamOutcome> {
  const { descriptor } = contract;
  const mostlyDefault = descriptor["x-mlops"]?.mostly ?? 1;
  const maxKeys = descriptor["x-mlops"]?.maxKeys ?? DEFAULT_MAX_KEYS;
  const profiler = new DatasetProfiler();
  const progress = new ReadProgress({
    label: "validate-data",
    progress: options.progress,
    log: options.log,
  });
  const rowsPerFile = new Map<string, number>();
  let columns: string[] = [];
  let perColumn: ColumnChecks[] = [];
  let keys: KeyCheck[] = [];
  let invalidRows = 0;
  let rows = 0;
  let readFailure: CheckResult | null = null;
  const declared = new Map(
    contract.readSchema.fields.flatMap((f) => (f.type === undefined ? [] : [[f.name, f.type]])),
  );
  const types = new TypeChecks(declared, (column, expected) => {
    const field = descriptor.fields.find((f) => f.name === column);
    const mostly = field?.["x-mlops"]?.mostly ?? mostlyDefault;
    return new RowTally("type", column, expected, mostly, options.maxExamples, options.locator);
  });

  const compile = (batch: Batch) => {
    columns = [...batch.columns.keys()];
    perColumn = descriptor.fields.flatMap((field) => {
      const column = batch.columns.get(field.name);
      const mostly = field["x-mlops"]?.mostly ?? mostlyDefault;
      const checks =
        column &&
        columnChecks(field, column, {
          mostly,
          maxExamples: options.maxExamples,
          locator: options.locator,
          pattern: contract.patterns.get(field.name),
        });
      return checks ? [checks] : [];
    });
    const make = (check: string, column: string | null) => {
      const field = descriptor.fields.find((f) => f.name === column);
      const mostly = check === "unique" ? (field?.["x-mlops"]?.mostly ?? mostlyDefault) : 1;
      const expected = check.startsWith("primaryKey") ? "present and unique" : "unique";
      return new RowTally(check, column, expected, mostly, options.maxExamples, options.locator);
    };
    const unique = descriptor.fields.filter((f) => f.constraints?.unique).map((f) => f.name);
    keys = keyChecks(unique, contract.primaryKey, descriptor.uniqueKeys ?? [], make, {
      left: maxKeys,
      max: maxKeys,
    });
  };

  try {
    const read = readBatches(files, {
      schema: contract.readSchema,
      onInvalidCell: types.onInvalidCell,
    });
    for await (const batch of progress.track(read)) {
      if (rows === 0 && columns.length === 0) compile(batch);
      const invalid = new Uint8Array(batch.length);
      const typeErrors = types.run(batch, invalid);
      for (const checks of perColumn) checks.run(batch, invalid, typeErrors);
      for (const key of keys) key.run(batch, invalid, options.locator, typeErrors);
      for (let i = 0; i < invalid.length; i++) invalidRows += invalid[i]!;
      profiler.add(batch);
      rows += batch.length;
      rowsPerFile.set(batch.file, (rowsPerFile.get(batch.file) ?? 0) + batch.length);
    }
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    readFailure = readFailureCheck(error, rows, options.locator);
  }
  const checks = [
    ...(columns.length > 0 ? [fieldsCheck(contract, columns)] : []),
    ...types.results(rows).map((tally) => tally.result()),
    ...perColumn.flatMap((c) => c.tallies.map((tally) => tally.result())),
    ...keys.map((key) => key.tally.result()),
  ];
  return {
    rows,
    rowsPerFile,
    columns,
    checks,
    invalidRows,
    readFailure,
    profile: readFailure ? null : profiler.toJSON(),
  };
}
