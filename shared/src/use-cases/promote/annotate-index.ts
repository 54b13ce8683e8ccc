import { codeSpan } from "../../engine/report/sanitize-markdown.js";
import type { Annotation } from "../../interface/define-action.js";
import {
  ARTIFACTS_INDEX,
  annotateArtifact,
  readIndexToWrite,
} from "../../platform/registry/artifacts-index.js";
import type { PromoteRequest } from "./promote-request.js";

/** What writing the artifact's entry came to: a log line, a note for the summary, warnings. */
export interface Annotated {
  readonly line?: string;
  readonly note?: string;
  readonly annotations: readonly Annotation[];
}

const nothing: Annotated = { annotations: [] };

/**
 * Plans writing `description` and `labels` into artifacts.yaml in GTO's format, so that the
 * repository stays readable by GTO itself, and returns the write to make once the registry's
 * operations succeed. The index is read now: one that could not be rewritten stops the run
 * before any tag is created. As `gto annotate` does by default, the file is written in the
 * working tree and not committed: promote creates tags, and a commit on the branch is the
 * repository owner's to make. The GitHub backend works on tags and releases only, so there the
 * entry is not written, and a warning says so.
 */
export function planAnnotation(
  request: PromoteRequest,
  backend: "git" | "github",
): () => Annotated {
  const { annotation, artifact } = request;
  const name = codeSpan(artifact);
  if (!annotation) return () => nothing;
  if (backend === "github") {
    const message =
      `description and labels were not written: the github backend creates tags and releases ` +
      `only, and ${ARTIFACTS_INDEX} is a file of the branch. Commit the entry of ${artifact} ` +
      `in ${ARTIFACTS_INDEX} yourself (gto annotate writes it), or promote with the git backend`;
    return () => ({ annotations: [{ level: "warning", message }] });
  }
  readIndexToWrite(request.root);
  if (request.dryRun) {
    const note = `A run without dry-run would write the entry of ${name} in \`${ARTIFACTS_INDEX}\`.`;
    return () => ({ note, annotations: [] });
  }
  return () => {
    const shown = request.shown(annotateArtifact(request.root, artifact, annotation));
    return {
      line: `wrote the entry of ${artifact} in ${shown}; commit it`,
      note:
        `Wrote the entry of ${name} in ${codeSpan(shown)} (GTO's format) in the working tree: ` +
        `commit it so that the description and labels travel with the repository.`,
      annotations: [],
    };
  };
}
