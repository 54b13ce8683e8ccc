/**
 * eval-gate on per-example predictions: both files read by the data engine, paired by id, the
 * gated metrics judged on evidence, and the other metrics the predictions allow listed ungated.
 * A first model's file, without a champion's, is judged on its own against absolute bounds.
 */
import type { ReportRow, UngatedRow } from "../../engine/contracts/eval-report.js";
import type { GatePolicy } from "../../engine/contracts/gate-policy.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { absentSlice } from "../../engine/metrics/missing-column.js";
import {
  metricNames,
  modelData,
  pairPredictions,
  readPredictions,
  type ModelData,
  type PairedPredictions,
  type ReadPredictionsOptions,
} from "../../engine/metrics/index.js";
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

/**
 * Both files read and paired, or a first model's file alone. The files are let go on return:
 * what the metrics need is in the pairs, and the ids (a third of what the files hold) are
 * needed no more.
 */
async function readData(
  { policy, refuse }: CheckedPolicy,
  files: PredictionFiles,
  options: PredictionsOptions,
  exampleScores: readonly string[],
): Promise<{ paired: PairedPredictions } | { alone: ModelData }> {
  const fields = sliceFields(policy);
  const read = (path: string) =>
    readPredictions(path, {
      ...options,
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
    const alone = modelData(challenger, classes);
    challenger.ids.release();
    return { alone };
  }
  // One after the other: memory holds one file's read buffers and batches, not two.
  const champion = await read(files.champion);
  const challenger = await read(files.challenger);
  const paired = pairPredictions(champion, challenger, classes);
  // The ids (a third of what the files hold) are needed no more: freed now, not at the next
  // garbage collection, which would come while judging fills memory again.
  champion.ids.release();
  challenger.ids.release();
  return { paired };
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
    "paired" in data ? judgePredictions(policy, data.paired) : judgeFirstModel(policy, data.alone);
  const [champion, challenger] =
    "paired" in data ? [data.paired.champion, data.paired.challenger] : [undefined, data.alone];
  return {
    ...judged,
    rows: [...judged.rows, ...ungatedRows(policy, champion, challenger, exampleScores)],
  };
}
