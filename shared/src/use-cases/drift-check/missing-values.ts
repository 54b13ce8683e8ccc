import { InputError } from "../../engine/errors.js";
import {
  DEFAULT_MISSING_VALUES,
  missingValuesOf,
  requireSameMissingValues,
  sameMissingValues,
  shownMissingValues,
  type NamedProfile,
} from "../../engine/profile/missing-values.js";

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

/**
 * The missing values data is read with, so that both sides are read alike: the input's when
 * given, else those the profiles compared were made with, else the empty cell alone. The
 * profiles (reference first) must agree with each other, on each column's own missing values
 * too, and with the input when it is given: they were counted once and for all, where data can
 * be read again.
 */
export function settleMissingValues(
  input: readonly string[] | null,
  profiles: readonly NamedProfile[],
): readonly string[] {
  const [first, ...others] = profiles;
  for (const other of others) requireSameMissingValues(first!, other);
  if (input === null) return first ? missingValuesOf(first.profile) : DEFAULT_MISSING_VALUES;
  const made = first ? missingValuesOf(first.profile) : input;
  if (first && !sameMissingValues(input, made)) {
    // The input always adds the empty cell: a profile that read it as a value takes no input.
    const give = made.includes("")
      ? "Give the missing-values the profile was made with (or leave it out to read with them)"
      : "Leave missing-values out to read with the profile's (the input always adds the empty cell, which the profile read as a value)";
    throw new InputError(
      "missing-values",
      `gives ${shownMissingValues(input)}, and ${first.shown} was made with ${shownMissingValues(made)}`,
      `${give}, or make the profile again with these`,
    );
  }
  return input;
}
