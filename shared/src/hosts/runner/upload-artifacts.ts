/**
 * The runner host's half of `ActionResult.artifacts`: each artifact is uploaded with the runner's
 * artifact client and linked from the job summary. It runs after the outputs and the summary are
 * written, and never throws: a failed upload is a warning, and the verdict stands.
 */
import { appendFileSync, statSync } from "node:fs";
import { commonFolder } from "../../platform/artifacts/common-folder.js";
import type { ArtifactStore } from "../../platform/artifacts/artifact-store.js";
import { hasArtifactService, uploadFailed } from "../../platform/artifacts/artifact-service.js";
import { displayPath } from "../../engine/files/display-path.js";
import { githubContextFromEnv } from "../../platform/github/github-context.js";
import type { Annotation, ResultArtifact } from "../../interface/define-action.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import { SUMMARY_LIMIT } from "./file-commands.js";

export interface UploadPlace {
  readonly env: NodeJS.ProcessEnv;
  readonly summaryFile: string;
  /** Files under it are shown relative to it. */
  readonly workspace: string;
  /** The log, for artifact lines that no longer fit in the summary. */
  readonly log: (line: string) => void;
  /**
   * The runner's artifact store, given by the entry of an action that returns artifacts: the
   * artifact client is megabytes that the other actions' bundles need not carry.
   */
  readonly artifactStore?: () => ArtifactStore;
}

/** Uploads the artifacts, appends a line per artifact to the summary, and returns the warnings. */
export async function uploadArtifacts(
  artifacts: readonly ResultArtifact[],
  place: UploadPlace,
): Promise<Annotation[]> {
  if (artifacts.length === 0) return [];
  const entry = (artifact: ResultArtifact, name: string, after = "") =>
    `- ${name}: ${sanitizeMarkdown(artifact.description)}${after}`;
  const notUploaded = (artifact: ResultArtifact, why: string) => {
    const files = artifact.files.map((file) => codeSpan(displayPath(place.workspace, file)));
    const after = `; not uploaded (${sanitizeMarkdown(why)}), the files are ${files.join(", ")}`;
    return entry(artifact, sanitizeMarkdown(artifact.name), after);
  };
  const { serverUrl, repo, runId } = githubContextFromEnv(place.env);
  const lines: string[] = [];
  const warnings: Annotation[] = [];
  const service = hasArtifactService(place.env);
  const store = service ? place.artifactStore?.() : undefined;
  for (const artifact of artifacts) {
    if (!store && !service) {
      lines.push(notUploaded(artifact, "this runner has no artifact service"));
      continue;
    }
    if (!store) {
      // A definition that returns artifacts run from an entry that gives no store: a bug here.
      warnings.push({
        level: "warning",
        title: "Artifact not uploaded",
        message: `${artifact.name} was not uploaded: this action's entry gives the runner no artifact store`,
      });
      lines.push(notUploaded(artifact, "this action does not upload artifacts"));
      continue;
    }
    try {
      const { id } = await store.upload(
        artifact.name,
        artifact.files,
        commonFolder(artifact.files),
      );
      const name = sanitizeMarkdown(artifact.name);
      const url = `${serverUrl}/${repo?.owner}/${repo?.repo}/actions/runs/${runId}/artifacts/${id}`;
      lines.push(entry(artifact, repo && runId ? `[${name}](${url})` : `${name} (artifact ${id})`));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(uploadFailed(artifact.name, reason));
      lines.push(notUploaded(artifact, `upload failed: ${reason}`));
    }
  }
  const section = `\n### Artifacts\n\n${lines.join("\n")}\n`;
  // A summary over GitHub's limit is dropped whole, so the lines go to the log when it is full.
  if (statSync(place.summaryFile).size + Buffer.byteLength(section) <= SUMMARY_LIMIT) {
    appendFileSync(place.summaryFile, section);
  } else {
    for (const text of lines) place.log(`Artifact ${text.slice(2)}`);
  }
  return warnings;
}
