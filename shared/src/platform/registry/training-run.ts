/**
 * The training run a version came from, named by its run record (train-run's
 * `mlops.run-record/v1`): its id, the record's digest, the digests of the data it trained on, the
 * commit it trained at and its params' digest, so that a version in production leads back to its
 * run, its data and its code. The record itself is stored with the version's files.
 */
import { runRecordContract, type RunRecord } from "../../engine/contracts/run-record.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { jsonText } from "../../engine/files/write-output.js";
import { shorten } from "../../engine/report/shorten.js";
import { recordedText } from "./recorded-text.js";

export interface TrainingRun {
  /** The run's id, on one line and shortened as a tag records a file's text (recordedText). */
  readonly id: string;
  /** The run record's sha256. */
  readonly sha256: string;
  readonly status: RunRecord["status"];
  readonly data_digests: readonly string[];
  /**
   * The commit the run trained at and whether tracked files differed from it (null where the
   * record could not tell); absent on tags of versions registered before it was recorded.
   */
  readonly git?: { readonly commit: string | null; readonly dirty: boolean | null };
  /**
   * The sha256 of the run's params as train-run writes them beside its record (its
   * `.params.json`, which `sha256sum` checks); absent on older tags.
   */
  readonly params_sha256?: string;
  /** The release asset holding the run record; absent where none was stored. */
  readonly asset?: string;
}

/** The name a run record is stored under with the version's files. */
export const RUN_RECORD_ASSET = "run-record.json";

/**
 * The run as a registration of `assets` records it: the record is stored as run-record.json,
 * unless an asset of that name is given already; that one is named as the record where it is
 * the very same file, and the record is then not stored twice.
 */
export function recordedRun(
  run: TrainingRun,
  assets: readonly { readonly name: string; readonly sha256: string }[],
): TrainingRun {
  const taken = assets.find((asset) => asset.name === RUN_RECORD_ASSET);
  return !taken || taken.sha256 === run.sha256 ? { ...run, asset: RUN_RECORD_ASSET } : run;
}

/** A run record as a registration reads it: the run, and whether it wrote the model file. */
export interface RunRecordRead {
  readonly run: TrainingRun;
  /** The record's file, stored with the version's files. */
  readonly path: string;
  /**
   * Why the run's commit does not hold the code it ran (tracked files had changes), or
   * undefined: said once, by the registration that records the run (would, on a dry run).
   */
  dirty(dryRun: boolean): string | undefined;
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
  const { createHash } = await import("node:crypto");
  const commit = record.git.commit && recordedText(record.git.commit);
  const run: TrainingRun = {
    id: recordedText(record.run_id),
    sha256: await hashFile(path),
    status: record.status,
    data_digests: [...record.data_digests],
    git: { commit, dirty: record.git.dirty },
    params_sha256: createHash("sha256").update(jsonText(record.params)).digest("hex"),
  };
  const otherModel = async (model: string, shownModel: string) => {
    if (!record.model) return undefined;
    const sha256 = await hashFile(model);
    if (record.model.files.some((file) => file.sha256 === sha256)) return undefined;
    return `${shownAs}: run ${shorten(run.id, 80)} trained ${shorten(record.model.path, 120)} (sha256 ${record.model.digest.slice(0, 12)}), not ${shownModel} (sha256 ${sha256.slice(0, 12)}); the version records the run all the same. Give the record of the run that wrote the first asset, unless the asset was made from that run's model`;
  };
  const dirty = (dryRun: boolean) =>
    record.git.dirty
      ? `${shownAs}: run ${shorten(run.id, 80)} trained with uncommitted changes to tracked files, so ${commit ? `its commit ${commit.slice(0, 12)}` : "no commit"} does not hold the code it ran; the version ${dryRun ? "would record" : "records"} the run as dirty. Commit the changes and train again, so that the version leads back to the code that made it`
      : undefined;
  return { run, path, dirty, otherModel };
}

export async function readTrainingRun(path: string, shownAs: string = path): Promise<TrainingRun> {
  return (await readRunRecord(path, shownAs)).run;
}
