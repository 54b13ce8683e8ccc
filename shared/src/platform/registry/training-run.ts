/**
 * The training run a version came from, named by its run record (train-run's
 * `mlops.run-record/v1`): its id, the record's digest and the digests of the data it trained on,
 * so that a version in production leads back to its run and its data.
 */
import { runRecordContract, type RunRecord } from "../../engine/contracts/run-record.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { readStructured } from "../../engine/files/read-structured.js";

export interface TrainingRun {
  readonly id: string;
  /** The run record's sha256. */
  readonly sha256: string;
  readonly status: RunRecord["status"];
  readonly data_digests: readonly string[];
}

export async function readTrainingRun(path: string, shownAs: string = path): Promise<TrainingRun> {
  const doc = readStructured(path, shownAs);
  const record = validateContract<RunRecord>(runRecordContract, doc.value, shownAs, doc.lineOf);
  return {
    id: record.run_id,
    sha256: await hashFile(path),
    status: record.status,
    data_digests: [...record.data_digests],
  };
}
