import { evalReportContract } from "../../engine/contracts/eval-report.js";
import { reportFile } from "../../engine/contracts/report-file.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { defineAction } from "../../interface/define-action.js";
import { artifactName } from "../../platform/artifacts/artifact-name.js";
import { evaluate } from "./evaluate.js";
import { forkArtifacts } from "./fork-artifact.js";
import { gateInputKinds } from "./gate-inputs.js";
import { gateResult } from "./gate-result.js";
import { commentAsPosted, gateSummary, postComment } from "./post-comment.js";
import { renderComment } from "./render-comment.js";

export const evalGate = defineAction({
  name: "eval-gate",
  permissions: {
    contents: { level: "read", why: "read the metrics and policy files checked out" },
    "pull-requests": { level: "write", why: "post the comment (comment: auto or always)" },
  },
  example: {
    challenger: "metrics/challenger.json",
    champion: "metrics/champion.json",
    policy: ".mlops/gate-policy.yml",
  },
  inputs: gateInputKinds,
  async run(inputs, context) {
    const mode = inputs.comment;
    if (mode === "from-fork-run") {
      const { commentFromForkRun } = await import("./comment-fork-report.js");
      return commentFromForkRun(inputs, context);
    }
    const evaluation = await evaluate(inputs, context);
    const key = inputs["comment-key"];
    // The default key names the artifact plainly; another key keeps each gate's apart.
    const reportArtifact = artifactName("eval-report", key === "eval-gate" ? undefined : key);
    const comment = renderComment(evaluation.report, {
      runUrl: context.github.runUrl,
      artifact: reportArtifact,
    });
    const body = commentAsPosted(comment, key, context.github.runUrl);
    // The report is checked against its own contract before anyone downstream trusts it; it and
    // the comment are written together or not at all.
    writeFilesAtomic([
      reportFile(evalReportContract, evaluation.report, inputs["report-path"]),
      { path: inputs["comment-path"], text: body },
    ]);
    const artifacts = [
      {
        name: reportArtifact,
        files: [inputs["report-path"], inputs["comment-path"]],
        description: "the eval report and the comment (mlops.eval-report/v1)",
      },
      ...(await forkArtifacts(inputs, context, evaluation.report)),
    ];
    const token = inputs["github-token"];
    const publication = await postComment({ mode, key, token, body }, context);
    return {
      ...gateResult(inputs, context, evaluation, publication),
      summary: gateSummary(comment, publication),
      artifacts,
    };
  },
});
