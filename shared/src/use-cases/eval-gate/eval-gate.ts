import { evalReportContract } from "../../engine/contracts/eval-report.js";
import { reportFile } from "../../engine/contracts/report-file.js";
import { displayPath } from "../../engine/files/display-path.js";
import { writeFileAtomic, writeFilesAtomic } from "../../engine/files/write-output.js";
import { defineAction } from "../../interface/define-action.js";
import { artifactName } from "../../platform/artifacts/artifact-name.js";
import { evaluate } from "./evaluate.js";
import { forkArtifacts } from "./fork-artifact.js";
import { gateInputKinds } from "./gate-inputs.js";
import { gateResult } from "./gate-result.js";
import { commentAsPosted, gateSummary, postComment } from "./post-comment.js";
import { renderComment } from "./render-comment.js";
import { uploadReport, type ReportPlace } from "./report-artifact.js";

export const evalGate = defineAction({
  name: "eval-gate",
  permissions: {
    contents: {
      level: "read",
      why: "read the metrics and policy files checked out, and a registry reference's champion",
    },
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
      // What it reads is another run's: any failure here may follow a comment's update.
      context.acting?.();
      const { commentFromForkRun } = await import("./comment-fork-report.js");
      return commentFromForkRun(inputs, context);
    }
    const evaluation = await evaluate(inputs, context);
    const key = inputs["comment-key"];
    const { runUrl } = context.github;
    const render = (place?: ReportPlace) => {
      const comment = renderComment(evaluation.report, { runUrl, report: place });
      return { comment, body: commentAsPosted(comment, key, runUrl) };
    };
    // The report is checked against its own contract before anyone downstream trusts it; it and
    // the comment are written together or not at all, before the upload that carries both.
    const written = render().body;
    context.acting?.();
    writeFilesAtomic([
      reportFile(evalReportContract, evaluation.report, inputs["report-path"]),
      { path: inputs["comment-path"], text: written },
    ]);
    // Uploaded before the comment is posted, which says where the report is only once that is
    // known. The default key names the artifact plainly; another key keeps each gate's apart.
    const upload = await uploadReport(
      {
        name: artifactName("eval-report", key === "eval-gate" ? undefined : key),
        files: [inputs["report-path"], inputs["comment-path"]],
        description: "the eval report and the comment (mlops.eval-report/v1)",
      },
      displayPath(context.cwd, inputs["report-path"]),
      context,
    );
    const { comment, body } = render(upload.place);
    // The comment file is the body posted; the artifact's copy lacks only the line about itself.
    if (body !== written) writeFileAtomic(inputs["comment-path"], body);
    const token = inputs["github-token"];
    const publication = await postComment({ mode, key, token, body }, context);
    const result = gateResult(inputs, context, evaluation, publication);
    return {
      ...result,
      // A failed upload's warning comes first: GitHub's cap on annotations never hides it.
      annotations: [...(upload.warning ? [upload.warning] : []), ...(result.annotations ?? [])],
      summary: gateSummary(comment, publication),
      artifacts: await forkArtifacts(inputs, context, evaluation.report),
    };
  },
});
