import { resolve } from "node:path";
import type { Batch } from "../../engine/data/batch.js";
import type { ColumnType, TableSchemaField } from "../../engine/data/column-type.js";
import { formatOf, listFiles, readBatches } from "../../engine/data/read-batches.js";
import { STREAMING_BATCH_SIZE } from "../../engine/data/read-options.js";
import { ReadProgress } from "../../engine/data/read-progress.js";
import { displayPath } from "../../engine/files/display-path.js";
import { mergeProfiles } from "../../engine/profile/merge-profiles.js";
import { profileBatches } from "../../engine/profile/profile-dataset.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { warnIn, type RunContext } from "../../interface/define-action.js";
import type { Reference } from "../../platform/registry/load-reference.js";
import { shownName, shownNames } from "./column-name.js";
import { collectSamples, packInTurns, roomFor, type ColumnSample } from "./column-samples.js";
import { releaseArrays } from "../../engine/release-array.js";
import { EarlyRead } from "./early-read.js";
import { compareProfileColumns } from "./compare-profile-columns.js";
import { compareSamples, type ColumnComparison, type MethodPicker } from "./compare-samples.js";
import {
  autoMethod,
  CATEGORICAL_METHODS,
  NUMERIC_METHODS,
  parseThreshold,
  TWO_CATEGORY_METHODS,
  type MethodChoice,
  type ThresholdChoice,
} from "./drift-methods.js";
import { InputError } from "../../engine/errors.js";
import {
  newColumnsWarning,
  requireColumns,
  selectColumns,
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
  /** The cell values read as missing on both sides, the empty cell among them. */
  readonly missingValues: readonly string[];
  readonly threshold: string | undefined;
  readonly context: RunContext;
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
}

/** The reference's column types, declared for the current data so that both are read alike. */
function schemaField(name: string, type: ColumnType): TableSchemaField {
  const declared: Record<ColumnType, TableSchemaField["type"]> = {
    numeric: "number",
    integer: "number",
    boolean: "boolean",
    datetime: "datetime",
    categorical: "string",
    text: "string",
  };
  return { name, type: declared[type] };
}

/**
 * The method of each column: its own from the `method` map, else the one for every column where
 * it fits, else auto. One numeric method for all (`--method ks`) does not fit a column of text,
 * nor a categorical one (`--method g_test`) a numeric column, nor z or fisher_exact a column of
 * more than two categories: such a column keeps auto's method, and its note says so.
 */
const picker =
  (methods: MethodChoice, referenceRows: number): MethodPicker =>
  (column, kind, numbers, categories) => {
    const own = methods.perColumn.get(column);
    if (own) return { method: own, note: null };
    const auto = autoMethod(kind, referenceRows);
    const all = methods.all;
    if (all === "auto") return { method: auto, note: null };
    if (!numbers && NUMERIC_METHODS.includes(all)) {
      return {
        method: auto,
        note: `tested with ${auto}, auto's method for categories: method ${all} compares numbers`,
      };
    }
    if (kind === "numeric" && CATEGORICAL_METHODS.includes(all)) {
      return {
        method: auto,
        note: `tested with ${auto}, auto's method for numbers: method ${all} compares categories`,
      };
    }
    if (categories > 2 && TWO_CATEGORY_METHODS.includes(all)) {
      return {
        method: auto,
        note: `tested with ${auto}, auto's method for categories: method ${all} compares two categories, and this column has ${categories}`,
      };
    }
    return { method: all, note: null };
  };

/** Batches passed through with the read's progress shown by the host. */
export const tracked = (label: string, batches: AsyncIterable<Batch>, context: RunContext) =>
  new ReadProgress({ label, progress: context.progress, log: context.log }).track(batches);

/**
 * Profiles and samples keep nothing of a batch they have taken in (samples copy the values):
 * the reader may refill a batch's arrays for the next one. Streaming batches, as validate-data
 * reads: 6-8 MB less at drift-check's peak than at the default size, in no more time.
 */
const STREAMING = { reuseBatches: true, batchSize: STREAMING_BATCH_SIZE } as const;

/**
 * How to fix a value that does not fit its column's type: drift-check has no schema to name,
 * as the reader's own fix does. Its types are inferred from the first rows of the data, or for
 * the current data from the reference's.
 */
const FIX_VALUE = {
  invalidCellFix:
    "Fix the value, or add it to missing-values: the column's type was inferred from the first rows of the data, which hold none like it",
} as const;
const FIX_CURRENT_VALUE = {
  invalidCellFix:
    "Fix the value, add it to missing-values, or make the column text in the reference: the current data is read with the types inferred from the reference's first rows",
} as const;

/** Reads a dataset into a profile, showing progress; text is profiled from its bytes. */
export const profileData = (
  label: string,
  source: string,
  missingValues: readonly string[],
  context: RunContext,
) =>
  profileBatches(
    tracked(
      label,
      readBatches(source, {
        ...STREAMING,
        ...FIX_VALUE,
        missingValues,
        textAsBytes: true,
        readInWorker: "large",
      }),
      context,
    ),
  );

async function mergedProfiles(
  pattern: string,
  cwd: string,
): Promise<{ profile: Profile; files: string[] }> {
  const files = await listFiles(resolve(cwd, pattern));
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
  const profiles = await Promise.all(
    files.map((file) => readProfile(file, displayPath(cwd, file))),
  );
  return { profile: profiles.reduce((a, b) => mergeProfiles(a, b)), files };
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
  const unknownMethod = [...request.methods.perColumn.keys()].find((name) => !names.includes(name));
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
 * Check mode on data: both sides read whole, only the checked columns sampled. The current
 * data is read on a thread of its own, started as soon as the reference's first batch has
 * settled the columns and their types: it reads ahead while the reference is read, and then
 * while this thread keeps the current's values and, a column at a time between its batches,
 * packs the reference's. The current's values are sorted only as they are compared.
 */
async function compareData(path: string, request: CompareRequest): Promise<Compared> {
  const { context } = request;
  const current = resolve(context.cwd, request.current);
  const reading = { ...STREAMING, missingValues: request.missingValues };
  // A column the current lacks is not the read's to refuse: requireColumns names every one.
  const readCurrent = (fields: TableSchemaField[]) =>
    readBatches(current, {
      ...reading,
      ...FIX_CURRENT_VALUE,
      schema: { fields, fieldsMayBeAbsent: true },
      readInWorker: "large",
    });
  let early: EarlyRead | undefined;
  let ref: Awaited<ReturnType<typeof collectSamples>>;
  try {
    ref = await collectSamples(
      tracked("reading reference", readBatches(path, { ...reading, ...FIX_VALUE }), context),
      (available, types) => {
        const { names } = settleColumns(available, request);
        early = new EarlyRead(
          readCurrent(names.map((name) => schemaField(name, types.get(name)!))),
        );
        return names;
      },
    );
  } catch (error) {
    await early?.stop();
    throw error;
  }
  const { names, thresholds } = settleColumns(ref.order, request);
  const packing = new AbortController();
  const [cur] = await Promise.all([
    collectSamples(
      tracked(
        "reading current",
        early ?? readCurrent(names.map((name) => schemaField(name, ref.columns.get(name)!.type))),
        context,
      ),
      (available) => {
        requireColumns(names, available, request.current);
        const added = newColumnsWarning(ref.order, available, request.current);
        if (added) warnIn(context, added);
        return names;
      },
    ).catch((error: unknown) => {
      packing.abort();
      throw error;
    }),
    packInTurns([...ref.columns.values()], packing.signal),
  ]);
  return {
    names,
    thresholds,
    comparisons: compareColumns(names, ref.columns, cur.columns, picker(request.methods, ref.rows)),
    referenceRows: ref.rows,
    currentRows: cur.rows,
    currentFiles: await listFiles(current),
    exact: true,
  };
}

/**
 * Compares each named column of the two sides' samples, both sorted into one room per side
 * that every column reuses, and that is freed once they are compared.
 */
function compareColumns(
  names: readonly string[],
  reference: ReadonlyMap<string, ColumnSample>,
  current: ReadonlyMap<string, ColumnSample>,
  pick: MethodPicker,
): ColumnComparison[] {
  const rooms = { reference: roomFor(reference.values()), current: roomFor(current.values()) };
  try {
    return names.map((name) =>
      compareSamples(name, reference.get(name)!, current.get(name)!, pick, rooms),
    );
  } finally {
    releaseArrays(new Uint8Array(rooms.reference), new Uint8Array(rooms.current));
  }
}

/** The current side as a profile: merged from shards in compare mode, else profiled here. */
async function currentProfile(request: CompareRequest) {
  const { context } = request;
  if (request.mode === "compare") return mergedProfiles(request.current, context.cwd);
  const current = resolve(context.cwd, request.current);
  return {
    profile: await profileData("profiling current", current, request.missingValues, context),
    files: await listFiles(current),
  };
}

/** Compare mode, or a profile as the reference: both sides compared as profiles. */
async function compareAsProfiles(request: CompareRequest): Promise<Compared> {
  const { reference, context } = request;
  const refProfile =
    reference.kind === "data"
      ? await profileData("profiling reference", reference.path, request.missingValues, context)
      : reference.profile;
  const { names, thresholds } = settleColumns(
    refProfile.columns.map((c) => c.name),
    request,
  );
  const current = await currentProfile(request);
  const currentColumns = current.profile.columns.map((c) => c.name);
  requireColumns(names, currentColumns, request.current);
  const referenceColumns = refProfile.columns.map((c) => c.name);
  const added = newColumnsWarning(referenceColumns, currentColumns, request.current);
  if (added) warnIn(context, added);
  const pick = picker(request.methods, refProfile.rowCount);
  return {
    names,
    thresholds,
    comparisons: compareProfileColumns(refProfile, current.profile, names, pick),
    referenceRows: refProfile.rowCount,
    currentRows: current.profile.rowCount,
    currentFiles: current.files,
    exact: false,
  };
}

/** Reads both sides and compares every checked column: exactly on data, else as profiles. */
export const compareSources = (request: CompareRequest): Promise<Compared> =>
  request.mode === "check" && request.reference.kind === "data"
    ? compareData(request.reference.path, request)
    : compareAsProfiles(request);
