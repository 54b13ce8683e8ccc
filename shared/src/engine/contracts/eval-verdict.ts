/**
 * What an eval report's rows imply about the rest of it: its counts and its verdict. eval-gate
 * writes both from these functions, and promote holds a report given as evidence to them, so a
 * report whose headline was edited by hand cannot pass for one that passed.
 */
import { combinedVerdict } from "../evidence/judge-evidence.js";
import type { EvalReport, MetricRow, ReportRow, RowStatus } from "./eval-report.js";

/** Rows by status; an ungated metric's compact row is `info`. */
export const countStatuses = (rows: readonly ReportRow[]): Record<RowStatus, number> => {
  const counts: Record<RowStatus, number> = {
    pass: 0,
    fail: 0,
    inconclusive: 0,
    skipped: 0,
    info: 0,
  };
  for (const row of rows) counts["status" in row ? row.status : "info"]++;
  return counts;
};

/** The statuses of a row a rule or its evidence decided. */
export const DECIDED: readonly RowStatus[] = ["pass", "fail", "inconclusive"];

/**
 * The rows a verdict combines: on per-example predictions, those judged on their evidence (the
 * unpaired-examples row has none: it can fail the gate, never pass it alone); on metrics files,
 * the gated rows a rule decided.
 */
export function decidedRows(mode: EvalReport["mode"], rows: readonly ReportRow[]): MetricRow[] {
  return rows.filter(
    (row): row is MetricRow =>
      row.gated &&
      "status" in row &&
      (mode === "predictions" ? row.evidence !== undefined : DECIDED.includes(row.status)),
  );
}

/**
 * The verdict of a report's rows: `fail` where any gated row failed (a metric, or too many
 * unpaired examples), else the combined verdict of the rows decided, `inconclusive` where none
 * was: a gate never passes a model it never checked.
 */
export function verdictOfRows(
  mode: EvalReport["mode"],
  rows: readonly ReportRow[],
): EvalReport["verdict"] {
  if (rows.some((row) => row.gated && "status" in row && row.status === "fail")) return "fail";
  return combinedVerdict(decidedRows(mode, rows).map((row) => row.status as EvalReport["verdict"]));
}
