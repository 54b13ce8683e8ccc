import { counted } from "../../engine/report/counted.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import { reportHeadline } from "../../engine/report/report-headline.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import { isWithheld, type CheckExample, type CheckResult } from "./check-result.js";
import type { ValidationReport } from "./validation-report.js";

/**
 * What a failing cell holds and why it fails: `"C00150" (duplicate of line 151)`; a sensitive
 * field's cell by its field alone, `field 'email' (value withheld: sensitive)`.
 */
export function describeCell(example: CheckExample): string {
  const value =
    example.value !== null
      ? JSON.stringify(example.value)
      : isWithheld(example) && example.column !== null
        ? `field '${example.column}'`
        : "";
  const note = example.note === null ? "" : `(${example.note})`;
  return [value, note].filter((part) => part !== "").join(" ");
}

/** The row of an example in its own file, which a Parquet example is named by. */
export type RowInFile = (example: CheckExample) => number | null;

/**
 * The rows of examples in their own files: the report's `row` counts the rows of the whole
 * dataset, and its files, in the order read, say where each file's rows start.
 */
export function rowInFile(files: ValidationReport["data"]["files"]): RowInFile {
  const starts = new Map<string, number>();
  let start = 0;
  for (const { file, rows } of files) {
    starts.set(file, start);
    start += rows;
  }
  return ({ file, row }) => (row === null ? null : row - (starts.get(file) ?? 0));
}

/**
 * Where a failing row is and what it holds; not sanitised (the caller sanitises). `row` names a
 * row without a line (Parquet's) in its file; by default, the example's row in the dataset.
 */
export function describeExample(example: CheckExample, row = example.row): string {
  // A read that stopped before its first row (a Parquet file that does not open) has neither.
  const where =
    example.line !== null
      ? `${example.file}:${example.line}`
      : row !== null
        ? `${example.file} row ${row}`
        : example.file;
  const cell = describeCell(example);
  return cell === "" ? where : `${where}: ${cell}`;
}

function observed(check: CheckResult): string {
  // The table of other checks shows no notes: a check that did not run says why here.
  if (check.status === "skipped") return sanitizeMarkdown(check.note ?? "not run");
  if (check.level === "row") {
    return check.evaluated ? `${check.failed} of ${check.evaluated} failed` : "no values";
  }
  if (typeof check.observed === "number") return formatNumber(check.observed);
  return check.observed === null ? "—" : sanitizeMarkdown(check.observed);
}

const cellsOf = (row: RowInFile) => (check: CheckResult) => [
  sanitizeMarkdown(check.id),
  sanitizeMarkdown(check.expected),
  observed(check),
  sanitizeMarkdown(
    [
      ...check.examples.map((example) => describeExample(example, row(example))),
      ...(check.note ? [check.note] : []),
    ].join("; "),
  ),
];

/**
 * The job summary: the verdict, a table of the failed checks with their first failing rows, the
 * passed checks that covered part of the data (a key set that reached `x-mlops.maxKeys`) with
 * their notes, what was validated, and the other checks folded away. Everything taken from the
 * data or the contract is sanitised. `partialChecks`: the ids of the checks that covered part of
 * the data (`StreamOutcome.partialChecks`).
 */
export function renderSummary(
  report: ValidationReport,
  partialChecks: ReadonlySet<string> = new Set(),
): string {
  const { counts, data } = report;
  const failed = report.checks.filter((check) => check.status === "fail");
  const partial = report.checks.filter((c) => c.status === "pass" && partialChecks.has(c.id));
  const passed = report.checks.filter((c) => c.status !== "fail" && !partial.includes(c));
  const skipped = counts.skipped === 0 ? "" : `, ${counts.skipped} skipped`;
  const inPart = partial.length === 0 ? "" : `, ${partial.length} of them only in part`;
  const headline = report.valid
    ? reportHeadline(
        "validate-data",
        "pass",
        `${counted(counts.passed, "check")} passed${inPart}${skipped}`,
      )
    : reportHeadline("validate-data", "fail", `${counts.failed} of ${counts.checks} checks failed`);
  const share =
    data.rows === 0 ? "" : ` (${formatNumber((100 * counts.invalid_rows) / data.rows)}%)`;
  const files =
    data.files.length === 1
      ? codeSpan(data.files[0]!.file)
      : `${data.files.length} files of ${codeSpan(data.source)}`;
  const headers = ["Check", "Expected", "Observed", "Examples and Notes"];
  const cells = cellsOf(rowInFile(data.files));
  // The failed checks come first: should GitHub's size limit cut the summary, they stay.
  const parts = [
    headline,
    ...(failed.length > 0 ? ["", markdownTable(headers, failed.map(cells))] : []),
    ...(partial.length > 0
      ? [
          "",
          "Passed over part of the keys only: past `x-mlops.maxKeys` no new key was held, so the duplicates of a later key were not looked for.",
          "",
          markdownTable(headers, partial.map(cells)),
        ]
      : []),
  ];
  parts.push(
    "",
    `${files}: ${counted(data.rows, "row")}, ${groupDigits(counts.invalid_rows)} failing a row check${share}; digest ${codeSpan(data.digest.slice(0, 12))}. Contract ${codeSpan(report.contract.file)}${report.reference_profile ? `, reference profile ${codeSpan(report.reference_profile.file)}` : ""}.`,
    ...report.notes.map((note) => `\n> ${sanitizeMarkdown(note)}`),
  );
  if (passed.length > 0) {
    parts.push(
      "",
      `<details><summary>${counted(passed.length, "other check")}</summary>`,
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
