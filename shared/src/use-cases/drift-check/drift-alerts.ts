import { MlopsError } from "../../engine/errors.js";
import { findAlertIssue, syncAlertIssue } from "../../platform/github/alert-issue.js";
import { markerFor } from "../../platform/github/comment-body.js";
import { createGitHubClient } from "../../platform/github/client.js";
import type { GitHubContext, RepoRef } from "../../platform/github/github-context.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
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

/** What became of the retraining this drift episode asks for. */
type Retraining =
  | {
      readonly kind: "dispatched";
      readonly runId: number;
      readonly url: string;
      readonly ref: string;
    }
  /** Dispatched by an earlier run of the episode, as its issue records. */
  | { readonly kind: "earlier"; readonly runId: number }
  | { readonly kind: "failed"; readonly line: string };

/** The label of drift issues. */
const DRIFT_LABEL = "drift";

/** The issue's record that the episode's retraining was dispatched, as the run it started. */
const DISPATCHED_KIND = "retraining-dispatched";
const dispatchedRecord = (runId: number) => markerFor(DISPATCHED_KIND, String(runId));

/**
 * The run of the episode's dispatch that an issue records, if one succeeded. The issue body can
 * be edited by hand: only a record of exactly this form, a run id of digits, is taken.
 */
function recordedRun(records: readonly string[]): number | undefined {
  const form = new RegExp(`^<!-- mlops:${DISPATCHED_KIND} key=(\\d{1,15}) -->$`);
  const id = records.map((record) => form.exec(record)?.[1]).find((found) => found !== undefined);
  return id === undefined ? undefined : Number(id);
}

/** The issue's line on the retraining, for whoever reads the issue rather than the run. */
function retrainingNote(retraining: Retraining, github: GitHubAccess): string {
  const { owner, repo } = github.repo;
  switch (retraining.kind) {
    case "dispatched":
      return `Retraining dispatched on ${codeSpan(retraining.ref)}: ${retraining.url}`;
    case "earlier":
      return `Retraining was dispatched earlier in this drift episode, and is not dispatched again while it lasts: ${github.serverUrl}/${owner}/${repo}/actions/runs/${retraining.runId}`;
    case "failed":
      return `**Retraining not dispatched**: ${sanitizeMarkdown(retraining.line)}. The next check that finds drift tries again.`;
  }
}

/**
 * Keeps the drift issue of the key in step with the verdict, with the retraining's line and,
 * once a dispatch succeeded, its record.
 */
async function syncIssue(
  request: AlertRequest,
  client: Client,
  key: string,
  retraining: Retraining | undefined,
  links: string[],
): Promise<void> {
  const { github, report } = request;
  const runLink = github.runUrl ? `\n\n[The run that checked](${github.runUrl})` : "";
  const note = retraining ? `\n\n${retrainingNote(retraining, github)}` : "";
  const runId = retraining?.kind === "failed" ? undefined : retraining?.runId;
  const result = await syncAlertIssue(client, {
    repo: github.repo,
    key,
    active: report.dataset.drifted,
    title: `Drift detected: ${key}`,
    body: `${request.summary}${note}${runLink}`,
    ...(runId === undefined ? {} : { records: [dispatchedRecord(runId)] }),
    resolvedComment: `Drift cleared: ${sanitizeMarkdown(shownNames(report.dataset.drifted_columns) || "no column drifts")} (share ${report.dataset.share}).${runLink}`,
    label: DRIFT_LABEL,
    ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
  });
  if (result.url) links.push(`Drift issue ${result.action}: ${result.url}`);
  request.log(
    `drift issue: ${result.action}${result.issueNumber ? ` #${result.issueNumber}` : ""}`,
  );
}

/** Triggers the retraining workflow with the report as its `drift_report` input. */
async function dispatchRetraining(
  request: AlertRequest,
  client: Client,
  workflow: string,
): Promise<Retraining> {
  const { github, report } = request;
  const ref = await dispatchRef(github);
  const run = await dispatchWorkflow(client, {
    repo: github.repo,
    workflow,
    ref,
    inputs: { [DISPATCH_REPORT_INPUT]: dispatchedReport(report, github.runUrl) },
  });
  request.log(`dispatched ${workflow} on ${ref}: run ${run.runId}`);
  return { kind: "dispatched", runId: run.runId, url: run.url, ref };
}

/**
 * Acts on the verdict on GitHub: keeps the drift issue of the key in step with it (opened while
 * drift lasts, updated, closed when it clears), and on drift triggers the retraining workflow.
 * With an issue, a dispatch succeeds once per drift episode: the open issue records the run it
 * started, and the episode's later runs dispatch only while none has succeeded (the issue says
 * that one failed). Without an issue, or when the issue cannot be read, each run on drift
 * dispatches. Each alert that fails is reported in `failures` and does not stop the other.
 */
export async function raiseAlerts(request: AlertRequest): Promise<AlertResult> {
  const { github, report, issue, dispatch } = request;
  const links: string[] = [];
  const failures: string[] = [];
  /**
   * Runs one alert; a failure a user can act on is kept as a line (and gives its line), a bug
   * still throws.
   */
  const attempt = async <T>(
    what: string,
    act: () => Promise<T>,
  ): Promise<{ done: T } | { failed: string }> => {
    try {
      return { done: await act() };
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      failures.push(`${what} failed: ${error.line}`);
      return { failed: error.line };
    }
  };
  const client = createGitHubClient({
    token: github.token,
    apiUrl: github.apiUrl,
    log: request.log,
  });
  const retrain = dispatch !== undefined && report.dataset.drifted;
  // The episode's open issue is read first, for whether its retraining was dispatched already.
  const found =
    issue && retrain
      ? await attempt("the drift issue", () =>
          findAlertIssue(client, { repo: github.repo, key: issue.key, label: DRIFT_LABEL }),
        )
      : undefined;
  const earlier = found && "done" in found ? recordedRun(found.done?.records ?? []) : undefined;
  let retraining: Retraining | undefined;
  if (earlier !== undefined) {
    retraining = { kind: "earlier", runId: earlier };
    links.push(retrainingNote(retraining, github));
    request.log(
      `retraining not dispatched again: run ${earlier} was dispatched earlier in this drift episode`,
    );
  } else if (retrain) {
    const outcome = await attempt("the retraining dispatch", () =>
      dispatchRetraining(request, client, dispatch.workflow),
    );
    retraining = "done" in outcome ? outcome.done : { kind: "failed", line: outcome.failed };
    if ("done" in outcome) links.push(retrainingNote(outcome.done, github));
  }
  // An inconclusive run without drift (a day without traffic) says nothing of drift: the issue
  // of an episode stays open, and none is opened.
  const silent = report.dataset.inconclusive && !report.dataset.drifted;
  if (issue && silent) request.log("drift issue: left as it is, the run being inconclusive");
  // An issue that could not be read is not written either: its one failure says why.
  if (issue && !silent && !(found && "failed" in found))
    await attempt("the drift issue", () =>
      syncIssue(request, client, issue.key, retraining, links),
    );
  return { links, failures };
}
