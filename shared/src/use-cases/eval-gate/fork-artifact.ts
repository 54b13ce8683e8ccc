import { dirname, join } from "node:path";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import type { ResultArtifact, RunContext } from "../../interface/define-action.js";
import {
  forkPullRequestHead,
  forkReportArtifactName,
  writeForkReport,
} from "../../platform/github/fork-report.js";
import type { GateInputs } from "./gate-inputs.js";

/**
 * A fork's pull_request run cannot comment: its report goes up as an artifact, for a
 * workflow_run workflow to comment (comment: from-fork-run). Any other run uploads nothing.
 */
export async function forkArtifacts(
  inputs: GateInputs,
  context: RunContext,
  report: EvalReport,
): Promise<ResultArtifact[]> {
  const forkHead =
    inputs.comment === "never" ? undefined : await forkPullRequestHead(context.github);
  if (!forkHead) return [];
  const key = inputs["comment-key"];
  const name = forkReportArtifactName(key);
  const path = join(dirname(inputs["report-path"]), name);
  return [
    {
      name,
      files: [await writeForkReport(path, { key, headSha: forkHead, report })],
      description:
        "the eval report, for a workflow_run workflow to comment on the fork's pull request (comment: from-fork-run)",
    },
  ];
}
