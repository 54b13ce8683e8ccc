import { formatNumber, formatShare } from "../../engine/report/format-number.js";
import { markdownTable, type Align } from "../../engine/report/markdown-table.js";
import { reportHeadline } from "../../engine/report/report-headline.js";
import {
  codeSpan,
  sanitizeMarkdown,
  sanitizeMermaidLabel,
} from "../../engine/report/sanitize-markdown.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { shownName, shownNames } from "./column-name.js";
import { driftStrength, STRENGTH_CAP } from "./drift-strength.js";
import type { DriftColumn, DriftReport } from "./drift-report.js";
import { WITHHELD } from "./withheld-values.js";

/** The chart shows at most this many columns, the strongest drift first. */
export const CHART_COLUMNS = 30;

/** Notes named in the inconclusive reason; the report has all of them. */
const REASONS_SHOWN = 3;

/** Why no feature column could be tested, from the row counts or the columns' notes. */
export function inconclusiveReason(report: DriftReport): string {
  const empty =
    report.current.rows === 0 ? "current data" : report.reference.rows === 0 ? "reference" : null;
  if (empty) return `no column could be tested: the ${empty} has no rows`;
  const untested = report.columns.filter((c) => c.role === "feature" && c.note !== null);
  const reasons = untested
    .slice(0, REASONS_SHOWN)
    .map((c) => `${shownName(c.name)}: ${c.note}`)
    .join("; ");
  const more =
    untested.length > REASONS_SHOWN ? `; and ${untested.length - REASONS_SHOWN} more` : "";
  return `no column could be tested (${reasons}${more})`;
}

/** What the headline says of the prediction or target column: nothing where there is none. */
function roleVerdict(what: string, drifted: boolean | null): string {
  if (drifted === null) return "";
  return drifted ? `; the ${what} drifted` : `; the ${what} is stable`;
}

export function headline(report: DriftReport): string {
  const { dataset, settings } = report;
  // A target column judged on no label is one whose labels have not come in.
  const unlabelled =
    dataset.target_drift === null && report.columns.some((c) => c.role === "target");
  const roles =
    roleVerdict("prediction", dataset.prediction_drift) +
    (unlabelled ? "; the target has no labels yet" : roleVerdict("target", dataset.target_drift));
  if (dataset.inconclusive) {
    return reportHeadline(
      "drift-check",
      "inconclusive",
      `${sanitizeMarkdown(inconclusiveReason(report))}${roles}`,
    );
  }
  const features = report.columns.filter((c) => c.role === "feature");
  const driftedFeatures = features.filter((c) => c.drifted).length;
  const counted = `${driftedFeatures} of ${dataset.tested_columns} columns drifted, ${formatShare(dataset.share)}; the dataset drifts at ${formatShare(settings.drift_share)}`;
  return reportHeadline("drift-check", dataset.drifted ? "drift" : "pass", counted + roles);
}

/** Drifted or not; an untested column's reason, or a tested one's note, in parentheses. */
function verdictCell(column: DriftColumn): string {
  const note = column.note ? ` (${sanitizeMarkdown(column.note)})` : "";
  if (column.score === null && !column.drifted) return `—${note}`;
  return `${column.drifted ? "⚠️ yes" : "no"}${note}`;
}

/** How many new categories a row names: a cell, not a list; the report keeps the 20 most frequent. */
const NEW_NAMED = 3;

/**
 * A column's categories that the reference never had, as a row shows them: how many, the most
 * frequent few in quotes, and how many more (`60: 'crypto', 'bnpl', 'wallet' and 57 more`); null
 * where there are none. Each is cut as the report keeps it (one line, 200 characters); the
 * caller escapes the text for markdown or HTML.
 */
export function newCategories(column: DriftColumn): string | null {
  const found = column.tests.chi2;
  if (!found?.new_category_count) return null;
  const named = found.new_categories.slice(0, NEW_NAMED);
  // A sensitive column's are counted, not named (`withheldComparison`).
  if (named.length === 0) return `${groupDigits(found.new_category_count)}, names ${WITHHELD}`;
  return `${groupDigits(found.new_category_count)}: ${shownNames(named, "'", found.new_category_count)}`;
}

/** Whether a table of these columns needs the column of new categories. */
export const anyNewCategories = (columns: readonly DriftColumn[]): boolean =>
  columns.some((column) => newCategories(column) !== null);

function row(column: DriftColumn): string[] {
  const p = column.adjusted_p_value ?? column.p_value;
  return [
    sanitizeMarkdown(shownName(column.name)),
    column.type,
    column.method,
    formatNumber(column.statistic),
    formatNumber(p),
    `${column.drift_when.replace("threshold", formatNumber(column.threshold))}`,
    verdictCell(column),
    String(column.n_reference),
    String(column.n_current),
  ];
}

const HEADERS = [
  "Column",
  "Type",
  "Method",
  "Statistic",
  "P-Value",
  "Drift When",
  "Drifted",
  "N Ref",
  "N Cur",
];
const ALIGN: Align[] = ["left", "left", "left", "right", "right", "left", "left", "right", "right"];

/**
 * The table of some columns. Where any column of the report has values the reference never had,
 * the table ends with a column of them: a method that scores them as any other category says
 * nothing of them otherwise.
 */
function columnsTable(columns: readonly DriftColumn[], withNew: boolean): string {
  if (!withNew) return markdownTable(HEADERS, columns.map(row), ALIGN);
  const cells = (column: DriftColumn) => [
    ...row(column),
    sanitizeMarkdown(newCategories(column) ?? "—"),
  ];
  return markdownTable([...HEADERS, "New in current"], columns.map(cells), [...ALIGN, "left"]);
}

/**
 * A Mermaid bar chart of each column's drift strength (score relative to its threshold, see
 * `driftStrength`) with the threshold as a line at 1. Column names are untrusted: each label is
 * written through `sanitizeMermaidLabel`, so it cannot close the label, the chart or the fence.
 */
export function driftChart(columns: readonly DriftColumn[]): string {
  const scored = columns.filter((c) => c.score !== null);
  const shown = scored.sort((a, b) => driftStrength(b) - driftStrength(a)).slice(0, CHART_COLUMNS);
  if (shown.length === 0) return "";
  // A chart of some columns says so: a column missing from it would read as not compared.
  const which =
    shown.length < scored.length ? `, the ${shown.length} strongest of ${scored.length}` : "";
  const labels = shown.map((c) => `"${sanitizeMermaidLabel(c.name, 40)}"`).join(", ");
  const values = shown.map((c) => Number(driftStrength(c).toFixed(4))).join(", ");
  const top = Math.max(2, Math.ceil(Math.max(...shown.map(driftStrength))));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Drift score relative to its threshold (1 = threshold, above drifts)${which}"`,
    `  x-axis [${labels}]`,
    `  y-axis "score / threshold" 0 --> ${Math.min(top, STRENGTH_CAP)}`,
    `  bar [${values}]`,
    `  line [${shown.map(() => 1).join(", ")}]`,
    "```",
  ].join("\n");
}

/**
 * Drifted columns first, the others after, each group in the report's order: where a long
 * summary is cut, the drifted columns are what it keeps.
 */
export const driftedFirst = (columns: readonly DriftColumn[]): DriftColumn[] => [
  ...columns.filter((c) => c.drifted),
  ...columns.filter((c) => !c.drifted),
];

/** The job summary (and the CLI's report): verdict, sources, a table per column, the chart. */
export function renderSummary(report: DriftReport, links: readonly string[] = []): string {
  const features = driftedFirst(report.columns.filter((c) => c.role === "feature"));
  const prediction = report.columns.filter((c) => c.role === "prediction");
  const target = report.columns.filter((c) => c.role === "target");
  const withNew = anyNewCategories(report.columns);
  const parts = [
    headline(report),
    "",
    `Reference ${codeSpan(report.reference.source)}${report.reference.from ? ` (${sanitizeMarkdown(report.reference.from)})` : ""}, ${report.reference.rows} rows; current ${codeSpan(report.current.source)}, ${report.current.rows} rows. Method ${sanitizeMarkdown(shownName(report.settings.method))}, correction ${report.settings.correction}${report.settings.data_contract === undefined ? "" : `; data read with the contract ${codeSpan(report.settings.data_contract)}`}${report.exact ? "" : "; from profiles, approximate (error bounds in the report)"}.`,
    ...report.dataset.notes.map((note) => `\n> ${sanitizeMarkdown(note)}`),
    "",
    columnsTable(features, withNew),
  ];
  if (prediction.length > 0) {
    parts.push("", "**Prediction drift**", "", columnsTable(prediction, withNew));
  }
  if (target.length > 0) {
    parts.push("", "**Target drift**", "", columnsTable(target, withNew));
  }
  const chart = driftChart(report.columns);
  if (chart) parts.push("", chart);
  if (links.length > 0) parts.push("", ...links);
  return `${parts.join("\n")}\n`;
}
