import { MlopsError } from "../../engine/errors.js";
import { syncAlertIssue, type AlertIssueResult } from "../../platform/github/alert-issue.js";
import { createGitHubClient } from "../../platform/github/client.js";
import type { GitHubContext, RepoRef } from "../../platform/github/github-context.js";
import { sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import { dispatchRef, dispatchWorkflow } from "../../platform/github/workflow-dispatch.js";
import { shownNames } from "./column-name.js";
import type { DriftReport } from "./drift-report.js";

/** GitHub caps all dispatch inputs together at 65,535 characters; room is kept for the others. */
export const DISPATCH_REPORT_LIMIT = 60_000;
/** The input of the retraining workflow that receives the report. */
export const DISPATCH_REPORT_INPUT = "drift_report";

/** The run's GitHub context with what the alerts need, checked before any data is read. */
export type GitHubAccess = GitHubContext & { readonly repo: RepoRef; readonly token: string };

export interface AlertRequest {
  readonly github: GitHubAccess;
  readonly report: DriftReport;
  readonly summary: string;
  readonly issue: { key: string } | undefined;
  readonly dispatch: { workflow: string } | undefined;
  readonly log: (line: string) => void;
}

export interface AlertResult {
  readonly links: string[];
  /**
   * What could not be done on GitHub, one line each. Returned, not thrown: the verdict and the
   * reports are already made, and the step still writes its outputs and summary before failing.
   */
  readonly failures: string[];
}

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

type Client = ReturnType<typeof createGitHubClient>;

/**
 * Keeps the drift issue of the key in step with the verdict, and says whether this run opened
 * it: an issue already open means the drift episode began in an earlier run.
 */
async function syncIssue(
  request: AlertRequest,
  client: Client,
  repo: NonNullable<GitHubContext["repo"]>,
  key: string,
  links: string[],
): Promise<AlertIssueResult["action"]> {
  const { github, report } = request;
  const runLink = github.runUrl ? `\n\n[The run that checked](${github.runUrl})` : "";
  const result = await syncAlertIssue(client, {
    repo,
    key,
    active: report.dataset.drifted,
    title: `Drift detected: ${key}`,
    body: `${request.summary}${runLink}`,
    resolvedComment: `Drift cleared: ${sanitizeMarkdown(shownNames(report.dataset.drifted_columns) || "no column drifts")} (share ${report.dataset.share}).${runLink}`,
    label: "drift",
    ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
  });
  if (result.url) links.push(`Drift issue ${result.action}: ${result.url}`);
  request.log(
    `drift issue: ${result.action}${result.issueNumber ? ` #${result.issueNumber}` : ""}`,
  );
  return result.action;
}

/** Triggers the retraining workflow with the report as its `drift_report` input. */
async function dispatchRetraining(
  request: AlertRequest,
  client: Client,
  repo: NonNullable<GitHubContext["repo"]>,
  workflow: string,
  links: string[],
): Promise<void> {
  const { github, report } = request;
  const ref = await dispatchRef(github);
  const run = await dispatchWorkflow(client, {
    repo,
    workflow,
    ref,
    inputs: { [DISPATCH_REPORT_INPUT]: dispatchedReport(report, github.runUrl) },
  });
  links.push(`Retraining dispatched on \`${ref}\`: ${run.url}`);
  request.log(`dispatched ${workflow} on ${ref}: run ${run.runId}`);
}

/**
 * Acts on the verdict on GitHub: keeps the drift issue of the key in step with it (opened while
 * drift lasts, updated, closed when it clears), and on drift triggers the retraining workflow.
 * With an issue, the dispatch happens once per drift episode, which the open issue marks: when
 * this run opened the issue (or could not tell, the issue having failed); a run that finds it
 * already open does not dispatch again until the drift has cleared and come back. Each alert
 * that fails is reported in `failures` and does not stop the other.
 */
export async function raiseAlerts(request: AlertRequest): Promise<AlertResult> {
  const { github, report } = request;
  const links: string[] = [];
  const failures: string[] = [];
  /**
   * Runs one alert; a failure a user can act on is kept as a line (and gives undefined), a bug
   * still throws.
   */
  const attempt = async <T>(what: string, act: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await act();
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      failures.push(`${what} failed: ${error.line}`);
      return undefined;
    }
  };
  const { repo, token } = github;
  const client = createGitHubClient({ token, apiUrl: github.apiUrl, log: request.log });
  const { issue, dispatch } = request;
  const issueAction = issue
    ? await attempt("the drift issue", () => syncIssue(request, client, repo, issue.key, links))
    : undefined;
  if (!dispatch || !report.dataset.drifted) return { links, failures };
  if (issueAction === "updated" || issueAction === "unchanged") {
    request.log(`retraining not dispatched again: the drift issue was already open`);
    links.push("Retraining not dispatched again: this drift episode's issue was already open.");
    return { links, failures };
  }
  await attempt("the retraining dispatch", () =>
    dispatchRetraining(request, client, repo, dispatch.workflow, links),
  );
  return { links, failures };
}
