import type { MissingColumn } from "./missing-column.js";
import {
  DEFAULT_PREDICTION_COLUMNS,
  DEFAULT_PREDICTION_INPUTS,
  type PredictionColumnNames,
  type ReadPredictionsOptions,
} from "./predictions.js";
import { isTopKName } from "./top-k-accuracy.js";
import { likelyColumn } from "./usual-columns.js";

/** The columns that a read's options give a role, a slice or a per-example score. */
export function claimedColumns(options: ReadPredictionsOptions): Set<string> {
  return new Set([
    ...Object.values({ ...DEFAULT_PREDICTION_COLUMNS, ...options.columns }),
    ...(options.slices ?? []),
    ...(options.exampleScores ?? []),
    ...(options.weights ? [options.weights.column] : []),
  ]);
}

/**
 * The columns `<score>_<class>` of `columns`, which hold one class's probability each where the
 * score column is absent; a column that the options give to anything else is none of them.
 */
export function perClassScoreColumns(
  columns: readonly string[],
  options: ReadPredictionsOptions,
): string[] {
  const prefix = `${options.columns?.score ?? DEFAULT_PREDICTION_COLUMNS.score}_`;
  const claimed = claimedColumns(options);
  return columns.filter(
    (name) => name.startsWith(prefix) && name.length > prefix.length && !claimed.has(name),
  );
}

type Wanted = Pick<MissingColumn, "role" | "column" | "metrics" | "eachClass"> & { or?: Wanted };
type Role = keyof PredictionColumnNames;

/**
 * The score that metrics need, as each class's probability where the file's first rows hold
 * three classes or more (`classes`, listed then), or where top-k accuracies alone need it: a k
 * of 2 or more is gated on three classes or more.
 */
function wantedScore(
  want: (role: Role) => Wanted,
  metrics: readonly string[],
  classes: readonly string[],
): Wanted {
  const many = classes.length >= 3;
  if (!many && !metrics.every(isTopKName)) return want("score");
  return { ...want("score"), eachClass: many ? classes : [] };
}

/**
 * The outcome columns that `absentColumns` wants: for regression the prediction; for
 * classification a name the user gave for the prediction or the score as given, the score where
 * the metrics need probabilities (`wantedScore`), and else the prediction or a score to predict
 * a class from.
 */
function absentOutcome(
  columns: readonly string[],
  options: ReadPredictionsOptions,
  lacks: (role: Role) => boolean,
  want: (role: Role) => Wanted,
  classes: readonly string[],
): Wanted[] {
  if (options.task === "regression") return lacks("prediction") ? [want("prediction")] : [];
  const given = options.columns ?? {};
  const absent = (["prediction", "score"] as const)
    .filter((role) => given[role] !== undefined && lacks(role))
    .map(want);
  const scored = !lacks("score") || perClassScoreColumns(columns, options).length > 0;
  if (scored || given.score !== undefined) return absent;
  if (options.needs?.score) return [...absent, wantedScore(want, options.needs.score, classes)];
  return absent.length === 0 && lacks("prediction")
    ? [{ ...want("prediction"), or: want("score") }]
    : absent;
}

/** How a file of `columns`, read with `options`, lacks a role's column, and its want. */
function rolesOf(columns: readonly string[], options: ReadPredictionsOptions) {
  const names: PredictionColumnNames = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const lacks = (role: Role) => !columns.includes(names[role]);
  // A column that metrics read is wanted with their names: they are why it is needed.
  const needs: Partial<Record<Role, readonly string[]>> = options.needs ?? {};
  const want = (role: Role): Wanted => ({
    role,
    column: names[role],
    ...(needs[role] && { metrics: needs[role] }),
  });
  return { lacks, want, needs };
}

/** The label and the outcome columns (`absentOutcome`) that a file lacks. */
function absentLabelled(
  columns: readonly string[],
  options: ReadPredictionsOptions,
  classes: readonly string[] = [],
): Wanted[] {
  const { lacks, want } = rolesOf(columns, options);
  return [
    ...(lacks("label") ? [want("label")] : []),
    ...absentOutcome(columns, options, lacks, want, classes),
  ];
}

/**
 * Whether a file of `columns` is read without its labels and predictions (task `scores`): they
 * are optional (`outcomesOptional`), and it lacks one of them.
 */
export const readsScoresOnly = (columns: readonly string[], options: ReadPredictionsOptions) =>
  options.outcomesOptional === true && absentLabelled(columns, options).length > 0;

/**
 * The columns that a file of `columns`, read with `options`, lacks: the id and the label; the
 * outcome (`absentOutcome`), of which a file read for its scores alone (`readsScoresOnly`) lacks
 * only those an input names; the latency and the cost where the user names them or the metrics
 * need them; every per-example score; the sample weight, unless optional. Each comes with the
 * column likely meant, none guessed twice nor one already read for another role, so that one
 * error can name every column to set.
 * `classes`: those of the file's first rows, where they are known, by which a score is wanted
 * of each class.
 */
export function absentColumns(
  columns: readonly string[],
  options: ReadPredictionsOptions,
  classes: readonly string[] = [],
): MissingColumn[] {
  const { lacks, want, needs } = rolesOf(columns, options);
  const needed = (role: "latency" | "cost") =>
    options.columns?.[role] !== undefined || needs[role] !== undefined;
  const labelled = absentLabelled(columns, options, classes);
  const wanted: Wanted[] = [
    ...(lacks("id") ? [want("id")] : []),
    ...(readsScoresOnly(columns, options)
      ? labelled.filter(
          ({ role }) => role !== "exampleScores" && role !== "weight" && options.columns?.[role],
        )
      : labelled),
    ...(["latency", "cost"] as const).filter((role) => needed(role) && lacks(role)).map(want),
    ...[...new Set(options.exampleScores ?? [])]
      .filter((column) => !columns.includes(column))
      .map((column) => ({ role: "exampleScores" as const, column })),
    ...absentWeights(columns, options),
  ];
  return guessed(wanted, columns, options);
}

/** The sample weight's column, where the file must have it and lacks it. */
function absentWeights(columns: readonly string[], { weights }: ReadPredictionsOptions): Wanted[] {
  if (!weights || weights.optional || columns.includes(weights.column)) return [];
  return [{ role: "weight", column: weights.column }];
}

/**
 * The label and the outcome columns that a file read for its scores alone (`readsScoresOnly`)
 * lacks, each with the column likely meant (`y_true` for the label): where one is likely there
 * under another name, the metrics of labels were left out for a name, not for want of data.
 */
export const unreadOutcomes = (
  columns: readonly string[],
  options: ReadPredictionsOptions,
): MissingColumn[] => guessed(absentLabelled(columns, options), columns, options);

/**
 * The `wanted` columns, each with the input that names it and the column of `columns` likely
 * meant, none guessed twice nor one already read for another role.
 */
function guessed(
  wanted: readonly Wanted[],
  columns: readonly string[],
  options: ReadPredictionsOptions,
): MissingColumn[] {
  const taken = claimedColumns(options);
  const inputs = { ...DEFAULT_PREDICTION_INPUTS, ...options.inputs };
  const guess = ({ or, ...want }: Wanted): MissingColumn => {
    const likely = likelyColumn(want.role, want.column, columns, taken);
    if (likely) taken.add(likely.column);
    return { ...want, input: inputs[want.role], likely, ...(or && { or: guess(or) }) };
  };
  return wanted.map(guess);
}
