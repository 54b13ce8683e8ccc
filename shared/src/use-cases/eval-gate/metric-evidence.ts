/**
 * The paired evidence about one metric on one set of examples (all of them, or a slice), by the
 * method the policy names or the one that fits: McNemar for accuracy, DeLong for a binary ROC
 * AUC, a bootstrap of the joint confusion cells for the other confusion-matrix metrics (its cost
 * does not grow with the examples), and the weighted bootstrap for the rest.
 */
import type { EvidenceMethod } from "../../engine/contracts/gate-policy.js";
import {
  bootstrapEvidence,
  cellBootstrapEvidence,
  pairedProportionEvidence,
  rankedDelongEvidence,
  type ComparisonEvidence,
} from "../../engine/evidence/index.js";
import {
  MetricError,
  balancedAccuracy,
  precisionRecallF1,
  rankBinary,
  type ClassifierData,
  type PreparedMetric,
} from "../../engine/metrics/index.js";
import { releaseArrays } from "../../engine/release-array.js";

export interface MetricPair {
  readonly name: string;
  readonly champion: PreparedMetric;
  readonly challenger: PreparedMetric;
  readonly championData: ClassifierData | { readonly task: "regression" };
  readonly challengerData: ClassifierData | { readonly task: "regression" };
}

export interface BootstrapSettings {
  readonly resamples: number;
  readonly seed: number;
}

/** The method `auto` picks for a metric. */
export function autoMethod(pair: MetricPair): EvidenceMethod {
  if (pair.champion.definition.proportion) return "mcnemar";
  if (pair.name === "roc_auc" && isBinary(pair.championData)) return "delong";
  return "bootstrap";
}

const isBinary = (data: MetricPair["championData"]): data is ClassifierData =>
  data.task === "classification" && data.positive >= 0 && data.positiveScores !== undefined;

/** The statistic of a confusion matrix, for the metrics a joint-cell bootstrap can resample. */
function fromMatrix(name: string, classes: number, positive: number) {
  if (name === "accuracy") {
    return (m: Float64Array) => {
      let right = 0;
      let total = 0;
      for (let c = 0; c < classes * classes; c++) {
        total += m[c]!;
        if (c % (classes + 1) === 0) right += m[c]!;
      }
      return total > 0 ? right / total : NaN;
    };
  }
  if (name === "balanced_accuracy") return (m: Float64Array) => balancedAccuracy(m, classes);
  const match = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/.exec(name);
  if (!match) return undefined;
  const measure = match[1] as "precision" | "recall" | "f1";
  const average = (match[2] ?? "binary") as "binary" | "macro" | "micro" | "weighted";
  return (m: Float64Array) => precisionRecallF1(m, classes, average, positive)[measure];
}

/**
 * Bootstrap over the K x K x K cells (label, champion's class, challenger's class): each
 * resample draws the cells' counts, and each model's confusion matrix is summed from them.
 */
function cellEvidence(
  pair: MetricPair,
  rows: Uint32Array | undefined,
  settings: BootstrapSettings,
): ComparisonEvidence | undefined {
  const champion = pair.championData;
  const challenger = pair.challengerData;
  if (champion.task !== "classification" || challenger.task !== "classification") return;
  const k = champion.classes.length;
  const statistic = fromMatrix(pair.name, k, champion.positive);
  if (!statistic) return;
  const cells = new Float64Array(k * k * k);
  const count = rows ? rows.length : champion.count;
  for (let j = 0; j < count; j++) {
    const i = rows ? rows[j]! : j;
    cells[(champion.labels[i]! * k + champion.predictions[i]!) * k + challenger.predictions[i]!]!++;
  }
  const matrixOf = (first: boolean) => (counts: Float64Array) => {
    const matrix = new Float64Array(k * k);
    for (let c = 0; c < counts.length; c++) {
      const label = Math.floor(c / (k * k));
      const predicted = first ? Math.floor(c / k) % k : c % k;
      matrix[label * k + predicted]! += counts[c]!;
    }
    return statistic(matrix);
  };
  return cellBootstrapEvidence(cells, matrixOf(true), matrixOf(false), settings);
}

/** McNemar on the examples each model gets right. */
function mcnemarEvidence(pair: MetricPair, rows: Uint32Array | undefined): ComparisonEvidence {
  const a = pair.champion.outcomes!;
  const b = pair.challenger.outcomes!;
  const cells = [0, 0, 0, 0];
  const count = rows ? rows.length : a.length;
  for (let j = 0; j < count; j++) {
    const i = rows ? rows[j]! : j;
    cells[a[i]! * 2 + b[i]!]!++;
  }
  const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells as [
    number,
    number,
    number,
    number,
  ];
  return pairedProportionEvidence({ bothCorrect, championOnly, challengerOnly, neitherCorrect });
}

/** A model's examples sorted by score: its ROC AUC's own ranking, or a ranking made for DeLong. */
const rankingOf = (metric: PreparedMetric, data: ClassifierData) =>
  metric.ranking ?? rankBinary(data.labels, data.positive, data.positiveScores!);

/**
 * DeLong from both models' rankings, which ROC AUC sorted once: a slice takes the examples of
 * the whole ranking that it holds, so no slice sorts again.
 */
function delong(
  pair: MetricPair,
  rows: Uint32Array | undefined,
  total: number,
): ComparisonEvidence {
  let members: Uint8Array | undefined;
  if (rows) {
    members = new Uint8Array(total);
    for (let j = 0; j < rows.length; j++) members[rows[j]!] = 1;
  }
  const evidence = rankedDelongEvidence(
    rankingOf(pair.champion, pair.championData as ClassifierData),
    rankingOf(pair.challenger, pair.challengerData as ClassifierData),
    members,
  );
  releaseArrays(members);
  return evidence;
}

/** Weighted bootstrap of any metric: a slice's resample weights are spread over all examples. */
function weightedEvidence(
  pair: MetricPair,
  rows: Uint32Array | undefined,
  total: number,
  settings: BootstrapSettings,
): ComparisonEvidence {
  if (!rows) {
    return bootstrapEvidence(
      (w) => pair.champion.evaluate(w),
      (w) => pair.challenger.evaluate(w),
      total,
      settings,
    );
  }
  const spread = new Float64Array(total);
  const inSlice = (evaluate: PreparedMetric["evaluate"]) => (w: Float64Array | undefined) => {
    for (let j = 0; j < rows.length; j++) spread[rows[j]!] = w ? w[j]! : 1;
    return evaluate(spread);
  };
  return bootstrapEvidence(
    inSlice((w) => pair.champion.evaluate(w)),
    inSlice((w) => pair.challenger.evaluate(w)),
    rows.length,
    settings,
  );
}

/** The evidence about the metric on `rows` (all examples when undefined). */
export function metricEvidence(
  pair: MetricPair,
  method: EvidenceMethod,
  rows: Uint32Array | undefined,
  total: number,
  settings: BootstrapSettings,
): ComparisonEvidence {
  if ((rows ? rows.length : total) === 0) {
    return {
      method,
      examples: 0,
      champion: null,
      challenger: null,
      insufficient: "no paired examples",
    };
  }
  if (method === "mcnemar") return mcnemarEvidence(pair, rows);
  if (method === "delong") {
    if (!isBinary(pair.championData) || !isBinary(pair.challengerData)) {
      throw new MetricError(
        pair.name,
        "is judged with DeLong's test, which needs a binary classifier's scores",
        "Use method auto or bootstrap",
      );
    }
    return delong(pair, rows, total);
  }
  return cellEvidence(pair, rows, settings) ?? weightedEvidence(pair, rows, total, settings);
}
