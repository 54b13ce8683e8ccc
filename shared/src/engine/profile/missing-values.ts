import { MlopsError } from "../errors.js";
import { shorten } from "../report/shorten.js";
import type { Profile } from "./profile-types.js";

/** The missing values of data read without any named: the empty cell, as Table Schema's default. */
export const DEFAULT_MISSING_VALUES: readonly string[] = [""];

/** The cell values a profile's counts were made with: the empty cell alone where it does not say. */
export const missingValuesOf = (profile: Profile): readonly string[] =>
  profile.missingValues ?? DEFAULT_MISSING_VALUES;

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

/**
 * Refuses two profiles made with different missing values: a cell one counted missing is a
 * value in the other (`NA` a category), and nothing in their counts can tell the two apart.
 */
export function requireSameMissingValues(a: NamedProfile, b: NamedProfile): void {
  const [left, right] = [missingValuesOf(a.profile), missingValuesOf(b.profile)];
  if (sameMissingValues(left, right)) return;
  throw new MlopsError(
    `${a.shown} was made with missing values ${shownMissingValues(left)} and ${b.shown} with ${shownMissingValues(right)}, so their counts are of data read differently`,
    "Make both profiles with the same missing values (drift-check's missing-values, a data contract's missingValues)",
  );
}
