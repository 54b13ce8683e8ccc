import { dirname, join } from "node:path";
import { evalReportContract } from "../../engine/contracts/eval-report.js";
import { reportFile } from "../../engine/contracts/report-file.js";
import { InputError, MlopsError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { commentBlocker, notPosted } from "../../platform/github/comment-blocker.js";
import {
  forkPullRequestHead,
  forkReportArtifactName,
  writeForkReport,
} from "../../platform/github/fork-report.js";
import { defineAction } from "../../interface/define-action.js";
import { bool, choice, file, markerKey, outputPath, secret } from "../../interface/inputs.js";
import { readMetrics } from "../../engine/metrics/read-metrics.js";
import { VERSION } from "../../engine/version.js";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import { countStatuses, failedRows } from "./eval-report.js";
import { judgeAggregate } from "./judge-aggregate.js";
import { loadPolicy } from "./load-policy.js";
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
  inputs: {
    challenger: file(),
    champion: file(),
    policy: file(),
    "model-file": file(),
    "report-path": outputPath(),
    "comment-path": outputPath(),
    comment: choice(["auto", "always", "never", "from-fork-run"] as const),
    "comment-key": markerKey(),
    "github-token": secret(),
    "fail-step": bool(),
  },
  async run(inputs, context) {
    const shown = (path: string) => displayPath(context.cwd, path);
    const mode = inputs.comment;
    const key = inputs["comment-key"];
    const token = inputs["github-token"] ?? context.github.token;
    if (mode === "from-fork-run") {
      const { commentForkReport } = await import("./comment-fork-report.js");
      const commentPath = inputs["comment-path"];
      const { summary, url } = await commentForkReport({ key, token, commentPath }, context);
      // The report is the fork's own claim: nothing of it becomes an output a later step could
      // trust (a verdict to gate on, a report to promote with); only the comment is made.
      return {
        outputs: {
          verdict: "",
          passed: "",
          "failed-metrics": "",
          "report-path": "",
          "comment-path": url ? shown(commentPath) : "",
          "comment-url": url,
        },
        summary,
      };
    }
    const given = (input: "challenger" | "policy"): string => {
      const path = inputs[input];
      if (!path) {
        throw new InputError(
          input,
          "is required",
          `Give the ${input} file (only comment: from-fork-run reads none)`,
        );
      }
      return path;
    };
    const [challengerFile, policyFile] = [given("challenger"), given("policy")];
    const ref = async (path: string) => ({ file: shown(path), sha256: await hashFile(path) });
    const policy = loadPolicy(policyFile, shown(policyFile));
    const challenger = readMetrics(challengerFile, shown(challengerFile));
    const champion = inputs.champion
      ? readMetrics(inputs.champion, shown(inputs.champion))
      : undefined;
    const judgement = judgeAggregate(policy, challenger, champion);

    const report: EvalReport = {
      schema: "mlops.eval-report/v1",
      tool: { name: "mlops", version: VERSION },
      created_at: context.now().toISOString(),
      mode: "aggregate",
      verdict: judgement.verdict,
      challenger: await ref(challengerFile),
      champion: inputs.champion ? await ref(inputs.champion) : null,
      policy: await ref(policyFile),
      model: inputs["model-file"] ? await ref(inputs["model-file"]) : null,
      rows: judgement.rows,
      counts: countStatuses(judgement.rows),
      notes: judgement.notes,
    };
    // The report is checked against its own contract before anyone downstream trusts it.
    const comment = renderComment(report);
    writeFilesAtomic([
      reportFile(evalReportContract, report, inputs["report-path"]),
      { path: inputs["comment-path"], text: comment },
    ]);
    // A fork's pull_request run cannot comment: its report goes up as an artifact, for a
    // workflow_run workflow to comment (comment: from-fork-run).
    const forkHead = mode === "never" ? undefined : await forkPullRequestHead(context.github);
    const artifacts = forkHead
      ? [
          {
            name: forkReportArtifactName(key),
            files: [
              await writeForkReport(
                join(dirname(inputs["report-path"]), forkReportArtifactName(key)),
                {
                  key,
                  headSha: forkHead,
                  report,
                },
              ),
            ],
            description:
              "the eval report, for a workflow_run workflow to comment on the fork's pull request (comment: from-fork-run)",
          },
        ]
      : [];

    const github = { ...context.github, token };
    const blocker = commentBlocker(github, mode);
    // The GitHub client is loaded only when a comment can be posted: a local run starts faster.
    // Outside GitHub (the CLI on a laptop) auto has nowhere to post and nothing to explain.
    const publish = async () =>
      mode === "never" || (mode === "auto" && !github.repo)
        ? undefined
        : blocker
          ? notPosted(mode, blocker)
          : (await import("../../platform/github/publish-comment.js")).publishComment(github, {
              mode,
              key,
              body: comment,
              log: context.log,
            });
    // The verdict is computed and the reports written: a comment that fails (comment: always,
    // GitHub unreachable) fails the step through the result, so outputs and summary still appear.
    let published: Awaited<ReturnType<typeof publish>>;
    let commentFailure: string | undefined;
    try {
      published = await publish();
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      commentFailure = error.line;
    }
    const summary = commentFailure
      ? `> **The pull-request comment failed**: ${commentFailure}. It is this summary.\n\n${comment}`
      : !published
        ? comment
        : published.posted
          ? `${comment}\n[This comment on the pull request](${published.url}) (${published.action}).\n`
          : `> The pull-request comment was not posted: ${published.reason}. It is this summary.\n\n${comment}`;

    const failed = failedRows(judgement.rows);
    const annotations = failed.map((row) => {
      const line = challenger.lineOf(row.metric);
      return {
        level: "error" as const,
        title: `eval-gate: ${row.metric}`,
        message: `${row.metric} ${row.reason ?? "failed"}`,
        file: line === undefined ? undefined : challenger.file,
        line,
      };
    });
    const verdictFailure =
      judgement.verdict === "pass" || !inputs["fail-step"]
        ? undefined
        : judgement.verdict === "fail"
          ? `verdict fail: ${failed.map((row) => `${row.metric} ${row.reason}`).join("; ")}`
          : "verdict inconclusive: no rule of the policy could be evaluated, so the gate cannot pass this model";
    return {
      outputs: {
        verdict: judgement.verdict,
        passed: String(judgement.verdict === "pass"),
        "failed-metrics": JSON.stringify(failed.map((row) => row.metric)),
        "report-path": shown(inputs["report-path"]),
        "comment-path": shown(inputs["comment-path"]),
        "comment-url": published?.posted ? published.url : "",
      },
      summary,
      annotations,
      artifacts,
      failure: [verdictFailure, commentFailure].filter(Boolean).join("; ") || undefined,
    };
  },
});
