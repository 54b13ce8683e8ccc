import { dump } from "js-yaml";
import { FileError } from "../../engine/errors.js";
import { columnOf, type Batch, type LateKey } from "../../engine/data/batch.js";
import type { ColumnType } from "../../engine/data/column-type.js";
import { parseNumberCell } from "../../engine/data/parse-cell.js";
import { readBatches } from "../../engine/data/read-batches.js";
import {
  DEFAULT_INFER_ROWS,
  ownMissingValues,
  tableMissingValues,
  type ReadOptions,
} from "../../engine/data/read-options.js";
import { profileBatches } from "../../engine/profile/profile-dataset.js";
import type { ColumnProfile, Profile } from "../../engine/profile/profile-types.js";
import { shownColumn } from "../../engine/profile/missing-values.js";
import { escapeControl } from "../../engine/report/escape-control.js";
import { counted } from "../../engine/report/counted.js";
import { shorten } from "../../engine/report/shorten.js";
import type { RowLocator } from "./check-result.js";
import { LateValuedColumns } from "./late-valued-columns.js";
import { describeExample } from "./render-summary.js";
import {
  settledChars,
  textFinding,
  textFindingNote,
  type TextFinding,
} from "./text-column-findings.js";

/**
 * The most values an inferred `enum` lists. A categorical column may hold up to 1,000; a list
 * much past a screenful is no longer read in a review, and is then more likely a sample of an
 * open set (cities, products) than a closed one that a new value should fail.
 */
export const MAX_ENUM_VALUES = 50;

const DAY_MS = 86_400_000;

/**
 * A column whose later cells did not fit the type its first rows gave it. Each was read as
 * missing, so the profile's counts are of the other cells.
 */
export interface Misfit {
  /** How many cells did not fit. */
  cells: number;
  /** Whether every one of them is a number a `number` field reads (`1.5`, `INF` among integers). */
  numbers: boolean;
  /** Where the first one is, as validate-data's examples show it (`train.csv:10004`), and its text. */
  first: { where: string; text: string };
}

/** What a read of the data tells of its columns, beyond their profile. */
export interface DataFindings {
  profile: Profile;
  /** The columns whose later cells did not fit their type, by name. */
  misfits: ReadonlyMap<string, Misfit>;
  /** The columns of dates whose every value was written as a date alone (`2024-05-01`). */
  dateOnly: ReadonlySet<string>;
  /**
   * JSON Lines keys first seen after the rows the columns were read from, where each starts
   * (`events.jsonl:10401`): the profile has no column of theirs.
   */
  lateKeys?: readonly { name: string; where: string }[];
}

/** What a read for a profile finds: all of `DataFindings` but the columns of dates alone. */
type ProfileFindings = Omit<DataFindings, "dateOnly">;

type FieldType = "string" | "number" | "integer" | "boolean" | "date" | "datetime";

interface StarterField {
  name: string;
  type: FieldType;
  description?: string;
  format?: "any";
  decimalChar?: string;
  groupChar?: string;
  missingValues?: string[];
  constraints?: { required?: true; enum?: string[] };
  "x-mlops"?: { sensitive: true };
}

/** A Table Schema that validate-data reads, as inferred: the fields and the table's missing values. */
export interface StarterContract {
  missingValues?: string[];
  fields: StarterField[];
}

const FIELD_TYPES: Readonly<Record<ColumnType, FieldType>> = {
  numeric: "number",
  integer: "integer",
  boolean: "boolean",
  datetime: "datetime",
  categorical: "string",
  text: "string",
};

/** Whether an instant (milliseconds since the epoch) has a time of day: a date is a midnight UTC. */
const hasTimeOfDay = (instant: number): boolean =>
  Number.isFinite(instant) && instant % DAY_MS !== 0;

/**
 * Whether a value the profile kept of a column of dates (its extremes, its frequent values) has
 * a time of day: the column is then no column of dates alone, and its cells need not be read
 * again to tell.
 */
function keepsTimeOfDay(column: ColumnProfile): boolean {
  const kept = [
    column.min,
    column.max,
    ...(column.frequent?.items ?? []).map((item) => item.value),
  ];
  return kept.some((value) => typeof value === "number" && hasTimeOfDay(value));
}

/**
 * The type a column is written with. A column of dates is `date` only where the data showed
 * that each value was written as a date alone: a midnight is also `2024-05-01T00:00:00Z`, which
 * a `date` field of the default format refuses. A profile keeps instants, not how they were
 * written, so from a profile such a column is `datetime`, which with format `any` takes both.
 */
function fieldType(
  column: ColumnProfile,
  misfit: Misfit | undefined,
  dateOnly: ReadonlySet<string>,
): FieldType {
  if (misfit) return column.type === "integer" && misfit.numbers ? "number" : "string";
  if (column.type === "datetime") return dateOnly.has(column.name) ? "date" : "datetime";
  return FIELD_TYPES[column.type];
}

/** Every value of a categorical column, when the profile counted them all and they are few. */
function enumOf(column: ColumnProfile): string[] | undefined {
  const frequent = column.frequent;
  if (column.type !== "categorical" || !frequent?.exact) return undefined;
  if (frequent.items.length === 0 || frequent.items.length > MAX_ENUM_VALUES) return undefined;
  // Sorted, so that two inferences of like data differ where their values do.
  return frequent.items.map((item) => String(item.value)).sort();
}

function starterField(
  column: ColumnProfile,
  misfit: Misfit | undefined,
  dateOnly: ReadonlySet<string>,
  finding: TextFinding | undefined,
): StarterField {
  // Numbers with a decimal comma, or commas between groups, are numbers so spelled.
  const chars = settledChars(finding);
  const type = chars ? "number" : fieldType(column, misfit, dateOnly);
  // The cells read as missing for not fitting are values the data has.
  const required = column.missing === (misfit?.cells ?? 0);
  // An enum of the JSON texts of nested values, or of numbers, would fail any new one.
  const values = misfit || chars || finding?.kind === "nested" ? undefined : enumOf(column);
  const constraints = {
    ...(required ? { required: true as const } : {}),
    ...(values ? { enum: values } : {}),
  };
  return {
    name: column.name,
    type,
    // A profile keeps instants, not how they were written: either ISO 8601 form is taken, as
    // the read that inferred the column took them.
    ...(type === "date" || type === "datetime" ? { format: "any" as const } : {}),
    ...chars,
    ...(column.missingValues ? { missingValues: [...column.missingValues] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    // A profile that withheld a field's values marks it: the contract keeps it withheld.
    ...(column.sensitive ? { "x-mlops": { sensitive: true as const } } : {}),
  };
}

/** The warning for a column written with a wider type than its first rows had. */
function misfitNote(column: ColumnProfile, misfit: Misfit, written: FieldType): string {
  const cells = misfit.cells === 1 ? "1 later cell is not" : `${misfit.cells} later cells are not`;
  return (
    `column ${shownColumn(column.name)} reads as ${FIELD_TYPES[column.type]} in its first rows, ` +
    `but ${cells} (the first, ${misfit.first.where}: ${JSON.stringify(misfit.first.text)}), ` +
    `so it is written as ${written}. Where such a cell means no value, infer again with it in ` +
    `--missing-values (pandas for NA and its kin), or add it to missingValues and give the ` +
    `column its type back`
  );
}

/** Whether a column has no value at all: a string for want of values to type it from. */
const hasNoValue = (column: ColumnProfile, rows: number): boolean =>
  (column.type === "categorical" || column.type === "text") && column.missing === rows;

/** What the field of a column with no value says, for the contract's review. */
const NO_VALUE_DESCRIPTION =
  "No value in the data this contract was inferred from: declare the type its values will have.";

/** The warning for a column with no value in any of `rows`. */
const noValueNote = (column: ColumnProfile, rows: number): string =>
  `column ${shownColumn(column.name)} has no value in the data's ${counted(rows, "row")}, so it ` +
  `has no type to read: it is written as string, which takes any value; declare the type its ` +
  `values will have (integer, number, boolean, date, datetime or string), or leave the column ` +
  `out of the data`;

/**
 * The starter contract of profiled data: each column's type, `required` where no value is
 * missing, and an `enum` of a categorical column's values where the profile counted all of
 * them and there are at most `MAX_ENUM_VALUES`. `found`: what the read of the data told beyond
 * the profile, none when only the profile is at hand. `shown`: the data or profile as messages
 * name it.
 */
export function inferContract(
  profile: Profile,
  shown: string,
  found: Omit<DataFindings, "profile"> = { misfits: new Map(), dateOnly: new Set() },
): { contract: StarterContract; warnings: string[] } {
  if (profile.rowCount === 0) {
    throw new FileError(
      shown,
      "has no rows, so there are no values to read the columns' types from",
      "Infer the contract from data that has rows",
    );
  }
  const unnamed = profile.columns.findIndex((column) => column.name === "");
  if (unnamed !== -1) {
    throw new FileError(
      shown,
      `column ${unnamed + 1} has no name, and a contract matches columns by name`,
      "Name every column in the data's header",
    );
  }
  const warnings: string[] = [];
  const fields = profile.columns.map((column) => {
    const misfit = found.misfits.get(column.name);
    const finding = misfit ? undefined : textFinding(column);
    const field = starterField(column, misfit, found.dateOnly, finding);
    if (misfit) warnings.push(misfitNote(column, misfit, field.type));
    if (hasNoValue(column, profile.rowCount)) {
      warnings.push(noValueNote(column, profile.rowCount));
      return { ...field, description: NO_VALUE_DESCRIPTION };
    }
    const note = finding && textFindingNote(column, finding);
    if (note) warnings.push(note);
    return field;
  });
  const contract = {
    ...(profile.missingValues ? { missingValues: [...profile.missingValues] } : {}),
    fields,
  };
  for (const { name, where } of found.lateKeys ?? []) {
    warnings.push(
      `key ${shownColumn(name)} first appears at ${where}, after the rows the columns were read from, so it is left out: add it as a field by hand (without required: earlier rows lack it), or it fails validate-data's fields check as undeclared`,
    );
  }
  return { contract, warnings };
}

/** What a read for a profile does beside profiling every column. */
interface ProfileScope {
  /** Sees each batch before it is profiled. */
  watch?: (batch: Batch) => void;
  /** The only columns profiled, where not all: the others are left out of the profile. */
  only?: readonly string[];
}

/**
 * The profile of `files`, and the columns whose later cells did not fit the type their first
 * rows gave them: such a cell is held as missing and noted, so that the column is written with
 * a type that takes it rather than the read stopping there. A column's first such cell is
 * placed as validate-data places a failing row (by its line, or a Parquet row by its row in its
 * own file), once the batch of its row names the file.
 */
async function profileNotingMisfits(
  files: readonly string[],
  read: ReadOptions,
  locator: RowLocator,
  { watch, only }: ProfileScope = {},
): Promise<ProfileFindings> {
  const misfits = new Map<string, Misfit>();
  let late: readonly LateKey[] = [];
  const unplaced: { first: Misfit["first"]; line: number; row: number }[] = [];
  const profiled = only && new Set(only);
  const onInvalidCell = (column: string, line: number, text: string, row: number) => {
    const numbers = parseNumberCell(text) !== undefined;
    const misfit = misfits.get(column);
    if (misfit) {
      misfit.cells++;
      misfit.numbers &&= numbers;
      return;
    }
    const first = { where: "", text: shorten(text, 40) };
    misfits.set(column, { cells: 1, numbers, first });
    unplaced.push({ first, line, row });
  };
  // The reader tells of a cell before it yields the batch that holds the cell's row; a file's
  // rows come in batches of its own, one after another, the first starting the file's rows.
  let current = { file: "", start: 0 };
  async function* placing(batches: AsyncIterable<Batch>): AsyncGenerator<Batch> {
    for await (const batch of batches) {
      if (batch.file !== current.file) current = { file: batch.file, start: batch.rowOffset };
      const file = locator.shown(batch.file);
      while (unplaced.length > 0 && unplaced[0]!.row < batch.rowOffset + batch.length) {
        const { first, line, row } = unplaced.shift()!;
        const at = { file, line: locator.hasLines(batch.file) ? line : null, row };
        const example = { ...at, column: null, value: null, note: null };
        first.where = describeExample(example, row - current.start);
      }
      late = batch.lateKeys ?? late;
      watch?.(batch);
      // The profiler takes its columns from the names of the first batch.
      yield profiled
        ? { ...batch, names: batch.names.filter((name) => profiled.has(name)) }
        : batch;
    }
  }
  // As a profile of the data is made: text from its bytes, a large read on a thread of its own.
  const options: ReadOptions = {
    ...read,
    onInvalidCell,
    reuseBatches: true,
    textAsBytes: true,
    readInWorker: "large",
  };
  const profile = await profileBatches(
    placing(readBatches(files, options)),
    {},
    tableMissingValues(options),
    ownMissingValues(options),
  );
  const lateKeys = late.map(({ name, file, line }) => ({
    name,
    where: `${locator.shown(file)}:${line}`,
  }));
  return { profile, misfits, lateKeys };
}

/**
 * The columns of dates whose every value was written as a date alone. The profile cannot tell
 * `2024-05-01` from `2024-05-01T00:00:00Z`, so the data is read again, each column whose values
 * may all be dates declared a Table Schema `date`, which refuses a cell that writes a time of
 * day or a zone, and no other column parsed (nor, in Parquet, decoded). A value that is no text (Parquet's)
 * has no form to refuse: it is a date where it is a midnight. The read stops once each such
 * column has shown a time.
 */
async function dateOnlyColumns(
  files: readonly string[],
  read: ReadOptions,
  { profile, misfits }: { profile: Profile; misfits: ReadonlyMap<string, Misfit> },
): Promise<Set<string>> {
  const dates = profile.columns.filter(
    (column) => column.type === "datetime" && !misfits.has(column.name) && !keepsTimeOfDay(column),
  );
  const dateOnly = new Set(dates.map((column) => column.name));
  if (dateOnly.size === 0) return dateOnly;
  const batches = readBatches(files, {
    ...read,
    schema: { fields: dates.map(({ name }) => ({ name, type: "date" as const })) },
    usedColumns: { only: [...dateOnly] },
    onInvalidCell: (column) => dateOnly.delete(column),
    reuseBatches: true,
  });
  for await (const batch of batches) {
    for (const name of dateOnly) {
      const column = columnOf(batch, name);
      if (column && "values" in column && column.values.some(hasTimeOfDay)) dateOnly.delete(name);
    }
    if (dateOnly.size === 0) break;
  }
  return dateOnly;
}

/**
 * The findings of `files` with each column of `types` read again, declared as its first values
 * are (a later cell that does not fit widening it, as any column's does), and profiled anew:
 * the other columns keep their profile and misfits from the `first` read.
 */
async function profileRetyped(
  files: readonly string[],
  read: ReadOptions,
  locator: RowLocator,
  { types, first }: { types: ReadonlyMap<string, ColumnType>; first: ProfileFindings },
): Promise<ProfileFindings> {
  const fields = [...types].map(([name, type]) => ({
    name,
    type: FIELD_TYPES[type],
    // Either ISO 8601 form, as an inferred column of dates takes them.
    ...(type === "datetime" ? { format: "any" } : {}),
  }));
  const only = [...types.keys()];
  // The other columns are not parsed, nor, in Parquet, decoded: their profiles are the first's.
  const again = await profileNotingMisfits(
    files,
    { ...read, schema: { fields }, usedColumns: { only } },
    locator,
    { only },
  );
  const retyped = new Map(again.profile.columns.map((column) => [column.name, column]));
  const columns = first.profile.columns.map((column) => retyped.get(column.name) ?? column);
  return {
    ...first,
    profile: { ...first.profile, columns },
    // A column read as text the first time took every cell: its misfits are of this read.
    misfits: new Map([...first.misfits, ...[...again.misfits].filter(([name]) => types.has(name))]),
  };
}

/**
 * Reads data listed in `files` (with `read`'s delimiter) for its contract: its profile, the
 * columns whose later cells did not fit their type, and the columns of dates alone. `locator`
 * names the file and line of a row, as validate-data's examples do.
 *
 * A column with no value in the rows types are read from (a lag feature, empty for its first
 * year of rows) is text for want of any; where its first values, as many as types are read
 * from, are of another type, that column is read and profiled again, so declared.
 */
export async function readForContract(
  files: readonly string[],
  read: ReadOptions,
  locator: RowLocator,
): Promise<DataFindings> {
  const inferRows = read.inferRows ?? DEFAULT_INFER_ROWS;
  const late = new LateValuedColumns(inferRows, inferRows);
  const watch = (batch: Batch) => late.watch(batch);
  const first = await profileNotingMisfits(files, read, locator, { watch });
  const types = late.types(read.inference);
  const profiled =
    types.size === 0 ? first : await profileRetyped(files, read, locator, { types, first });
  return { ...profiled, dateOnly: await dateOnlyColumns(files, read, profiled) };
}

/**
 * The contract as YAML under a comment header. Every text is double-quoted, so that no name or
 * value is read back as another type (`01234`, `yes`, `null`) or as YAML (`a: b`, `- x`), and
 * a line break is `\n`. Characters that steer a display (control characters, direction
 * overrides) are written as escapes, which YAML's double quotes read as the characters: a
 * reviewer sees each one, and the file prints as it is in a terminal or a workflow's log, where
 * `##[` is also escaped so that the runner takes no command from it.
 */
export function contractYaml(contract: StarterContract, header: readonly string[]): string {
  const body = dump(contract, {
    lineWidth: -1,
    noRefs: true,
    // An enum (root, fields, a field, constraints, the list) on one line: a field stays short.
    flowLevel: 4,
    forceQuotes: true,
    quotingType: '"',
  });
  const text = `${header.map((line) => `# ${line}`.trimEnd()).join("\n")}\n${body}`;
  return escapeControl(text).replaceAll("##[", "#\\x23[");
}
