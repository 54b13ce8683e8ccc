import type { MetricRow } from "../../engine/contracts/eval-report.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import { shorten } from "../../engine/report/shorten.js";

/**
 * A metric name as code, where `recall@10` is copied exactly and makes no mention or link; a
 * name of thousands of characters is cut, so that it cannot crowd the other metrics out.
 */
export const metricName = (row: MetricRow, options = {}) => codeSpan(shorten(row.metric), options);

/** One bullet per row that did not pass, saying why: its metric, its slice and its status. */
export const reasonLines = (rows: readonly MetricRow[]): string[] =>
  rows
    .filter((row) => row.reason !== null && row.status !== "pass")
    .map(
      (row) =>
        `- ${metricName(row)}${row.slice === null ? "" : ` in ${codeSpan(shorten(row.slice))}`} (${row.status}): ${sanitizeMarkdown(row.reason ?? "")}`,
    );
