/**
 * What a gate policy reads of predictions files, so that a file lacking columns is refused once,
 * naming every column the policy's metrics need and none they do not.
 */
import type { WrittenGatePolicy } from "../../engine/contracts/gate-policy.js";
import { readGatePolicy } from "../../engine/contracts/read-gate-policy.js";
import { ContractError, FileError } from "../../engine/errors.js";
import { knowsMetric } from "../../engine/metrics/metric-registry.js";
import {
  metricDefinition,
  type MetricDefinition,
  type NeededColumn,
  type ReadPredictionsOptions,
} from "../../engine/metrics/index.js";

export type PolicyReads = Required<
  Pick<ReadPredictionsOptions, "task" | "needs" | "outcomesOptional" | "binaryScores">
>;

/** The column a metric needs beyond the label and the outcome of its task, if any. */
function neededColumn({ needs, column }: MetricDefinition): NeededColumn | undefined {
  if (needs === "label+score") return "score";
  return column === "latency" || column === "cost" ? column : undefined;
}

/**
 * The task of the predictions, regression when the policy gates a regression metric, and the
 * columns its required metrics read, each with those metrics: a metric that is not required is
 * skipped where the files cannot give it, so its column stays optional. Where no required metric
 * reads the label (a gate of per-example scores, latencies or costs), the files need neither a
 * label nor a prediction; where some do and others do not, a file without them is refused naming
 * those that do. A per-example score whose mean is judged by McNemar's test must be 0 or 1. A
 * name the registry does not know (`knowsMetric`, which reads a `top_<k>_accuracy` of any k) is
 * left to `checkPolicy`, which refuses it at its line.
 */
export function policyReads(
  policy: WrittenGatePolicy,
  exampleScores: readonly string[],
): PolicyReads {
  const gated = Object.entries(policy.metrics)
    .filter(([name]) => knowsMetric(name, exampleScores))
    .map(([name, rule]) => ({ rule, definition: metricDefinition(name, exampleScores) }));
  const regression = gated.some(({ definition }) => definition.task === "regression");
  const needs: Partial<Record<NeededColumn, string[]>> = {};
  const binaryScores = new Map<string, string>();
  for (const { rule, definition } of gated) {
    const { scoreColumn, name } = definition;
    if (rule.method === "mcnemar" && scoreColumn !== undefined) binaryScores.set(scoreColumn, name);
    const column = rule.required === false ? undefined : neededColumn(definition);
    if (column !== undefined) (needs[column] ??= []).push(name);
  }
  const labelled = gated
    .filter(({ rule, definition }) => rule.required !== false && definition.needs !== "column")
    .map(({ definition }) => definition);
  if (labelled.length > 0 && gated.some(({ definition }) => definition.needs === "column")) {
    needs.label = labelled.map(({ name }) => name);
    const predicted = labelled.filter(({ needs }) => needs !== "label+score");
    if (predicted.length > 0) needs.prediction = predicted.map(({ name }) => name);
  }
  return {
    task: regression ? "regression" : "classification",
    needs,
    // A name the registry does not know may be a metric of labels, misspelt.
    outcomesOptional: labelled.length === 0 && gated.length === Object.keys(policy.metrics).length,
    binaryScores,
  };
}

/**
 * The policy file at `path` read for the check of a file's header that comes before the
 * policy's own, and handed on to `checkPolicy`: `undefined` where it cannot be read, as
 * `checkPolicy` then refuses it, after the file's kind is known.
 */
export function readPolicyFirst(path: string, shownAs: string): ReadPolicy | undefined {
  try {
    return readGatePolicy(path, shownAs);
  } catch (error) {
    if (error instanceof FileError || error instanceof ContractError) return undefined;
    throw error;
  }
}

export type ReadPolicy = ReturnType<typeof readGatePolicy>;
