import { InputError } from "../errors.js";
import { syncAlertIssue } from "../github/alert-issue.js";
import { createGitHubClient } from "../github/client.js";
import type { GitHubContext } from "../github/github-context.js";
import { sanitizeMarkdown } from "../github/sanitize-markdown.js";
import { dispatchWorkflow } from "../github/workflow-dispatch.js";
import type { DriftReport } from "./drift-report.js";

/** GitHub caps all dispatch inputs together at 65,535 characters; room is kept for the others. */
export const DISPATCH_REPORT_LIMIT = 60_000;
/** The input of the retraining workflow that receives the report. */
export const DISPATCH_REPORT_INPUT = "drift_report";

export interface AlertRequest {
  readonly github: GitHubContext;
  readonly report: DriftReport;
  readonly summary: string;
  readonly issue: { key: string } | undefined;
  readonly dispatch: { workflow: string } | undefined;
  readonly log: (line: string) => void;
}

export interface AlertResult {
  readonly links: string[];
}

/** The branch or tag a dispatch runs on: the ref of this run, without its refs/... prefix. */
const dispatchRef = (ref: string) => ref.replace(/^refs\/(heads|tags)\//, "");

/**
 * The report as the retraining workflow receives it: whole when it fits; else without the
 * distributions; else the dataset verdict and where the whole report is (the run's page).
 */
export function dispatchedReport(report: DriftReport, runUrl: string | undefined): string {
  const whole = JSON.stringify(report);
  if (whole.length <= DISPATCH_REPORT_LIMIT) return whole;
  const lean = JSON.stringify({
    ...report,
    columns: report.columns.map((c) => ({ ...c, distribution: null })),
  });
  if (lean.length <= DISPATCH_REPORT_LIMIT) return lean;
  return JSON.stringify({
    schema: report.schema,
    dataset: report.dataset,
    run_url: runUrl ?? null,
  });
}

/**
 * Acts on the verdict on GitHub: keeps the drift issue of the key in step with it (opened while
 * drift lasts, updated, closed when it clears), and on drift triggers the retraining workflow
 * with the report as its `drift_report` input.
 */
export async function raiseAlerts(request: AlertRequest): Promise<AlertResult> {
  const { github, report } = request;
  if (!github.repo || !github.token) {
    throw new InputError(
      "on-drift",
      "issue and dispatch need the repository and a token",
      "Run in a workflow (GITHUB_REPOSITORY) with github-token, or set GITHUB_REPOSITORY and GITHUB_TOKEN",
    );
  }
  const client = createGitHubClient({ token: github.token, apiUrl: github.apiUrl });
  const links: string[] = [];
  if (request.issue) {
    const runLink = github.runUrl ? `\n\n[The run that checked](${github.runUrl})` : "";
    const result = await syncAlertIssue(client, {
      repo: github.repo,
      key: request.issue.key,
      active: report.dataset.drifted,
      title: `Drift detected: ${request.issue.key}`,
      body: `${request.summary}${runLink}`,
      resolvedComment: `Drift cleared: ${sanitizeMarkdown(report.dataset.drifted_columns.join(", ") || "no column drifts")} (share ${report.dataset.share}).${runLink}`,
      label: "drift",
      ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
    });
    if (result.url) links.push(`Drift issue ${result.action}: ${result.url}`);
    request.log(
      `drift issue: ${result.action}${result.issueNumber ? ` #${result.issueNumber}` : ""}`,
    );
  }
  if (request.dispatch && report.dataset.drifted) {
    if (!github.ref) {
      throw new InputError(
        "dispatch-workflow",
        "the run's ref is unknown",
        "Run in a workflow (GITHUB_REF)",
      );
    }
    const run = await dispatchWorkflow(client, {
      repo: github.repo,
      workflow: request.dispatch.workflow,
      ref: dispatchRef(github.ref),
      inputs: { [DISPATCH_REPORT_INPUT]: dispatchedReport(report, github.runUrl) },
    });
    links.push(`Retraining dispatched: ${run.url}`);
    request.log(`dispatched ${request.dispatch.workflow}: run ${run.runId}`);
  }
  return { links };
}
