import { DataError } from "../data/data-error.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import { classList, scoredClasses, type ClassSpace } from "./class-space.js";
import { keepFirstMissing } from "./column-collectors.js";
import type {
  CategoryColumn,
  ClassificationFile,
  ClassifierData,
  FileScores,
  ModelData,
  PredictionFile,
  RegressionFile,
  RegressorData,
  ScoresData,
} from "./predictions.js";

/** The values at `rows` (the pairs' order), or the column itself when all rows are kept. */
export function gather(values: Float64Array, rows: Uint32Array | undefined): Float64Array {
  if (rows === undefined) return values;
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  keepFirstMissing(values, out, rows);
  return out;
}

/**
 * A category column's codes at `rows`, through `remap` (its codes -> the shared codes): the
 * column itself when every row is kept and the codes are the shared ones already.
 */
export function gatherCodes(
  codes: Int32Array,
  remap: Int32Array,
  rows: Uint32Array | undefined,
): Int32Array {
  if (rows === undefined && remap.every((code, i) => code === i)) return codes;
  const n = rows === undefined ? codes.length : rows.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const code = codes[rows === undefined ? i : rows[i]!]!;
    out[i] = code < 0 ? -1 : remap[code]!;
  }
  return out;
}

/** The class code of each of a column's names. */
export const remapOf = (column: CategoryColumn, space: ClassSpace): Int32Array =>
  Int32Array.from(column.names, (name) => space.codeOf.get(name)!);

/** A slice column at `rows`, its names kept. */
export function gatherCategory(column: CategoryColumn, rows: Uint32Array | undefined) {
  if (rows === undefined) return column;
  const identity = Int32Array.from(column.names, (_, i) => i);
  return { ...column, codes: gatherCodes(column.codes, identity, rows) };
}

/** The file's probability column of each class, in class-code order (undefined where absent). */
function scoresByClass(file: ClassificationFile, space: ClassSpace): (Float64Array | undefined)[] {
  const scores = file.scores!;
  const { classes } = space;
  if (scores.kind === "positive") return [];
  if (scores.kind === "list") {
    if (scores.columns.length !== classes.length) {
      throw new DataError(
        file.file,
        `the score lists hold ${scores.columns.length} probabilities, but there are ${classes.length} classes (${classList(classes)})`,
        "Write one probability per class, in the sorted order of the classes",
      );
    }
    return [...scores.columns];
  }
  const byName = new Map(scores.classes.map((name, k) => [name, scores.columns[k]!]));
  return classes.map((name) => byName.get(name));
}

/**
 * The first row of `rows` (those paired) whose probabilities are not one distribution, where the
 * file gives every class's (one that lacks a class's column sums to less, and is refused for the
 * column it lacks). It is kept, not thrown: only a metric that reads the probabilities as such
 * refuses it (see `probabilitySumTolerance`), while one of the predicted classes stands.
 */
function sumErrorOf(
  file: ClassificationFile,
  scores: FileScores,
  space: ClassSpace,
  rows: Uint32Array | undefined,
): DataError | undefined {
  if (scores.kind === "positive") return undefined;
  if (scores.kind === "per-class" && scores.classes.length !== space.classes.length) {
    return undefined;
  }
  return scores.offSums?.firstOf(rows, (row) => file.ids.get(row));
}

/** The probabilities of a classifier's data, and the row that refuses a metric of them. */
type AlignedScores = Pick<
  ClassifierData,
  "positiveScores" | "classScores" | "probabilitySumError" | "topKExport"
>;

/** The probabilities a classifier's metrics use: the positive class's of two, else each class's. */
function alignScores(
  file: ClassificationFile,
  space: ClassSpace,
  rows: Uint32Array | undefined,
): AlignedScores {
  if (file.scores === undefined || space.classes.length < 2) return {};
  if (file.scores.kind === "positive") {
    return { positiveScores: gather(file.scores.values, rows) };
  }
  const byClass = scoresByClass(file, space);
  const lacking = scoredClasses(space).filter((k) => byClass[k] === undefined);
  if (lacking.length > 0) {
    throw new DataError(
      file.file,
      `has no probability column for class ${classList(lacking.map((k) => space.classes[k]!))}`,
      `Add a column <score>_<class> for ${space.positive >= 0 ? "the positive class" : "every class"}`,
    );
  }
  const sumError = sumErrorOf(file, file.scores, space, rows);
  const exported = file.scores.kind === "per-class" ? file.scores.topKExport : undefined;
  return {
    ...(space.positive >= 0
      ? { positiveScores: gather(byClass[space.positive]!, rows) }
      : { classScores: byClass.map((column) => gather(column!, rows)) }),
    ...(sumError && { probabilitySumError: sumError }),
    ...(exported && { topKExport: { ...exported, file: file.file } }),
  };
}

/**
 * The predicted class from the probabilities, as scikit-learn's `predict` takes the arg max of
 * `predict_proba`: of two classes the positive one when its probability is above 0.5, else the
 * first class with the largest probability, a class whose cell is empty (of a top-k export) left
 * out (the read refused a row with every cell empty).
 */
function predictFromScores(space: ClassSpace, scores: AlignedScores, n: number): Int32Array {
  const out = new Int32Array(n);
  const { positiveScores, classScores } = scores;
  if (positiveScores) {
    const negative = 1 - space.positive;
    for (let i = 0; i < n; i++) out[i] = positiveScores[i]! > 0.5 ? space.positive : negative;
  } else if (classScores) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let top = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < classScores.length; k++) {
        const p = classScores[k]![i]!;
        if (p > top) {
          top = p;
          best = k;
        }
      }
      out[i] = best;
    }
  }
  return out;
}

/**
 * Refuses a score that reads as the other class's probability: the rows a file predicts positive
 * score lower on average than those it predicts negative, which no threshold on the positive
 * class's probability gives. With text labels the positive class is the greater name (`stay` of
 * churn and stay), where the file's score is often P(churn): read as P(stay), its ROC AUC, log
 * loss and Brier score would be turned around without a word.
 */
function refuseReversedScores(
  file: ClassificationFile,
  space: ClassSpace,
  predictions: Int32Array,
  scores: Float64Array,
): void {
  const sums = [0, 0];
  const counts = [0, 0];
  for (let i = 0; i < predictions.length; i++) {
    const side = predictions[i] === space.positive ? 1 : predictions[i]! >= 0 ? 0 : -1;
    if (side < 0 || Number.isNaN(scores[i])) continue;
    sums[side]! += scores[i]!;
    counts[side]!++;
  }
  const [negativeMean, positiveMean] = [sums[0]! / counts[0]!, sums[1]! / counts[1]!];
  if (!(positiveMean < negativeMean)) return;
  const positive = `'${shorten(space.classes[space.positive]!, REFUSAL_NAME_LIMIT)}'`;
  const negative = `'${shorten(space.classes[1 - space.positive]!, REFUSAL_NAME_LIMIT)}'`;
  throw new DataError(
    file.file,
    `its score does not read as the probability of the positive class ${positive}: the rows it predicts ${positive} score ${positiveMean.toPrecision(3)} on average, those it predicts ${negative} ${negativeMean.toPrecision(3)}`,
    `If the score is the probability of ${negative}, set positive-label to ${negative} (recall, precision and F1 are then of ${negative}); if it is the confidence of the predicted class, write the probability of ${positive} as the score`,
  );
}

/** The columns of one model every task shares, at `rows`. */
function common(
  file: PredictionFile,
  rows: Uint32Array | undefined,
  slices: ReadonlyMap<string, CategoryColumn>,
) {
  return {
    count: rows === undefined ? file.rowCount : rows.length,
    ...(file.latency && { latency: gather(file.latency, rows) }),
    ...(file.cost && { cost: gather(file.cost, rows) }),
    exampleScores: new Map(
      [...file.exampleScores].map(([name, values]) => [name, gather(values, rows)]),
    ),
    slices,
  };
}

/**
 * A classifier's file at `rows`, coded in the shared class space; `labels`, when given, are the
 * other model's, known to be the same (a pair's labels agree), kept once.
 */
export function classifierData(
  file: ClassificationFile,
  space: ClassSpace,
  rows: Uint32Array | undefined,
  slices: ReadonlyMap<string, CategoryColumn>,
  labels?: Int32Array,
): ClassifierData {
  const base = common(file, rows, slices);
  const scores = alignScores(file, space, rows);
  const predictions = file.predictions
    ? gatherCodes(file.predictions.codes, remapOf(file.predictions, space), rows)
    : predictFromScores(space, scores, base.count);
  if (file.predictions && scores.positiveScores) {
    refuseReversedScores(file, space, predictions, scores.positiveScores);
  }
  return {
    task: "classification",
    ...base,
    classes: space.classes,
    positive: space.positive,
    labels: labels ?? gatherCodes(file.labels.codes, remapOf(file.labels, space), rows),
    predictions,
    predictionsFromScores: file.predictions === undefined,
    ...scores,
  };
}

/** A regressor's file at `rows`; `labels` as for `classifierData`. */
export function regressorData(
  file: RegressionFile,
  rows: Uint32Array | undefined,
  slices: ReadonlyMap<string, CategoryColumn>,
  labels?: Float64Array,
): RegressorData {
  return {
    task: "regression",
    ...common(file, rows, slices),
    labels: labels ?? gather(file.labels, rows),
    predictions: gather(file.predictions, rows),
  };
}

/**
 * A file's per-example scores, latencies and costs at `rows`, whatever else it holds;
 * `unlabelled`, the files read without labels, which are why.
 */
export function scoresData(
  file: PredictionFile,
  rows: Uint32Array | undefined,
  slices: ReadonlyMap<string, CategoryColumn>,
  unlabelled: readonly string[],
): ScoresData {
  return { task: "scores", ...common(file, rows, slices), unlabelled };
}

/** Integer codes at `rows`. */
const codesAt = (codes: Int32Array, rows: Uint32Array): Int32Array =>
  Int32Array.from(rows, (row) => codes[row]!);

/**
 * A model's data on `rows` alone, in their order (a slice's examples): every column gathered,
 * its classes and what was found of the file kept. Where `shared` is given, its labels and
 * weights stand for this data's where the two came from the same arrays (a pair's, which share
 * them), so that they are gathered once.
 */
export function modelDataAt(
  data: ModelData,
  rows: Uint32Array,
  shared?: { readonly from: ModelData; readonly at: ModelData },
): ModelData {
  const same = <T>(pick: (d: ModelData) => T): T | undefined =>
    shared && pick(data) === pick(shared.from) ? pick(shared.at) : undefined;
  const common = {
    count: rows.length,
    ...(data.latency && { latency: gather(data.latency, rows) }),
    ...(data.cost && { cost: gather(data.cost, rows) }),
    exampleScores: new Map(
      [...data.exampleScores].map(([name, values]) => [name, gather(values, rows)]),
    ),
    slices: new Map([...data.slices].map(([name, column]) => [name, gatherCategory(column, rows)])),
    ...(data.weights && {
      weights: same((d) => d.weights) ?? gather(data.weights, rows),
    }),
  };
  if (data.task === "scores") return { ...data, ...common };
  const labels = same((d) => (d.task === "scores" ? undefined : d.labels));
  if (data.task === "regression") {
    return {
      ...data,
      ...common,
      labels: (labels as Float64Array | undefined) ?? gather(data.labels, rows),
      predictions: gather(data.predictions, rows),
    };
  }
  return {
    ...data,
    ...common,
    labels: (labels as Int32Array | undefined) ?? codesAt(data.labels, rows),
    predictions: codesAt(data.predictions, rows),
    ...(data.positiveScores && { positiveScores: gather(data.positiveScores, rows) }),
    ...(data.classScores && {
      classScores: data.classScores.map((scores) => gather(scores, rows)),
    }),
  };
}
