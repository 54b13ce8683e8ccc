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
