import type { TableSchema } from "../data/column-type.js";
import { hasLeadingZero, parseNumberCell } from "../data/parse-cell.js";
import { ownMissingValues, tableMissingValues } from "../data/read-options.js";
import { InputError, MlopsError } from "../errors.js";
import { lineBreaksShown, safeForLog } from "../report/escape-control.js";
import { shorten } from "../report/shorten.js";
import type { ColumnProfile, Profile } from "./profile-types.js";

/** The missing values of data read without any named: the empty cell, as Table Schema's default. */
export const DEFAULT_MISSING_VALUES: readonly string[] = [""];

/** The cell values a profile's counts were made with: the empty cell alone where it does not say. */
export const missingValuesOf = (profile: Profile): readonly string[] =>
  profile.missingValues ?? DEFAULT_MISSING_VALUES;

/** The cell values a profile's column was counted with: its own where it records them. */
export const columnMissingValues = (profile: Profile, column: ColumnProfile): readonly string[] =>
  column.missingValues ?? missingValuesOf(profile);

/** The columns a profile counted with missing values of their own, for reading data alike. */
export const ownColumnMissingValues = (profile: Profile): ReadonlyMap<string, readonly string[]> =>
  new Map(profile.columns.flatMap((c) => (c.missingValues ? [[c.name, c.missingValues]] : [])));

/**
 * The `missingValues` a profile records: none where they are the empty cell alone, which a
 * profile without them means, so that readers of profiles made before they were recorded still
 * read those made alike.
 */
export const recordedMissingValues = (values: readonly string[]): { missingValues?: string[] } =>
  sameMissingValues(values, DEFAULT_MISSING_VALUES) ? {} : { missingValues: [...values] };

/** Whether two lists of missing values are the same set, whatever their order. */
export function sameMissingValues(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/**
 * Missing values for a line of text: each quoted, any control character escaped, and the list
 * cut short where a profile's would fill the line.
 */
export const shownMissingValues = (values: readonly string[]): string =>
  shorten(`[${values.map((value) => JSON.stringify(value)).join(", ")}]`);

/** A profile, and its file as the user knows it. */
export interface NamedProfile {
  readonly profile: Profile;
  readonly shown: string;
}

/** A column's name for a line of text: cut short, any control character escaped. */
export const shownColumn = (name: string): string =>
  `'${lineBreaksShown(safeForLog(shorten(name, 80)))}'`;

/**
 * Refuses two profiles made with different missing values, the table's or those of a column
 * both have: a cell one counted missing is a value in the other (`NA` a category), and nothing
 * in their counts can tell the two apart.
 */
export function requireSameMissingValues(a: NamedProfile, b: NamedProfile): void {
  const [left, right] = [missingValuesOf(a.profile), missingValuesOf(b.profile)];
  if (!sameMissingValues(left, right)) {
    throw new MlopsError(
      `${a.shown} was made with missing values ${shownMissingValues(left)} and ${b.shown} with ${shownMissingValues(right)}, so their counts are of data read differently`,
      "Make both profiles with the same missing values (drift-check's missing-values, a data contract's missingValues)",
    );
  }
  const others = new Map(b.profile.columns.map((column) => [column.name, column]));
  for (const column of a.profile.columns) {
    const other = others.get(column.name);
    if (other === undefined) continue;
    const [mine, theirs] = [
      columnMissingValues(a.profile, column),
      columnMissingValues(b.profile, other),
    ];
    if (sameMissingValues(mine, theirs)) continue;
    throw new MlopsError(
      `column ${shownColumn(column.name)} of ${a.shown} was made with missing values ${shownMissingValues(mine)} and of ${b.shown} with ${shownMissingValues(theirs)}, so its counts are of data read differently`,
      "Make both profiles alike: with validate-data and the same data contract (its profile-path), or both with drift-check's profile mode, which reads every column with its missing-values",
    );
  }
}

/**
 * Refuses a reference profile made with other missing values than the contract reads the data
 * with, the table's or a column's: a cell one side counts missing is a value on the other, and
 * the skew or drift would measure that. `file` names the profile as the user knows it.
 */
export function requireContractMissingValues(
  profile: Profile,
  file: string,
  schema: TableSchema,
): void {
  const made = missingValuesOf(profile);
  const missingValues = tableMissingValues({ schema });
  if (!sameMissingValues(made, missingValues)) {
    throw new InputError(
      "reference",
      `${file} was made with missing values ${shownMissingValues(made)}, and the contract reads the data with ${shownMissingValues(missingValues)}`,
      "Declare the profile's values in the contract's missingValues, or make the reference profile again with the contract's",
    );
  }
  const own = ownMissingValues({ schema });
  for (const column of profile.columns) {
    const counted = columnMissingValues(profile, column);
    const read = own.get(column.name) ?? missingValues;
    if (sameMissingValues(counted, read)) continue;
    const name = shownColumn(column.name);
    const declared = schema.fields.some((field) => field.name === column.name);
    throw new InputError(
      "reference",
      `${file} counted column ${name} with missing values ${shownMissingValues(counted)}, and the contract reads ${declared ? "field" : "the undeclared column"} ${name} with ${shownMissingValues(read)}`,
      `${declared ? "Give" : "Declare"} field ${name} ${declared ? "" : "with "}the profile's values as its missingValues, or make the reference profile again with the contract's`,
    );
  }
}

/**
 * pandas' default missing values in a CSV (`read_csv`'s `na_values`, pandas 2), besides the
 * empty cell: the data that Evidently compares is most often read by pandas, where a column
 * that R wrote with `NA` is numbers with gaps, not text.
 */
export const PANDAS_MISSING = [
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null",
];

/** Cells that often mean no value: pandas' defaults, and PostgreSQL's COPY's `\N`. */
const MISSING_SPELLINGS = new Set([...PANDAS_MISSING, "\\N"]);

/** Whether `text` is a cell that often means no value (`NA`, `NULL`, `\N`). */
export const isMissingSpelling = (text: string): boolean => MISSING_SPELLINGS.has(text);

/**
 * The words among `texts` (a column's distinct values, or its most frequent) that often mean no
 * value, sorted, where every other one is a number and at least one is: a column of numbers that
 * another writer's missing value (R's `NA`, a database's `NULL`) made text. Null otherwise, and
 * where a number has a leading zero (`00501`): such a column is one of ids, which is text.
 */
export function missingWordsAmongNumbers(texts: Iterable<string>): string[] | null {
  const words: string[] = [];
  let numbers = 0;
  for (const text of texts) {
    if (parseNumberCell(text) === undefined) {
      if (!MISSING_SPELLINGS.has(text)) return null;
      words.push(text);
    } else if (hasLeadingZero(text)) return null;
    else numbers++;
  }
  return numbers > 0 && words.length > 0 ? words.sort() : null;
}

/** The `missing-values` that reads `words` as no value: pandas' set where it has them. */
export function missingValuesArgument(words: readonly string[]): string {
  if (words.every((word) => PANDAS_MISSING.includes(word))) return "pandas";
  return `'${words.join(",")}'`;
}

/**
 * The missing values of the `missing-values` input: the empty cell always, then the values
 * listed, `pandas` standing for pandas' set. Null when none are listed: a profile compared then
 * says which values to read with.
 */
export function parseMissingValues(items: readonly string[]): string[] | null {
  if (items.length === 0) return null;
  return [
    ...new Set(["", ...items.flatMap((item) => (item === "pandas" ? PANDAS_MISSING : [item]))]),
  ];
}
