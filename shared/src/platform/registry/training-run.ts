/**
 * The training run a version came from, named by its run record (train-run's
 * `mlops.run-record/v1`): its id, the record's digest and the digests of the data it trained on,
 * so that a version in production leads back to its run and its data.
 */
import { runRecordContract, type RunRecord } from "../../engine/contracts/run-record.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { shorten } from "../../engine/report/shorten.js";

export interface TrainingRun {
  readonly id: string;
  /** The run record's sha256. */
  readonly sha256: string;
  readonly status: RunRecord["status"];
  readonly data_digests: readonly string[];
}

/** A run record as a registration reads it: the run, and whether it wrote the model file. */
export interface RunRecordRead {
  readonly run: TrainingRun;
  /**
   * Why the model file is not the run's (none of its model's files has its sha256), or
   * undefined: a file made from the run's model (exported, quantised) is a real case, a record
   * of another model's run a mistake, and only the user can tell them apart. A run that
   * recorded no model says nothing.
   */
  otherModel(path: string, shownAs: string): Promise<string | undefined>;
}

export async function readRunRecord(path: string, shownAs: string = path): Promise<RunRecordRead> {
  const doc = readStructured(path, shownAs);
  const record = validateContract<RunRecord>(runRecordContract, doc.value, shownAs, doc.lineOf);
  const run: TrainingRun = {
    id: record.run_id,
    sha256: await hashFile(path),
    status: record.status,
    data_digests: [...record.data_digests],
  };
  const otherModel = async (model: string, shownModel: string) => {
    if (!record.model) return undefined;
    const sha256 = await hashFile(model);
    if (record.model.files.some((file) => file.sha256 === sha256)) return undefined;
    return `${shownAs}: run ${shorten(record.run_id, 80)} trained ${shorten(record.model.path, 120)} (sha256 ${record.model.digest.slice(0, 12)}), not ${shownModel} (sha256 ${sha256.slice(0, 12)}); the version records the run all the same. Give the record of the run that wrote the first asset, unless the asset was made from that run's model`;
  };
  return { run, otherModel };
}

export async function readTrainingRun(path: string, shownAs: string = path): Promise<TrainingRun> {
  return (await readRunRecord(path, shownAs)).run;
}
