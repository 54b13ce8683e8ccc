import type { MissingColumn } from "./missing-column.js";
import {
  DEFAULT_PREDICTION_COLUMNS,
  DEFAULT_PREDICTION_INPUTS,
  type PredictionColumnNames,
  type ReadPredictionsOptions,
} from "./predictions.js";
import { likelyColumn } from "./usual-columns.js";

/** The columns that a read's options give a role, a slice or a per-example score. */
export function claimedColumns(options: ReadPredictionsOptions): Set<string> {
  return new Set([
    ...Object.values({ ...DEFAULT_PREDICTION_COLUMNS, ...options.columns }),
    ...(options.slices ?? []),
    ...(options.exampleScores ?? []),
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

type Wanted = Pick<MissingColumn, "role" | "column"> & { or?: Wanted };

/**
 * The columns of id, label and outcome that a file of `columns` lacks, read with `options`: the
 * id and the label; for regression the prediction; for classification the prediction or else a
 * score (one column, or per-class columns), a name the user gave for either being needed as
 * given. Each comes with the column likely meant, none guessed twice nor one already read for
 * another role, so that one error can name every column to set.
 */
export function absentColumns(
  columns: readonly string[],
  options: ReadPredictionsOptions,
): MissingColumn[] {
  const names: PredictionColumnNames = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const lacks = (role: keyof PredictionColumnNames) => !columns.includes(names[role]);
  const want = (role: keyof PredictionColumnNames): Wanted => ({ role, column: names[role] });
  const wanted = (["id", "label"] as const).filter(lacks).map(want);
  const given = options.columns ?? {};
  if (options.task === "regression") {
    if (lacks("prediction")) wanted.push(want("prediction"));
  } else {
    const named = (["prediction", "score"] as const).filter((r) => given[r] !== undefined);
    const absent = named.filter(lacks).map(want);
    wanted.push(...absent);
    const scored = !lacks("score") || perClassScoreColumns(columns, options).length > 0;
    if (absent.length === 0 && lacks("prediction") && !scored) {
      wanted.push({ ...want("prediction"), or: want("score") });
    }
  }
  const taken = claimedColumns(options);
  const inputs = { ...DEFAULT_PREDICTION_INPUTS, ...options.inputs };
  const guess = ({ role, column, or }: Wanted): MissingColumn => {
    const likely = likelyColumn(role, column, columns, taken);
    if (likely) taken.add(likely.column);
    return { role, column, input: inputs[role], likely, ...(or && { or: guess(or) }) };
  };
  return wanted.map(guess);
}
