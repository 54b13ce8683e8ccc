import type { OutputName } from "../../interface/define-action.js";
import { artifactName } from "../../platform/artifacts/artifact-name.js";
import type { RunRecord } from "../../engine/contracts/run-record.js";

/** The artifact of a run's record, its params and its model. */
export const runArtifactName = (record: RunRecord): string =>
  artifactName("train-run", record.run_id);

/**
 * The artifact of the record alone, for the step that dispatched the run: named by the dispatch's
 * correlation id, which that step knows before the run exists, and small whatever the model.
 */
export const recordArtifactName = (correlationId: string): string =>
  artifactName("train-run-record", correlationId);

/** The step's outputs, all read from the run record: the same in local and in dispatch mode. */
export function recordOutputs(
  record: RunRecord,
  recordPath: string,
): { readonly [K in OutputName<"train-run">]: string } {
  return {
    "run-id": record.run_id,
    status: record.status,
    "artifact-name": runArtifactName(record),
    "artifact-run-id": record.github.run_id === null ? "" : String(record.github.run_id),
    metrics: JSON.stringify(record.metrics.final),
    "model-digest": record.model?.digest ?? "",
    "record-path": recordPath,
  };
}
