import { formatNumber, formatPercent, formatSigned } from "../../engine/report/format-number.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import { reportHeadline } from "../../engine/report/report-headline.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import type { MetricRow, RowStatus } from "../../engine/contracts/eval-report.js";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import { judgedRow } from "./eval-report.js";

const STATUS: Record<RowStatus, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  skipped: "⏭️ skipped",
  info: "ℹ️ info",
};

function delta(row: MetricRow): string {
  if (row.delta === null) return "—";
  return row.relative_delta === null
    ? formatSigned(row.delta)
    : `${formatSigned(row.delta)} (${formatPercent(row.relative_delta)})`;
}

/** A metric name as code: `recall@10` is copied exactly, and makes no mention or link. */
const cells = (row: MetricRow) => [
  codeSpan(row.metric, { inTable: true }),
  formatNumber(row.champion),
  formatNumber(row.challenger),
  delta(row),
  sanitizeMarkdown(row.rule),
  STATUS[row.status],
];

const HEADERS = ["Metric", "Champion", "Challenger", "Delta", "Rule", "Status"];
const ALIGN = ["left", "right", "right", "right", "left", "left"] as const;

/**
 * The champion-vs-challenger comment: the verdict, a diff table of the gated metrics, the reason
 * for each failure, and the ungated metrics folded away. Every string of the report is
 * sanitised: it may come from a fork's run (comment: from-fork-run).
 */
export function renderComment(report: EvalReport): string {
  const rows = report.rows.map(judgedRow);
  const gated = rows.filter((row) => row.gated);
  const ungated = rows.filter((row) => !row.gated);
  const failed = gated.filter((row) => row.status === "fail");
  const detail = {
    pass: "",
    fail: `${failed.length} of ${gated.length} gated metric${gated.length === 1 ? "" : "s"} failed`,
    inconclusive: "no rule could be evaluated",
  }[report.verdict];
  const against = report.champion ? `champion ${codeSpan(report.champion.file)}` : "no champion";
  const parts = [
    reportHeadline("eval-gate", report.verdict, detail),
    "",
    `Challenger ${codeSpan(report.challenger.file)} against ${against}, under policy ${codeSpan(report.policy.file)}.`,
    // Notes are the gate's own sentences, but a report from a fork's run may say anything.
    ...report.notes.map((note) => `\n> ${sanitizeMarkdown(note)}`),
    "",
    markdownTable(HEADERS, gated.map(cells), ALIGN),
  ];
  const explained = gated.filter((row) => row.reason !== null && row.status !== "pass");
  if (explained.length > 0) {
    parts.push(
      "",
      "**Reasons**",
      "",
      ...explained.map(
        (row) => `- ${codeSpan(row.metric)} (${row.status}): ${sanitizeMarkdown(row.reason ?? "")}`,
      ),
    );
  }
  if (ungated.length > 0) {
    parts.push(
      "",
      `<details><summary>${ungated.length} metric${ungated.length === 1 ? "" : "s"} not in the policy</summary>`,
      "",
      markdownTable(
        HEADERS.slice(0, 4),
        ungated.map((row) => cells(row).slice(0, 4)),
        ALIGN,
      ),
      "",
      "</details>",
    );
  }
  if (report.model) parts.push("", `Model sha256: ${codeSpan(report.model.sha256)}`);
  return `${parts.join("\n")}\n`;
}
