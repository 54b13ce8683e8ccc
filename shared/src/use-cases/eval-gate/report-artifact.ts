/**
 * The eval report's artifact, uploaded by the gate itself before it comments: the comment says
 * where the report is only once that is known.
 */
import type { Annotation, ResultArtifact, RunContext } from "../../interface/define-action.js";
import { hasArtifactService, uploadFailed } from "../../platform/artifacts/artifact-service.js";
import { commonFolder } from "../../platform/artifacts/common-folder.js";

/** Where the report is kept: the run's artifact, or only the runner's file and why. */
export type ReportPlace =
  { readonly artifact: string } | { readonly path: string; readonly notUploaded: string };

export interface ReportUpload {
  readonly place: ReportPlace;
  /** A failed upload's warning; the verdict stands. */
  readonly warning?: Annotation;
}

/** Uploads the artifact when the runner can; never throws on a failed upload. */
export async function uploadReport(
  artifact: ResultArtifact,
  reportPath: string,
  context: RunContext,
): Promise<ReportUpload> {
  const notUploaded = (why: string) => ({ place: { path: reportPath, notUploaded: why } });
  // The command line gives no store; a runner without the service (GitHub Enterprise Server).
  if (!context.artifactStore) return notUploaded("this command uploads no artifacts");
  if (!hasArtifactService(context.env ?? {})) {
    return notUploaded("this runner has no artifact service");
  }
  try {
    const root = commonFolder(artifact.files);
    await context.artifactStore().upload(artifact.name, artifact.files, root);
    return { place: { artifact: artifact.name } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...notUploaded(`upload failed: ${reason}`),
      warning: uploadFailed(artifact.name, reason),
    };
  }
}
