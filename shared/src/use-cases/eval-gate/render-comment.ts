import { counted } from "../../engine/report/counted.js";
import { formatNumber, formatPercent, formatSigned } from "../../engine/report/format-number.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import { reportHeadline } from "../../engine/report/report-headline.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import type { EvalReport, MetricRow } from "../../engine/contracts/eval-report.js";
import { judgedRow } from "./eval-report.js";
import type { ReportPlace } from "./report-artifact.js";
import { byStatus, evidenceSections, foldedReason, leftToReport } from "./render-evidence.js";
import { explained, metricName, reasonLines } from "./reason-lines.js";
import { STATUS_LABEL } from "./status-label.js";

function delta(row: MetricRow): string {
  if (row.delta === null) return "—";
  return row.relative_delta === null
    ? formatSigned(row.delta)
    : `${formatSigned(row.delta)} (${formatPercent(row.relative_delta)})`;
}

const cells = (row: MetricRow) => [
  metricName(row, { inTable: true }),
  formatNumber(row.champion),
  formatNumber(row.challenger),
  delta(row),
  sanitizeMarkdown(row.rule),
  STATUS_LABEL[row.status],
];

const HEADERS = ["Metric", "Champion", "Challenger", "Delta", "Rule", "Status"];
const ALIGN = ["left", "right", "right", "right", "left", "left"] as const;

/**
 * Why each gated metric that did not pass did not, failures first: every failure the comment
 * shows, and the rows on all examples; a slice that is only inconclusive is explained under the
 * slices, where a dozen of them would otherwise bury the rows that decided the verdict. The slice
 * rows past the comment's bound (`left`) are counted, their reasons left to the report, which
 * `reportName` names as the comment does.
 */
function reasons(
  gated: readonly MetricRow[],
  left: ReadonlySet<MetricRow>,
  reportName: string,
): string[] {
  const shown = gated.filter((row) => !left.has(row));
  const lines = reasonLines(shown.filter((row) => row.slice === null || row.status === "fail"));
  const elsewhere = shown.filter((row) => foldedReason(row) && explained(row)).length;
  const unexplained = [...left].filter((row) => row.status === "fail" || foldedReason(row));
  const pointers = [
    ...(elsewhere
      ? [`- ${counted(elsewhere, "inconclusive slice row")}: the reasons are under the slices.`]
      : []),
    ...(unexplained.length
      ? [
          `- ${counted(unexplained.length, "more slice row")} not shown (${byStatus(unexplained)}): the reasons are in ${reportName}.`,
        ]
      : []),
  ];
  if (lines.length + pointers.length === 0) return [];
  return ["", "**Reasons**", "", ...lines, ...pointers];
}

/** The metrics the policy does not name, folded away under a count. */
function ungatedSection(ungated: readonly MetricRow[]): string[] {
  if (ungated.length === 0) return [];
  const table = markdownTable(
    HEADERS.slice(0, 4),
    ungated.map((row) => cells(row).slice(0, 4)),
    ALIGN,
  );
  const title = `${counted(ungated.length, "metric")} not in the policy`;
  return ["", `<details><summary>${title}</summary>`, "", table, "", "</details>"];
}

/** The eval report as the comment names it where it points to rows it leaves out. */
function reportName(place: ReportPlace | undefined): string {
  if (!place) return "the eval report";
  return "artifact" in place
    ? `the eval report (artifact ${codeSpan(place.artifact)})`
    : `the eval report (${codeSpan(place.path)})`;
}

/** Where the run keeps the eval report: said only once the upload's outcome is known. */
function reportLine(runUrl: string, place: ReportPlace): string {
  if ("artifact" in place) {
    return `[The run](${runUrl}) holds the eval report as the artifact ${codeSpan(place.artifact)}.`;
  }
  return `The eval report is ${codeSpan(place.path)} on the runner of [the run](${runUrl}), not uploaded as an artifact (${sanitizeMarkdown(place.notUploaded)}).`;
}

/**
 * The champion-vs-challenger comment: the verdict, the reason for each failure, a diff table of
 * the gated metrics (failing ones first), and the ungated metrics folded away. Every string of
 * the report is sanitised: it may come from a fork's run (comment: from-fork-run).
 */
export function renderComment(
  report: EvalReport,
  where: { readonly runUrl?: string; readonly report?: ReportPlace } = {},
): string {
  const rows = report.rows.map(judgedRow);
  const failed = rows.filter((row) => row.gated && row.status === "fail");
  // Failing rows first, here and in every cut of the text at a length (the comment's limit, the
  // summary's), so that such a cut takes passing rows before failures. The bound on slice rows
  // (`leftToReport`) is no such cut: past the most important, it counts failing slice rows too,
  // while the rows on all examples stay, passed or not.
  const gated = [...failed, ...rows.filter((row) => row.gated && row.status !== "fail")];
  // Slice rows by the thousand would bury the rest and run past the limit: the least important
  // are only counted, and the report lists them all.
  const left = leftToReport(gated);
  const named = reportName(where.report);
  const undecided = gated.filter((row) => row.status === "inconclusive").length;
  const detail = {
    pass: "",
    fail: `${failed.length} of ${counted(gated.length, `gated ${report.mode === "predictions" ? "row" : "metric"}`)} failed`,
    inconclusive: undecided
      ? `${undecided} of ${counted(gated.length, "gated row")} could not be decided`
      : "no rule could be evaluated",
  }[report.verdict];
  const against = report.champion ? `champion ${codeSpan(report.champion.file)}` : "no champion";
  const parts = [
    reportHeadline("eval-gate", report.verdict, detail),
    "",
    `Challenger ${codeSpan(report.challenger.file)} against ${against}, under policy ${codeSpan(report.policy.file)}.`,
    // Notes are the gate's own sentences, but a report from a fork's run may say anything.
    ...report.notes.map((note) => `\n> ${sanitizeMarkdown(note)}`),
    // The reasons come before the table: a comment cut at GitHub's limit keeps them.
    ...reasons(gated, left, named),
    ...(report.mode === "predictions"
      ? evidenceSections(report, gated, left, named)
      : ["", markdownTable(HEADERS, gated.map(cells), ALIGN)]),
    ...ungatedSection(rows.filter((row) => !row.gated)),
  ];
  if (report.model) parts.push("", `Model sha256: ${codeSpan(report.model.sha256)}`);
  // The run's URL is GitHub's own, not the report's: a fork's report never sets it.
  if (where.runUrl && where.report) parts.push("", reportLine(where.runUrl, where.report));
  return `${parts.join("\n")}\n`;
}
