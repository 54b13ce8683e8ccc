import { formatNumber } from "../report/format-number.js";
import { groupDigits } from "../report/group-digits.js";
import { markdownTable } from "../report/markdown-table.js";
import { escapeMarkdown } from "../report/sanitize.js";
import type { CheckExample, CheckResult } from "./check-result.js";
import type { ValidationReport } from "./validation-report.js";

/** What a failing cell holds and why it fails: `"C00150" (duplicate of line 151)`. */
export function describeCell(example: CheckExample): string {
  const value = example.value === null ? "" : JSON.stringify(example.value);
  const note = example.note === null ? "" : `(${example.note})`;
  return [value, note].filter((part) => part !== "").join(" ");
}

/** Where a failing row is and what it holds; not escaped (the caller escapes). */
export function describeExample(example: CheckExample): string {
  const where =
    example.line === null
      ? `${example.file} row ${example.row}`
      : `${example.file}:${example.line}`;
  const cell = describeCell(example);
  return cell === "" ? where : `${where}: ${cell}`;
}

function observed(check: CheckResult): string {
  if (check.level === "row") {
    return check.evaluated ? `${check.failed} of ${check.evaluated} failed` : "no values";
  }
  if (typeof check.observed === "number") return formatNumber(check.observed);
  return check.observed === null ? "—" : escapeMarkdown(check.observed);
}

const cells = (check: CheckResult) => [
  escapeMarkdown(check.id),
  escapeMarkdown(check.expected),
  observed(check),
  escapeMarkdown(
    [...check.examples.map(describeExample), ...(check.note ? [check.note] : [])].join("; "),
  ),
];

/**
 * The job summary: the verdict, what was validated, and a table of the failed checks with
 * their first failing rows; the passed checks folded away. Everything taken from the data or
 * the contract is escaped.
 */
export function renderSummary(report: ValidationReport): string {
  const { counts, data } = report;
  const failed = report.checks.filter((check) => check.status === "fail");
  const passed = report.checks.filter((check) => check.status !== "fail");
  const headline = report.valid
    ? `### ✅ validate-data: valid (${counts.checks} checks passed)`
    : `### ❌ validate-data: invalid (${counts.failed} of ${counts.checks} checks failed)`;
  const share =
    data.rows === 0 ? "" : ` (${formatNumber((100 * counts.invalid_rows) / data.rows)}%)`;
  const files =
    data.files.length === 1
      ? `\`${escapeMarkdown(data.files[0]!.file)}\``
      : `${data.files.length} files of \`${escapeMarkdown(data.source)}\``;
  const parts = [
    headline,
    "",
    `${files}: ${groupDigits(data.rows)} rows, ${groupDigits(counts.invalid_rows)} failing a row check${share}; digest \`${data.digest.slice(0, 12)}\`. Contract \`${escapeMarkdown(report.contract.file)}\`${report.reference_profile ? `, reference profile \`${escapeMarkdown(report.reference_profile.file)}\`` : ""}.`,
    ...report.notes.map((note) => `\n> ${escapeMarkdown(note)}`),
  ];
  const headers = ["Check", "Expected", "Observed", "Examples and notes"];
  if (failed.length > 0) parts.push("", markdownTable(headers, failed.map(cells)));
  if (passed.length > 0) {
    parts.push(
      "",
      `<details><summary>${passed.length} other checks</summary>`,
      "",
      markdownTable(
        [...headers.slice(0, 3), "Status"],
        passed.map((check) => [...cells(check).slice(0, 3), check.status]),
      ),
      "",
      "</details>",
    );
  }
  return `${parts.join("\n")}\n`;
}
