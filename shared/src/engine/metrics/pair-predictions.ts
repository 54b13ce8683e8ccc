import { classifierData, gatherCategory, regressorData, remapOf } from "./align-model.js";
import { classSpace, type ClassSpaceOptions } from "./class-space.js";
import { pairIds, type PairingReport } from "./pair-ids.js";
import type { CategoryColumn, ModelData, PredictionFile } from "./predictions.js";

/** Two models' predictions on the examples both have, aligned: index i is one example in both. */
export interface PairedPredictions {
  readonly report: PairingReport;
  /** The file row of each pair, in the champion's row order. */
  readonly championRows: Uint32Array;
  readonly challengerRows: Uint32Array;
  /** The labels and slices are the same arrays in both (a pair's labels agree). */
  readonly champion: ModelData;
  readonly challenger: ModelData;
}

/** The slices of the pairs: each from the champion's file, else the challenger's. */
function pairedSlices(
  champion: PredictionFile,
  challenger: PredictionFile,
  championRows: Uint32Array,
  challengerRows: Uint32Array,
): Map<string, CategoryColumn> {
  const slices = new Map<string, CategoryColumn>();
  for (const [name, column] of champion.slices) {
    slices.set(name, gatherCategory(column, championRows));
  }
  for (const [name, column] of challenger.slices) {
    if (!slices.has(name)) slices.set(name, gatherCategory(column, challengerRows));
  }
  return slices;
}

/**
 * Pairs two models' predictions by id and aligns their columns (see `pairIds` for what pairs and
 * how the rest is counted). A pair whose two files give different labels is left out and counted
 * as a label mismatch: which label is true is unknown, and a metric on either would favour one
 * model. Classes are those of both files together, so that codes mean the same in both.
 */
export function pairPredictions(
  champion: PredictionFile,
  challenger: PredictionFile,
  options: ClassSpaceOptions = {},
): PairedPredictions {
  if (champion.task === "classification" && challenger.task === "classification") {
    const space = classSpace([champion, challenger], options);
    const championLabels = champion.labels.codes;
    const challengerLabels = challenger.labels.codes;
    const championRemap = remapOf(champion.labels, space);
    const challengerRemap = remapOf(challenger.labels, space);
    const pairs = pairIds(
      champion.ids,
      challenger.ids,
      (c, r) => championRemap[championLabels[c]!] === challengerRemap[challengerLabels[r]!],
    );
    const slices = pairedSlices(champion, challenger, pairs.championRows, pairs.challengerRows);
    const first = classifierData(champion, space, pairs.championRows, slices);
    const second = classifierData(challenger, space, pairs.challengerRows, slices, first.labels);
    return { ...pairs, champion: first, challenger: second };
  }
  if (champion.task === "regression" && challenger.task === "regression") {
    const pairs = pairIds(
      champion.ids,
      challenger.ids,
      (c, r) => champion.labels[c] === challenger.labels[r],
    );
    const slices = pairedSlices(champion, challenger, pairs.championRows, pairs.challengerRows);
    const first = regressorData(champion, pairs.championRows, slices);
    const second = regressorData(challenger, pairs.challengerRows, slices, first.labels);
    return { ...pairs, champion: first, challenger: second };
  }
  throw new Error("pairPredictions: both files must be read for the same task");
}

/** One model's predictions on their own (a first model, without a champion), every row kept. */
export function modelData(file: PredictionFile, options: ClassSpaceOptions = {}): ModelData {
  return file.task === "classification"
    ? classifierData(file, classSpace([file], options), undefined, file.slices)
    : regressorData(file, undefined, file.slices);
}
