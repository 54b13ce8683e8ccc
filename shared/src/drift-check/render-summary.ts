import { sanitizeMarkdown, sanitizeMermaidLabel } from "../github/sanitize-markdown.js";
import { formatNumber, formatShare } from "../report/format-number.js";
import { markdownTable } from "../report/markdown-table.js";
import { driftStrength, STRENGTH_CAP } from "./drift-strength.js";
import type { DriftColumn, DriftReport } from "./drift-report.js";

/** The chart shows at most this many columns, the strongest drift first. */
export const CHART_COLUMNS = 30;

export function headline(report: DriftReport): string {
  const { dataset, settings } = report;
  const features = report.columns.filter((c) => c.role === "feature");
  const driftedFeatures = features.filter((c) => c.drifted).length;
  const counted = `${driftedFeatures} of ${dataset.tested_columns} columns drifted (${formatShare(dataset.share)}; the dataset drifts at ${formatShare(settings.drift_share)})`;
  const prediction =
    dataset.prediction_drift === null
      ? ""
      : dataset.prediction_drift
        ? "; the prediction drifted"
        : "; the prediction is stable";
  if (dataset.inconclusive) {
    return `### ⚠️ drift-check: inconclusive, no column could be tested (no rows, or only missing values)${prediction}`;
  }
  return dataset.drifted
    ? `### ⚠️ drift-check: drift, ${counted}${prediction}`
    : `### ✅ drift-check: no drift, ${counted}${prediction}`;
}

function row(column: DriftColumn): string[] {
  const p = column.adjusted_p_value ?? column.p_value;
  return [
    sanitizeMarkdown(column.name),
    column.type,
    column.method,
    formatNumber(column.statistic),
    formatNumber(p),
    `${column.drift_when.replace("threshold", formatNumber(column.threshold))}`,
    column.note ? `— (${sanitizeMarkdown(column.note)})` : column.drifted ? "⚠️ yes" : "no",
    String(column.n_reference),
    String(column.n_current),
  ];
}

/**
 * A Mermaid bar chart of each column's drift strength (score relative to its threshold, see
 * `driftStrength`) with the threshold as a line at 1. Column names are untrusted: each label is
 * written through `sanitizeMermaidLabel`, so it cannot close the label, the chart or the fence.
 */
export function driftChart(columns: readonly DriftColumn[]): string {
  const shown = [...columns]
    .filter((c) => c.score !== null)
    .sort((a, b) => driftStrength(b) - driftStrength(a))
    .slice(0, CHART_COLUMNS);
  if (shown.length === 0) return "";
  const labels = shown.map((c) => `"${sanitizeMermaidLabel(c.name, 40)}"`).join(", ");
  const values = shown.map((c) => Number(driftStrength(c).toFixed(4))).join(", ");
  const top = Math.max(2, Math.ceil(Math.max(...shown.map(driftStrength))));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Drift score relative to its threshold (1 = threshold, above drifts)"',
    `  x-axis [${labels}]`,
    `  y-axis "score / threshold" 0 --> ${Math.min(top, STRENGTH_CAP)}`,
    `  bar [${values}]`,
    `  line [${shown.map(() => 1).join(", ")}]`,
    "```",
  ].join("\n");
}

/** The job summary (and the CLI's report): verdict, sources, a table per column, the chart. */
export function renderSummary(report: DriftReport, links: readonly string[] = []): string {
  const header = [
    "column",
    "type",
    "method",
    "statistic",
    "p-value",
    "drift when",
    "drifted",
    "n ref",
    "n cur",
  ];
  const align = [
    "left",
    "left",
    "left",
    "right",
    "right",
    "left",
    "left",
    "right",
    "right",
  ] as const;
  const features = report.columns.filter((c) => c.role === "feature");
  const prediction = report.columns.filter((c) => c.role === "prediction");
  const source = (text: string) => `\`${sanitizeMarkdown(text).replace(/`/g, "'")}\``;
  const parts = [
    headline(report),
    "",
    `Reference ${source(report.reference.source)}${report.reference.from ? ` (${sanitizeMarkdown(report.reference.from)})` : ""}, ${report.reference.rows} rows; current ${source(report.current.source)}, ${report.current.rows} rows. Method ${sanitizeMarkdown(report.settings.method)}, correction ${report.settings.correction}${report.exact ? "" : "; from profiles, approximate (error bounds in the report)"}.`,
    "",
    markdownTable(header, features.map(row), [...align]),
  ];
  if (prediction.length > 0) {
    parts.push(
      "",
      "**Prediction drift**",
      "",
      markdownTable(header, prediction.map(row), [...align]),
    );
  }
  const chart = driftChart(report.columns);
  if (chart) parts.push("", chart);
  if (links.length > 0) parts.push("", ...links);
  return `${parts.join("\n")}\n`;
}
