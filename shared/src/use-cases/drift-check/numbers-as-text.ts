import type { TableSchema } from "../../engine/data/column-type.js";
import {
  missingValuesArgument,
  missingWordsAmongNumbers,
} from "../../engine/profile/missing-values.js";
import { shownName } from "./column-name.js";
import { joinNotes, type ColumnComparison } from "./compare-samples.js";

/** A reference column's values as text: all of them, or its most frequent. */
export interface KeptText {
  readonly values: Iterable<string>;
  readonly all: boolean;
}

/**
 * The comparison of a column compared as categories, noted first where its reference values are
 * numbers but for words that often mean no value (R's `NA`, a database's `NULL`): read as
 * text, its values are compared as categories, or not at all where most are distinct, and a
 * shift among the numbers can pass unseen, where pandas (and Evidently after it) reads the
 * words as gaps in a column of numbers. The note names the fix the read allows: the
 * `missing-values` input, or with a data contract, its `missingValues`; a column the contract
 * declares is read as it says, with no note. The words are from a fixed list, so the note
 * quotes no data. The note goes to `warn` too: an annotation reaches whom a passing verdict's
 * table may not.
 */
export function withNumbersAsTextNote(
  comparison: ColumnComparison,
  kept: KeptText | undefined,
  schema: TableSchema | undefined,
  warn: (message: string) => void,
): ColumnComparison {
  if (comparison.kind !== "categorical" || kept === undefined) return comparison;
  if (schema?.fields.some((field) => field.name === comparison.name)) return comparison;
  const words = missingWordsAmongNumbers(kept.values);
  if (words === null) return comparison;
  const shown = words.map((word) => `'${word}'`).join(", ");
  const means = words.length === 1 ? "that means" : "those mean";
  const fix = schema
    ? `add ${words.length === 1 ? "it" : "them"} to the data contract's missingValues`
    : `read both sides with missing-values ${missingValuesArgument(words)}`;
  const note = `its ${kept.all ? "" : "most frequent "}values are numbers but for ${shown}, so it is read as text: where ${means} no value, ${fix} to compare it as numbers`;
  warn(`column '${shownName(comparison.name)}': ${note}`);
  // First: the reason it is not tested may follow from it.
  return { ...comparison, note: joinNotes(note, comparison.note) };
}
