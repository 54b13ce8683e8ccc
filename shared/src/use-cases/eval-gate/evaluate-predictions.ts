/**
 * eval-gate on per-example predictions: both files read by the data engine, paired by id, the
 * gated metrics judged on evidence, and the other metrics the predictions allow listed ungated.
 * A first model's file, without a champion's, is judged on its own against absolute bounds.
 */
import type { ReportRow, UngatedRow } from "../../engine/contracts/eval-report.js";
import type { GatePolicy } from "../../engine/contracts/gate-policy.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { absentSlice, unreadNote } from "../../engine/metrics/missing-column.js";
import {
  metricNames,
  modelData,
  pairPredictions,
  readPredictions,
  type ModelData,
  type PairedPredictions,
  type PredictionFile,
  type ReadPredictionsOptions,
  weighsUnequally,
} from "../../engine/metrics/index.js";
import { didYouMean, quoteName } from "../../engine/report/closest-name.js";
import { counted } from "../../engine/report/counted.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { championReads } from "./champion-file.js";
import { judgeFirstModel } from "./judge-first-model.js";
import { judgePredictions, pointValue, type PredictionsJudgement } from "./judge-predictions.js";
import type { CheckedPolicy } from "./load-policy.js";
import { policyReads } from "./policy-reads.js";

/** Every metric the predictions allow that the policy does not gate, with both values. */
function ungatedRows(
  policy: GatePolicy,
  champion: ModelData | undefined,
  challenger: ModelData,
  exampleScores: readonly string[],
): UngatedRow[] {
  return metricNames(exampleScores)
    .filter((name) => !(name in policy.metrics))
    .map((name) => ({
      metric: name,
      gated: false as const,
      champion: pointValue(name, champion),
      challenger: pointValue(name, challenger),
    }))
    .filter((row) => row.champion !== null || row.challenger !== null);
}

export interface PredictionFiles {
  readonly challenger: string;
  /** None for a first model. */
  readonly champion: string | undefined;
  /** How errors name a file given by its path: relative to the workspace, or a registry reference. */
  readonly shown: (path: string) => string;
}

/**
 * Where the policy names each column it slices by: in `slices.by`, or as a fairness metric's
 * `sensitive` column. A column named twice is refused at its first mention.
 */
function sliceFields(policy: GatePolicy): Map<string, string> {
  const fields = new Map<string, string>();
  (policy.slices?.by ?? []).forEach((column, i) => {
    if (!fields.has(column)) fields.set(column, `/slices/by/${i}`);
  });
  for (const [name, rule] of Object.entries(policy.metrics)) {
    if (rule.sensitive !== undefined && !fields.has(rule.sensitive))
      fields.set(rule.sensitive, jsonPointer(["metrics", name, "sensitive"]));
  }
  return fields;
}

type PredictionsOptions = ReadPredictionsOptions & { positiveLabel?: string };

/** The values of a slice column that an error lists: enough to spot the one meant. */
const LISTED_VALUES = 10;

/**
 * Refuses a slice override whose value no row of the files has (`region=europe` where they
 * write `eu`): it would match no slice and be dropped without a word. `checkPolicy` made sure
 * each names `<column>=<value>` of a column in `slices.by`.
 */
function checkOverrideValues(
  { policy, refuse }: CheckedPolicy,
  read: readonly PredictionFile[],
  shown: (path: string) => string,
): void {
  for (const slice of Object.keys(policy.slices?.overrides ?? {})) {
    const column = slice.split("=")[0]!;
    const value = slice.slice(column.length + 1);
    const values = [...new Set(read.flatMap((file) => file.slices.get(column)?.names ?? []))];
    if (values.includes(value)) continue;
    const listed = values.slice(0, LISTED_VALUES).map(quoteName).join(", ");
    const more = values.length > LISTED_VALUES ? ` and ${values.length - LISTED_VALUES} more` : "";
    const has =
      values.length === 0
        ? "Write the column's values in the files: every row leaves it empty"
        : `Write the value as the files do (case and all): ${quoteName(column)} has ${counted(values.length, "value")}, ${listed}${more}`;
    refuse(
      jsonPointer(["slices", "overrides", slice]),
      `names value ${quoteName(value)} of column ${quoteName(column)}, which no row of ${read.map((file) => shown(file.file)).join(" or ")} has`,
      `${didYouMean(value, values)}${has}`,
    );
  }
}

/**
 * The note on the files read for their per-example scores alone that likely hold their labels or
 * predictions under other names (`y_true`, `y_pred`): without it, the metrics of labels would
 * vanish from the report, ungated rows and all, without a word. Files that lack the same columns
 * share one note.
 */
function unreadNotes(read: readonly PredictionFile[], shown: (path: string) => string): string[] {
  const unread = read.flatMap((file) =>
    file.task === "scores" && file.lacks.some((m) => m.likely || m.or?.likely) ? [file] : [],
  );
  const [first, second] = unread;
  if (first === undefined) return [];
  if (second && JSON.stringify(second.lacks) === JSON.stringify(first.lacks)) {
    return [unreadNote([shown(first.file), shown(second.file)], first.lacks)];
  }
  return unread.map((file) => unreadNote([shown(file.file)], file.lacks));
}

/**
 * The note on the examples' sample weights, where the gate weighs them: which file's column, how
 * far apart the paired examples' weights lie (`weights`, as scaled, none where all are equal),
 * and what weighing changes in the judging.
 */
function weightsNote(
  challenger: PredictionFile,
  champion: PredictionFile | undefined,
  weights: Float64Array | undefined,
  shown: (path: string) => string,
): string[] {
  if (!challenger.weights) return [];
  const column = `column ${quoteName(challenger.weights.column)} of ${shown(challenger.file)}`;
  if (!weights) {
    return [`Every example weighs the same by ${column}, so the examples are judged as unweighted`];
  }
  let [lightest, heaviest, none] = [Infinity, 0, 0];
  for (const w of weights) {
    if (w > 0) lightest = Math.min(lightest, w);
    heaviest = Math.max(heaviest, w);
    if (w === 0) none++;
  }
  const zero = `${counted(none, "example")} weigh 0 and count for nothing`;
  const champions =
    champion && !champion.weights
      ? `; ${shown(champion.file)} has no such column, so these weights count for both models`
      : "";
  if (!weighsUnequally(weights)) {
    return [
      `Every example weighs the same by ${column} but ${zero}${champions}, so the others are judged as unweighted`,
    ];
  }
  return [
    `Each example weighs what ${column} gives it (the heaviest ${formatNumber(heaviest / lightest)} times the lightest${none > 0 ? `; ${zero}` : ""}${champions}): every metric weighs its examples so, the tests of a proportion (McNemar's, Wilson's) take the weighted counts as effective counts, DeLong's test weighs its structural components, and the other rows are judged on the bootstrap, which draws examples with their weights`,
  ];
}

/** What the files hold: both read and paired, or a first model's file alone; and notes on them. */
type ReadData = ({ paired: PairedPredictions } | { alone: ModelData }) & { notes: string[] };

/**
 * Both files read and paired, or a first model's file alone. The files are let go on return:
 * what the metrics need is in the pairs, and the ids (a third of what the files hold) are
 * needed no more.
 */
async function readData(
  checked: CheckedPolicy,
  files: PredictionFiles,
  options: PredictionsOptions,
  exampleScores: readonly string[],
): Promise<ReadData> {
  const { policy, refuse } = checked;
  const fields = sliceFields(policy);
  const read = (path: string, reads = options) =>
    readPredictions(path, {
      ...reads,
      ...policyReads(policy, exampleScores),
      slices: [...fields.keys()],
      refuseSlice: (column, file, columns) => {
        const { problem, fix } = absentSlice(files.shown(file), column, columns);
        return refuse(fields.get(column)!, problem, fix);
      },
    });
  const classes =
    options.positiveLabel === undefined ? {} : { positiveLabel: options.positiveLabel };
  if (files.champion === undefined) {
    const challenger = await read(files.challenger);
    checkOverrideValues(checked, [challenger], files.shown);
    const alone = modelData(challenger, classes);
    challenger.ids.release();
    const notes = [
      ...unreadNotes([challenger], files.shown),
      ...weightsNote(challenger, undefined, alone.weights, files.shown),
    ];
    return { alone, notes };
  }
  // One after the other: memory holds one file's read buffers and batches, not two.
  const champion = await read(files.champion, championReads(options));
  const challenger = await read(files.challenger);
  checkOverrideValues(checked, [champion, challenger], files.shown);
  const paired = pairPredictions(champion, challenger, classes);
  // The ids (a third of what the files hold) are needed no more: freed now, not at the next
  // garbage collection, which would come while judging fills memory again.
  champion.ids.release();
  challenger.ids.release();
  const notes = [
    ...unreadNotes([champion, challenger], files.shown),
    ...weightsNote(challenger, champion, paired.champion.weights, files.shown),
  ];
  return { paired, notes };
}

export async function evaluatePredictions(
  checked: CheckedPolicy,
  files: PredictionFiles,
  options: PredictionsOptions,
): Promise<Omit<PredictionsJudgement, "rows"> & { rows: ReportRow[] }> {
  const { policy } = checked;
  const exampleScores = options.exampleScores ?? [];
  const data = await readData(checked, files, options, exampleScores);
  const judged =
    "paired" in data
      ? judgePredictions(policy, data.paired, files.shown)
      : judgeFirstModel(policy, data.alone, files.shown);
  const [champion, challenger] =
    "paired" in data ? [data.paired.champion, data.paired.challenger] : [undefined, data.alone];
  return {
    ...judged,
    rows: [...judged.rows, ...ungatedRows(policy, champion, challenger, exampleScores)],
    notes: [...data.notes, ...judged.notes],
  };
}
