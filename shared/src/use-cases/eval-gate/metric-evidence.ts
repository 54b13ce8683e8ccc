/**
 * The paired evidence about one metric on one set of examples (all of them, or a slice), by the
 * method the policy names or the one that fits: McNemar for accuracy and a binary recall (and,
 * where the policy names it, for the mean of a per-example score of 0 and 1), DeLong for a binary
 * ROC AUC, a bootstrap of the joint confusion cells that hold examples for the other
 * confusion-matrix metrics (its cost grows with those cells, at most the examples, not the
 * classes cubed), and the weighted bootstrap for the rest.
 */
import type { EvidenceMethod } from "../../engine/contracts/gate-policy.js";
import type { ResampleWeights, WeightedStatistic } from "../../engine/stats/index.js";
import {
  bootstrapEvidence,
  cellBootstrapEvidence,
  pairedProportionEvidence,
  rankedDelongEvidence,
  type ComparisonEvidence,
  type Interval,
  type Support,
} from "../../engine/evidence/index.js";
import {
  MetricError,
  alertRateOf,
  alertsAt,
  alertsFlagged,
  balancedAccuracyOf,
  weighsUnequally,
  matthewsCorrelationOf,
  precisionRecallF1Of,
  rankBinary,
  type ClassTallies,
  type ClassifierData,
  type ModelData,
  type PreparedMetric,
} from "../../engine/metrics/index.js";
import { releaseArrays } from "../../engine/release-array.js";

export interface MetricPair {
  readonly name: string;
  readonly champion: PreparedMetric;
  readonly challenger: PreparedMetric;
  readonly championData: ModelData;
  readonly challengerData: ModelData;
  /** The pair prepared on `rows` alone, in their order (a slice's examples). */
  readonly at: (rows: Uint32Array) => MetricPair;
}

export interface BootstrapSettings {
  readonly resamples: number;
  readonly seed: number;
}

/** The values of the bounded metrics that are no share: a correlation's. */
const BOUNDED: Readonly<Record<string, Interval>> = { mcc: { lower: -1, upper: 1 } };

/**
 * The settings, with the values the metric can take where they are bounded (a share's 0 to 1):
 * its normal tails stay within them, and its change's within ± their width.
 */
function rangeOf(pair: MetricPair, settings: BootstrapSettings) {
  const range = pair.champion.definition.share ? { lower: 0, upper: 1 } : BOUNDED[pair.name];
  return range ? { ...settings, range } : settings;
}

/**
 * The method `auto` picks for a metric. Where examples carry sample weights, McNemar's test
 * takes them as effective counts (`mcnemarEvidence`) and DeLong's as weighted components.
 */
export function autoMethod(pair: MetricPair): EvidenceMethod {
  if (pair.champion.definition.proportion || isBinaryRecall(pair)) return "mcnemar";
  if (pair.name === "roc_auc" && isBinary(pair.championData)) return "delong";
  return "bootstrap";
}

const isBinary = (data: MetricPair["championData"]): data is ClassifierData =>
  data.task === "classification" && data.positive >= 0 && data.positiveScores !== undefined;

/**
 * A binary recall is the share of the positive examples a model finds, and both models are
 * judged on the same ones: a paired proportion, like accuracy. Its score interval stays wide
 * when the models agree on every positive, where a bootstrap's collapses to [0, 0] and would
 * pass any margin on a handful of positives.
 */
const isBinaryRecall = (pair: MetricPair): boolean =>
  pair.name === "recall" &&
  pair.championData.task === "classification" &&
  pair.championData.positive >= 0;

/** The statistic of each class's tallies, for the metrics a joint-cell bootstrap can resample. */
function fromTallies(name: string, positive: number) {
  if (name === "accuracy") {
    return ({ tp, truth }: ClassTallies) => {
      let right = 0;
      let total = 0;
      for (let c = 0; c < truth.length; c++) {
        right += tp[c]!;
        total += truth[c]!;
      }
      return total > 0 ? right / total : NaN;
    };
  }
  if (name === "balanced_accuracy") return balancedAccuracyOf;
  if (name === "mcc") return matthewsCorrelationOf;
  const match = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/.exec(name);
  if (!match) return undefined;
  const measure = match[1] as "precision" | "recall" | "f1";
  const average = (match[2] ?? "binary") as "binary" | "macro" | "micro" | "weighted";
  return (tallies: ClassTallies) => precisionRecallF1Of(tallies, average, positive)[measure];
}

/**
 * The most distinct sample weights a joint-cell bootstrap takes, each value a cell of its own:
 * down-sampling gives two or three, and weights of many values are resampled example by example
 * (`weightedEvidence`), as the cells would be nearly as many as the examples.
 */
const MOST_WEIGHT_LEVELS = 64;

/** The distinct weights of the examples of `rows`, each with its index; none past the most. */
function weightLevels(weights: Float64Array, rows: Uint32Array | undefined) {
  const index = new Map<number, number>();
  const count = rows ? rows.length : weights.length;
  for (let j = 0; j < count; j++) {
    const w = weights[rows ? rows[j]! : j]!;
    if (index.has(w)) continue;
    if (index.size === MOST_WEIGHT_LEVELS) return undefined;
    index.set(w, index.size);
  }
  return { index, values: [...index.keys()] };
}

/**
 * The joint cells (label, champion's class, challenger's class) that hold examples, with their
 * counts, in the order of the cells of the K x K x K cube: at most one cell per example, where
 * the cube of 1,000 classes has 10^9 (8 GB). A resample draws nothing for an empty cell (the
 * multinomial's chain of binomials skips a zero count without a random draw), so these cells in
 * cube order draw the very counts the whole cube would, for the same seed. Where examples weigh
 * unequally, each cell is split by the examples' weight (`weight`, one value a cell), so that
 * drawing the cells' counts is still resampling the examples, each with its weight; none where
 * the weights take too many values.
 */
function jointCells(
  champion: ClassifierData,
  challenger: ClassifierData,
  rows: Uint32Array | undefined,
  weights: Float64Array | undefined,
) {
  const k = champion.classes.length;
  const count = rows ? rows.length : champion.count;
  const levels = weights && weightLevels(weights, rows);
  if (weights && !levels) return undefined;
  const many = levels?.values.length ?? 1;
  const keys = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    const i = rows ? rows[j]! : j;
    const cube =
      (champion.labels[i]! * k + champion.predictions[i]!) * k + challenger.predictions[i]!;
    keys[j] = levels ? cube * many + levels.index.get(weights![i]!)! : cube;
  }
  keys.sort();
  let cells = 0;
  for (let j = 0; j < count; j++) if (j === 0 || keys[j] !== keys[j - 1]) cells++;
  const counts = new Float64Array(cells);
  const label = new Int32Array(cells);
  const predicted = [new Int32Array(cells), new Int32Array(cells)] as const;
  const weight = levels && new Float64Array(cells);
  for (let j = 0, c = -1; j < count; j++) {
    const key = keys[j]!;
    if (j === 0 || key !== keys[j - 1]) {
      c++;
      const cube = Math.floor(key / many);
      label[c] = Math.floor(cube / (k * k));
      predicted[0][c] = Math.floor(cube / k) % k;
      predicted[1][c] = cube % k;
      if (weight) weight[c] = levels!.values[key % many]!;
    }
    counts[c]!++;
  }
  return { counts, label, predicted, weight };
}

/**
 * Bootstrap over the joint cells: each resample draws the cells' counts, and each model's
 * tallies per class are summed from them, O(cells) + O(K) per resample; a cell of weighted
 * examples adds its count times their weight.
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
  const statistic = fromTallies(pair.name, champion.positive);
  if (!statistic) return;
  const weights = weighsUnequally(champion.weights) ? champion.weights : undefined;
  const cells = jointCells(champion, challenger, rows, weights);
  // Weights of many values are resampled example by example (`weightedEvidence`).
  if (!cells) return;
  const { counts, label, predicted, weight } = cells;
  const lacking = divisorLost(pair);
  const ofModel = (model: 0 | 1) => {
    const tallies = {
      tp: new Float64Array(k),
      truth: new Float64Array(k),
      predicted: new Float64Array(k),
    };
    const tally = (drawn: Float64Array) => {
      tallies.tp.fill(0);
      tallies.truth.fill(0);
      tallies.predicted.fill(0);
      for (let c = 0; c < drawn.length; c++) {
        const n = weight ? drawn[c]! * weight[c]! : drawn[c]!;
        const t = label[c]!;
        const p = predicted[model][c]!;
        tallies.truth[t]! += n;
        tallies.predicted[p]! += n;
        if (t === p) tallies.tp[t]! += n;
      }
      return tallies;
    };
    const lacks = lacking?.(tally(counts));
    return (drawn: Float64Array) => {
      const drawnTallies = tally(drawn);
      return lacks?.(drawnTallies) ? NaN : statistic(drawnTallies);
    };
  };
  return cellBootstrapEvidence(counts, ofModel(0), ofModel(1), rangeOf(pair, settings));
}

/** What a class metric divides by, in a class's tallies, by what of a class it counts. */
const DIVISORS = {
  labelled: [(t: ClassTallies, c: number) => t.truth[c]!],
  predicted: [(t: ClassTallies, c: number) => t.predicted[c]!],
  either: [(t: ClassTallies, c: number) => t.truth[c]! + t.predicted[c]!],
  each: [
    (t: ClassTallies, c: number) => t.truth[c]!,
    (t: ClassTallies, c: number) => t.predicted[c]!,
  ],
} as const;

/**
 * For a binary class metric of the confusion cells, a test of whether a resample's tallies of
 * one model lack what the metric divides by where the data had it: a recall's positive
 * examples, a precision's positive predictions, an F1's either (a balanced accuracy's examples
 * of each class; an mcc's labels or predictions of one class only). scikit-learn's value there
 * (zero_division's 0; an mcc of 0) would stand in for the metric, and a slice of 3 frauds would
 * count the ~5% of resamples that draw none as a change of exactly 0. Such a resample is drawn
 * again (`collect`). A macro average is left as it is: over many rare classes nearly every
 * resample misses one, which drops out of the average, as in scikit-learn.
 */
function divisorLost(pair: MetricPair) {
  const metric = classMetric(pair);
  if (!metric?.binary) return;
  const divisors = DIVISORS[metric.kind];
  return (observed: ClassTallies) => {
    const held = metric.classes.flatMap((c) =>
      divisors
        .filter((divisor) => divisor(observed, c) > 0)
        .map((divisor) => [divisor, c] as const),
    );
    return (drawn: ClassTallies) => held.some(([divisor, c]) => divisor(drawn, c) === 0);
  };
}

/**
 * Each example's outcome, 1 (right) or 0 (wrong): a proportion's, or the values of the per-example
 * score whose mean the metric is, which the read refused unless 0 or 1 (`binaryScores`). An
 * example whose score is missing is in no row judged (`MissingValues`).
 */
const outcomesOf = (metric: PreparedMetric, data: ModelData): ArrayLike<number> =>
  metric.outcomes ?? data.exampleScores.get(metric.definition.scoreColumn!)!;

/**
 * McNemar on the examples each model gets right; for a binary recall, on the positive examples,
 * each found or not. The evidence counts all the row's examples, as every other method does.
 * Where examples weigh unequally, each cell holds its examples' weights as effective counts
 * (`effectiveEvidence`).
 */
function mcnemarEvidence(pair: MetricPair, rows: Uint32Array | undefined): ComparisonEvidence {
  const recall = isBinaryRecall(pair);
  const champion = pair.championData as ClassifierData;
  const challenger = pair.challengerData as ClassifierData;
  const positive = champion.positive;
  const weights = weighsUnequally(champion.weights) ? champion.weights : undefined;
  // A recall's outcomes are each positive example's prediction, read below.
  const [mine, theirs] = recall
    ? [[], []]
    : [
        outcomesOf(pair.champion, pair.championData),
        outcomesOf(pair.challenger, pair.challengerData),
      ];
  // Per cell (neither right, the challenger's only, the champion's only, both): the weights and
  // their squares.
  const cells = [0, 0, 0, 0];
  const squares = [0, 0, 0, 0];
  const count = rows ? rows.length : champion.count;
  for (let j = 0; j < count; j++) {
    const i = rows ? rows[j]! : j;
    let cell: number;
    if (!recall) cell = mine[i]! * 2 + theirs[i]!;
    else if (champion.labels[i] === positive) {
      cell =
        (champion.predictions[i] === positive ? 2 : 0) +
        (challenger.predictions[i] === positive ? 1 : 0);
    } else continue;
    const w = weights ? weights[i]! : 1;
    cells[cell]! += w;
    squares[cell]! += w * w;
  }
  const evidence = weights ? effectiveEvidence(cells, squares) : cellsEvidence(cells);
  if (!recall) return { ...evidence, examples: count };
  return evidence.insufficient === undefined
    ? { ...evidence, examples: count }
    : { ...evidence, examples: count, insufficient: "no positive examples, which recall counts" };
}

/** Paired proportions from the four cells, in `mcnemarEvidence`'s order. */
function cellsEvidence(cells: readonly number[]): ComparisonEvidence {
  const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells as [
    number,
    number,
    number,
    number,
  ];
  return pairedProportionEvidence({ bothCorrect, championOnly, challengerOnly, neitherCorrect });
}

/**
 * Paired proportions of weighted cells, each estimate's counts scaled to its effective sample
 * size: the number of equally weighted examples whose variance is the weighted estimate's
 * linearised (sandwich) variance, sum w^2 (x - estimate)^2 / (sum w)^2, as survey statistics
 * size a weighted proportion's interval. The change's on the per-example differences (+1 where
 * only the challenger is right, -1 where only the champion is), the challenger's own on its
 * outcomes: each interval is then as wide as its weighted variance, wherever the heavy examples
 * fall. Where an estimate has no spread (no discordant example, every one right), Kish's
 * effective size, (sum w)^2 / sum w^2, keeps the interval as wide as that many examples allow,
 * rather than the bootstrap's [0, 0]. The proportions and their change are the weighted ones.
 */
function effectiveEvidence(
  cells: readonly number[],
  squares: readonly number[],
): ComparisonEvidence {
  const total = cells.reduce((sum, cell) => sum + cell, 0);
  if (total === 0) return cellsEvidence(cells);
  const kish = (total * total) / squares.reduce((sum, square) => sum + square, 0);
  // The effective size of an estimate whose per-example values, by cell, are `values`.
  const effective = (values: readonly number[]) => {
    const mean = values.reduce((sum, v, c) => sum + v * cells[c]!, 0) / total;
    const spread = values.reduce((sum, v, c) => sum + cells[c]! * (v - mean) ** 2, 0) / total;
    const variance =
      values.reduce((sum, v, c) => sum + squares[c]! * (v - mean) ** 2, 0) / (total * total);
    return spread > 0 && variance > 0 ? spread / variance : kish;
  };
  const scaled = (size: number) => cells.map((cell) => (cell / total) * size);
  const change = cellsEvidence(scaled(effective([0, 1, -1, 0])));
  const own = cellsEvidence(scaled(effective([0, 1, 0, 1])));
  if (change.insufficient !== undefined || own.insufficient !== undefined) return change;
  return { ...change, challenger: own.challenger };
}

/** A model's examples sorted by score: its ROC AUC's own ranking, or a ranking made for DeLong. */
const rankingOf = (metric: PreparedMetric, data: ClassifierData) =>
  metric.ranking ?? rankBinary(data.labels, data.positive, data.positiveScores!);

/**
 * DeLong from both models' rankings, which ROC AUC sorted once: a slice takes the examples of
 * the whole ranking that it holds, so no slice sorts again. Unequal sample weights weigh the
 * structural components.
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
    weighsUnequally(pair.championData.weights) ? pair.championData.weights : undefined,
  );
  releaseArrays(members);
  return evidence;
}

/**
 * Weighted bootstrap of any metric, on all examples: a slice's metric is prepared on its own
 * examples first, so that each resample passes over them alone, not over every example with
 * the others weighing 0.
 */
function weightedEvidence(
  pair: MetricPair,
  rows: Uint32Array | undefined,
  total: number,
  settings: BootstrapSettings,
): ComparisonEvidence {
  if (rows) return weightedEvidence(pair.at(rows), undefined, rows.length, settings);
  const lost = classLost(pair);
  // Metrics that read the sample weights in their ranking's order take each draw's counts as
  // they are; the others take the counts multiplied by the sample weights, once a draw for both.
  const own =
    pair.champion.weighsCounts && pair.challenger.weighsCounts
      ? undefined
      : pair.challengerData.weights;
  const evaluate = (metric: PreparedMetric): WeightedStatistic =>
    own ? (w) => metric.evaluateWeighed(w) : (w) => metric.evaluate(w);
  // On the champion's statistic alone: a NaN from either model draws the resample again. The
  // data as observed (no draw: no weights, or the sample weights themselves) is never refused.
  // A draw's counts and their product with the sample weights leave out the same examples, as
  // an example weighing 0 is in no bootstrap (`weighedRows` and the slices leave them out).
  const guarded =
    (statistic: WeightedStatistic): WeightedStatistic =>
    (w) =>
      w !== undefined && w !== own && lost?.(w) ? NaN : statistic(w);
  return bootstrapEvidence(
    ...bothSides(pair, guarded(evaluate(pair.champion)), evaluate(pair.challenger)),
    total,
    { ...rangeOf(pair, settings), ...(own ? { exampleWeights: own } : {}) },
  );
}

/**
 * The two statistics a bootstrap draws: where a first model stands on both sides as one prepared
 * metric, each draw's value is computed once, by the champion's statistic (the bootstrap
 * evaluates the statistics in order on each draw), and read again as the challenger's.
 */
function bothSides(
  pair: MetricPair,
  champion: WeightedStatistic,
  challenger: WeightedStatistic,
): [WeightedStatistic, WeightedStatistic] {
  if (pair.challenger !== pair.champion) return [champion, challenger];
  let last = NaN;
  return [(w) => (last = champion(w)), () => last];
}

/**
 * For a binary metric that rests on some examples of a class, a test of whether a resample's
 * weights, one per example, leave out every one of them: for a ranking metric (ROC AUC,
 * average precision, an operating point) the positive examples (every example of either
 * class, for a ROC AUC), where an average precision without a positive is 0 for both
 * models (scikit-learn's value), a change of exactly 0 that pulled a slice's interval to 0; for
 * a metric of the confusion cells resampled example by example (as sample weights have them),
 * what `divisorLost` guards in the cells' bootstrap: a precision's positive predictions of each
 * model, an F1's examples labelled or predicted positive, an mcc's of either class. Such a
 * resample is drawn again (`collect`); a ROC AUC and an operating point are NaN there already.
 * One class against the rest is left as it is, as `divisorLost` leaves a macro average.
 */
function classLost(pair: MetricPair) {
  const metric = classMetric(pair);
  if (!metric?.binary) return;
  const { kind, champion, challenger } = metric;
  const k = champion.classes.length;
  // Groups by what is counted: each class's labels, then each model's predictions of it, then
  // each model's labels or predictions of it; those of the metric's classes alone are kept.
  const groups = Array.from({ length: 5 * k }, () => [] as number[]);
  const counts = (c: number) => metric.classes.includes(c);
  for (let i = 0; i < champion.count; i++) {
    const label = champion.labels[i]!;
    if ((kind === "labelled" || kind === "each") && counts(label)) groups[label]!.push(i);
    if (kind === "labelled") continue;
    [champion, challenger].forEach(({ predictions }, m) => {
      const p = predictions[i]!;
      if (kind !== "either" && counts(p)) groups[(1 + m) * k + p]!.push(i);
      if (kind !== "either") return;
      if (counts(label)) groups[(3 + m) * k + label]!.push(i);
      if (p !== label && counts(p)) groups[(3 + m) * k + p]!.push(i);
    });
  }
  const held = groups.filter((members) => members.length > 0).map((m) => Uint32Array.from(m));
  return (w: ResampleWeights) =>
    held.some((members) => {
      for (let m = 0; m < members.length; m++) if (w[members[m]!]! > 0) return false;
      return true;
    });
}

/**
 * The metrics that rest on some examples only, by what of a class they count; a recall at a
 * fixed precision, or the reverse, or at a fixed alert rate, on the positive examples, as
 * average precision (an alert rate on its alerts too, where they are fewer).
 */
const CLASS_METRIC =
  /^(?:(recall|balanced_accuracy|roc_auc|average_precision|(?:recall_at_precision|precision_at_recall|recall_at_alert_rate)_\d+(?:p\d+)?)|(precision)|(f1)|(mcc))(?:_(macro|micro|weighted))?$/;

/**
 * A metric that rests on some examples of a class only, and how: what it counts in a class
 * (the examples labelled so, each model's predictions of it, either, or each of the two), whether
 * it is the positive class's alone, and the classes it is about. None for a micro or weighted
 * average, which counts every example, nor for an mcc of more than two classes.
 */
function classMetric(pair: MetricPair) {
  const champion = pair.championData;
  const match = CLASS_METRIC.exec(pair.name);
  if (!match || champion.task !== "classification") return;
  if (pair.challengerData.task !== "classification") return;
  const average = match[5];
  if (average === "micro" || average === "weighted") return;
  const kind = match[2] ? "predicted" : match[3] ? "either" : match[4] ? "each" : "labelled";
  const binary = champion.positive >= 0 && average === undefined;
  // A binary mcc is a correlation of two classes' labels and predictions: as few as the fewest
  // of them, as 3 frauds make any metric of them; over more classes, of every example.
  if (kind === "each" && !binary) return;
  // A binary ROC AUC ranks positives against negatives, a balanced accuracy averages both
  // classes' recalls, an mcc correlates both; an average counts the classes it averages over.
  const positiveOnly =
    binary && kind !== "each" && match[1] !== "roc_auc" && match[1] !== "balanced_accuracy";
  const classes = positiveOnly ? [champion.positive] : [...champion.classes.keys()];
  return {
    kind,
    binary,
    positiveOnly,
    classes,
    champion,
    challenger: pair.challengerData,
  } as const;
}

/**
 * How many examples a class-conditional metric rests on, where that is fewer than all: a recall
 * counts the positive examples, a precision each model's positive predictions, an F1 the
 * examples labelled or predicted positive, a binary mcc the fewest of either class's labels and
 * predictions, a macro average or ROC AUC its smallest class. Two positives among a thousand
 * examples are two examples' worth of evidence about a recall. Micro and weighted averages are
 * left to the count of all examples.
 */
function supportOf(pair: MetricPair, rows: Uint32Array | undefined): Support | undefined {
  const metric = classMetric(pair);
  if (!metric) return;
  const { kind, binary, champion, challenger } = metric;
  const k = champion.classes.length;
  const labelled = new Float64Array(k);
  const predicted = [new Float64Array(k), new Float64Array(k)] as const;
  const either = [new Float64Array(k), new Float64Array(k)] as const;
  const count = rows ? rows.length : champion.count;
  for (let j = 0; j < count; j++) {
    const i = rows ? rows[j]! : j;
    const label = champion.labels[i]!;
    labelled[label]!++;
    for (const [m, data] of [champion, challenger].entries()) {
      const p = data.predictions[i]!;
      predicted[m]![p]!++;
      either[m]![label]!++;
      if (p !== label) either[m]![p]!++;
    }
  }
  // Of the two models' counts, the fewer; a model that never predicts a class is not short of
  // evidence about it: its precision there is 0, which the metric itself judges.
  const fewer = (a: number, b: number) => (a === 0 ? b : b === 0 ? a : Math.min(a, b));
  const tally = (what: Counted, c: number) =>
    what === "labelled"
      ? labelled[c]!
      : what === "predicted"
        ? fewer(predicted[0][c]!, predicted[1][c]!)
        : fewer(either[0][c]!, either[1][c]!);
  // An mcc's class counts as the fewer of its labels and its predictions.
  const counted = (c: number): Counted =>
    kind !== "each"
      ? kind
      : tally("labelled", c) <= tally("predicted", c)
        ? "labelled"
        : "predicted";
  const of = (c: number) => tally(counted(c), c);
  // Of a binary ROC AUC's two classes, the fewer is what it rests on; an average rests on the
  // classes it averages over: a recall's those labelled, a precision's those predicted. An mcc
  // rests on both, and a class it lacks leaves it nothing to correlate.
  const classes =
    metric.positiveOnly || kind === "each"
      ? metric.classes
      : metric.classes.filter((c) => of(c) > 0);
  let fewest = classes[0];
  for (const c of classes) if (of(c) < of(fewest!)) fewest = c;
  if (fewest === undefined) return;
  const name = binary ? (fewest === champion.positive ? "positive" : "negative") : undefined;
  const support = {
    count: of(fewest),
    ...supportNouns(counted(fewest), name, champion.classes[fewest]!),
  };
  // A recall at an alert rate catches at most the rate's share of the examples: 10 alerts of
  // 2,000 rest on those 10, however many positives they are drawn from.
  const rate = alertRateOf(pair.name);
  const alerts = rate === undefined ? undefined : alertsOf(pair, rate, rows, count);
  return alerts !== undefined && alerts < support.count
    ? { count: alerts, noun: "alert", plural: "alerts" }
    : support;
}

/**
 * How many alerts a recall at an alert rate of `percent`% rests on, of the `count` examples on
 * `rows`: the rate's share of them; where examples carry sample weights, the fewer that either
 * model's threshold flags, as ten heavy negative examples flagged spend the budget of a hundred
 * light ones.
 */
function alertsOf(
  pair: MetricPair,
  percent: number,
  rows: Uint32Array | undefined,
  count: number,
): number {
  const { weights } = pair.championData;
  const [mine, theirs] = [pair.champion.ranking, pair.challenger.ranking];
  if (!weights || !mine || !theirs) return alertsAt(percent, count);
  let within = weights;
  if (rows) {
    within = new Float64Array(weights.length);
    for (let j = 0; j < rows.length; j++) within[rows[j]!] = weights[rows[j]!]!;
  }
  return Math.min(alertsFlagged(mine, percent, within), alertsFlagged(theirs, percent, within));
}

/** What of a class a support counts: the examples labelled so, predictions of it, or either. */
type Counted = "labelled" | "predicted" | "either";

/** A support's noun: of the positive or negative class (`name`), else of class `label`. */
function supportNouns(what: Counted, name: string | undefined, label: string) {
  const which = name ?? `'${label}'`;
  const [noun, plural] =
    what === "labelled"
      ? name
        ? [`${name} example`, `${name} examples`]
        : [`example of class ${which}`, `examples of class ${which}`]
      : what === "predicted"
        ? name
          ? [`${name} prediction`, `${name} predictions`]
          : [`prediction of class ${which}`, `predictions of class ${which}`]
        : [`example labelled or predicted ${which}`, `examples labelled or predicted ${which}`];
  return { noun, plural };
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
  if (method === "delong") {
    if (!isBinary(pair.championData) || !isBinary(pair.challengerData)) {
      throw new MetricError(
        pair.name,
        "is judged with DeLong's test, which needs a binary classifier's scores",
        "Use method auto or bootstrap",
      );
    }
    return withSupport(delong(pair, rows, total), pair, rows);
  }
  if (method === "mcnemar") return withSupport(mcnemarEvidence(pair, rows), pair, rows);
  return withSupport(
    cellEvidence(pair, rows, settings) ?? weightedEvidence(pair, rows, total, settings),
    pair,
    rows,
  );
}

function withSupport(
  evidence: ComparisonEvidence,
  pair: MetricPair,
  rows: Uint32Array | undefined,
): ComparisonEvidence {
  if (evidence.insufficient !== undefined) return evidence;
  const support = supportOf(pair, rows);
  return support ? { ...evidence, support } : evidence;
}
