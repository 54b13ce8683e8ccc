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

/** Why the step fails, if it does; alerts that failed on GitHub fail it too. */
function failure(report: DriftReport, failStep: boolean, alerted: AlertResult): string | undefined {
  const { dataset } = report;
  const reasons = [
    // A check that tested nothing fails whatever fail-step says: an empty pipeline is no all-clear.
    dataset.inconclusive
      ? `inconclusive: ${inconclusiveReason(report)}`
      : dataset.drifted && failStep
        ? `drift: ${shownNames(dataset.drifted_columns)} (${formatShare(dataset.share)} of the features; the dataset drifts at ${formatShare(report.settings.drift_share)})`
        : undefined,
    ...alerted.failures,
  ];
  return reasons.filter(Boolean).join("; ") || undefined;
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
    annotations: report.columns
      .filter((c) => c.drifted)
      .map((c) => ({
        level: "warning" as const,
        title: `drift-check: ${shownName(c.name)}`,
        message:
          c.score === null
            ? `${shownName(c.name)} drifted: ${c.note}`
            : `${shownName(c.name)} drifted: ${c.method} ${c.p_value === null ? "score" : "p-value"} ${formatNumber(c.score)}, ${c.drift_when.replace("threshold", formatNumber(c.threshold))}`,
      })),
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
