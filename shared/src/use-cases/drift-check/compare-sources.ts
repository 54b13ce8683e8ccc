import { resolve } from "node:path";
import {
  columnOf,
  type Batch,
  type BytesColumn,
  type Column,
  type LateKey,
  type NumericColumn,
} from "../../engine/data/batch.js";
import type { ColumnType, TableSchema } from "../../engine/data/column-type.js";
import { formatOf, readBatches, type DataSource } from "../../engine/data/read-batches.js";
import { rowPlace } from "../../engine/data/data-format.js";
import { referenceField } from "../../engine/data/reference-fields.js";
import { STREAMING_BATCH_SIZE, type ReadOptions } from "../../engine/data/read-options.js";
import { ReadProgress } from "../../engine/data/read-progress.js";
import { displayPath } from "../../engine/files/display-path.js";
import { ColumnProfiler } from "../../engine/profile/column-profiler.js";
import { readMergedProfiles } from "../../engine/profile/merge-profiles.js";
import { profileBatches } from "../../engine/profile/profile-dataset.js";
import { markedColumns } from "../../engine/profile/withheld-values.js";
import {
  ownColumnMissingValues,
  requireContractMissingValues,
  type NamedProfile,
} from "../../engine/profile/missing-values.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { warnIn, type RunContext } from "../../interface/define-action.js";
import { listInputFiles } from "../../interface/input-files.js";
import { shownPaths, type Reference } from "../../platform/registry/load-reference.js";
import { shownName, shownNames } from "./column-name.js";
import { absentSample, collectSamples, packInTurns } from "./column-samples.js";
import { EarlyRead } from "./early-read.js";
import { compareColumns } from "./compare-columns.js";
import { compareProfileColumns } from "./compare-profile-columns.js";
import { withNewCategoriesNote, type ColumnComparison } from "./compare-samples.js";
import { parseThreshold, type MethodChoice, type ThresholdChoice } from "./drift-methods.js";
import { picker } from "./method-picker.js";
import { withNumbersAsTextNote, type KeptText } from "./numbers-as-text.js";
import { InputError } from "../../engine/errors.js";
import { contractReading, ownOfChecked, requireContractTypes } from "./contract-reading.js";
import { settleMissingValues } from "./missing-values.js";
import { WithheldRead, Withholding } from "./withheld-columns.js";
import { withheldComparison, WITHHELD } from "./withheld-values.js";
import {
  absentColumnsWarning,
  awaitsLateKeys,
  ignoredNotInReference,
  namesNotIn,
  newColumnsWarning,
  oneColumnWarning,
  requireIgnoredColumns,
  selectColumns,
  usedColumns,
  type ColumnSelection,
} from "./select-columns.js";

/** What to compare, and how the columns and methods are chosen. */
export interface CompareRequest {
  readonly mode: "check" | "compare";
  readonly reference: Reference;
  /** The `current` input: a file or glob of data, or of profiles in compare mode. */
  readonly current: string;
  readonly selection: ColumnSelection;
  readonly methods: MethodChoice;
  /** The `missing-values` input, null when not given: a profile compared then says them. */
  readonly missingValues: readonly string[] | null;
  /** The `delimiter` input: the character between a CSV file's fields, on both sides. */
  readonly delimiter: string | undefined;
  /** The read schema of the `schema` input's data contract, that both sides' data is read with. */
  readonly schema: TableSchema | undefined;
  /**
   * The contract's sensitive fields: compared, and none of their values shown
   * (`withheldComparison`), nor those of the columns withheld with them (`Withholding`).
   */
  readonly sensitive: ReadonlySet<string>;
  readonly threshold: string | undefined;
  readonly context: RunContext;
}

/**
 * A request as the reads see it. `lateKeysAwaited`: a name in ignore-columns that no column has
 * is refused only once the data is read whole, as it may be a key of JSON Lines data first seen
 * after the rows its columns were read from (`Batch.lateKeys`).
 */
interface ReadRequest extends CompareRequest {
  readonly lateKeysAwaited: boolean;
  /** The columns withheld, as each side's columns and each profile's marks are known. */
  readonly withholding: Withholding;
}

/** Every checked column compared, before thresholds and corrections decide. */
export interface Compared {
  readonly names: string[];
  readonly thresholds: ThresholdChoice;
  readonly comparisons: ColumnComparison[];
  readonly referenceRows: number;
  readonly currentRows: number;
  readonly currentFiles: string[];
  /** True when both sides were read whole; false when they were compared as profiles. */
  readonly exact: boolean;
  /** The cell values both sides were read, or profiled, with as missing. */
  readonly missingValues: readonly string[];
  /** Checked columns read with missing values of their own: a contract's fields, or a profile's. */
  readonly columnMissingValues?: readonly { column: string; values: readonly string[] }[];
}

/** How a read shows what it finds: the host, and the side's read under its withholding. */
interface Tracking {
  readonly context: RunContext;
  /** The side's read, whose columns withheld (`WithheldRead`) have no value named. */
  readonly withheld: WithheldRead;
}

/**
 * Batches passed through with the read's progress shown by the host, and a warning for each
 * column of integers that a later number made numeric (`widenIntegers`); a `withheld` column's
 * number is not named.
 */
export function tracked(label: string, batches: AsyncIterable<Batch>, tracking: Tracking) {
  const { progress, log } = tracking.context;
  return warningWidened(new ReadProgress({ label, progress, log }).track(batches), tracking);
}

/** The warning for a column of integers that a later number made numeric, at that number. */
function widenedWarning(
  batch: Batch,
  column: NumericColumn,
  row: number,
  context: { cwd: string; sensitive: boolean },
): string {
  const where = rowPlace(displayPath(context.cwd, batch.file), batch.file, batch.lineNumbers[row]!);
  const value = context.sensitive
    ? `a number that is not whole (value ${WITHHELD})`
    : column.values[row];
  return `${where}: column '${shownName(column.name)}' holds whole numbers in the first rows its type was inferred from, and ${value} here: it is read as numbers (numeric), as pandas reads it. Declare it a number in a data contract given as schema to read it so without this warning`;
}

/** The batches as they come, each column that one of them widens warned of. */
async function* warningWidened(
  batches: AsyncIterable<Batch>,
  { context, withheld }: Tracking,
): AsyncGenerator<Batch> {
  for await (const batch of batches) {
    for (const column of batch.columns.values()) {
      if (!("values" in column) || column.widenedAt === undefined) continue;
      const shown = { cwd: context.cwd, sensitive: withheld.has(column.name) };
      warnIn(context, widenedWarning(batch, column, column.widenedAt, shown));
    }
    yield batch;
  }
}

/**
 * Profiles and samples keep nothing of a batch they have taken in (samples copy the values):
 * the reader may refill a batch's arrays for the next one. Streaming batches, as validate-data
 * reads: 6-8 MB less at drift-check's peak than at the default size, in no more time.
 */
const STREAMING = { reuseBatches: true, batchSize: STREAMING_BATCH_SIZE } as const;

/**
 * How to fix a value that does not fit its column's type, where the type is inferred from the
 * first rows of the data, or for the current data from the reference's: missing-values only
 * makes missing a cell that means no value, and a data contract's declared type is what reads
 * the column another way. A column inferred as integers takes a later decimal (`widenIntegers`),
 * as pandas reads it: such a cell is warned of, not refused.
 */
const FIX_VALUE = {
  invalidCellFix:
    "Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value): the column's type was inferred from the first rows of the data, which hold none like it",
  widenIntegers: true,
} as const;
const FIX_PROFILED_VALUE = {
  invalidCellFix:
    "Fix the value, or make the profile compared again with it among its missing values (drift-check's missing-values, a data contract's missingValues): data compared with a profile is read as the profile was made; a profile made with a data contract's spellings (trueValues, a date format, decimalChar) reads the data with that contract as schema",
} as const;
const FIX_CURRENT_VALUE = {
  invalidCellFix:
    "Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value), which reads both sides: the current data is read with the types inferred from the reference's first rows",
} as const;

/** How the current data's columns are checked as it is read. */
interface ColumnsCheck {
  /** Sees the columns once the first batch is read, and may refuse them before the rest. */
  readonly columns: (columns: readonly string[]) => void;
  /** Sees the columns that no line of JSON Lines data has as a key, once it is read whole. */
  readonly absentKeys: (keys: readonly string[]) => void;
  /** Sees the keys that lines of JSON Lines data have and its columns lack, once read whole. */
  readonly lateKeys?: (keys: readonly LateKey[]) => void;
}

/** The batches as they come, checked by `check` at the first one and after the last. */
async function* checkingColumns(
  batches: AsyncIterable<Batch>,
  check: ColumnsCheck,
): AsyncGenerator<Batch> {
  let last: Batch | undefined;
  for await (const batch of batches) {
    if (last === undefined) check.columns(batch.names);
    last = batch;
    yield batch;
  }
  check.absentKeys(last?.absentKeys ?? []);
  check.lateKeys?.(last?.lateKeys ?? []);
}

/**
 * How data is read on both sides: the cells read as missing, a CSV file's delimiter, and the
 * data contract's fields where one is given.
 */
export interface DataReading {
  readonly missingValues: readonly string[];
  /** Columns read with missing values of their own: a contract's fields', or a profile's. */
  readonly columnMissingValues?: ReadonlyMap<string, readonly string[]>;
  readonly delimiter: string | undefined;
  readonly schema?: TableSchema;
  /** The fix for a cell its column's type cannot take, where the default's does not fit. */
  readonly invalidCellFix?: string;
  /** The columns compared, where not all: the others are never typed (`ReadOptions`). */
  readonly usedColumns?: ReadOptions["usedColumns"];
  /** The columns withheld, whose values no warning or refusal of the read names. */
  readonly withholding?: Withholding;
}

/**
 * The batches as they come, holding only the columns `choose` picks from the first one's (which
 * it may refuse before the rest is read).
 */
async function* choosingColumns(
  batches: AsyncIterable<Batch>,
  choose: (columns: readonly string[]) => readonly string[],
): AsyncGenerator<Batch> {
  let names: readonly string[] | undefined;
  for await (const batch of batches) {
    names ??= choose(batch.names);
    const columns = new Map<string, Column>();
    const byteColumns = new Map<string, BytesColumn>();
    for (const name of names) {
      const column = columnOf(batch, name);
      if (column && "bytes" in column) byteColumns.set(name, column);
      else if (column) columns.set(name, column);
    }
    yield { ...batch, names, columns, byteColumns };
  }
}

/**
 * Reads a dataset into a profile, showing progress; text is profiled from its bytes. `choose`,
 * when given, picks the columns profiled from the data's, at its first batch.
 */
export function profileData(
  label: string,
  source: DataSource,
  reading: DataReading,
  context: RunContext,
  check?: ColumnsCheck,
  choose?: (columns: readonly string[]) => readonly string[],
): Promise<Profile> {
  const { withholding, ...read } = reading;
  const withheld = new WithheldRead(withholding ?? new Withholding());
  const batches = tracked(
    label,
    withheld.read(
      readBatches(source, {
        ...STREAMING,
        ...FIX_VALUE,
        ...read,
        textAsBytes: true,
        readInWorker: "large",
      }),
    ),
    { context, withheld },
  );
  const checked = check ? checkingColumns(batches, check) : batches;
  const profiled = choose ? choosingColumns(checked, choose) : checked;
  return profileBatches(profiled, {}, reading.missingValues, reading.columnMissingValues);
}

/**
 * The profiles of parts of the current data (`files`, listed), merged into one; those that do
 * not merge are named.
 */
async function mergedProfiles(
  files: string[],
  cwd: string,
): Promise<{ profile: Profile; files: string[] }> {
  // Data given where profiles belong (the usual slip: compare mode as if it were check mode)
  // is named as such, not as a document that fails the profile's schema at its first line.
  const data = files.find((file) => formatOf(file) !== undefined);
  if (data !== undefined) {
    throw new InputError(
      "current",
      `compare mode reads profiles written by drift-check --mode profile; ${displayPath(cwd, data)} is data, not one`,
      "Profile each part of the data with --mode profile and give those files, or compare the data itself with --mode check",
    );
  }
  const shown = files.map((file) => displayPath(cwd, file));
  return { profile: await readMergedProfiles(files, shown), files };
}

/**
 * The columns to check and their thresholds, settled from the reference's columns alone, so
 * that a misnamed column in `columns`, `method` or `threshold` is refused before the current
 * data is read.
 */
function settleColumns(
  available: readonly string[],
  request: CompareRequest,
): { names: string[]; thresholds: ThresholdChoice } {
  const names = selectColumns(available, request.selection);
  const unknownMethod = namesNotIn([...request.methods.perColumn.keys()], names)[0];
  if (unknownMethod !== undefined) {
    throw new InputError(
      "method",
      `'${shownName(unknownMethod)}' is not a checked column`,
      `Checked columns: ${shownNames(names)}`,
    );
  }
  return { names, thresholds: parseThreshold(request.threshold, names) };
}

/**
 * Warns of data read as one column, as a CSV file of another delimiter is: `path` the data read
 * here (CSV only: other formats have no delimiter), or none for a profile made elsewhere.
 */
export function warnOneColumn(
  source: string,
  path: string | undefined,
  columns: readonly string[],
  request: Pick<CompareRequest, "delimiter" | "context">,
): void {
  if (path !== undefined && formatOf(path) !== "csv") return;
  const warning = oneColumnWarning(source, columns, request.delimiter, path === undefined);
  if (warning) warnIn(request.context, warning);
}

/**
 * The current data's columns, once known, against the reference's: a name ignore-columns gives
 * must be a column of one side or the other (unless late keys are awaited: `checkLateKeys`), and
 * checked columns the current lacks, and columns only the current has (unless ignored), are
 * warned of. Returns the checked columns it lacks.
 */
function checkCurrentColumns(
  reference: readonly string[],
  checked: readonly string[],
  current: readonly string[],
  request: ReadRequest,
): string[] {
  if (!request.lateKeysAwaited) {
    requireIgnoredColumns(reference, current, request.selection, request.current);
  }
  const absent = namesNotIn(checked, current);
  const warnings = [
    absentColumnsWarning(absent, request.current, request.selection),
    newColumnsWarning(reference, current, request.current, request.selection.ignore),
  ];
  for (const warning of warnings) if (warning) warnIn(request.context, warning);
  return absent;
}

/**
 * The checked columns that no line of JSON Lines current data has as a key (`keys`), which its
 * read made columns of missing values: they are as absent as a column a CSV header lacks, and
 * warned of alike.
 */
function checkAbsentKeys(
  keys: readonly string[],
  checked: readonly string[],
  request: CompareRequest,
): string[] {
  const absent = checked.filter((name) => keys.includes(name));
  const warning = absentColumnsWarning(absent, request.current, request.selection);
  if (warning) warnIn(request.context, warning);
  return absent;
}

/**
 * The warning for the keys that lines of JSON Lines data (`source`) have and its columns lack,
 * or null: they first appear after the rows the columns were read from, so they are neither
 * read nor checked. For the current data, `reference` is the reference's columns: a key among
 * them is left out, as a column only the current has is warned of; null otherwise. A key that
 * ignore-columns names (`ignored`) is left out too. `done` is what the run does with columns.
 */
export function lateKeysWarning(
  source: string,
  keys: readonly LateKey[],
  reference: readonly string[] | null,
  ignored: readonly string[],
  cwd: string,
  done: "checked" | "profiled" = "checked",
): string | null {
  const known = new Set([...(reference ?? []), ...ignored]);
  const late = keys.filter((key) => !known.has(key.name));
  if (late.length === 0) return null;
  const where = late.map(
    (key) => `'${shownName(key.name)}' (first at ${displayPath(cwd, key.file)}:${key.line})`,
  );
  const one = late.length === 1;
  const what = reference ? "the reference lacks" : "its columns lack";
  return `${source} has ${one ? "a key" : "keys"} ${what}, not ${done}: ${where.join(", ")}; the columns of JSON Lines data are the keys of its first rows, and ${one ? "this key first appears" : "these keys first appear"} after them`;
}

/** A side's columns and its late keys (`Batch.lateKeys`), once it is read whole. */
interface ReadKeys {
  readonly order: readonly string[];
  readonly lateKeys: readonly LateKey[];
}

/**
 * Both sides' late keys, once read whole: a name in ignore-columns that is neither a column nor
 * a late key of either side is refused, where that waited on them; then each side's are warned of.
 */
function checkLateKeys(reference: ReadKeys, current: ReadKeys, request: ReadRequest): void {
  if (request.lateKeysAwaited) {
    const late = [...reference.lateKeys, ...current.lateKeys];
    requireIgnoredColumns(reference.order, current.order, request.selection, request.current, late);
  }
  warnLateKeys("the reference", reference.lateKeys, null, request);
  warnLateKeys(request.current, current.lateKeys, reference.order, request);
}

/** Warns of late keys (`lateKeysWarning`) in a comparison's data. */
function warnLateKeys(
  source: string,
  keys: readonly LateKey[],
  reference: readonly string[] | null,
  { selection, context }: CompareRequest,
): void {
  const warning = lateKeysWarning(source, keys, reference, selection.ignore, context.cwd);
  if (warning) warnIn(context, warning);
}

/** The comparisons of the `absent` columns marked as such, for their verdict and note. */
function markAbsent(comparisons: ColumnComparison[], absent: readonly string[]) {
  const gone = new Set(absent);
  return comparisons.map((c) => (gone.has(c.name) ? { ...c, absent: true } : c));
}

/**
 * Refuses a name in ignore-columns that neither side has from the current's first batch, before
 * the rest of either side is read for a typo; waits on nothing when the reference has them all.
 */
async function requireIgnoredEarly(
  reference: readonly string[],
  current: EarlyRead,
  request: CompareRequest,
): Promise<void> {
  const { selection } = request;
  if (ignoredNotInReference(reference, selection).length === 0) return;
  requireIgnoredColumns(reference, await current.columns(), selection, request.current);
}

/**
 * How check mode reads both sides: no profile says the missing values, the data contract does,
 * else the input.
 */
const dataReading = (request: CompareRequest): DataReading & typeof STREAMING => ({
  ...STREAMING,
  ...(request.schema
    ? contractReading(request.schema)
    : { missingValues: settleMissingValues(request.missingValues, []) }),
  delimiter: request.delimiter,
});

/**
 * The read schema of the current data in check mode: each checked column with the reference's
 * type, or the contract's field where it declares one, so that both sides are read alike. A
 * column the current lacks is not the read's to refuse: it is compared as missing in every row.
 */
function asReference(
  names: readonly string[],
  typeOf: (name: string) => ColumnType,
  schema: TableSchema | undefined,
): TableSchema {
  const declared = new Map(schema?.fields.map((field) => [field.name, field]));
  return {
    fields: names.map((name) => referenceField(name, typeOf(name), declared.get(name))),
    fieldsMayBeAbsent: true,
  };
}

/**
 * The reference data's batches in check mode, shown as they are read, its columns left out of
 * the selection never typed, its withheld cells unquoted (`WithheldRead`).
 */
function readReference(source: DataSource, reading: DataReading, request: ReadRequest) {
  const withheld = new WithheldRead(request.withholding);
  const batches = readBatches(source, {
    ...FIX_VALUE,
    ...reading,
    usedColumns: usedColumns(request.selection),
  });
  return tracked("reading reference", withheld.read(batches), { ...request, withheld });
}

/**
 * The current data's read in check mode, as the reference data was read: `read` starts it, its
 * withheld cells unquoted wherever its refusal is met first (`EarlyRead.columns` too), and
 * `tracked` shows its batches as they are taken.
 */
function currentReader(current: string, reading: DataReading, request: ReadRequest) {
  const withheld = new WithheldRead(request.withholding);
  return {
    read: (names: readonly string[], typeOf: (name: string) => ColumnType) =>
      withheld.read(
        readBatches(current, {
          ...FIX_CURRENT_VALUE,
          ...reading,
          schema: asReference(names, typeOf, request.schema),
          usedColumns: { only: names },
          readInWorker: "large",
        }),
      ),
    tracked: (batches: AsyncIterable<Batch>) =>
      tracked("reading current", batches, { ...request, withheld }),
  };
}

/** What check mode compares, but the current's files, which the caller has listed. */
type DataCompared = Omit<Compared, "currentFiles">;

/**
 * Check mode on data: both sides read whole, only the checked columns sampled. The current
 * data is read on a thread of its own, started as soon as the reference's first batch has
 * settled the columns and their types: it reads ahead while the reference is read, and then
 * while this thread keeps the current's values and, a column at a time between its batches,
 * packs the reference's. The current's values are sorted only as they are compared.
 */
async function compareData(paths: string[], request: ReadRequest): Promise<DataCompared> {
  const { context } = request;
  const current = resolve(context.cwd, request.current);
  const reading = dataReading(request);
  // Each side withholds by its own columns, known at its first batch.
  const currentRead = currentReader(current, reading, request);
  let early: EarlyRead | undefined;
  let ref: Awaited<ReturnType<typeof collectSamples>>;
  try {
    ref = await collectSamples(readReference(paths, reading, request), async (available, types) => {
      warnOneColumn("the reference", paths[0]!, available, request);
      const { names } = settleColumns(available, request);
      early = new EarlyRead(currentRead.read(names, (name) => types.get(name)!));
      if (!request.lateKeysAwaited) await requireIgnoredEarly(available, early, request);
      return names;
    });
  } catch (error) {
    await early?.stop();
    throw error;
  }
  const { names, thresholds } = settleColumns(ref.order, request);
  const packing = new AbortController();
  let absent: string[] = [];
  const [cur] = await Promise.all([
    collectSamples(
      currentRead.tracked(early ?? currentRead.read(names, (name) => ref.columns.get(name)!.type)),
      (available) => {
        absent = checkCurrentColumns(ref.order, names, available, request);
        return namesNotIn(names, absent);
      },
    ).catch((error: unknown) => {
      packing.abort();
      throw error;
    }),
    packInTurns([...ref.columns.values()], packing.signal),
  ]);
  // A column the current lacks is as many missing values as it has rows, of the reference's type.
  for (const name of absent) {
    cur.columns.set(name, absentSample(ref.columns.get(name)!.type, cur.rows));
  }
  // A key no line has was read as such a column already.
  absent.push(...checkAbsentKeys(cur.absentKeys, names, request));
  checkLateKeys(ref, cur, request);
  const settings = { methods: request.methods, referenceRows: ref.rows };
  const comparisons = notedAsText(
    await compareColumns(names, ref.columns, cur.columns, settings),
    (name) => {
      const sample = ref.columns.get(name);
      return sample && !sample.numeric ? { values: sample.counts.keys(), all: true } : undefined;
    },
    request,
  );
  return {
    names,
    thresholds,
    comparisons: markAbsent(comparisons, absent),
    referenceRows: ref.rows,
    currentRows: cur.rows,
    exact: true,
    missingValues: reading.missingValues,
    columnMissingValues: ownOfChecked(names, reading.columnMissingValues),
  };
}

/**
 * The current side as a profile: the merged profiles of compare mode, else the data profiled
 * here. Its columns are checked as soon as they are known, before the data is read further.
 */
async function currentProfile(
  request: CompareRequest,
  merged: { profile: Profile; files: string[] } | null,
  reading: DataReading,
  check: ColumnsCheck,
  files: string[],
) {
  if (merged) {
    check.columns(merged.profile.columns.map((c) => c.name));
    return merged;
  }
  const { context } = request;
  const current = resolve(context.cwd, request.current);
  return {
    profile: await profileData("profiling current", current, reading, context, check),
    files,
  };
}

/** A reference profile as a line names it: its registry version, else its file. */
const shownAs = (reference: Reference & { kind: "profile" | "registry" }, cwd: string) =>
  reference.from ?? shownPaths(reference.paths, cwd);

/**
 * How data compared with profiles is read: with the missing values the profiles were made with,
 * which must agree with each other and with the input or the data contract, and with the
 * contract's fields where one is given (check mode with a reference profile).
 */
function profiledReading(request: ReadRequest, profiles: readonly NamedProfile[]): DataReading {
  const [first] = profiles;
  const { schema, delimiter, withholding } = request;
  if (schema) {
    if (first) {
      requireContractMissingValues(first.profile, first.shown, schema);
      requireContractTypes(first.profile, first.shown, schema);
    }
    return { ...contractReading(schema), delimiter, withholding };
  }
  return {
    withholding,
    missingValues: settleMissingValues(request.missingValues, profiles),
    // A column the profile counted with missing values of its own (a contract field's) is read
    // with them; the profiles agree on them, or were refused above.
    columnMissingValues: first ? ownColumnMissingValues(first.profile) : new Map(),
    delimiter,
    // Data compared with a profile is read as the profile was made: a value is made missing by
    // making the profile again, not by the input alone.
    ...(first && FIX_PROFILED_VALUE),
  };
}

/**
 * The current profile with a column for each of `absent` that it lacks (a key no line of JSON
 * Lines data has is one already): the profile of as many missing values as it has rows, of the
 * reference's type.
 */
function withAbsentColumns(current: Profile, reference: Profile, absent: readonly string[]) {
  if (absent.length === 0) return current;
  const gone = new Set(absent);
  for (const column of current.columns) gone.delete(column.name);
  const added = reference.columns
    .filter((column) => gone.has(column.name))
    .map((column) => {
      const profiler = new ColumnProfiler(column.name, column.type, current.settings);
      profiler.missing = current.rowCount;
      return profiler.toJSON();
    });
  return { ...current, columns: [...current.columns, ...added] };
}

/**
 * How current data compared with a reference profile is read: its checked columns with the
 * profile's types, as check mode reads them with the reference data's, so that a junk cell in a
 * column of numbers stops the read at its line rather than making the column text, which a
 * profile of numbers could not be compared with.
 */
const referenceTyped = (
  reading: DataReading,
  reference: Profile,
  names: readonly string[],
  schema: TableSchema | undefined,
): DataReading => {
  const types = new Map(reference.columns.map((column) => [column.name, column.type]));
  const typed = asReference(names, (name) => types.get(name)!, schema);
  return { ...reading, schema: typed, usedColumns: { only: names } };
};

/**
 * The checks of the current's columns against a reference profile's (`reference`), as they are
 * known: `absent` gets the checked columns it lacks.
 */
function profiledColumnsCheck(
  reference: readonly string[],
  checked: readonly string[],
  request: ReadRequest,
  absent: string[],
): ColumnsCheck {
  let columns: readonly string[] = [];
  return {
    columns: (names) => {
      columns = names;
      absent.push(...checkCurrentColumns(reference, checked, names, request));
    },
    absentKeys: (keys) => absent.push(...checkAbsentKeys(keys, checked, request)),
    // A profile records no late keys: the current data's alone are known.
    lateKeys: (keys) =>
      checkLateKeys(
        { order: reference, lateKeys: [] },
        { order: columns, lateKeys: keys },
        request,
      ),
  };
}

/** The comparisons, each column of numbers that words made text noted and warned of. */
function notedAsText(
  comparisons: readonly ColumnComparison[],
  keptOf: (name: string) => KeptText | undefined,
  request: ReadRequest,
): ColumnComparison[] {
  const warn = (message: string) => warnIn(request.context, message);
  return comparisons.map((comparison) =>
    withNumbersAsTextNote(comparison, keptOf(comparison.name), request.schema, warn),
  );
}

/** A profile's column's values as text, those its frequent values keep (`withNumbersAsTextNote`). */
function keptText(profile: Profile, name: string): KeptText | undefined {
  const frequent = profile.columns.find((column) => column.name === name)?.frequent;
  if (!frequent) return undefined;
  return { values: frequent.items.map((item) => String(item.value)), all: frequent.exact };
}

/** Compare mode, or a profile as the reference: both sides compared as profiles. */
async function compareAsProfiles(request: ReadRequest, currentFiles: string[]): Promise<Compared> {
  const { reference, context } = request;
  // Profiles are read first, being small beside data: the values they were made with as missing
  // are those any data is read with here.
  const merged =
    request.mode === "compare" ? await mergedProfiles(currentFiles, context.cwd) : null;
  // The current profiles' marks withhold those columns in the reference's data too.
  if (merged) request.withholding.mark(markedColumns(merged.profile));
  const profiles = [
    ...(reference.kind === "data"
      ? []
      : [{ profile: reference.profile, shown: shownAs(reference, context.cwd) }]),
    ...(merged ? [{ profile: merged.profile, shown: request.current }] : []),
  ];
  const reading = profiledReading(request, profiles);
  const refProfile =
    reference.kind === "data"
      ? await profileData(
          "profiling reference",
          reference.paths,
          { ...reading, usedColumns: usedColumns(request.selection) },
          context,
        )
      : reference.profile;
  const referenceColumns = refProfile.columns.map((c) => c.name);
  warnOneColumn(
    reference.kind === "data" ? "the reference" : shownAs(reference, context.cwd),
    reference.kind === "data" ? reference.paths[0]! : undefined,
    referenceColumns,
    request,
  );
  const { names, thresholds } = settleColumns(referenceColumns, request);
  const absent: string[] = [];
  const current = await currentProfile(
    request,
    merged,
    referenceTyped(reading, refProfile, names, request.schema),
    profiledColumnsCheck(referenceColumns, names, request, absent),
    currentFiles,
  );
  const pick = picker(request.methods, refProfile.rowCount);
  const profile = withAbsentColumns(current.profile, refProfile, absent);
  return {
    names,
    thresholds,
    comparisons: markAbsent(
      notedAsText(
        compareProfileColumns(refProfile, profile, names, pick),
        (name) => keptText(refProfile, name),
        request,
      ),
      absent,
    ),
    referenceRows: refProfile.rowCount,
    currentRows: current.profile.rowCount,
    currentFiles: current.files,
    exact: false,
    missingValues: reading.missingValues,
    columnMissingValues: ownOfChecked(names, reading.columnMissingValues),
  };
}

/**
 * Reads both sides and compares every checked column: exactly on data, else as profiles. A
 * column whose p-value is 0 for a category new in current says so, whichever way it was compared.
 * The columns withheld (`Withholding`: the contract's sensitive fields, those a profile marks,
 * contract or not, as the mark travels with the profile, and where a side lacks a sensitive
 * field's name, the columns the contract does not declare) are compared with none of their values
 * shown, nor a cell of theirs that a read refuses (`WithheldRead`, which every read goes through).
 */
export async function compareSources(request: CompareRequest): Promise<Compared> {
  const { reference, context } = request;
  const withholding = Withholding.of(request.sensitive, request.schema);
  if (reference.kind !== "data") {
    withholding.mark(markedColumns(reference.profile));
    withholding.see(reference.profile.columns.map((column) => column.name));
  }
  // Both sides' files are listed before either is read: a path that names none is refused at
  // once, naming its input, rather than after the other side is read. The current's list is
  // the one its read, merge and report use.
  const referenceFiles =
    reference.kind === "data"
      ? await listInputFiles("reference", reference.paths, context.cwd)
      : [];
  const currentFiles = await listInputFiles(
    "current",
    resolve(context.cwd, request.current),
    context.cwd,
  );
  // Reference data is read for late keys in check mode only; compare mode's current files are
  // profiles, which record none.
  const read = {
    ...request,
    withholding,
    lateKeysAwaited: awaitsLateKeys([
      ...(request.mode === "check" ? referenceFiles : []),
      ...currentFiles,
    ]),
  };
  const compared =
    request.mode === "check" && reference.kind === "data"
      ? { ...(await compareData(reference.paths, read)), currentFiles }
      : await compareAsProfiles(read, currentFiles);
  // Read whole, both sides' columns are known: a column either withholds has its values withheld.
  const withheld = (c: ColumnComparison) => (withholding.has(c.name) ? withheldComparison(c) : c);
  return {
    ...compared,
    comparisons: compared.comparisons.map(withheld).map(withNewCategoriesNote),
  };
}
