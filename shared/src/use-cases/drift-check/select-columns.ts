import { shownName, shownNames } from "./column-name.js";
import type { LateKey } from "../../engine/data/batch.js";
import { formatOf } from "../../engine/data/read-batches.js";
import { InputError } from "../../engine/errors.js";

export interface ColumnSelection {
  readonly columns: readonly string[];
  readonly ignore: readonly string[];
  /** The column of the model's predictions, if any: judged apart from the features. */
  readonly prediction: string | undefined;
  /** The column of the true labels, if any: judged apart from the features, as the prediction. */
  readonly target: string | undefined;
}

/** The inputs that name a column judged apart from the features, by the selection's field. */
const ROLE_INPUTS = { prediction: "prediction-column", target: "target-column" } as const;

/**
 * The columns judged apart from the features, each with the input that names it: checked
 * whatever `columns` and `ignore-columns` say, as a role input names the column on purpose.
 */
function roleColumns(selection: ColumnSelection): { name: string; input: string }[] {
  return (["prediction", "target"] as const).flatMap((role) => {
    const name = selection[role];
    return name === undefined ? [] : [{ name, input: ROLE_INPUTS[role] }];
  });
}

/**
 * The selection that the inputs make, refused where one column is given both roles: its drift
 * is either the model's or the labels', and each is reported apart under its own.
 */
export function columnSelection(inputs: {
  columns: readonly string[];
  ignore: readonly string[];
  prediction: string | undefined;
  target: string | undefined;
}): ColumnSelection {
  const prediction = inputs.prediction?.trim() || undefined;
  const target = inputs.target?.trim() || undefined;
  if (target !== undefined && target === prediction) {
    throw new InputError(
      "target-column",
      `names the prediction column '${shownName(target)}' too`,
      "Give target-column the column of the true labels and prediction-column the model's predictions, or leave one of them out",
    );
  }
  return { columns: inputs.columns, ignore: inputs.ignore, prediction, target };
}

/**
 * The names of `names` that `others` lacks, in their order; through a set, as both may hold
 * thousands of columns and a search of one list per name of the other was quadratic.
 */
export function namesNotIn(names: readonly string[], others: readonly string[]): string[] {
  const present = new Set(others);
  return names.filter((name) => !present.has(name));
}

/**
 * Whether a name in ignore-columns that no column has is refused only once the data is read
 * whole: JSON Lines data (among `files`) may have it as a key first seen after the rows its
 * columns are read from (`Batch.lateKeys`), which is warned of, and which naming silences.
 */
export const awaitsLateKeys = (files: readonly string[]): boolean =>
  files.some((file) => formatOf(file) === "jsonl");

/** The names a refusal lists: the columns, then the late keys (`Batch.lateKeys`) if any. */
function listed(columns: readonly string[], late: readonly string[]): string {
  const keys = late.length > 0 ? `, and keys of later lines: ${shownNames(late)}` : "";
  return `${shownNames(columns)}${keys}`;
}

/** The refusal of a name that `input` gives and the columns of `source` (`available`) lack. */
const unknownColumn = (
  input: string,
  source: string,
  name: string,
  available: readonly string[],
  late: readonly string[] = [],
): InputError =>
  new InputError(
    input,
    `${source} has no column '${shownName(name)}'`,
    `Its columns: ${listed(available, late)}`,
  );

/**
 * The columns to check, in the reference's order (`source`'s, where it is other data): those
 * named (all when none are), less the ignored ones, and the prediction and target columns
 * always (even one that ignore-columns names, as they are named on purpose). A column
 * to check that the reference lacks is a typo, refused. A column ignored may be one that only
 * the current data has, which silences the warning of new columns: `requireIgnoredColumns`
 * refuses it once the current's columns are known (and JSON Lines' late keys), if that has none
 * of the name either.
 */
export function selectColumns(
  available: readonly string[],
  selection: ColumnSelection,
  source = "the reference",
): string[] {
  const roles = roleColumns(selection);
  const unknown = namesNotIn(
    [...selection.columns, ...roles.map((role) => role.name)],
    available,
  )[0];
  if (unknown !== undefined) {
    const input = roles.find((role) => role.name === unknown)?.input ?? "columns";
    throw unknownColumn(input, source, unknown, available);
  }
  const always = new Set(roles.map((role) => role.name));
  const chosen = new Set(selection.columns);
  const ignored = new Set(selection.ignore);
  const checked = available.filter(
    (name) => always.has(name) || ((chosen.size === 0 || chosen.has(name)) && !ignored.has(name)),
  );
  if (checked.length === 0) refuseNoColumn(available, selection, source);
  return checked;
}

/**
 * The columns profile mode profiles, selected from `source`'s own as check mode selects them
 * from the reference's. A name in ignore-columns that it lacks is a typo too, as there is no
 * other side to have it: refused here, unless `lateKeysAwaited` leaves that to
 * `requireProfiledIgnored` once the data is read whole.
 */
export function selectProfiled(
  available: readonly string[],
  selection: ColumnSelection,
  source: string,
  lateKeysAwaited = false,
): string[] {
  if (!lateKeysAwaited) requireProfiledIgnored(available, [], selection, source);
  return selectColumns(available, selection, source);
}

/** A name in ignore-columns that is neither a column nor a late key of `source` is a typo. */
export function requireProfiledIgnored(
  available: readonly string[],
  lateKeys: readonly LateKey[],
  selection: ColumnSelection,
  source: string,
): void {
  const late = lateKeys.map((key) => key.name);
  const unknown = namesNotIn(namesNotIn(selection.ignore, available), late)[0];
  if (unknown !== undefined) {
    throw unknownColumn("ignore-columns", source, unknown, available, late);
  }
}

/** An empty selection is refused up front: no rows of current data would be read for nothing. */
function refuseNoColumn(
  available: readonly string[],
  selection: ColumnSelection,
  source: string,
): never {
  if (available.length === 0) {
    // An empty CSV file is refused as it is read; JSON Lines without a key on any line, or a
    // profile of such data, gets here.
    throw new InputError(
      "reference",
      "has no columns: no line of its data has a key, or its profile has no column",
      "Give reference data whose lines have keys (or a header row, in CSV), or a profile of such data",
    );
  }
  throw new InputError(
    "ignore-columns",
    `leaves no column to check: it ignores every column ${selection.columns.length > 0 ? "named in columns" : `of ${source}`}`,
    "Ignore fewer columns, or name the columns to check in columns",
  );
}

/** The names in ignore-columns that the reference lacks: columns of the current data, or typos. */
export const ignoredNotInReference = (
  reference: readonly string[],
  selection: ColumnSelection,
): string[] => namesNotIn(selection.ignore, reference);

/**
 * A name in ignore-columns that neither the reference nor the current data has is a typo: as a
 * column, or as a key of JSON Lines data first seen after its columns were read (`lateKeys`, of
 * either side, once both are read whole).
 */
export function requireIgnoredColumns(
  reference: readonly string[],
  current: readonly string[],
  selection: ColumnSelection,
  source: string,
  lateKeys: readonly LateKey[] = [],
): void {
  const columns = [...reference, ...namesNotIn(current, reference)];
  const late = namesNotIn([...new Set(lateKeys.map((key) => key.name))], columns);
  const unknown = namesNotIn(namesNotIn(selection.ignore, columns), late)[0];
  if (unknown === undefined) return;
  throw new InputError(
    "ignore-columns",
    `neither the reference nor ${source} has a column '${shownName(unknown)}'`,
    `Their columns: ${listed(columns, late)}`,
  );
}

/** The prediction column in the warning of absent columns, with the fixes that silence it. */
const absentPrediction = (name: string): string => {
  const shown = `'${shownName(name)}'`;
  return `the prediction column ${shown} (prediction-column names one column of the reference and the current data alike: the current data must hold the model's predictions under that name, or, where it holds none, leave prediction-column empty and name ${shown} in ignore-columns)`;
};

/**
 * The warning for checked columns the current data lacks, or null: each is compared as missing
 * in every row, and drifts where the current has rows, as a feature gone from production is the
 * largest change there is. One left out on purpose is named in ignore-columns. The prediction
 * column is named apart: ignore-columns does not leave it out (`roleColumns`), and the reference
 * must have it under the name given, so the fix is in the current data or in prediction-column.
 * The target column is not warned of: data without its labels yet is the usual case, which its
 * row notes.
 */
export function absentColumnsWarning(
  absent: readonly string[],
  source: string,
  { prediction, target }: ColumnSelection,
): string | null {
  const features = absent.filter((name) => name !== target && name !== prediction);
  const predictionAbsent = prediction !== undefined && absent.includes(prediction);
  const parts = [
    ...(features.length > 0
      ? [`${shownNames(features, "'")} (name one dropped on purpose in ignore-columns)`]
      : []),
    ...(predictionAbsent ? [absentPrediction(prediction)] : []),
  ];
  if (parts.length === 0) return null;
  const which = features.length + (predictionAbsent ? 1 : 0) === 1 ? "a column" : "columns";
  return `${source} lacks ${which} the reference has, compared as missing in every row: ${parts.join(", and ")}`;
}

/**
 * The warning for columns the current data has and the reference lacks, or null: no test here
 * can measure them, but a field new in production is a change the user should hear of, unless
 * ignore-columns names it.
 */
export function newColumnsWarning(
  reference: readonly string[],
  current: readonly string[],
  source: string,
  ignored: readonly string[],
): string | null {
  const added = namesNotIn(namesNotIn(current, reference), ignored);
  if (added.length === 0) return null;
  return `${source} has ${added.length === 1 ? "a column" : "columns"} the reference lacks, not checked: ${shownNames(added, "'")}`;
}

/**
 * The warning for data read as one column whose name holds another delimiter, or null: a file
 * delimited by semicolons and read with commas is one column of distinct text. `source` names
 * the data; a profile (`profiled`) must be made again, as its data cannot be read again here.
 */
export function oneColumnWarning(
  source: string,
  columns: readonly string[],
  delimiter: string | undefined,
  profiled: boolean,
): string | null {
  const [only] = columns;
  if (columns.length !== 1 || only === undefined) return null;
  const other = [";", "\t", "|", ","].find((d) => d !== (delimiter ?? ",") && only.includes(d));
  if (other === undefined) return null;
  const given = other === "\t" ? "tab" : other;
  const fix = profiled
    ? `make the profile again with the delimiter input: ${given}`
    : `give the delimiter input: ${given}`;
  return `${source} reads as one column, '${shownName(only)}': if its fields are delimited by ${JSON.stringify(other)}, ${fix}`;
}

/**
 * The columns a read of data uses for `selection`, those `selectColumns` checks: the others are
 * read as bytes and never typed, so that no cell of a column left out can stop the read.
 */
export function usedColumns(selection: ColumnSelection): {
  only?: readonly string[];
  except: readonly string[];
} {
  const { columns, ignore } = selection;
  const always = roleColumns(selection).map((role) => role.name);
  return {
    ...(columns.length > 0 && { only: [...columns, ...always] }),
    except: ignore.filter((name) => !always.includes(name)),
  };
}
