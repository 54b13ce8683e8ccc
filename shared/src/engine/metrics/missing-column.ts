import { DataError } from "../data/data-error.js";
import { didYouMean, quoteName } from "../report/closest-name.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import type { PredictionColumnRole } from "./prediction-columns.js";
import type { LikelyColumn } from "./usual-columns.js";

/** The columns named in an error's fix: enough to spot a misspelling, never a whole wide file. */
const LISTED_COLUMNS = 30;

/** The per-class probability columns named: enough to show the pattern, never a thousand. */
const LISTED_CLASSES = 5;

/** What each role's column holds, for the fix of a missing column. */
const HOLDS: Record<PredictionColumnRole, string> = {
  id: "the id of each example",
  label: "the true label",
  score: "the predicted probability",
  prediction: "the predicted class or value",
  latency: "the latency in milliseconds",
  cost: "the cost of each prediction",
  exampleScores: "a per-example score",
  weight: "each example's sample weight",
};

/** The file's columns as the fix of an error lists them. */
function columnList(columns: readonly string[]): string {
  const shown = columns
    .slice(0, LISTED_COLUMNS)
    .map((name) => `'${shorten(name, REFUSAL_NAME_LIMIT)}'`);
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
  /** The file's column likely meant, named in the fix. */
  readonly likely?: LikelyColumn | undefined;
  /** Another role's column that would do instead (a score, from which a class is predicted). */
  readonly or?: MissingColumn;
  /** The metrics that read the column, where they are why it is needed. */
  readonly metrics?: readonly string[];
  /**
   * A score wanted as each class's probability (three classes or more): the classes of the
   * file's first rows, whose `<score>_<class>` columns would hold it; none where not known.
   */
  readonly eachClass?: readonly string[];
}

/** The metrics that read a column: "metric 'cost_p95'", "metrics 'f1' and 'roc_auc'". */
function metricList(metrics: readonly string[]): string | undefined {
  const names = metrics.map(quoteName);
  const last = names.pop();
  if (last === undefined) return undefined;
  return names.length === 0 ? `metric ${last}` : `metrics ${names.join(", ")} and ${last}`;
}

/** What a score wanted of each class holds: one column of lists, or a column per class. */
const EACH_CLASS =
  "each class's predicted probability, as a JSON list per row or a column per class";

/**
 * What a missing column holds, and the metrics that read it: "the cost of each prediction, for
 * metric 'cost_p95'". The registry has a few metrics of each column, so the list stays short.
 */
function holds({ role, metrics = [], eachClass }: MissingColumn): string {
  const list = metricList(metrics);
  const what = eachClass ? EACH_CLASS : HOLDS[role];
  return list === undefined ? what : `${what}, for ${list}`;
}

/**
 * A missing column as "has no column" names it: a score wanted of each class also by its columns
 * per class, those of the first rows' classes ("'score' or columns 'score_a', 'score_b' and
 * 'score_c'"), or their pattern where the classes are not known.
 */
function columnNamed({ column, eachClass }: MissingColumn): string {
  if (eachClass === undefined) return quoteName(column);
  if (eachClass.length === 0)
    return `${quoteName(column)} or columns ${quoteName(`${column}_<class>`)}`;
  const columns = eachClass.slice(0, LISTED_CLASSES).map((c) => quoteName(`${column}_${c}`));
  const list =
    eachClass.length > LISTED_CLASSES
      ? `${columns.join(", ")} and ${eachClass.length - LISTED_CLASSES} more, one per class of its first rows`
      : `${columns.slice(0, -1).join(", ")} and ${columns.at(-1)!}`;
  return `${quoteName(column)} or columns ${list}`;
}

/** The metrics that read a column of two roles (a prediction or a score), in parentheses. */
function eitherFor({ metrics = [] }: MissingColumn): string {
  const list = metricList(metrics);
  return list === undefined ? "" : ` (for ${list})`;
}

/** "has no column ..." for one or several missing columns, the last after "nor". */
function absence(missing: readonly MissingColumn[]): string {
  const [first] = missing;
  if (missing.length === 1 && first?.or) {
    return `has neither a ${first.role} column ${quoteName(first.column)} nor a ${first.or.role} column ${quoteName(first.or.column)}${eitherFor(first)}`;
  }
  const named = missing.map((m) =>
    m.or
      ? `a ${m.role} column ${quoteName(m.column)} or ${m.or.role} column ${quoteName(m.or.column)}${eitherFor(m)}`
      : `${columnNamed(m)} (${holds(m)})`,
  );
  const last = named.pop()!;
  if (named.length === 0) return `has no column ${last}`;
  return `has no column ${named.join(", ")}${named.length > 1 ? "," : ""} nor ${last}`;
}

/**
 * What to set for a missing column: its input, what the column holds and the column likely
 * meant, unless `shown` (the misspelt column, told before); its alternative only with a likely
 * column, as a bare "or" would send the user looking for a column that may not be there.
 */
function setting(
  { role, column, input, likely, or, eachClass }: MissingColumn,
  shown?: string,
): string {
  const guess = likely && likely.column !== shown ? `, likely ${quoteName(likely.column)}` : "";
  const instead = or?.likely ? `, or ${setting(or)}` : "";
  if (eachClass) {
    return `'${input}' to the column that holds each class's predicted probability as a JSON list per row${guess}, or add one column per class named ${quoteName(`${column}_<class>`)}`;
  }
  return `'${input}' to the column that holds ${HOLDS[role]}${guess}${instead}`;
}

/**
 * Where the file may hold no such column at all (a champion logged before latency was): the
 * metrics that read a column the file has nothing like may be added to it, or not required.
 */
function optionalMetrics(missing: readonly MissingColumn[]): string {
  // The label and the prediction are both wanted for the same metrics: each is named once.
  const metrics = [...new Set(missing.filter((m) => !m.likely).flatMap((m) => m.metrics ?? []))];
  if (metrics.length === 0) return "";
  return `. Where the file has no such column, add it, or give ${metrics.map(quoteName).join(", ")} required: false in the policy`;
}

/**
 * The error for the columns a predictions file lacks, all at once: what each holds, the input
 * to set for each with the column likely meant, and the file's columns. A single missing
 * column that the file misspells keeps its "Did you mean" before the fix. `lead` comes before
 * "has no column" where the absence is part of a longer problem; `also` ends the fix.
 */
export function missingColumns(
  file: string,
  columns: readonly string[],
  missing: readonly MissingColumn[],
  { lead = "", also = "" } = {},
): DataError {
  const [only] = missing.length === 1 ? missing : [];
  const misspelt = only?.likely?.near ? only.likely.column : undefined;
  const settings = missing.map((m) => setting(m, misspelt)).join("; ");
  return new DataError(
    file,
    `${lead}${absence(missing)}`,
    `${misspelt === undefined ? "" : `Did you mean ${quoteName(misspelt)}? `}Set input ${settings}; the file's columns are ${columnList(columns)}${optionalMetrics(missing)}${also}`,
    undefined,
    undefined,
    only?.column,
  );
}

/**
 * The note on `files` (as shown) read for their per-example scores alone that lack `missing`, the
 * label and outcome columns, of which the files likely hold some under other names (`y_true`):
 * the metrics of labels are then left out for a name, and the inputs to set would read them.
 */
export function unreadNote(files: readonly string[], missing: readonly MissingColumn[]): string {
  const [which, were, whose, each] =
    files.length === 1
      ? [files[0]!, "was", "its", "it"]
      : [files.join(" and "), "were", "their", "each"];
  return `${which} ${were} read for ${whose} per-example scores alone, as no required metric reads a label: ${each} ${absence(missing)}, so no metric of labels is computed, gated or not. To compute them, set input ${missing.map((m) => setting(m)).join("; ")}.`;
}

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
    problem: `names column '${shorten(column, REFUSAL_NAME_LIMIT)}', which ${file} does not have`,
    fix: `${didYouMean(column, columns, quoteName, false)}Name a column the file has, or add the column to it; its columns are ${columnList(columns)}`,
  };
}
