import type { DataError } from "../data/data-error.js";
import type { DataFormat } from "../data/read-options.js";
import type { IdColumn } from "./id-column.js";

/** What a model predicts: a class (classification) or a number (regression). */
export type PredictionTask = "classification" | "regression";

/** The columns of a predictions file by role. */
export interface PredictionColumnNames {
  /** Identifies the example; rows of the two models are paired by it. */
  id: string;
  /** The true label: a class, or a number for regression. */
  label: string;
  /**
   * The predicted probability: for two classes the positive class's; for more, either one
   * column `<score>_<class>` per class or this column holding a JSON list per row.
   */
  score: string;
  /** The predicted class, or the predicted number for regression. */
  prediction: string;
  latency: string;
  cost: string;
}

export const DEFAULT_PREDICTION_COLUMNS: Readonly<PredictionColumnNames> = {
  id: "id",
  label: "label",
  score: "score",
  prediction: "prediction",
  latency: "latency_ms",
  cost: "cost",
};

/** The roles whose column an input names, and the list of per-example score columns. */
export type PredictionColumnRole = keyof PredictionColumnNames | "exampleScores";

/** The action input that names each role's column, for the fix of an error. */
export const DEFAULT_PREDICTION_INPUTS: Readonly<Record<PredictionColumnRole, string>> = {
  id: "id-column",
  label: "label-column",
  score: "score-column",
  prediction: "prediction-column",
  latency: "latency-column",
  cost: "cost-column",
  exampleScores: "example-scores",
};

/** A column that a file may lack unless the metrics to compute read it. */
export type NeededColumn = "score" | "latency" | "cost";

export interface ReadPredictionsOptions {
  /** Default classification. */
  task?: PredictionTask;
  /**
   * Column names by role, defaults in `DEFAULT_PREDICTION_COLUMNS`. A name given here must be in
   * the file; a default name may be absent for score, prediction (one of them is needed for
   * classification, the prediction for regression), latency and cost.
   */
  columns?: Partial<PredictionColumnNames>;
  /**
   * The columns of those that the metrics to compute read, each with the metrics that read it,
   * needed then as a name given is: the score (one column, or `<score>_<class>` columns) for a
   * metric of probabilities, the latency and the cost for their statistics. Default none.
   */
  needs?: Partial<Record<NeededColumn, readonly string[]>>;
  /** Columns of a number per example (a judge's grade) whose mean is a metric. */
  exampleScores?: readonly string[];
  /** Columns of categories to slice by (and to use as a sensitive attribute). */
  slices?: readonly string[];
  /**
   * Refuses a slice column that the file at `file` lacks, given the file's columns, where the
   * column is named (a policy's field), as no input names it. Default: an error of the file.
   */
  refuseSlice?: (column: string, file: string, columns: readonly string[]) => never;
  /** The input that names each role, for errors; defaults in `DEFAULT_PREDICTION_INPUTS`. */
  inputs?: Partial<Record<PredictionColumnRole, string>>;
  /** Default: from the extension, as the data engine tells it. */
  format?: DataFormat;
  /** CSV field delimiter. */
  delimiter?: string;
  /** Rows per batch the data engine reads; the default suits large files. */
  batchSize?: number;
}

/**
 * A column of categories: `codes[i]` indexes `names`, -1 marks a missing value. `numeric` tells
 * that every name was written as a number (`String(value)`), so that classes sort as numbers.
 */
export interface CategoryColumn {
  readonly codes: Int32Array;
  readonly names: readonly string[];
  readonly numeric: boolean;
  /** Where the file writes each name first; absent for a column not read from a file. */
  readonly firstCells?: FirstCells;
}

/** The first cell of each name of a column read from a file, for an error found after the read. */
export interface FirstCells {
  /** By code: the line of the name's first cell (Parquet: its row), in the file's order. */
  readonly at: readonly number[];
  /** The error at the first cell of the name of `code`: the file, its line and the column. */
  refuse(code: number, problem: string, fix: string): DataError;
}

/**
 * The predicted probabilities of a file, as written:
 * - `positive`: one column, the probability of the positive class of two;
 * - `per-class`: one column per class, `<score>_<class>`, named by the class;
 * - `list`: one column of JSON lists, in the sorted order of the classes (the order of
 *   scikit-learn's `predict_proba`), the classes being known only once both files are read.
 *
 * `offSums` are the rows whose probabilities of several classes are not one distribution (see
 * `probabilitySumTolerance`): they refuse a metric of probabilities once the file is known to
 * give every class's, as a file that lacks one sums to less and is refused for what it lacks.
 */
export type FileScores =
  | { readonly kind: "positive"; readonly values: Float64Array }
  | {
      readonly kind: "per-class";
      readonly classes: readonly string[];
      readonly columns: readonly Float64Array[];
      readonly offSums?: OffSums;
    }
  | {
      readonly kind: "list";
      readonly columns: readonly Float64Array[];
      readonly offSums?: OffSums;
    };

/** The rows of a file whose probabilities are not one distribution. */
export interface OffSums {
  /**
   * The error at the first of them among `rows` (rows of the file, 0-based, in any order; every
   * row where undefined), which are those a metric reads: at its line, or, past the rows whose
   * lines are kept, by its id (`idOf`). None where no row of `rows` is off.
   */
  firstOf(rows: Uint32Array | undefined, idOf: (row: number) => string): DataError | undefined;
}

/** Columns every predictions file has, whatever its task. */
interface FileCommon {
  readonly file: string;
  readonly rowCount: number;
  /** The id of each row, as its text. */
  readonly ids: IdColumn;
  /** `NaN` where missing. */
  readonly latency?: Float64Array;
  readonly cost?: Float64Array;
  /** By column name; `NaN` where missing. */
  readonly exampleScores: ReadonlyMap<string, Float64Array>;
  /** By column name; code -1 where missing. */
  readonly slices: ReadonlyMap<string, CategoryColumn>;
}

export interface ClassificationFile extends FileCommon {
  readonly task: "classification";
  readonly labels: CategoryColumn;
  /** Absent when the file has only scores: predictions are then taken from them. */
  readonly predictions?: CategoryColumn;
  readonly scores?: FileScores;
}

export interface RegressionFile extends FileCommon {
  readonly task: "regression";
  readonly labels: Float64Array;
  readonly predictions: Float64Array;
}

/** One model's per-example predictions, column by column, in the file's row order. */
export type PredictionFile = ClassificationFile | RegressionFile;

/** Weights per example: sample weights, or counts of a bootstrap resample (Poisson, multinomial). */
export type Weights = Float64Array | Uint32Array;

/** Columns shared by both models' aligned data (the label and the slices belong to the example). */
interface ModelCommon {
  /** How many examples. */
  readonly count: number;
  readonly latency?: Float64Array;
  readonly cost?: Float64Array;
  readonly exampleScores: ReadonlyMap<string, Float64Array>;
  readonly slices: ReadonlyMap<string, CategoryColumn>;
}

/**
 * A classifier's predictions ready for metrics: labels and predictions as codes into `classes`
 * (sorted, numerically when every class is a number), and scores either as the positive class's
 * probability (two classes) or as one column per class (three or more).
 */
export interface ClassifierData extends ModelCommon {
  readonly task: "classification";
  readonly classes: readonly string[];
  /** The code of the positive class when there are two classes, else -1. */
  readonly positive: number;
  readonly labels: Int32Array;
  readonly predictions: Int32Array;
  /** Whether the predictions were taken from the scores (the file had no prediction column). */
  readonly predictionsFromScores: boolean;
  /** Two classes: the probability of the positive class. */
  readonly positiveScores?: Float64Array;
  /** Three or more classes: the probability of each class, by class code. */
  readonly classScores?: readonly Float64Array[];
  /**
   * The first row whose probabilities of every class are not one distribution: thrown by a
   * metric that reads them as one (log loss, ROC AUC...), not by one of the predicted classes.
   */
  readonly probabilitySumError?: DataError;
}

export interface RegressorData extends ModelCommon {
  readonly task: "regression";
  readonly labels: Float64Array;
  readonly predictions: Float64Array;
}

/** One model's predictions, aligned with the other model's when paired. */
export type ModelData = ClassifierData | RegressorData;
