import type { ColumnProfile, Profile } from "./profile-types.js";

/** The statistics of a column's values, which a sensitive column's profile holds none of. */
const WITHHELD_STATISTICS = [
  "min",
  "max",
  "mean",
  "m2",
  "variance",
  "stddev",
  "frequent",
  "sketch",
  "histogram",
] as const satisfies readonly (keyof ColumnProfile)[];

/**
 * What the profile of a column marked sensitive keeps that only its values could tell, if any:
 * as a sentence names it, and where it is in the column (a JSON pointer's tail).
 */
export function keptOfWithheld(column: ColumnProfile): { shown: string; at: string } | undefined {
  const kept = WITHHELD_STATISTICS.find((key) => column[key] !== null);
  if (kept !== undefined) return { shown: kept, at: kept };
  return column.distinct.hll === null
    ? undefined
    : { shown: "HyperLogLog registers", at: "distinct/hll" };
}

/**
 * The profile of a sensitive column as it may be written: its name, type, missing values and
 * counts, and its distinct count without the HyperLogLog registers, whose buckets would tell
 * whether a guessed value (an e-mail address, a card number) is among the data's. Every value,
 * and every statistic read from the values, is left out: the extremes, the moments, the frequent
 * values, the quantile sketch and the histogram. The column is marked `sensitive`, so that a
 * reader knows it holds nothing to compare.
 */
export function withheldColumn(column: ColumnProfile): ColumnProfile {
  const { name, type, missingValues, count, missing, infinite, distinct } = column;
  return {
    name,
    type,
    ...(missingValues && { missingValues: [...missingValues] }),
    sensitive: true,
    count,
    missing,
    infinite,
    min: null,
    max: null,
    mean: null,
    m2: null,
    variance: null,
    stddev: null,
    distinct: { ...distinct, hll: null },
    frequent: null,
    sketch: null,
    histogram: null,
  };
}

/** `profile` with the columns named in `sensitive` withheld (`withheldColumn`); others as they are. */
export function withholdColumns(profile: Profile, sensitive: ReadonlySet<string>): Profile {
  if (sensitive.size === 0) return profile;
  const columns = profile.columns.map((column) =>
    sensitive.has(column.name) ? withheldColumn(column) : column,
  );
  return { ...profile, columns };
}

/** The columns `profile` withheld (`withheldColumn`): a reader shows none of their values either. */
export const markedColumns = (profile: Profile): string[] =>
  profile.columns.filter((column) => column.sensitive).map((column) => column.name);

/** A column's name as people may spell it alike: `Email`, `EMAIL` and a decomposed `é` alike. */
const spelledAlike = (name: string): string => name.normalize("NFC").toLowerCase();

/**
 * The columns of data read under a data contract whose values are withheld: the `sensitive`
 * fields', and the columns named as one of those up to case and Unicode normalisation (`Email`
 * beside `email`: data merged from two producers); and, where a sensitive field is not among
 * the data's `columns`, every column the contract does not declare (`declared`): the field may
 * be there under another name (`e_mail` for `email`), which the contract's `fields` check then
 * fails, but whose values are not shown the while. None where no field is sensitive. A column
 * among `absent` is not the data's: JSON Lines read with a contract has a column for each
 * field, one that no line has as a key among them (`Batch.absentKeys`).
 */
export function columnsToWithhold(
  columns: readonly string[],
  sensitive: ReadonlySet<string>,
  declared: ReadonlySet<string>,
  absent: readonly string[] = [],
): ReadonlySet<string> {
  if (sensitive.size === 0) return sensitive;
  const none = new Set(absent);
  const present = new Set(columns.filter((name) => !none.has(name)));
  const marked = new Set([...sensitive].map(spelledAlike));
  const alike = columns.filter((name) => marked.has(spelledAlike(name)));
  const undeclared = [...sensitive].every((name) => present.has(name))
    ? []
    : columns.filter((name) => !declared.has(name));
  return new Set([...sensitive, ...alike, ...undeclared]);
}
