import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import { didYouMean } from "../report/closest-name.js";
import {
  accuracy,
  balancedAccuracy,
  confusionMatrix,
  matthewsCorrelation,
  precisionRecallF1,
  type ClassAverage,
} from "./confusion-metrics.js";
import { demographicParityDifference, equalizedOddsDifference } from "./fairness-metrics.js";
import { columnMean, columnQuantile } from "./distribution-metrics.js";
import { metricOfAlias } from "./metric-aliases.js";
import { MetricError } from "./metric-error.js";
import type { ClassifierData, ModelData, PredictionTask, Weights } from "./predictions.js";
import {
  prepareBinaryBrier,
  prepareBinaryCalibrationError,
  prepareBinaryLogLoss,
  prepareMulticlassBrier,
  prepareMulticlassCalibrationError,
  prepareMulticlassLogLoss,
  type PreparedProbabilityMetric,
} from "./probability-metrics.js";
import {
  averagePrecision,
  averagePrecisionOneVsRest,
  rankBinary,
  rankOneVsRest,
  rocAuc,
  rocAucOneVsRest,
  weighRanking,
  type BinaryRanking,
} from "./ranking-metrics.js";
import {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  r2Score,
  rootMeanSquaredError,
} from "./regression-metrics.js";
import {
  macroOverClasses,
  operatingPointCandidate,
  operatingPointOf,
  operatingPointWithExtraWords,
  precisionAtRecall,
  recallAtPrecision,
  type OperatingPoint,
} from "./recall-at-precision.js";
import {
  alertRateCandidate,
  alertRateOf,
  alertRateWithExtraWords,
  recallAtAlertRate,
} from "./recall-at-alert-rate.js";
import { sortOrder } from "./sort-order.js";
import { shareOfHits, topKCandidate, topKHits, topKOf } from "./top-k-accuracy.js";

/** Whether a larger value of a metric is better. */
export type MetricDirection = "higher" | "lower";

/**
 * What a metric is computed from: the label and the predicted class; the label and the predicted
 * probabilities; the label and the predicted number (regression); one column of numbers per
 * example (latency, cost, a grade); the label, the predicted class and a sensitive column.
 */
export type MetricNeeds =
  "label+prediction" | "label+score" | "regression" | "column" | "label+prediction+group";

/** The role of the column that a metric of one column (`needs` "column") reads. */
export type MetricColumn = "latency" | "cost" | "exampleScores";

export interface MetricDefinition {
  readonly name: string;
  readonly direction: MetricDirection;
  readonly needs: MetricNeeds;
  /** For a metric of one column: whose column, so that a reader can ask for it by its role. */
  readonly column?: MetricColumn;
  /** For the mean of a per-example score: the column it reads (`judge` of `judge_mean`). */
  readonly scoreColumn?: string;
  /** The task whose predictions it needs; `any` for a column's statistics. */
  readonly task: PredictionTask | "any";
  /**
   * Whether the metric is the share of examples with an outcome of 1 (accuracy: the example is
   * predicted right), so that two models on the same examples compare by McNemar's test on the
   * examples where they differ; `PreparedMetric.outcomes` holds the outcome of each example.
   */
  readonly proportion: boolean;
  /** Whether it needs exactly two classes (binary precision, recall and F1; fairness). */
  readonly binaryOnly: boolean;
  /**
   * Whether its values lie from 0 to 1 (a share of examples, or an area under a curve), so that
   * a margin of 1 or more, or a bound above 1, can only be a value meant in points.
   */
  readonly share: boolean;
  readonly description: string;
}

/** A metric ready to compute on one model's data, as often as a bootstrap asks. */
export interface PreparedMetric {
  readonly definition: MetricDefinition;
  /**
   * The metric with each example weighted (sample weights, or a resample's counts: 0 leaves an
   * example out, 2 counts it twice); without weights, on the data as it is. Sorting and other
   * set-up are done once, in `prepareMetric`. NaN where the metric is undefined (ROC AUC with
   * one class, a mean of nothing).
   */
  evaluate(weights?: Weights): number;
  /**
   * The metric with each example weighed by `weights` as they are, sample weights or not: where
   * the data holds sample weights, `evaluate` weighs by their product with its argument, and
   * this takes such a product made elsewhere (a resample's counts times the sample weights, made
   * once a draw for both models). Without weights, every example weighs 1.
   */
  evaluateWeighed(weights?: Weights): number;
  /** For a `proportion` metric: 1 where the example counts as a success, else 0. */
  readonly outcomes?: Uint8Array;
  /**
   * For a binary ranking metric (ROC AUC, average precision): the examples sorted by score,
   * never with the sample weights (`BinaryRanking.weights`): a caller passes those itself.
   */
  readonly ranking?: BinaryRanking;
  /**
   * True where the data holds sample weights and `evaluate` reads them in the ranking's order (a
   * binary ranking metric): a resample's counts given to `evaluate` weigh as their product with
   * the sample weights given to `evaluateWeighed`, in about half the time, so a bootstrap need
   * not make the product.
   */
  readonly weighsCounts?: boolean;
}

/** What `prepareMetric` needs besides the data. */
export interface PrepareOptions {
  /** The slice column that the fairness metrics compare groups of. */
  sensitive?: string;
  /** The input that names the sensitive column, for errors. Default `sensitive-column`. */
  sensitiveInput?: string;
  /** How errors name a file given by its path (relative to the workspace). Default as given. */
  shown?: (path: string) => string;
}

/**
 * The metric's evaluation, with what it prepared that other tests can use (a ranking, a
 * proportion's outcomes where they are not the predicted class being right).
 */
type Prepare = (
  data: ModelData,
  options: PrepareOptions,
  name: string,
) => PreparedMetric["evaluate"] | Prepared;

/** What a metric prepared: with a ranking, the metric of any ranking (`sweep`) as well. */
type Prepared = Pick<PreparedMetric, "evaluate" | "ranking" | "outcomes"> & {
  readonly sweep?: (ranking: BinaryRanking, weights?: Weights) => number;
};

interface Entry extends MetricDefinition {
  readonly prepare: Prepare;
}

/** The classifier's data, once the definition's `task` has been checked. */
const classifier = (data: ModelData) => data as ClassifierData;
const regressor = (data: ModelData) => data as Extract<ModelData, { task: "regression" }>;

function entry(
  name: string,
  direction: MetricDirection,
  needs: MetricNeeds,
  description: string,
  prepare: Prepare,
  flags: { proportion?: boolean; binaryOnly?: boolean; share?: boolean } = {},
): Entry {
  const task =
    needs === "regression" ? "regression" : needs === "column" ? "any" : "classification";
  return {
    name,
    direction,
    needs,
    task,
    proportion: flags.proportion ?? false,
    binaryOnly: flags.binaryOnly ?? false,
    // Every metric of the predicted classes is a share or a difference of two shares.
    share: flags.share ?? (needs === "label+prediction" || needs === "label+prediction+group"),
    description,
    prepare,
  };
}

const AVERAGES: readonly ClassAverage[] = ["binary", "macro", "micro", "weighted"];

/** precision, recall and f1, each for every average: `f1` (binary), `f1_macro`, ... */
function classAverageEntries(): Entry[] {
  return (["precision", "recall", "f1"] as const).flatMap((measure) =>
    AVERAGES.map((average) =>
      entry(
        average === "binary" ? measure : `${measure}_${average}`,
        "higher",
        "label+prediction",
        `${measure === "f1" ? "F1" : measure}, ${average === "binary" ? "of the positive class" : `${average} average over classes`} (scikit-learn ${measure === "f1" ? "f1_score" : `${measure}_score`})`,
        (data) => {
          const { labels, predictions, classes, positive } = classifier(data);
          return (weights) =>
            precisionRecallF1(
              confusionMatrix(labels, predictions, classes.length, weights),
              classes.length,
              average,
              positive,
            )[measure];
        },
        { binaryOnly: average === "binary" },
      ),
    ),
  );
}

/**
 * A top-k export as a refusal names it: "challenger.csv is a top-5 export: each row gives 5 of
 * the 30 classes' probabilities (line 2 leaves column 'score_k07' empty)".
 */
function exportNamed(d: ClassifierData, options: PrepareOptions): string {
  const { file, given, first, column } = d.topKExport!;
  const shown = options.shown?.(file) ?? file;
  return `${shown} is a top-${given} export: each row gives ${given} of the ${d.classes.length} classes' probabilities (${first} leaves column '${shorten(column, REFUSAL_NAME_LIMIT)}' empty)`;
}

/**
 * The scores a probability metric needs: the positive class's, or each class's. A row whose
 * probabilities are not one distribution refuses the metric at its line; a top-k export, none of
 * whose rows is one, refuses it as data that lacks what it needs, so that a metric the policy
 * does not require is skipped on it.
 */
function scoresOf(data: ModelData, options: PrepareOptions, name: string) {
  const d = classifier(data);
  if (d.positiveScores === undefined && d.classScores === undefined) {
    throw new MetricError(
      name,
      "needs predicted probabilities, and the predictions have no score column",
      "Add the probabilities (a score column, or score_<class> columns) to the predictions, or gate a metric of predicted classes",
    );
  }
  if (d.probabilitySumError) throw d.probabilitySumError;
  if (d.topKExport) {
    throw new MetricError(
      name,
      `reads each row's probabilities of every class as one distribution, and ${exportNamed(d, options)}`,
      `Gate top_<k>_accuracy and metrics of the predicted classes on such a file, or write every class's probability on every row as the model gives it (predict_proba, a softmax); or give '${shorten(name, REFUSAL_NAME_LIMIT)}' required: false in the policy to skip it where a file is a top-k export`,
    );
  }
  return d;
}

/**
 * A metric of probabilities, binary or multiclass, each example's part computed here once: a
 * bootstrap's resamples then cost O(n) each, not O(n x classes).
 */
function probabilityEntry(
  name: string,
  direction: MetricDirection,
  description: string,
  binary: (labels: Int32Array, positive: number, scores: Float64Array) => PreparedProbabilityMetric,
  multiclass: (labels: Int32Array, scores: readonly Float64Array[]) => PreparedProbabilityMetric,
): Entry {
  return entry(name, direction, "label+score", description, (data, options) => {
    const { labels, positive, positiveScores, classScores } = scoresOf(data, options, name);
    return positiveScores
      ? binary(labels, positive, positiveScores)
      : multiclass(labels, classScores!);
  });
}

/** A metric of how examples are ranked by score, sorted once here. */
function rankingEntry(
  name: string,
  description: string,
  binary: typeof rocAuc,
  multiclass: typeof rocAucOneVsRest,
): Entry {
  return entry(
    name,
    "higher",
    "label+score",
    description,
    (data, options) => {
      const { labels, positive, positiveScores, classScores } = scoresOf(data, options, name);
      if (positiveScores) {
        const ranking = rankBinary(labels, positive, positiveScores);
        return { evaluate: (weights) => binary(ranking, weights), ranking, sweep: binary };
      }
      const rankings = rankOneVsRest(labels, classScores!);
      return (weights) => multiclass(rankings, weights);
    },
    { share: true },
  );
}

/**
 * `top_<k>_accuracy`: whether each example's label is among the k classes scored highest, found
 * once per model (`topKHits`), so that a resample weighs n outcomes and McNemar's test counts
 * them as it does accuracy's. It reads the scores' order alone, so a row that is no distribution
 * (a top-k export, the rest empty or 0) is read as written; but an export of fewer classes than
 * k is refused, as its value would be that of its own k under another name, below a whole
 * file's for the same model.
 */
function topKEntry(name: string, k: number): Entry {
  return entry(
    name,
    "higher",
    "label+score",
    `share of examples whose label is among the ${k} classes scored highest, a tie at the ${k}-th place counted against it (scikit-learn top_k_accuracy_score, k=${k}, where no tie straddles that place)`,
    (data, options) => {
      const d = classifier(data);
      const { labels, classes, classScores, topKExport } = d;
      if (k >= classes.length) {
        throw new MetricError(
          name,
          `counts an example right when its label is among the ${k} classes scored highest, and the predictions have ${classes.length} classes, so every example would count and any model would score 1`,
          classes.length > 2
            ? `Gate top_<k>_accuracy with k below ${classes.length}, or accuracy`
            : "Gate accuracy or roc_auc: of two classes, the top 2 hold every label",
        );
      }
      if (classScores === undefined) {
        throw new MetricError(
          name,
          "ranks the classes by their scores, and the predictions have no score of each class",
          "Add each class's probability (score_<class> columns, or a JSON list per row): every class, or each row's top classes with the rest empty or 0",
        );
      }
      if (topKExport && k > topKExport.given) {
        const { given } = topKExport;
        throw new MetricError(
          name,
          `ranks each row's ${k} classes scored highest, and ${exportNamed(d, options)}: a label outside a row's top ${given} would count as a miss where the model ranks it among its top ${k}`,
          `Gate top_<k>_accuracy with k of ${given} or less on such a file, or export each row's top ${k} classes or every class's; or give '${name}' required: false in the policy to skip it where a file exports fewer classes`,
        );
      }
      const outcomes = topKHits(labels, classScores, k);
      return { evaluate: (weights) => shareOfHits(outcomes, weights), outcomes };
    },
    { proportion: true, share: true },
  );
}

/**
 * `recall_at_precision_<p>` and `precision_at_recall_<p>`: a ranking metric, sorted once per
 * model as average precision is, each resample then a weighted pass that picks its threshold
 * again; of more than two classes, one class against the rest, as average precision.
 */
function operatingPointEntry(name: string, { measure, percent }: OperatingPoint): Entry {
  const at = measure === "recall" ? recallAtPrecision : precisionAtRecall;
  const binary = (ranking: BinaryRanking, weights?: Weights) => at(ranking, percent, weights);
  const held = measure === "recall" ? "precision" : "recall";
  return rankingEntry(
    name,
    `largest ${measure} over the score thresholds whose ${held} is at least ${percent}%${measure === "recall" ? ", 0 where none reaches it" : ""} (scikit-learn precision_recall_curve, scanned); for more than two classes one-vs-rest, macro average over the classes present`,
    binary,
    (rankings, weights) => macroOverClasses(rankings, binary, weights),
  );
}

/**
 * `recall_at_alert_rate_<p>`: a ranking metric as the operating points are, each resample a
 * weighted pass that finds the threshold of its own top p% again.
 */
function alertRateEntry(name: string, percent: number): Entry {
  const binary = (ranking: BinaryRanking, weights?: Weights) =>
    recallAtAlertRate(ranking, percent, weights);
  return rankingEntry(
    name,
    `largest recall over the score thresholds that flag at most ${percent}% of the examples, highest scores first and ties together, 0 where the top-scored tie alone is more; for more than two classes one-vs-rest, macro average over the classes present`,
    binary,
    (rankings, weights) => macroOverClasses(rankings, binary, weights),
  );
}

function regressionEntry(
  name: string,
  direction: MetricDirection,
  description: string,
  metric: (labels: Float64Array, predictions: Float64Array, weights?: Weights) => number,
): Entry {
  return entry(name, direction, "regression", description, (data) => {
    const { labels, predictions } = regressor(data);
    return (weights) => metric(labels, predictions, weights);
  });
}

/** The sensitive column's codes, which the fairness metrics group by. */
function sensitiveGroups(data: ModelData, options: PrepareOptions, name: string) {
  const input = options.sensitiveInput ?? "sensitive-column";
  if (options.sensitive === undefined) {
    throw new MetricError(
      name,
      "compares groups of a sensitive column, and none is named",
      `Set input '${input}' to one of the slice columns`,
    );
  }
  const column = data.slices.get(options.sensitive);
  if (column === undefined) {
    throw new MetricError(
      name,
      `the sensitive column '${shorten(options.sensitive, REFUSAL_NAME_LIMIT)}' is not among the slices read`,
      `Add it to the slices, or set input '${input}' to one of them`,
    );
  }
  return column;
}

function fairnessEntry(
  name: string,
  description: string,
  compute: (d: ClassifierData, groups: Int32Array, count: number, w?: Weights) => number,
): Entry {
  return entry(
    name,
    "lower",
    "label+prediction+group",
    description,
    (data, options) => {
      const { codes, names } = sensitiveGroups(data, options, name);
      const d = classifier(data);
      return (weights) => compute(d, codes, names.length, weights);
    },
    { binaryOnly: true },
  );
}

const STATIC_ENTRIES: readonly Entry[] = [
  entry(
    "accuracy",
    "higher",
    "label+prediction",
    "share of examples predicted right (scikit-learn accuracy_score)",
    (data) => {
      const { labels, predictions } = classifier(data);
      return (weights) => accuracy(labels, predictions, weights);
    },
    { proportion: true },
  ),
  entry(
    "balanced_accuracy",
    "higher",
    "label+prediction",
    "mean recall over the true classes (scikit-learn balanced_accuracy_score)",
    (data) => {
      const { labels, predictions, classes } = classifier(data);
      return (weights) =>
        balancedAccuracy(
          confusionMatrix(labels, predictions, classes.length, weights),
          classes.length,
        );
    },
  ),
  ...classAverageEntries(),
  entry(
    "mcc",
    "higher",
    "label+prediction",
    "Matthews correlation coefficient, from -1 to 1; for more than two classes Gorodkin's R_K (scikit-learn matthews_corrcoef)",
    (data) => {
      const { labels, predictions, classes } = classifier(data);
      return (weights) =>
        matthewsCorrelation(
          confusionMatrix(labels, predictions, classes.length, weights),
          classes.length,
        );
    },
    // From -1 to 1: a change of 1 or more is possible, so its margins are not a share's.
    { share: false },
  ),
  rankingEntry(
    "roc_auc",
    "area under the ROC curve; for more than two classes one-vs-rest, macro average (scikit-learn roc_auc_score)",
    rocAuc,
    rocAucOneVsRest,
  ),
  rankingEntry(
    "average_precision",
    "area under the precision-recall curve as a step sum; for more than two classes one-vs-rest, macro average (scikit-learn average_precision_score)",
    averagePrecision,
    averagePrecisionOneVsRest,
  ),
  probabilityEntry(
    "log_loss",
    "lower",
    "cross-entropy of the predicted probabilities (scikit-learn log_loss)",
    prepareBinaryLogLoss,
    prepareMulticlassLogLoss,
  ),
  probabilityEntry(
    "brier",
    "lower",
    "mean squared error of the probabilities (scikit-learn brier_score_loss; summed over classes for more than two)",
    prepareBinaryBrier,
    prepareMulticlassBrier,
  ),
  probabilityEntry(
    "ece",
    "lower",
    "expected calibration error of the top label, 10 equal-width bins of confidence",
    prepareBinaryCalibrationError,
    prepareMulticlassCalibrationError,
  ),
  regressionEntry(
    "mae",
    "lower",
    "mean absolute error (scikit-learn mean_absolute_error)",
    meanAbsoluteError,
  ),
  regressionEntry(
    "rmse",
    "lower",
    "root mean squared error (scikit-learn mean_squared_error, squared=False)",
    rootMeanSquaredError,
  ),
  regressionEntry("r2", "higher", "coefficient of determination (scikit-learn r2_score)", r2Score),
  regressionEntry(
    "mape",
    "lower",
    "mean absolute percentage error, as a fraction (scikit-learn mean_absolute_percentage_error)",
    meanAbsolutePercentageError,
  ),
  fairnessEntry(
    "demographic_parity_difference",
    "largest minus smallest share predicted positive over the sensitive column's groups (fairlearn)",
    (d, groups, count, weights) =>
      demographicParityDifference(d.predictions, d.positive, groups, count, weights),
  ),
  fairnessEntry(
    "equalized_odds_difference",
    "larger of the spreads of true and false positive rates over the sensitive column's groups (fairlearn)",
    (d, groups, count, weights) =>
      equalizedOddsDifference(d.labels, d.predictions, d.positive, groups, count, weights),
  ),
];

/** The statistics of a column of numbers per example, by name suffix. */
const COLUMN_STATISTICS = { p50: 0.5, p95: 0.95, p99: 0.99, mean: undefined } as const;
type ColumnStatistic = keyof typeof COLUMN_STATISTICS;

/** The statistic of a column: a quantile (sorted once) or the mean. */
function columnEntry(
  name: string,
  statistic: ColumnStatistic,
  what: string,
  direction: MetricDirection,
  role: MetricColumn,
  column: (data: ModelData) => Float64Array | undefined,
  missingFix: string,
): Entry {
  const q = COLUMN_STATISTICS[statistic];
  const description =
    q === undefined ? `mean ${what}` : `${statistic} of the ${what} (numpy quantile, linear)`;
  const read = entry(name, direction, "column", description, (data) => {
    const values = column(data);
    if (values === undefined) {
      throw new MetricError(
        name,
        `needs the ${what}, and the predictions have no such column`,
        missingFix,
      );
    }
    if (q === undefined) return (weights) => columnMean(values, weights);
    const order = sortOrder(values);
    return (weights) => columnQuantile(values, q, weights, order);
  });
  return { ...read, column: role };
}

const STATISTICS = Object.keys(COLUMN_STATISTICS) as ColumnStatistic[];

const LATENCY_AND_COST: readonly Entry[] = STATISTICS.flatMap((statistic) => [
  columnEntry(
    `latency_ms_${statistic}`,
    statistic,
    "latency in milliseconds",
    "lower",
    "latency",
    (data) => data.latency,
    "Add a latency column (input 'latency-column')",
  ),
  columnEntry(
    `cost_${statistic}`,
    statistic,
    "cost per prediction",
    "lower",
    "cost",
    (data) => data.cost,
    "Add a cost column (input 'cost-column')",
  ),
]);

const BUILT_IN = new Map([...STATIC_ENTRIES, ...LATENCY_AND_COST].map((e) => [e.name, e]));

/** The mean of a per-example score column (a judge's grade): `<column>_mean`, higher is better. */
function exampleScoreEntry(name: string, column: string): Entry {
  const entry = columnEntry(
    name,
    "mean",
    `per-example score '${shorten(column, REFUSAL_NAME_LIMIT)}'`,
    "higher",
    "exampleScores",
    (data) => data.exampleScores.get(column),
    `Add '${shorten(column, REFUSAL_NAME_LIMIT)}' to the per-example scores read (input 'example-scores')`,
  );
  return { ...entry, scoreColumn: column };
}

/**
 * Every metric name known, the built-in ones then `<score>_mean` for each per-example score;
 * not `top_<k>_accuracy` nor the operating points (`recall_at_precision_<p>`), whose names are
 * read rather than listed, so that a report lists none of them ungated.
 */
export function metricNames(exampleScores: readonly string[] = []): string[] {
  const extra = exampleScores.map((column) => `${column}_mean`).filter((n) => !BUILT_IN.has(n));
  return [...BUILT_IN.keys(), ...extra];
}

/**
 * How an error lists the metrics whose names carry a number among the known names: the top-k
 * accuracies after accuracy, the operating points after average precision.
 */
const NAMES_WITH_A_NUMBER: Readonly<Record<string, readonly string[]>> = {
  accuracy: ["top_<k>_accuracy"],
  average_precision: [
    "recall_at_precision_<p>",
    "precision_at_recall_<p>",
    "recall_at_alert_rate_<p>",
  ],
};

function lookUp(name: string, exampleScores: readonly string[]): Entry {
  const builtIn = BUILT_IN.get(name);
  if (builtIn) return builtIn;
  const k = topKOf(name);
  if (k !== undefined) return topKEntry(name, k);
  const point = operatingPointOf(name);
  if (point !== undefined) return operatingPointEntry(name, point);
  const rate = alertRateOf(name);
  if (rate !== undefined) return alertRateEntry(name, rate);
  const column = exampleScores.find((c) => `${c}_mean` === name);
  if (column !== undefined) return exampleScoreEntry(name, column);
  const extraWords = operatingPointWithExtraWords(name) ?? alertRateWithExtraWords(name);
  if (extraWords !== undefined) throw extraWords;
  const names = metricNames(exampleScores);
  // Another tool's name for a metric (`auc`) is suggested before a near spelling; a top-k
  // accuracy or an operating point, which no list holds every number of, is a candidate where
  // the name starts like one.
  const alias = metricOfAlias(name);
  const candidates = [
    alias,
    topKCandidate(name),
    operatingPointCandidate(name),
    alertRateCandidate(name),
  ].filter((n) => n !== undefined);
  const near = didYouMean(alias ?? name, [...names, ...candidates]);
  const listed = names.flatMap((n) => [n, ...(NAMES_WITH_A_NUMBER[n] ?? [])]);
  const known = listed.map((n) => shorten(n, REFUSAL_NAME_LIMIT)).join(", ");
  const unread = /^(.+)_mean$/s.exec(name)?.[1];
  if (unread !== undefined && near === "") throw unreadScoreError(name, unread, exampleScores);
  throw new MetricError(
    name,
    "is not a metric computed from predictions",
    `${near}Use one of: ${known}; or, for a score each example has (an nDCG, a judge's grade), add its column to both predictions files, name it in input 'example-scores' and gate '<column>_mean'`,
  );
}

/**
 * A `<column>_mean` whose column is not among the per-example scores read: the name is right,
 * and the input that reads the column is what is missing.
 */
function unreadScoreError(
  name: string,
  column: string,
  exampleScores: readonly string[],
): MetricError {
  const read = exampleScores.length
    ? `names ${exampleScores.map((c) => `'${shorten(c, REFUSAL_NAME_LIMIT)}'`).join(", ")}`
    : "is empty";
  return new MetricError(
    name,
    `is the mean of a per-example score column '${shorten(column, REFUSAL_NAME_LIMIT)}' only where input 'example-scores' names that column, and it ${read}`,
    `Add '${shorten(column, REFUSAL_NAME_LIMIT)}' to input 'example-scores' (a column of numbers in both predictions files), or gate a metric computed from predictions, such as accuracy or roc_auc`,
  );
}

/**
 * A metric by name: the built-in ones (`metricNames()`), `top_<k>_accuracy` for k from 2 to
 * `MOST_TOP_K`, `recall_at_precision_<p>` and `precision_at_recall_<p>` for a percent p from 2
 * to 99.99 (`_99p5` for 99.5), `recall_at_alert_rate_<p>` for a percent p from 0.01 to 99.99
 * (`_0p5` for 0.5), and `<column>_mean` for each column of `exampleScores`. An
 * unknown name is a `MetricError` listing the known names.
 */
export function metricDefinition(
  name: string,
  exampleScores: readonly string[] = [],
): MetricDefinition {
  const { prepare: _, ...definition } = lookUp(name, exampleScores);
  return definition;
}

/**
 * Whether `metricDefinition` knows a name, `top_<k>_accuracy` of any k it takes, the operating
 * points of any target and the alert rates of any rate included: no list holds those. False, never an error, for a
 * name it refuses (`top_1_accuracy`, `recall_at_precision_0.9`, a typo), which the caller leaves
 * to the check that refuses it at its line.
 */
export function knowsMetric(name: string, exampleScores: readonly string[] = []): boolean {
  if (BUILT_IN.has(name) || exampleScores.some((column) => `${column}_mean` === name)) return true;
  try {
    return (
      topKOf(name) !== undefined ||
      operatingPointOf(name) !== undefined ||
      alertRateOf(name) !== undefined
    );
  } catch (error) {
    if (error instanceof MetricError) return false;
    throw error;
  }
}

/**
 * A metric of labels asked of data without them: `files`, as errors name them, were read for
 * their per-example scores alone, lacking the label or every outcome column.
 */
function unlabelledError(definition: MetricDefinition, files: readonly string[]): MetricError {
  const [which, has, whose] =
    files.length === 1 ? [files[0]!, "has", "its"] : [files.join(" and "), "have", "their"];
  return new MetricError(
    definition.name,
    `reads the label and the ${definition.task === "regression" ? "predicted value" : "predicted class or probabilities"}, and ${which} ${has} no label column, or no prediction or score column (read for ${whose} per-example scores alone)`,
    `Add the label and the prediction or score columns to ${files.length === 1 ? which : "both files"}, or gate only per-example scores, latencies and costs`,
  );
}

/**
 * A metric that weighs each example by its sample weight: on the data as it is, by the weights
 * alone; on a resample, by the resample's count of each example times its weight, the examples
 * being what the bootstrap draws (as a survey's units are, each with its weight). One buffer,
 * made at the first resample (a bootstrap makes the product itself: `evaluateWeighed`) and
 * reused by every one after.
 */
function weighedBy(
  sample: Float64Array,
  evaluate: PreparedMetric["evaluate"],
): PreparedMetric["evaluate"] {
  let product: Float64Array | undefined;
  return (weights) => {
    if (weights === undefined) return evaluate(sample);
    product ??= new Float64Array(sample.length);
    for (let i = 0; i < sample.length; i++) product[i] = weights[i]! * sample[i]!;
    return evaluate(product);
  };
}

/**
 * Readies a metric for one model's data: checks that the data has what it needs (a
 * `MetricError` saying what to add otherwise), and sorts once what the metric needs sorted.
 * The per-example scores the data holds count as known `<column>_mean` names. Where the data
 * holds sample weights, the metric weighs its examples by them (`weighedBy`).
 */
export function prepareMetric(
  name: string,
  data: ModelData,
  options: PrepareOptions = {},
): PreparedMetric {
  const found = lookUp(name, [...data.exampleScores.keys()]);
  const { prepare, ...definition } = found;
  if (definition.task !== "any" && data.task === "scores") {
    throw unlabelledError(definition, data.unlabelled.map(options.shown ?? ((path) => path)));
  }
  if (definition.task !== "any" && definition.task !== data.task) {
    throw new MetricError(
      name,
      `is a ${definition.task} metric, and the predictions are of ${data.task}`,
      data.task === "regression"
        ? "Gate mae, rmse, r2 or mape, or read the predictions as classification"
        : "Gate a classification metric, or read the predictions as regression",
    );
  }
  if (definition.binaryOnly && classifier(data).classes.length !== 2) {
    throw new MetricError(
      name,
      `is defined for two classes, and the predictions have ${classifier(data).classes.length}`,
      "Gate its macro, micro or weighted average (for example f1_macro), or accuracy",
    );
  }
  const prepared = prepare(data, options, name);
  const {
    evaluate: unweighted,
    ranking,
    outcomes: given,
    sweep,
  }: Prepared = typeof prepared === "function" ? { evaluate: prepared } : prepared;
  const metric = {
    definition,
    evaluate: data.weights ? weighedBy(data.weights, unweighted) : unweighted,
    evaluateWeighed: unweighted,
  };
  const sample = data.weights;
  if (ranking && sweep && sample) {
    // Weighed at the first evaluation: a ROC AUC judged by DeLong's test may need none.
    let weighed: BinaryRanking | undefined;
    return {
      ...metric,
      evaluate: (weights) => sweep((weighed ??= weighRanking(ranking, sample)), weights),
      ranking,
      weighsCounts: true,
    };
  }
  if (ranking) return { ...metric, ranking };
  if (!definition.proportion) return metric;
  if (given) return { ...metric, outcomes: given };
  const { labels, predictions } = classifier(data);
  const outcomes = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) outcomes[i] = labels[i] === predictions[i] ? 1 : 0;
  return { ...metric, outcomes };
}
