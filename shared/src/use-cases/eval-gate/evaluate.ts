import { InputError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { readMetrics, type Metrics } from "../../engine/metrics/read-metrics.js";
import {
  DEFAULT_PREDICTION_COLUMNS,
  type ReadPredictionsOptions,
} from "../../engine/metrics/predictions.js";
import { VERSION } from "../../engine/version.js";
import { quoteName } from "../../engine/report/closest-name.js";
import type { AggregateJudgement, EvalReport } from "../../engine/contracts/eval-report.js";
import type { RunContext } from "../../interface/define-action.js";
import { readTrainingRun } from "../../platform/registry/training-run.js";
import { championFile, championReads, type ChampionFile } from "./champion-file.js";
import { countStatuses } from "./eval-report.js";
import type { GateInputs } from "./gate-inputs.js";
import { judgeAggregate } from "./judge-aggregate.js";
import { checkPolicy, type CheckedPolicy } from "./load-policy.js";
import { policyReads, readPolicyFirst } from "./policy-reads.js";
import { readsPredictions } from "./predictions-mode.js";

export interface Evaluation {
  readonly report: EvalReport;
  /** The challenger's metrics (a metrics file), for the line of each failing metric. */
  readonly challenger: Metrics | undefined;
}

/** A file input that gating needs; only comment: from-fork-run reads none. */
function given(inputs: GateInputs, input: "challenger" | "policy"): string {
  const path = inputs[input];
  if (!path) {
    throw new InputError(
      input,
      "is required",
      `Give the ${input} file (only comment: from-fork-run reads none)`,
    );
  }
  return path;
}

/** The judgement of per-example predictions; loaded on use, as most gates read metric files. */
async function judgeOnPredictions(
  inputs: GateInputs,
  policy: CheckedPolicy,
  challenger: string,
  champion: ChampionFile | undefined,
  shown: (path: string) => string,
) {
  const { evaluatePredictions } = await import("./evaluate-predictions.js");
  return evaluatePredictions(
    policy,
    {
      challenger,
      champion: champion?.path,
      shown: (path) => (path === champion?.path && champion.from) || shown(path),
    },
    predictionOptions(inputs),
  );
}

/** The column names and options of predictions files, from the inputs. */
function predictionOptions(inputs: GateInputs) {
  const columns = {
    id: inputs["id-column"],
    label: inputs["label-column"],
    score: inputs["score-column"],
    prediction: inputs["prediction-column"],
    latency: inputs["latency-column"],
    cost: inputs["cost-column"],
  };
  return {
    // A column named other than its default must be in the files; a default may be absent.
    columns: Object.fromEntries(
      Object.entries(columns).filter(
        ([role, name]) =>
          name !== undefined &&
          name !== DEFAULT_PREDICTION_COLUMNS[role as keyof typeof DEFAULT_PREDICTION_COLUMNS],
      ),
    ),
    exampleScores: inputs["example-scores"],
    ...(inputs["weight-column"] !== undefined && {
      weights: { column: inputs["weight-column"] },
    }),
    ...(inputs["positive-label"] === undefined ? {} : { positiveLabel: inputs["positive-label"] }),
  };
}

/** Predictions and aggregate metrics measure different things: one cannot gate the other. */
function checkSameKind(
  options: ReadPredictionsOptions,
  predictions: boolean,
  challenger: string,
  champion: ChampionFile,
  shown: (path: string) => string,
): void {
  const championShown = champion.from ?? shown(champion.path);
  if (readsPredictions(champion.path, championShown, championReads(options)) === predictions) {
    return;
  }
  const kind = (isPredictions: boolean) =>
    isPredictions ? "per-example predictions" : "aggregate metrics";
  throw new InputError(
    "champion",
    `'${championShown}' holds ${kind(!predictions)} but the challenger '${shown(challenger)}' holds ${kind(predictions)}, which cannot be compared`,
    "Give both models' predictions files, or both models' metrics files",
  );
}

/**
 * A weight column that another input already names (the id, the label, the score, the
 * prediction, the latency, the cost, a per-example score) would weigh the examples by what they
 * are judged on: `label` as weights leaves every negative example out.
 */
function checkWeightColumn(inputs: GateInputs): void {
  const column = inputs["weight-column"];
  if (column === undefined) return;
  const roles = ["id", "label", "score", "prediction", "latency", "cost"] as const;
  const role = roles.find(
    (r) => (inputs[`${r}-column`] ?? DEFAULT_PREDICTION_COLUMNS[r]) === column,
  );
  const input = role
    ? `${role}-column`
    : inputs["example-scores"]?.includes(column)
      ? "example-scores"
      : undefined;
  if (input === undefined) return;
  throw new InputError(
    "weight-column",
    `is ${quoteName(column)}, which ${input} names: the weights would be what the examples are judged on`,
    "Name the column that holds each example's sample weight, or leave weight-column empty",
  );
}

/** Metrics files hold no examples to weigh: a weight column set for them is a mistake. */
function refuseWeights(inputs: GateInputs, challenger: string): void {
  if (inputs["weight-column"] === undefined) return;
  throw new InputError(
    "weight-column",
    `is set, and the challenger '${challenger}' holds aggregate metrics, which have no examples to weigh`,
    "Leave weight-column empty for metrics files, or give both models' per-example predictions",
  );
}

/** The training run named by its record, as the report names it. */
async function runOf(path: string, shown: (path: string) => string) {
  const run = await readTrainingRun(path, shown(path));
  return { id: run.id, file: shown(path), sha256: run.sha256 };
}

/** Reads the policy and both files, judges the challenger, and makes the eval report. */
export async function evaluate(inputs: GateInputs, context: RunContext): Promise<Evaluation> {
  const shown = (path: string) => displayPath(context.cwd, path);
  const ref = async (path: string, from?: string) => ({
    file: from ?? shown(path),
    sha256: await hashFile(path),
  });
  const [challengerFile, policyFile] = [given(inputs, "challenger"), given(inputs, "policy")];
  checkWeightColumn(inputs);
  // Before the policy, whose metrics depend on the kind of file: a file that is neither is
  // refused for what it is, not for a metric the policy names; what the policy's metrics read
  // is known as far as it can be, so that the refusal names just the columns they need.
  const read = readPolicyFirst(policyFile, shown(policyFile));
  const options = {
    ...predictionOptions(inputs),
    ...(read && policyReads(read.policy, inputs["example-scores"])),
  };
  const predictions = readsPredictions(challengerFile, shown(challengerFile), options);
  const checked = checkPolicy(
    policyFile,
    shown(policyFile),
    predictions ? { exampleScores: inputs["example-scores"] } : undefined,
    read,
  );
  const { policy } = checked;
  const champion = inputs.champion
    ? await championFile(inputs.champion, predictions, context, inputs)
    : undefined;
  if (champion) checkSameKind(options, predictions, challengerFile, champion, shown);
  let judgement: AggregateJudgement & Partial<Pick<EvalReport, "pairing">>;
  let challenger: Metrics | undefined;
  if (predictions) {
    judgement = await judgeOnPredictions(inputs, checked, challengerFile, champion, shown);
  } else {
    refuseWeights(inputs, shown(challengerFile));
    challenger = readMetrics(challengerFile, shown(challengerFile));
    const championMetrics = champion
      ? readMetrics(champion.path, champion.from ?? shown(champion.path))
      : undefined;
    judgement = judgeAggregate(policy, challenger, championMetrics);
  }
  const report: EvalReport = {
    schema: "mlops.eval-report/v1",
    tool: { name: "mlops", version: VERSION },
    created_at: context.now().toISOString(),
    mode: predictions ? "predictions" : "aggregate",
    verdict: judgement.verdict,
    challenger: await ref(challengerFile),
    champion: champion ? await ref(champion.path, champion.from) : null,
    policy: await ref(policyFile),
    model: inputs["model-file"] ? await ref(inputs["model-file"]) : null,
    rows: judgement.rows,
    counts: countStatuses(judgement.rows),
    notes: judgement.notes,
    ...(judgement.pairing ? { pairing: judgement.pairing } : {}),
    ...(predictions ? { correction: policy.correction ?? "holm" } : {}),
    ...(inputs["run-record"] ? { run: await runOf(inputs["run-record"], shown) } : {}),
  };
  return { report, challenger };
}
