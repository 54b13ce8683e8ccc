import { DataError } from "../data/data-error.js";
import { didYouMean } from "../report/closest-name.js";
import { shorten } from "../report/shorten.js";
import type { PredictionColumnRole } from "./predictions.js";

/** The columns named in an error's fix: enough to spot a misspelling, never a whole wide file. */
const LISTED_COLUMNS = 30;

/** What each role's column holds, for the fix of a missing column. */
const HOLDS: Record<PredictionColumnRole, string> = {
  id: "the id of each example",
  label: "the true label",
  score: "the predicted probability",
  prediction: "the predicted class or value",
  latency: "the latency in milliseconds",
  cost: "the cost of each prediction",
  exampleScores: "a per-example score",
};

/** The file's columns as the fix of an error lists them. */
function columnList(columns: readonly string[]): string {
  const shown = columns.slice(0, LISTED_COLUMNS).map((name) => `'${shorten(name, 60)}'`);
  const more =
    columns.length > LISTED_COLUMNS ? ` and ${columns.length - LISTED_COLUMNS} more` : "";
  return `${shown.join(", ")}${more}`;
}

/** A column that a predictions file lacks. */
export interface MissingColumn {
  readonly role: PredictionColumnRole;
  /** The name looked for. */
  readonly column: string;
  /** The input that names the role's column, which the fix says to set. */
  readonly input: string;
  /** The file's columns. */
  readonly columns: readonly string[];
}

/**
 * The error for a column a predictions file lacks: it says what the column holds, the column the
 * name likely misspells, the input to set and the file's columns. `problem` replaces the
 * default "has no column" where the column's absence is told otherwise; `also` ends the fix.
 */
export function missingColumn(
  file: string,
  { role, column, input, columns }: MissingColumn,
  problem = `has no column '${shorten(column, 60)}' (${HOLDS[role]})`,
  also = "",
): DataError {
  return new DataError(
    file,
    problem,
    `${didYouMean(column, columns)}Set input '${input}' to the column that holds ${HOLDS[role]}; the file's columns are ${columnList(columns)}${also}`,
    undefined,
    undefined,
    column,
  );
}

/** What a column of `role` holds, in words. */
export const holds = (role: PredictionColumnRole): string => HOLDS[role];

/**
 * What is wrong with a slice column (or a sensitive one) that the file `file` lacks, told where
 * the column is named: the file, the column the name likely misspells and the file's columns.
 */
export function absentSlice(
  file: string,
  column: string,
  columns: readonly string[],
): { problem: string; fix: string } {
  return {
    problem: `names column '${shorten(column, 60)}', which ${file} does not have`,
    fix: `${didYouMean(column, columns)}Name a column the file has, or add the column to it; its columns are ${columnList(columns)}`,
  };
}
