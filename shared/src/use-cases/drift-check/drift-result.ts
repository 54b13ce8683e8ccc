import { displayPath } from "../../engine/files/display-path.js";
import { formatNumber, formatShare } from "../../engine/report/format-number.js";
import type { ActionResult } from "../../interface/define-action.js";
import { artifactName } from "../../platform/artifacts/artifact-name.js";
import { shownName, shownNames } from "./column-name.js";
import type { AlertResult } from "./drift-alerts.js";
import type { DriftReport } from "./drift-report.js";
import { inconclusiveReason, renderSummary } from "./render-summary.js";

/** Where the reports went, and what the step does with the verdict. */
export interface ResultOptions {
  readonly cwd: string;
  readonly reportPath: string;
  readonly htmlPath: string | null | undefined;
  readonly failStep: boolean;
  readonly issueKey: string | undefined;
}

/** The run's outcome: the `verdict` output. */
export type DriftVerdict = "drift" | "pass" | "inconclusive";

/**
 * The verdict in the words of the summary's headline: inconclusive when no feature column could
 * be tested (the prediction column may still have drifted), else drift or pass.
 */
export const verdictOf = (dataset: DriftReport["dataset"]): DriftVerdict =>
  dataset.inconclusive ? "inconclusive" : dataset.drifted ? "drift" : "pass";

/** The verdict in one line, for the failure it makes or the warning it is: null on a pass. */
function verdictLine(report: DriftReport): string | null {
  const { dataset } = report;
  switch (verdictOf(dataset)) {
    case "inconclusive":
      return `inconclusive: ${inconclusiveReason(report)}`;
    case "drift":
      return `drift: ${shownNames(dataset.drifted_columns)} (${formatShare(dataset.share)} of the features; the dataset drifts at ${formatShare(report.settings.drift_share)})`;
    case "pass":
      return null;
  }
}

/**
 * Why the step fails, if it does: drift or an inconclusive check with fail-step (a check that
 * tested nothing is no all-clear), and alerts that failed on GitHub.
 */
function failure(report: DriftReport, failStep: boolean, alerted: AlertResult): string | undefined {
  const reasons = [failStep ? verdictLine(report) : null, ...alerted.failures];
  return reasons.filter(Boolean).join("; ") || undefined;
}

/**
 * An inconclusive check that does not fail the step is a warning, so that a run that tested
 * nothing does not read as a quiet pass in the log; drift warns per column below.
 */
function inconclusiveWarnings(report: DriftReport, failStep: boolean) {
  if (failStep || !report.dataset.inconclusive) return [];
  return [
    {
      level: "warning" as const,
      title: "drift-check: inconclusive",
      message: verdictLine(report)!,
    },
  ];
}

/** The step's outputs, summary, annotations and artifact, from the written report. */
export function driftResult(
  report: DriftReport,
  alerted: AlertResult,
  options: ResultOptions,
): ActionResult<"drift-check"> {
  const { dataset } = report;
  const { reportPath, htmlPath } = options;
  const shown = (path: string) => displayPath(options.cwd, path);
  return {
    outputs: {
      verdict: verdictOf(dataset),
      drifted: String(dataset.drifted),
      share: String(dataset.share),
      "drifted-columns": JSON.stringify(dataset.drifted_columns),
      "report-path": shown(reportPath),
      "html-path": htmlPath ? shown(htmlPath) : "",
    },
    summary: renderSummary(report, [
      ...alerted.links,
      ...alerted.failures.map((line) => `> **Not done on GitHub**: ${line}`),
    ]),
    annotations: [
      ...inconclusiveWarnings(report, options.failStep),
      ...report.columns
        .filter((c) => c.drifted)
        .map((c) => ({
          level: "warning" as const,
          title: `drift-check: ${shownName(c.name)}`,
          message:
            c.score === null
              ? `${shownName(c.name)} drifted: ${c.note}`
              : `${shownName(c.name)} drifted: ${c.method} ${c.p_value === null ? "score" : "p-value"} ${formatNumber(c.score)}, ${c.drift_when.replace("threshold", formatNumber(c.threshold))}`,
        })),
    ],
    artifacts: [
      {
        name: artifactName("drift-report", options.issueKey),
        files: htmlPath ? [htmlPath, reportPath] : [reportPath],
        description: `the drift report, ${htmlPath ? "HTML and JSON" : "JSON"} (mlops.drift-report/v1)`,
      },
    ],
    // Outputs and reports are written before a failure fails the step.
    failure: failure(report, options.failStep, alerted),
  };
}
