import type { ActionResult, Annotation } from "../../interface/define-action.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { WITHHELD, type CheckExample, type CheckResult } from "./check-result.js";
import { describeCell, renderSummary, rowInFile, type RowInFile } from "./render-summary.js";
import type { ValidationReport } from "./validation-report.js";

/** What a failed check says in one line: its id, the rows or the statistic, and why. */
function failureLine(check: CheckResult): string {
  if (check.level === "row") return `${check.id} (${check.failed} of ${check.evaluated} failed)`;
  if (check.check === "readable") return `${check.id} (${check.examples[0]?.note})`;
  // What is wrong with the columns is the note ("undeclared: extra"); the columns may be many.
  if (check.check === "fields") return `${check.id}: ${check.note} (expected ${check.expected})`;
  // A sensitive field's statistic says so where its value would stand, and nothing more.
  const withheld = check.observed === null && check.note === WITHHELD;
  const seen =
    typeof check.observed === "number"
      ? formatNumber(check.observed)
      : (check.observed ?? (withheld ? WITHHELD : "none"));
  const line = `${check.id} (${seen}, expected ${check.expected})`;
  return check.note === null || withheld ? line : `${line}: ${check.note}`;
}

/**
 * What is wrong at one failing example. A read that stopped says what stopped it and how to
 * fix it (its note), not only that the file should read as a table. A failed `type` says why
 * the column has the type it has (the reference's, or the first rows'), and how to declare
 * another, unless the cell's own note says what is wrong with it: a cell's annotation is all
 * that many read. An annotation is placed at its file and line; a Parquet row, which has no
 * line, is named in the text by its row in the file (`row`).
 */
function exampleLine(check: CheckResult, example: CheckExample, row: number | null): string {
  if (check.check === "readable") return `${example.note}. ${check.note}`;
  const at = example.line === null && row !== null ? `row ${row}` : "";
  const what = [at, describeCell(example)].filter((part) => part !== "").join(": ");
  const line = `${what || "this row"}: expected ${check.expected}`;
  const why = check.check === "type" && example.note === null ? check.note : null;
  return why === null ? line : `${line}; ${why}`;
}

/**
 * One annotation per failing example, taking the first example of every failed check before
 * the second of any, so that the annotations GitHub shows cover as many checks as they can.
 */
function annotationsOf(failed: readonly CheckResult[], row: RowInFile): Annotation[] {
  const out: Annotation[] = failed
    .filter((check) => check.examples.length === 0)
    .map((check) => ({
      level: "error",
      title: `validate-data: ${check.id}`,
      message: failureLine(check),
    }));
  const depth = Math.max(0, ...failed.map((check) => check.examples.length));
  for (let i = 0; i < depth; i++) {
    for (const check of failed) {
      const example = check.examples[i];
      if (example === undefined) continue;
      out.push({
        level: "error",
        title: `validate-data: ${check.id}`,
        message: exampleLine(check, example, row(example)),
        file: example.file,
        line: example.line ?? undefined,
      });
    }
  }
  return out;
}

/** Where the run wrote its files, as the user names them, and how it reacts to a failure. */
export interface StepSettings {
  readonly reportPath: string;
  /** Empty when no profile was written. */
  readonly profilePath: string;
  readonly maxExamples: number;
  readonly failStep: boolean;
  /** The ids of the checks that covered only part of the data, shown apart in the summary. */
  readonly partialChecks: ReadonlySet<string>;
}

/** The step's outputs, summary, annotations and failure, from the report. */
export function stepResult(
  report: ValidationReport,
  settings: StepSettings,
): ActionResult<"validate-data"> {
  const failed = report.checks.filter((check) => check.status === "fail");
  const { rows } = report.data;
  const invalidRows = report.counts.invalid_rows;
  const annotations = annotationsOf(failed, rowInFile(report.data.files));
  if (invalidRows > 0) {
    annotations.push({
      level: "notice",
      title: "validate-data: failing rows",
      message: `${invalidRows} of ${rows} rows fail a row check; the report (${settings.reportPath}) lists the first ${settings.maxExamples} of each check`,
    });
  }
  const more = failed.length > 5 ? `; and ${failed.length - 5} more` : "";
  return {
    outputs: {
      valid: String(report.valid),
      "row-count": String(rows),
      "failed-checks": JSON.stringify(failed.map((check) => check.id)),
      "report-path": settings.reportPath,
      "profile-path": settings.profilePath,
      digest: report.data.digest,
    },
    summary: renderSummary(report, settings.partialChecks),
    annotations,
    failure:
      failed.length > 0 && settings.failStep
        ? `invalid data: ${failed.slice(0, 5).map(failureLine).join("; ")}${more}`
        : undefined,
  };
}
