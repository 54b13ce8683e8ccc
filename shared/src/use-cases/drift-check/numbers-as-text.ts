import {
  missingValuesArgument,
  missingWordsAmongNumbers,
} from "../../engine/profile/missing-values.js";

/**
 * What to know of a column compared as categories whose reference values are numbers but for
 * words that often mean no value (R's `NA`, a database's `NULL`): read as text, its values are
 * compared as categories, or not at all where most are distinct, and a shift among the numbers
 * can pass unseen, where pandas (and Evidently after it) reads the words as gaps in a column of
 * numbers. `kept` is the reference's values, all of them (`all`) or its most frequent. The words
 * are from a fixed list, so the note quotes no data. Null otherwise.
 */
export function numbersAsTextNote(kept: Iterable<string>, all: boolean): string | null {
  const words = missingWordsAmongNumbers(kept);
  if (words === null) return null;
  const shown = words.map((word) => `'${word}'`).join(", ");
  const means = words.length === 1 ? "that means" : "those mean";
  return `its ${all ? "" : "most frequent "}values are numbers but for ${shown}, so it is read as text: where ${means} no value, read both sides with missing-values ${missingValuesArgument(words)} to compare it as numbers`;
}
