import {
  classifierData,
  gatherCategory,
  modelDataAt,
  regressorData,
  remapOf,
  scoresData,
} from "./align-model.js";
import { classSpace, type ClassSpace, type ClassSpaceOptions } from "./class-space.js";
import { EXAMPLE_IDS, pairIds, type PairingReport } from "./pair-ids.js";
import type { CategoryColumn, ModelData, PredictionFile } from "./predictions.js";
import { pairedWeights, scaledWeights } from "./sample-weights.js";
import { releaseArrays } from "../release-array.js";
import { shorten } from "../report/shorten.js";

/** A slice column that the two files both have, and whose values differ for some pairs. */
export interface SliceDisagreement {
  readonly column: string;
  /** The pairs whose two values differ (a value against none counts). */
  readonly pairs: number;
  /** Up to `EXAMPLE_IDS` of their ids, in the champion's order, cut to a printable length. */
  readonly examples: readonly string[];
}

/** Two models' predictions on the examples both have, aligned: index i is one example in both. */
export interface PairedPredictions {
  readonly report: PairingReport;
  /**
   * The labels and slices are the same arrays in both (a pair's labels agree); a slice's value
   * is the champion's, and where the challenger's differs the pair is counted in `disagreements`.
   */
  readonly champion: ModelData;
  readonly challenger: ModelData;
  readonly disagreements: readonly SliceDisagreement[];
}

/**
 * The rows to gather, or undefined when they are every row in order (both files list the same
 * examples in the same order, the common case): the file's arrays are then used as they are,
 * with no copy.
 */
function rowsToGather(rows: Uint32Array, rowCount: number): Uint32Array | undefined {
  if (rows.length !== rowCount) return rows;
  for (let i = 0; i < rows.length; i++) if (rows[i] !== i) return rows;
  return undefined;
}

/** The slices of the pairs: each from the champion's file, else the challenger's. */
function pairedSlices(
  champion: PredictionFile,
  challenger: PredictionFile,
  championRows: Uint32Array | undefined,
  challengerRows: Uint32Array | undefined,
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
 * The slice columns of both files whose values differ for some pairs: like a label, a slice
 * value belongs to the example, and two files that disagree on it say one of them is wrong.
 */
function sliceDisagreements(
  champion: PredictionFile,
  challenger: PredictionFile,
  pairs: number,
  championRows: Uint32Array | undefined,
  challengerRows: Uint32Array | undefined,
): SliceDisagreement[] {
  const found: SliceDisagreement[] = [];
  for (const [column, mine] of champion.slices) {
    const theirs = challenger.slices.get(column);
    if (theirs === undefined) continue;
    // The challenger's codes as the champion's: -2 for a value the champion never writes.
    const codeOf = new Map(mine.names.map((name, code) => [name, code]));
    const remap = Int32Array.from(theirs.names, (name) => codeOf.get(name) ?? -2);
    let differ = 0;
    const examples: string[] = [];
    for (let i = 0; i < pairs; i++) {
      const c = championRows ? championRows[i]! : i;
      const code = theirs.codes[challengerRows ? challengerRows[i]! : i]!;
      if (mine.codes[c] === (code < 0 ? -1 : remap[code])) continue;
      differ++;
      if (examples.length < EXAMPLE_IDS) examples.push(shorten(champion.ids.get(c)));
    }
    if (differ > 0) found.push({ column, pairs: differ, examples });
  }
  return found;
}

/**
 * Whether a pair's two labels agree: the same class name, or the same number; any pair where a
 * file has no labels (`ScoresFile`), as there is nothing to disagree on.
 */
function labelsAgree(
  champion: PredictionFile,
  challenger: PredictionFile,
  space: ClassSpace | undefined,
): (championRow: number, challengerRow: number) => boolean {
  if (champion.task === "scores" || challenger.task === "scores") return () => true;
  if (champion.task === "regression" && challenger.task === "regression") {
    return (c, r) => champion.labels[c] === challenger.labels[r];
  }
  if (champion.task === "classification" && challenger.task === "classification" && space) {
    const [codes1, codes2] = [champion.labels.codes, challenger.labels.codes];
    const [remap1, remap2] = [remapOf(champion.labels, space), remapOf(challenger.labels, space)];
    return (c, r) => remap1[codes1[c]!] === remap2[codes2[r]!];
  }
  throw new Error("pairPredictions: both files must be read for the same task");
}

/** The files of `files` read without labels (`ScoresFile`), by their paths. */
const unlabelledOf = (...files: PredictionFile[]) =>
  files.filter((file) => file.task === "scores").map((file) => file.file);

/**
 * A file's model data at `rows`; `labels`, when given, the other model's (they agree). Where
 * some files were read without labels (`unlabelled`: this one, or the other of its pair), its
 * scores, latencies and costs alone.
 */
function align(
  file: PredictionFile,
  space: ClassSpace | undefined,
  rows: Uint32Array | undefined,
  slices: ReadonlyMap<string, CategoryColumn>,
  { labels, unlabelled }: { labels?: Int32Array | Float64Array; unlabelled: readonly string[] },
): ModelData {
  // A file read without labels is among `unlabelled`: its task says so to the type too.
  if (file.task === "scores" || unlabelled.length > 0) {
    return scoresData(file, rows, slices, unlabelled);
  }
  return file.task === "classification"
    ? classifierData(file, space!, rows, slices, labels as Int32Array | undefined)
    : regressorData(file, rows, slices, labels as Float64Array | undefined);
}

/**
 * The rows of each file to gather (see `rowsToGather`), and how the two paired: the pairs' own
 * row arrays are freed here when every row is kept in order.
 */
function pairRows(
  champion: PredictionFile,
  challenger: PredictionFile,
  space: ClassSpace | undefined,
) {
  const pairs = pairIds(champion.ids, challenger.ids, labelsAgree(champion, challenger, space));
  const rows1 = rowsToGather(pairs.championRows, champion.rowCount);
  const rows2 = rowsToGather(pairs.challengerRows, challenger.rowCount);
  if (rows1 === undefined) releaseArrays(pairs.championRows);
  if (rows2 === undefined) releaseArrays(pairs.challengerRows);
  return { report: pairs.report, rows1, rows2 };
}

/**
 * Pairs two models' predictions by id and aligns their columns (see `pairIds` for what pairs and
 * how the rest is counted). A pair whose two files give different labels is left out and counted
 * as a label mismatch: which label is true is unknown, and a metric on either would favour one
 * model. Classes are those of both files together, so that codes mean the same in both. Where
 * either file was read without labels, both are aligned as scores alone (`ScoresData`).
 */
export function pairPredictions(
  champion: PredictionFile,
  challenger: PredictionFile,
  options: ClassSpaceOptions = {},
): PairedPredictions {
  const space =
    champion.task === "classification" && challenger.task === "classification"
      ? classSpace([champion, challenger], options)
      : undefined;
  const { report, rows1, rows2 } = pairRows(champion, challenger, space);
  const slices = pairedSlices(champion, challenger, rows1, rows2);
  const disagreements = sliceDisagreements(champion, challenger, report.paired, rows1, rows2);
  const unlabelled = unlabelledOf(champion, challenger);
  const weights = pairedWeights(champion, challenger, rows1, rows2, report.paired);
  const first = withWeights(align(champion, space, rows1, slices, { unlabelled }), weights);
  const labels = first.task === "scores" ? undefined : first.labels;
  const second = align(challenger, space, rows2, slices, { unlabelled, ...(labels && { labels }) });
  return { report, champion: first, challenger: withWeights(second, weights), disagreements };
}

/**
 * Both models' data on `rows` alone, in their order (a slice's examples), sharing labels and
 * weights as the pair does; a first model's one data stands on both sides again.
 */
export function pairedAt(
  paired: Pick<PairedPredictions, "champion" | "challenger">,
  rows: Uint32Array,
): Pick<PairedPredictions, "champion" | "challenger"> {
  const champion = modelDataAt(paired.champion, rows);
  if (paired.challenger === paired.champion) return { champion, challenger: champion };
  const shared = { from: paired.champion, at: champion };
  return { champion, challenger: modelDataAt(paired.challenger, rows, shared) };
}

/** A model's data with the examples' sample weights, where they are weighed. */
const withWeights = (data: ModelData, weights: Float64Array | undefined): ModelData =>
  weights ? { ...data, weights } : data;

/** One model's predictions on their own (a first model, without a champion), every row kept. */
export function modelData(file: PredictionFile, options: ClassSpaceOptions = {}): ModelData {
  const space = file.task === "classification" ? classSpace([file], options) : undefined;
  const data = align(file, space, undefined, file.slices, { unlabelled: unlabelledOf(file) });
  const { weights } = file;
  return withWeights(data, weights && scaledWeights(weights.values, file.file, weights.column));
}
