import { tmpdir } from "node:os";
import { join } from "node:path";
import { evalReportContract } from "../../engine/contracts/eval-report.js";
import { InputError, MlopsError } from "../../engine/errors.js";
import { mkdtemp, rm } from "../../engine/files/async-fs.js";
import { writeFileAtomic } from "../../engine/files/write-output.js";
import { createGitHubClient } from "../../platform/github/client.js";
import {
  commentFromForkReport,
  forkReportArtifactName,
} from "../../platform/github/fork-report.js";
import { readEventPayload } from "../../platform/github/github-context.js";
import type { ActionResult, RunContext } from "../../interface/define-action.js";
import { codeSpan } from "../../engine/report/sanitize-markdown.js";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import { displayPath } from "../../engine/files/display-path.js";
import type { GateInputs } from "./gate-inputs.js";
import { commentAsPosted } from "./post-comment.js";
import { renderComment } from "./render-comment.js";

interface ForkCommentInputs {
  readonly key: string;
  readonly token: string | undefined;
  readonly commentPath: string;
}

interface TriggeringRun {
  readonly id?: number;
  readonly html_url?: string;
  readonly head_sha?: string;
}

/** Where the comment's numbers come from: the fork's run, not this repository's evaluation. */
function provenance(run: TriggeringRun): string {
  const where = run.html_url ? `[run ${run.id}](${run.html_url})` : `run ${run.id}`;
  const commit = codeSpan(String(run.head_sha ?? "").slice(0, 12));
  return `\n> Reported by the pull request's own ${where} for commit ${commit}: the fork's numbers, not evaluated again by this repository.\n`;
}

/**
 * `comment: from-fork-run`, the `workflow_run` half of the two-workflow pattern: the report that
 * eval-gate uploaded in a fork's pull_request run is downloaded, checked against its schema and
 * commented on the pull request, which is found through the API (docs/fork-pull-requests.md).
 */
async function commentForkReport(inputs: ForkCommentInputs, context: RunContext) {
  const { github } = context;
  if (github.eventName !== "workflow_run") {
    throw new InputError(
      "comment",
      `from-fork-run comments the report of the run that started this one, but this run's event is ${github.eventName ?? "none"}`,
      "Use it in a workflow that starts on workflow_run after the pull request's workflow",
    );
  }
  if (!inputs.token || !github.repo) {
    throw new InputError("github-token", "from-fork-run needs a token and the repository");
  }
  const store = context.artifactStore?.();
  if (!store) {
    throw new MlopsError(
      "comment: from-fork-run needs the runner's artifact service to download the report",
      "Run it as a step of a GitHub Actions job",
    );
  }
  const payload = await readEventPayload(github.eventPath);
  const run = (payload.workflow_run ?? {}) as TriggeringRun;
  // Cut as the sticky comment cuts it, so that the comment file is the body posted.
  const render = (report: EvalReport) =>
    commentAsPosted(`${renderComment(report)}${provenance(run)}`, inputs.key, github.runUrl);
  const workDir = await mkdtemp(join(tmpdir(), "mlops-fork-report-"));
  try {
    const commented = await commentFromForkReport<EvalReport>(
      createGitHubClient({ token: inputs.token, apiUrl: github.apiUrl, log: context.log }),
      store,
      {
        repo: github.repo,
        payload,
        token: inputs.token,
        artifactName: forkReportArtifactName(inputs.key),
        contract: evalReportContract,
        render,
        key: inputs.key,
        workDir,
        ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
      },
    );
    if (!commented) {
      return {
        summary:
          "eval-gate: nothing to comment. The run that started this one was not a pull request's from a fork, or its pull request has moved past that commit.\n",
        url: "",
      };
    }
    writeFileAtomic(inputs.commentPath, commented.body);
    const { url, action } = commented.comment;
    return {
      summary: `${commented.body}\n[This comment on the pull request](${url}) (${action}).\n`,
      url,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * eval-gate with `comment: from-fork-run`. The report is the fork's own claim: nothing of it
 * becomes an output a later step could trust (a verdict to gate on, a report to promote with);
 * only the comment is made.
 */
export async function commentFromForkRun(
  inputs: GateInputs,
  context: RunContext,
): Promise<ActionResult<"eval-gate">> {
  const commentPath = inputs["comment-path"];
  const { summary, url } = await commentForkReport(
    {
      key: inputs["comment-key"],
      token: inputs["github-token"] ?? context.github.token,
      commentPath,
    },
    context,
  );
  return {
    outputs: {
      verdict: "",
      passed: "",
      "failed-metrics": "",
      regressions: "",
      "inconclusive-metrics": "",
      "report-path": "",
      "comment-path": url ? displayPath(context.cwd, commentPath) : "",
      "comment-url": url,
    },
    summary,
  };
}
