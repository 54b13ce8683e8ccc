import type { MetricRow } from "../../engine/contracts/eval-report.js";
import { displayPath } from "../../engine/files/display-path.js";
import { counted } from "../../engine/report/counted.js";
import { escapeControl } from "../../engine/report/escape-control.js";
import { shorten } from "../../engine/report/shorten.js";
import type { ActionResult, Annotation, RunContext } from "../../interface/define-action.js";
import { failedRows, rowsWith } from "./eval-report.js";
import type { Evaluation } from "./evaluate.js";
import type { GateInputs } from "./gate-inputs.js";
import type { Publication } from "./post-comment.js";

/** An error annotation per failing metric, at its line in the challenger's file when known. */
function annotations({ challenger }: Evaluation, failed: readonly MetricRow[]): Annotation[] {
  return failed.map((row) => {
    const line = challenger?.lineOf(row.metric);
    return {
      level: "error",
      title: `eval-gate: ${rowName(row)}`,
      message: explainedRow(row),
      file: line === undefined ? undefined : challenger?.file,
      line,
    };
  });
}

/** A row as people name it: the metric, and its slice when it has one. */
const rowName = (row: MetricRow) =>
  // A slice value from a data file may hold a line break: the line must stay one line.
  escapeControl(
    row.slice === null ? shorten(row.metric) : `${shorten(row.metric)} [${shorten(row.slice)}]`,
  );

/** A row and why it did not pass: `accuracy [region=us]: the challenger's accuracy is ...`. */
const explainedRow = (row: MetricRow) => `${rowName(row)}: ${row.reason ?? "failed"}`;

/** The first rows with their reasons, and how many more the report holds: one readable line. */
function explained(rows: readonly MetricRow[]): string {
  const first = rows.slice(0, 3).map(explainedRow);
  const more = rows.length - first.length;
  return `${first.join("; ")}${more > 0 ? `; and ${counted(more, "more row")} in the report` : ""}`;
}

/** Why the step fails on its verdict, or undefined when it passes or only reports. */
function verdictFailure(
  verdict: string,
  failed: readonly MetricRow[],
  inconclusive: readonly MetricRow[],
  failStep: boolean,
): string | undefined {
  if (verdict === "pass" || !failStep) return undefined;
  if (verdict === "fail") {
    return `verdict fail: ${explained(failed)}`;
  }
  return inconclusive.length > 0
    ? `verdict inconclusive: ${explained(inconclusive)}`
    : "verdict inconclusive: no rule of the policy could be evaluated, so the gate cannot pass this model";
}

/** The step's outputs, annotations and failure, from the verdict and the comment's fate. */
export function gateResult(
  inputs: GateInputs,
  context: RunContext,
  evaluation: Evaluation,
  publication: Publication,
): Omit<ActionResult<"eval-gate">, "summary"> {
  const { verdict, rows } = evaluation.report;
  const failed = failedRows(rows);
  const inconclusive = rowsWith(rows, "inconclusive");
  const shown = (path: string) => displayPath(context.cwd, path);
  const failures = [
    verdictFailure(verdict, failed, inconclusive, inputs["fail-step"]),
    publication.failure,
  ];
  const named = (list: readonly MetricRow[]) =>
    JSON.stringify(list.map((row) => ({ metric: row.metric, slice: row.slice })));
  return {
    outputs: {
      verdict,
      passed: String(verdict === "pass"),
      "failed-metrics": JSON.stringify([...new Set(failed.map((row) => row.metric))]),
      regressions: named(failed),
      "inconclusive-metrics": named(inconclusive),
      "report-path": shown(inputs["report-path"]),
      "comment-path": shown(inputs["comment-path"]),
      "comment-url": publication.outcome?.posted ? publication.outcome.url : "",
    },
    annotations: annotations(evaluation, failed),
    failure: failures.filter(Boolean).join("; ") || undefined,
  };
}
