import type { DataError } from "../data/data-error.js";
import type { DataFormat } from "../data/read-options.js";
import type { IdColumn } from "./id-column.js";
import type { MissingColumn } from "./missing-column.js";
import type { PredictionColumnNames, PredictionColumnRole } from "./prediction-columns.js";

/** What a model predicts: a class (classification) or a number (regression). */
export type PredictionTask = "classification" | "regression";

export {
  DEFAULT_PREDICTION_COLUMNS,
  DEFAULT_PREDICTION_INPUTS,
  type PredictionColumnNames,
  type PredictionColumnRole,
} from "./prediction-columns.js";

/**
 * A column that the metrics to compute read: the score, the latency and the cost, which a file
 * may lack unless they do; the label and the prediction, named with the metrics that read them
 * where some metrics read neither (see `outcomesOptional`).
 */
export type NeededColumn = "score" | "latency" | "cost" | "label" | "prediction";

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
   * metric of probabilities, the latency and the cost for their statistics. The label and the
   * prediction listed here are only named with their metrics when a file lacks them. Default
   * none.
   */
  needs?: Partial<Record<NeededColumn, readonly string[]>>;
  /**
   * Whether a file may lack the label and the predicted class or value: where no metric to
   * compute reads them (a gate of per-example scores, latencies or costs alone), a file without
   * a label column, or without a prediction or score column, is read for its ids and its other
   * columns alone (task `scores`). A column an input names must be there all the same. Default
   * false.
   */
  outcomesOptional?: boolean;
  /** Columns of a number per example (a judge's grade) whose mean is a metric. */
  exampleScores?: readonly string[];
  /**
   * The per-example scores read as right (1) or wrong (0), each with the metric that reads it so
   * (its mean, judged by McNemar's test): any other number is refused at its cell.
   */
  binaryScores?: ReadonlyMap<string, string>;
  /** Columns of categories to slice by (and to use as a sensitive attribute). */
  slices?: readonly string[];
  /**
   * The column of each example's sample weight (a number from 0 up, none missing), needed in the
   * file unless `optional`: a champion's file may leave it to the challenger's.
   */
  weights?: { readonly column: string; readonly optional?: boolean };
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
 * `topKExport`: per-class columns whose rows give each the same few classes' probabilities.
 */
export type FileScores =
  | { readonly kind: "positive"; readonly values: Float64Array }
  | {
      readonly kind: "per-class";
      readonly classes: readonly string[];
      readonly columns: readonly Float64Array[];
      readonly offSums?: OffSums;
      readonly topKExport?: TopKExport;
    }
  | {
      readonly kind: "list";
      readonly columns: readonly Float64Array[];
      readonly offSums?: OffSums;
    };

/**
 * A file of one probability column per class whose every row gives the same `given` classes'
 * probabilities, fewer than its classes, and leaves the rest empty: each row's top k, which
 * top-k accuracy and the predicted classes read, and no metric of distributions can.
 */
export interface TopKExport {
  readonly given: number;
  /** The file's first row as an error places it: "line 2" (Parquet: "row 0"). */
  readonly first: string;
  /** The first row's first empty column. */
  readonly column: string;
}

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
  /** Each row's sample weight, as written, where the weight column was read. */
  readonly weights?: { readonly column: string; readonly values: Float64Array };
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

/**
 * A file read without labels and predictions (`outcomesOptional`): its per-example scores,
 * latencies and costs, paired by id alone.
 */
export interface ScoresFile extends FileCommon {
  readonly task: "scores";
  /** The label and outcome columns it lacks, each with the column likely meant, if any. */
  readonly lacks: readonly MissingColumn[];
}

/** One model's per-example predictions, column by column, in the file's row order. */
export type PredictionFile = ClassificationFile | RegressionFile | ScoresFile;

/**
 * Weights per example: sample weights, or counts of a bootstrap resample (Poisson, in bytes,
 * or multinomial).
 */
export type Weights = Float64Array | Uint32Array | Uint8Array;

/** Columns shared by both models' aligned data (the label and the slices belong to the example). */
interface ModelCommon {
  /** How many examples. */
  readonly count: number;
  readonly latency?: Float64Array;
  readonly cost?: Float64Array;
  readonly exampleScores: ReadonlyMap<string, Float64Array>;
  readonly slices: ReadonlyMap<string, CategoryColumn>;
  /**
   * Each example's sample weight, scaled (see `scaledWeights`), the same array in
   * both models' data; every metric of `prepareMetric` weighs its examples by it.
   */
  readonly weights?: Float64Array;
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
  /** Where `classScores` are a top-k export, which of `file`: a metric of distributions refuses it. */
  readonly topKExport?: TopKExport & { readonly file: string };
}

export interface RegressorData extends ModelCommon {
  readonly task: "regression";
  readonly labels: Float64Array;
  readonly predictions: Float64Array;
}

/**
 * A model's per-example scores, latencies and costs without labels: where either file was read
 * so (`ScoresFile`), both models' data are, as no metric of a label can compare them.
 */
export interface ScoresData extends ModelCommon {
  readonly task: "scores";
  /** The files read without labels (one or both), by their paths. */
  readonly unlabelled: readonly string[];
}

/** One model's predictions, aligned with the other model's when paired. */
export type ModelData = ClassifierData | RegressorData | ScoresData;
