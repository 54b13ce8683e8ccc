import { nameOfRate } from "./recall-at-alert-rate.js";
import { targetNamed } from "./recall-at-precision.js";
import { MOST_TOP_K } from "./top-k-accuracy.js";

/**
 * Names other tools give the built-in metrics (scikit-learn's function names, Keras' `auc` and
 * `acc`, a dashboard's `p95_latency`), each with the name the registry knows. A name such as
 * `auc` is many edits from `roc_auc`, so no spelling distance finds it: an error that lists the
 * metrics suggests the one meant through this table first.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  accuracy: ["acc", "accuracy_score"],
  balanced_accuracy: ["bal_acc", "balanced_acc", "balanced_accuracy_score"],
  precision: ["precision_score", "ppv"],
  recall: ["recall_score", "sensitivity", "tpr", "true_positive_rate"],
  f1: ["f1_score", "f1score", "f_score", "fscore", "f_measure"],
  f1_macro: ["macro_f1", "f1_macro_score"],
  f1_micro: ["micro_f1"],
  f1_weighted: ["weighted_f1"],
  mcc: ["matthews_corrcoef", "matthews_correlation", "matthews"],
  roc_auc: ["auc", "roc", "auroc", "rocauc", "auc_roc", "roc_auc_score"],
  average_precision: ["ap", "auprc", "pr_auc", "auc_pr", "average_precision_score"],
  log_loss: ["logloss", "cross_entropy", "crossentropy", "nll", "bce"],
  brier: ["brier_score", "brier_score_loss"],
  ece: ["expected_calibration_error", "calibration_error"],
  mae: ["mean_absolute_error", "l1"],
  rmse: ["root_mean_squared_error"],
  r2: ["r2_score", "r_squared", "rsquared"],
  mape: ["mean_absolute_percentage_error"],
  demographic_parity_difference: ["demographic_parity", "dpd"],
  equalized_odds_difference: ["equalized_odds", "eod"],
};

/** The words for each statistic of a column, as dashboards write them. */
const STATISTIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  p50: ["p50", "median"],
  p95: ["p95"],
  p99: ["p99"],
  mean: ["mean", "avg", "average"],
};

/**
 * The names of the statistics of a column (`latency`, written `latency_ms` by the suite) in the
 * orders dashboards write them: `latency_p95`, `p95_latency`, `p95_latency_ms`; the column's
 * name alone for its mean.
 */
function statisticAliases(column: string, suite: string): [string, string[]][] {
  return Object.entries(STATISTIC_WORDS).map(([statistic, words]) => [
    `${suite}_${statistic}`,
    [
      ...words.flatMap((word) => [`${column}_${word}`, `${word}_${column}`, `${word}_${suite}`]),
      ...(statistic === "mean" ? [column, suite] : []),
    ],
  ]);
}

const BY_ALIAS: ReadonlyMap<string, string> = new Map(
  [
    ...Object.entries(ALIASES),
    ...statisticAliases("latency", "latency_ms"),
    ...statisticAliases("cost", "cost"),
  ].flatMap(([name, aliases]) =>
    aliases.filter((alias) => alias !== name).map((alias) => [alias, name] as const),
  ),
);

/**
 * The built-in metric that `name` is another tool's name for, or undefined: case, hyphens and
 * spaces are ignored (`ROC-AUC`, `p95 latency`).
 */
export function metricOfAlias(name: string): string | undefined {
  const written = name
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, "_");
  return (
    BY_ALIAS.get(written) ??
    topKOfAlias(written) ??
    operatingPointOfAlias(written) ??
    alertRateOfAlias(written)
  );
}

/**
 * Other tools' names of a top-k accuracy with its k: `top5`, `top_5_acc`, Keras'
 * `top_5_categorical_accuracy`, a paper's `acc@5`, a recommender's `hit_rate@5` (one relevant
 * item per example); a top-1 is accuracy.
 */
const TOP_K_ALIAS =
  /^(?:top_?(\d+)(?:_?(?:acc|accuracy|categorical_accuracy))?|(?:acc|accuracy|hits?|hit_rate)_?@_?(\d+))$/;

function topKOfAlias(written: string): string | undefined {
  const match = TOP_K_ALIAS.exec(written);
  const k = Number(match?.[1] ?? match?.[2]);
  if (!(k >= 1 && k <= MOST_TOP_K)) return undefined;
  return k === 1 ? "accuracy" : `top_${k}_accuracy`;
}

/** The words for recall and for precision in other tools' names of an operating point. */
const MEASURE = "(recall|r|sensitivity|tpr|precision|p|ppv)";
const TARGET = "(\\d+(?:\\.\\d*|p\\d+)?|\\.\\d+)";

/**
 * Other tools' names of a recall at a fixed precision, or the reverse, with the target:
 * `recall@precision=0.9`, `recall_at_p90`, torchmetrics' `recall_at_fixed_precision_90`,
 * `recall_at_90_precision`, `R@P90`, `R@P99.5`; a target below 1 is a fraction, read as a
 * percent (`recall@precision=0.995` is `recall_at_precision_99p5`).
 */
const POINT_ALIAS = new RegExp(
  `^${MEASURE}_?(?:at|@)_?(?:fixed_|min_)?(?:${MEASURE}_?=?_?${TARGET}|${TARGET}_?%?_?${MEASURE})_?%?$`,
);

const isRecall = (word: string) => ["recall", "r", "sensitivity", "tpr"].includes(word);

function operatingPointOfAlias(written: string): string | undefined {
  const match = POINT_ALIAS.exec(written);
  if (!match) return undefined;
  const [, measure, heldFirst, targetFirst, targetLast, heldLast] = match;
  const held = (heldFirst ?? heldLast)!;
  if (isRecall(measure!) === isRecall(held)) return undefined;
  const target = targetNamed((targetFirst ?? targetLast)!);
  if (target === undefined) return undefined;
  return `${isRecall(measure!) ? "recall_at_precision" : "precision_at_recall"}_${target}`;
}

/**
 * Other names of a recall at a fixed alert rate, with the rate as a percent:
 * `recall_at_fixed_alert_rate_1`, `recall_at_top_1_percent`, `recall@top1%`,
 * `capture_rate_at_0.5%`, `detection_rate@top_5pct` (a recall at a percent alone, `recall_at_5%`,
 * names no alert rate).
 */
const RATE_ALIAS =
  /^(?:recall_?(?:at|@)_?(?:fixed_)?(?:alert_rate|top)|(?:capture|detection)_rate_?(?:at|@)_?(?:fixed_)?(?:alert_rate|top)?)_?=?_?(\d+)(?:[.p](\d{1,2}))?_?(?:%|pct|percent)?$/;

function alertRateOfAlias(written: string): string | undefined {
  const match = RATE_ALIAS.exec(written);
  return match ? nameOfRate(match[1]!, match[2] ?? "") : undefined;
}
